"""Python source for one generated module, from ``extract.cjs``'s report of its package."""

from __future__ import annotations

import keyword
import re
import textwrap
from typing import Any

from typed import TYPES_ALIAS, Shapes, param_annotation, parameter_types

#: The npm packages generated, in this order (``@wix/<name>``).
PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")
COMMAND = "`make apigen` (tools/apigen)"

ARG = "\u0001arg"
UNDEFINED = "\u0001undefined"
TYPES = {
    "string": "str",
    "number": "float",
    "boolean": "bool",
    "object": "Mapping[str, Any]",
    "string[]": "list[str]",
    "number[]": "list[float]",
    "boolean[]": "list[bool]",
    "object[]": "Sequence[Mapping[str, Any]]",
}


class Unsupported(Exception):
    """A method whose wrapper does something the generator cannot mirror (reported, skipped)."""


def snake(name: str) -> str:
    """``createCart`` → ``create_cart``, ``productsV3`` → ``products_v3``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    return name + "_" if keyword.iskeyword(name) else name


def words(name: str) -> str:
    """``createCart`` → ``Create cart`` (a docstring's summary)."""
    text = snake(name).rstrip("_").replace("_", " ")
    return text[:1].upper() + text[1:]


def pascal(name: str) -> str:
    """``currentCart`` → ``CurrentCart``."""
    return name[:1].upper() + name[1:]


def public_path(request: dict[str, Any]) -> str:
    """``srcPath`` + (``protoPath`` minus ``destPath``): the SDK's own ``resolveUrl`` said."""
    return str(request["path"])


def route(request: dict[str, Any]) -> str:
    """The ``Route(...)`` expression of one request."""
    path = public_path(request)
    params = tuple(re.findall(r"\{([^}]+)\}", path))
    parts = [repr(request["method"]), repr(path), repr(request["fqn"])]
    if params:
        parts.append(f"path_params={params!r}")
    if request["complex"]:
        parts.append("complex=True")
    if any(f["method"] == "POST" for f in request["fallback"]):
        parts.append("fallback=True")
    return f"Route({', '.join(parts)})"


class Method:
    """One public wrapper of the JS module and its Python method."""

    def __init__(
        self, data: dict[str, Any], renames: dict[str, str], shapes: Shapes | None = None
    ) -> None:
        self.js: str = data["name"]
        self.name = snake(self.js)
        self.constant = "_" + self.name.rstrip("_").upper()
        self.request: dict[str, Any] = data["request"]
        self.query: dict[str, Any] | None = data.get("query")
        self.renames = renames
        self.accesses = [(int(i), renames.get(k, k)) for i, k in data.get("accesses", [])]
        self.rest: dict[str, Any] = {}
        typed: dict[int, str] = {}
        self.item = ""  # a query's item type: QueryBuilder[item]
        if shapes is not None:
            self.rest = shapes.methods.get(self.js, {})
        if shapes is not None and self.query is None:
            typed = parameter_types(shapes, self.js, data["params"], self.request["data"])
        elif shapes is not None and self.query is not None:
            answer = shapes.fields(self.rest.get("response")).get(self.query["items"] or "")
            if answer and answer[0].startswith("list[") and answer[0].endswith("]"):
                self.item = shapes.qualify(answer[0][len("list[") : -1])
        self.params = []
        optional = False
        for index, param in enumerate(data["params"]):
            optional = optional or param["optional"]
            name = snake(param["name"].lstrip("_"))  # lineItemIds → line_item_ids
            name = name + "_" if name == "self" else name
            annotation = TYPES[param["type"]]
            if index in typed and shapes is not None:
                annotation = shapes.qualify(param_annotation(typed[index]))
            self.params.append((index, name, annotation, optional))
        self.returns = "dict[str, Any]"
        if self.query is None and shapes is not None and self.rest.get("response"):
            self.returns = shapes.qualify(self.rest["response"])
        if self.request["protoPath"] is None:
            raise Unsupported("no URL in its request")

    @property
    def path(self) -> str:
        """The public path template."""
        return public_path(self.request)

    def signature(self) -> str:
        """``self, id: str, options: Mapping[str, Any] | None = None``."""
        out = ["self"]
        for _, name, annotation, optional in self.params:
            out.append(
                f"{name}: {annotation} | None = None" if optional else f"{name}: {annotation}"
            )
        return ", ".join(out)

    def docstring(self) -> str:
        """The REST call, then the package's permission tags and application error codes."""
        summary = f"{words(self.js)}: ``{self.request['method']} {self.path}``."
        facts = self.facts()
        if len(summary) + 14 <= 100 and not facts:  # indent, quotes
            return f'"""{summary}"""'
        lines = [summary]
        if len(summary) + (11 if facts else 14) > 100:  # alone, ruff format joins the quotes
            # a long path stands alone on its line (one word: no line-length limit applies)
            lines = [f"{words(self.js)}: ``{self.request['method']}``.", "", f"``{self.path}``"]
        if facts:
            lines += ["", *facts]
        text = "\n".join(f"        {line}" if line else "" for line in [*lines, ""])
        return '"""' + text.lstrip() + '"""'

    def facts(self) -> list[str]:
        """Docstring lines from the package's tags (none of Wix's prose)."""
        rest, out = self.rest, []
        for label, key in (
            ("Permissions", "permissions"),
            ("OAuth scopes", "scopes"),
            ("Callable by", "identities"),
            ("Application errors", "errors"),
        ):
            if rest.get(key):
                out += textwrap.wrap(
                    f"{label}: " + ", ".join(f"``{v}``" for v in rest[key]) + ".",
                    width=88,
                    break_on_hyphens=False,
                )
        if rest.get("deprecated"):
            out.append("Deprecated in the package.")
        return out

    def table(self) -> str:
        """The module-level constant: a ``Route`` or a ``Query``."""
        if self.query is None:
            return f"{self.constant} = {route(self.request)}"
        q = self.query
        if not q["items"] or not q["paging"]:
            raise Unsupported("its query builder names no items or paging")
        extra = f", field={q['field']!r}" if q["field"] != "query" else ""
        return (
            f"{self.constant} = Query({route(self.request)}, items={q['items']!r}, "
            f"paging={q['paging']!r}, metadata={q['metadata']!r}{extra})"
        )

    def body(self) -> list[str]:
        """The method's source lines (indented for a class body)."""
        if self.query is not None:
            options = [
                name for _, name, annotation, _ in self.params if annotation == TYPES["object"]
            ]
            if len(self.params) > 1 or (self.params and not options):
                raise Unsupported("a query builder with positional parameters")
            builder = f"QueryBuilder[{self.item}]" if self.item else "QueryBuilder"
            head = f"    def {self.name}({self.signature()}) -> {builder}:"
            argument = f", {options[0]}" if options else ""
            return [
                head,
                f"        {self.docstring()}",
                f"        return QueryBuilder(self._requester, {self.constant}{argument})",
            ]
        payload = self.payload(self.request["data"])
        argument = f", {payload}" if payload != "{}" else ""
        sent = f"await call(self._requester, {self.constant}{argument})"
        if self.returns != "dict[str, Any]":  # the REST response type, for checkers only
            sent = f"cast({self.returns!r}, {sent})"
        return [
            f"    async def {self.name}({self.signature()}) -> {self.returns}:",
            f"        {self.docstring()}",
            f"        return {sent}",
        ]

    # -- the payload, as the wrapper builds it ------------------------------------------

    def _param(self, index: int) -> tuple[str, bool]:
        for i, name, _, optional in self.params:
            if i == index:
                return name, optional
        raise Unsupported(f"its payload uses an argument it does not declare ({index})")

    def payload(self, node: Any) -> str:
        """A Python expression building ``node`` (the payload tree) from the parameters."""
        if isinstance(node, str) and node.startswith(ARG):
            return self._param(int(node[len(ARG) :]))[0]
        if isinstance(node, list):
            return "[" + ", ".join(self.payload(item) for item in node) + "]"
        if not isinstance(node, dict):
            return repr(node)
        keys = list(node)
        if len(keys) == 1 and keys[0].startswith(ARG):
            return self._param(int(keys[0][len(ARG) :]))[0]
        items: list[str] = []
        picks: list[str] = []
        source: str | None = None

        def flush() -> None:
            nonlocal picks, source
            if picks:
                items.append(f"**_fields.pick({source}, {', '.join(repr(k) for k in picks)})")
            picks, source = [], None

        for key, value in node.items():
            if key.startswith(ARG) and "." in key:  # {...options?.cartInfo}
                flush()
                index, field = key[len(ARG) :].split(".", 1)
                items.append(f"**_fields.field({self._param(int(index))[0]}, {field!r})")
            elif key.startswith(ARG):
                flush()
                name, optional = self._param(int(key[len(ARG) :]))
                items.append(f"**({name} or {{}})" if optional else f"**{name}")
            elif isinstance(value, dict) and UNDEFINED in value:
                read = value[UNDEFINED]
                if isinstance(read, str):  # the recording saw which field: "1.fulfillmentId"
                    index, field = read.split(".", 1)
                    reader, field = int(index), self.renames.get(field, field)
                else:
                    readers = {i for i, field in self.accesses if field == key}
                    if len(readers) != 1:
                        raise Unsupported(f"its payload field {key!r} has no single source")
                    reader, field = readers.pop(), key
                name = self._param(reader)[0]
                if field != key:
                    flush()
                    items.append(f"**_fields.pick({name}, {key}={field!r})")
                    continue
                if source not in (None, name):
                    flush()
                source = name
                picks.append(key)
            else:
                flush()
                items.append(f"{key!r}: {self.payload(value)}")
        flush()
        return "{" + ", ".join(items) + "}"


def module_file(
    package: dict[str, Any],
    module: dict[str, Any],
    renames: dict[str, str],
    shapes: Shapes | None = None,
) -> str | None:
    """The source of ``wixvisitor/modules/<package>/<module>.py`` (None: nothing to generate)."""
    methods: list[Method] = []
    for data in module["methods"]:
        try:
            method = Method(data, renames, shapes)
            method.table()
            method.body()
        except Unsupported as why:
            module["skipped"].append({"name": data["name"], "reason": str(why)})
            continue
        methods.append(method)
    module["generated"] = [(m.js, m.name, m.request["method"], m.path) for m in methods]
    if not methods:
        return None
    cls = pascal(module["export"])
    js = module["export"]
    pyname = snake(js)
    code = "\n".join(line for m in methods for line in m.body())
    imports = ["from __future__ import annotations", ""]
    typing_names = [n for n in ("Mapping", "Sequence") if f"{n}[" in code]
    if typing_names:
        imports.append(f"from collections.abc import {', '.join(typing_names)}")
    checking = [n for n in ("Literal",) if f"{n}[" in code]
    if re.search(r"(?<![.\w])Any\b", code) or TYPES_ALIAS in code:
        names = ["Any"] if re.search(r"(?<![.\w])Any\b", code) else []
        names += ["TYPE_CHECKING"] if TYPES_ALIAS in code else []
        names += ["cast"] if "return cast(" in code else []
        imports.append(f"from typing import {', '.join(names)}")
    imports.append("")
    if any(m.query for m in methods):
        imports.append("from .._query import Query, QueryBuilder")
    runtime = ["Module", "Requester", "Route"]
    if any(not m.query for m in methods):
        runtime.append("call")
    if "**_fields." in code:
        imports.append("from .. import _fields")
    imports.append(f"from .._runtime import {', '.join(runtime)}")
    if TYPES_ALIAS in code:  # read by type checkers only: no import at run time
        imports += ["", "if TYPE_CHECKING:"]
        if checking:
            imports.append(f"    from typing import {', '.join(checking)}")
        imports.append(f"    from .types import {pyname} as {TYPES_ALIAS}")
    lines = [
        *header(f"{module['npm']} {module['version']}"),
        f'"""The ``{js}`` module of ``{package["package"]}`` ({len(methods)} methods)."""',
        "",
        *imports,
        "",
        *(m.table() for m in methods),
        "",
        "",
        f"class {cls}(Module):",
        f'    """{class_doc(js, package["package"], package["name"], pyname)}"""',
        "",
        "    __slots__ = ()",
        "",
    ]
    for method in methods:
        lines.extend(method.body())
        lines.append("")
    lines += [
        "",
        f"def bind(client: Requester) -> {cls}:",
        f'    """The ``{js}`` module for ``client``\'s visitor."""',
        f"    return {cls}(client)",
        "",
    ]
    return "\n".join(lines)


def header(source: str) -> list[str]:
    """The generated-file comment (two lines when one would pass 100 characters)."""
    line = f"# File generated from {source} by {COMMAND}. Do not edit."
    if len(line) <= 100:
        return [line]
    return [f"# File generated from {source}", f"# by {COMMAND}. Do not edit."]


def class_doc(js: str, npm: str, package: str, module: str) -> str:
    """The class docstring: what it is and how to get one."""
    text = f"``{js}`` of ``{npm}``: ``{module} = {package}.{module}.bind(wix)``."
    for choice in (text, f"``{js}`` of ``{npm}``: ``{package}.{module}.bind(wix)``."):
        if len(choice) + 10 <= 100:
            return choice
    return f"``{js}`` of ``{npm}``: ``bind(wix)`` gives one."


def package_init(package: dict[str, Any], modules: list[dict[str, Any]]) -> str:
    """``wixvisitor/modules/<package>/__init__.py``: every module, imported on first use."""
    names = sorted(snake(m["export"]) for m in modules)
    listed = "\n".join(f"    {name!r}," for name in names)
    typed = ", ".join(names)
    head = "\n".join(header(f"{package['package']} {package['version']}"))
    return f'''{head}
"""The modules of ``{package["package"]}``: ``from wixvisitor.modules import {package["name"]}``.

Each module is imported on first use (``{package["name"]}.{names[0]}``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import {typed}

__all__ = [
{listed}
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{{__name__}}.{{name}}")
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''
