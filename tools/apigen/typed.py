"""The REST types of one module (``<package>/types/<module>.py``) and its methods' annotations.

``shapes.cjs`` reports each module's REST declarations as Python annotation text (a
``TypedDict`` per interface, a ``Literal`` alias per enum) and, per method, its request and
response types, application error codes and permission tags. Here they become:

- the types file: every shape a method reaches, once per module;
- per method: each parameter's type, read from the request type along the payload tree the
  package builds (an options object becomes a ``TypedDict`` of the REST fields the method
  picks from it), and its return type, the REST response.
"""

from __future__ import annotations

import json
import keyword
import re
from typing import Any

ARG = "\u0001arg"
UNDEFINED = "\u0001undefined"
TYPES_ALIAS = "_types"
_NAME = re.compile(r'"[^"]*"|[A-Za-z_]\w*')


class Shapes:
    """One module's REST declarations (``module["rest"]`` of the report)."""

    def __init__(self, rest: dict[str, Any]) -> None:
        self.types: dict[str, dict[str, Any]] = dict(rest["types"])
        self.methods: dict[str, dict[str, Any]] = rest["methods"]
        self.extra: dict[str, dict[str, Any]] = {}  # synthesized options TypedDicts

    def fields(self, name: str | None) -> dict[str, tuple[str, bool]]:
        """Every field of the TypedDict ``name`` with its bases': name → (annotation, required)."""
        shape = self.types.get(name or "")
        if shape is None or shape["kind"] != "dict":
            return {}
        out: dict[str, tuple[str, bool]] = {}
        for base in shape["bases"]:
            out.update(self.fields(base))
        out.update({f["name"]: (f["type"], f["required"]) for f in shape["fields"]})
        return out

    def qualify(self, annotation: str) -> str:
        """``list[LineItem] | None`` → ``list[_types.LineItem] | None`` (quoted text untouched)."""
        known = {**self.types, **self.extra}
        return _NAME.sub(lambda m: f"{TYPES_ALIAS}.{m[0]}" if m[0] in known else m[0], annotation)

    def add_options(self, method: str, param: str, fields: dict[str, tuple[str, bool]]) -> str:
        """A ``TypedDict`` named for the method and parameter (``CreateCartOptions``)."""
        stem = method[:1].upper() + method[1:]
        name = stem + param[:1].upper() + param[1:]
        while name in self.types or name in self.extra:
            name += "_"
        self.extra[name] = {
            "kind": "dict",
            "bases": [],
            "fields": [{"name": k, "type": t, "required": r} for k, (t, r) in fields.items()],
            "doc": f"What ``{method}`` reads from ``{param}``.",
        }
        return name


def parameter_types(shapes: Shapes, js: str, params: list[dict[str, Any]], data: Any) -> dict:
    """Parameter index → annotation (unqualified), from where the payload tree puts each one."""
    info = shapes.methods.get(js)
    if info is None or info["request"] is None:
        return {}
    whole: dict[int, str] = {}
    picked: dict[int, dict[str, tuple[str, bool]]] = {}

    def pick(index: int, key: str, annotation: str, required: bool) -> None:
        picked.setdefault(index, {})[key] = (annotation, required)

    def walk(node: Any, type_name: str | None) -> None:
        if not isinstance(node, dict):
            return
        fields = shapes.fields(type_name)
        keys = list(node)
        for key, value in node.items():
            if key.startswith(ARG) and "." in key:  # {...options?.cartInfo, id}
                index, field = key[len(ARG) :].split(".", 1)
                pick(int(index), field, type_name or "dict[str, Any]", False)
            elif key.startswith(ARG):
                index = int(key[len(ARG) :])
                siblings_required = any(fields.get(k, ("", False))[1] for k in keys)
                if type_name and not siblings_required:  # the siblings it may leave out
                    whole[index] = type_name
                else:
                    for name, (annotation, required) in fields.items():
                        if name not in keys:
                            pick(index, name, annotation, required)
            elif isinstance(value, str) and value.startswith(ARG):
                if key in fields:
                    whole[int(value[len(ARG) :])] = fields[key][0]
            elif isinstance(value, dict) and UNDEFINED in value:
                read = value[UNDEFINED]
                if isinstance(read, str) and key in fields:
                    index, field = read.split(".", 1)
                    pick(int(index), field, *fields[key])
            elif isinstance(value, dict):
                inner = fields.get(key, ("", False))[0].removesuffix(" | None")
                walk(value, inner if inner in shapes.types else None)

    walk(data, info["request"])
    out: dict[int, str] = {}
    for index, param in enumerate(params):
        if index in whole and index not in picked:
            out[index] = whole[index]
        elif index in picked and index not in whole:
            fields = {k: (a, r and not param["optional"]) for k, (a, r) in picked[index].items()}
            out[index] = shapes.add_options(js, param["name"].lstrip("_"), fields)
    return out


def param_annotation(annotation: str) -> str:
    """A parameter's annotation: not ``None`` (the SDK's own typing), any sequence for a list."""
    annotation = annotation.removesuffix(" | None")
    if annotation.startswith("list[") and annotation.endswith("]"):
        return "Sequence[" + annotation[len("list[") : -1] + "]"
    return annotation


# -- the types file ---------------------------------------------------------------------------


def _class(name: str, shape: dict[str, Any], shapes: Shapes) -> list[str]:
    fields = shape["fields"]
    doc = shape.get("doc")
    functional = any(not f["name"].isidentifier() or keyword.iskeyword(f["name"]) for f in fields)

    def typed(f: dict[str, Any]) -> str:
        return f"Required[{f['type']}]" if f["required"] else f["type"]

    if functional:  # a field Python cannot name: the call form, bases' fields flattened
        merged = (
            shapes.fields(name)
            if not doc
            else {f["name"]: (f["type"], f["required"]) for f in fields}
        )
        items = [f'    {k!r}: "{f"Required[{a}]" if r else a}",' for k, (a, r) in merged.items()]
        return [
            f"{name} = TypedDict(",
            f"    {name!r},",
            "    {",
            *items,
            "    },",
            "    total=False,",
            ")",
        ]
    bases = ", ".join(shape["bases"] or ["TypedDict"])
    lines = [f"class {name}({bases}, total=False):"]
    if doc:
        if len(doc) + 10 > 100:  # the summary, then what it holds
            doc = doc.replace(": ", ":\n\n    ", 1) + "\n    "
        lines.append(f'    """{doc}"""')
        if fields:
            lines.append("")
    lines += [f"    {f['name']}: {typed(f)}" for f in fields]
    if not fields and not doc:
        lines.append("    pass")
    return lines


def _ordered(types: dict[str, dict[str, Any]]) -> list[str]:
    """Names sorted, each class after its bases (a class statement needs them defined)."""
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in types:
            return
        seen.add(name)
        for base in types[name].get("bases", []):
            visit(base)
        done.append(name)

    for name in sorted(types):
        visit(name)
    return done


def shared_shapes(modules: list[Shapes]) -> dict[str, tuple[dict[str, Any], set[int]]]:
    """Shapes two or more of a package's modules declare alike: name → (shape, modules).

    Alike means the same declaration naming only shapes shared by the same modules, so one
    definition in ``types/_shared.py`` serves them all.
    """
    groups: dict[str, dict[str, list[int]]] = {}
    for index, shapes in enumerate(modules):
        for name, shape in shapes.types.items():
            text = json.dumps(shape, sort_keys=True)
            groups.setdefault(name, {}).setdefault(text, []).append(index)
    chosen: dict[str, tuple[str, set[int]]] = {}
    for name, declared in groups.items():
        text, members = max(declared.items(), key=lambda item: (len(item[1]), item[0]))
        if len(members) > 1:
            chosen[name] = (text, set(members))
    changed = True
    while changed:
        changed = False
        for name, (text, members) in list(chosen.items()):
            kept = set(members)
            for ref in _refs(json.loads(text)) & groups.keys() - {name}:
                kept &= chosen[ref][1] if ref in chosen else set()
            if len(kept) < 2:
                del chosen[name]
                changed = True
            elif kept != members:
                chosen[name] = (text, kept)
                changed = True
    return {name: (json.loads(text), members) for name, (text, members) in chosen.items()}


def _refs(shape: dict[str, Any]) -> set[str]:
    """The names a shape's declaration uses: its bases and the words of its annotations."""
    texts = [shape.get("type", ""), *(f["type"] for f in shape.get("fields", []))]
    return set(shape.get("bases", [])) | {w for t in texts for w in _NAME.findall(t)}


def shared_file(header: list[str], package: dict[str, Any], shared: dict[str, Any]) -> str:
    """``<package>/types/_shared.py``: the shapes several modules declare alike."""
    shapes = Shapes({"types": {name: shape for name, (shape, _) in shared.items()}, "methods": {}})
    doc = [
        f'"""The REST shapes several modules of ``{package["package"]}`` declare alike.',
        "",
        "Each module's types file re-exports the ones it uses: import them from there.",
        '"""',
    ]
    return _file(header, doc, shapes, shapes.types)


def types_file(
    header: list[str],
    package: dict[str, Any],
    module: dict[str, Any],
    shapes: Shapes,
    shared: frozenset[str] = frozenset(),
) -> str:
    """The source of ``wixvisitor/modules/<package>/types/<module>.py``."""
    from emit import snake

    py = snake(module["export"])
    doc = [
        f'"""REST types of ``{package["name"]}.{py}``.',
        "",
        f"From ``{module['npm']}``: Wix's",
        "REST JSON as the package declares it (``id``, not ``_id``); the module imports",
        "this file for type checkers only, so it costs nothing at run time. Import a type:",
        "",
        f"    from wixvisitor.modules.{package['name']}.types.{py} import <Type>",
        '"""',
    ]
    own = {n: t for n, t in {**shapes.types, **shapes.extra}.items() if n not in shared}
    return _file(header, doc, shapes, own, sorted(shared))


def _file(
    header: list[str],
    doc: list[str],
    shapes: Shapes,
    types: dict[str, dict[str, Any]],
    shared: list[str] | None = None,
) -> str:
    aliases = [n for n in sorted(types) if types[n]["kind"] == "alias"]
    # an alias is evaluated at import: one naming a class comes after the classes
    literal = [n for n in aliases if re.fullmatch(r"Literal\[[^\]]*\]", types[n]["type"])]
    classes = [n for n in _ordered(types) if types[n]["kind"] == "dict"]
    body = [f"{name}: TypeAlias = {types[name]['type']}" for name in literal]
    for name in classes:
        body += ["", "", *_class(name, types[name], shapes)]
    rest = [n for n in aliases if n not in literal]
    if rest:
        body += ["", "", *(f"{name}: TypeAlias = {types[name]['type']}" for name in rest)]
    text = "\n".join(body)
    names = ("Any", "Literal", "Required", "TypeAlias", "TypedDict")
    imports = [n for n in names if re.search(rf"(?<![.\w]){n}\b", text)]
    reexport = ", ".join(f"{name} as {name}" for name in shared or [])
    return "\n".join(
        [
            *header,
            *doc,
            "",
            "from __future__ import annotations",
            "",
            f"from typing import {', '.join(imports)}" if imports else "",
            f"from ._shared import ({reexport})" if reexport else "",
            "",
            text.lstrip("\n"),
            "",
        ]
    )
