"""The generated modules send what the official packages send: verb, path and JSON body."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, is_typeddict

from wixvisitor.modules import _query

JS = Path(__file__).parents[1] / "js"
sys.path.insert(0, str(JS))
#: The fixture `node` (Node.js with the pinned packages, or a skip / a CI failure).
pytest_plugins = ["js_sdk_support"]

PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")


class Recorder:
    """A Requester that keeps the request it is asked to make and answers ``{}``."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []

    async def request(self, method: str, path: str, *, json: Any = None, **_: Any) -> Any:
        self.sent.append((method, path, json))
        return {}


def _argument(index: int, annotation: str, types: Any = None) -> Any:
    """The same argument for both sides, by the Python parameter's annotation."""
    if annotation.startswith(("list[", "Sequence[")):
        return []
    if annotation.startswith("Mapping["):
        return {}
    if annotation.startswith("_types."):  # a REST TypedDict, or an enum's Literal alias
        named = getattr(types, annotation.removeprefix("_types.").split(" ")[0])
        return {} if is_typeddict(named) else f"v{index}"
    if annotation.startswith(("float", "int")):
        return 1
    if annotation.startswith("bool"):
        return True
    return f"v{index}"


def _read_fields(function: Any, route: Any) -> dict[str, dict[str, Any]]:
    """Per parameter, a value for each field the method reads from it (``_fields.pick``).

    A field that goes into the path is a string; any other an object with a ``city``, which
    the SDK's address transform (the value transform it applies most) keeps as it is.
    """
    in_path = {name.rpartition(".")[2] for name in route.path_params}
    source = inspect.getsource(function)
    found: dict[str, dict[str, Any]] = {}
    for name, fields in re.findall(r"_fields\.pick\(\s*(\w+),([^)]*)\)", source):
        for key, field in re.findall(r'(?:(\w+)=)?"(\w+)"', fields):
            value = f"value-of-{field}"
            in_body = (key or field) not in in_path
            found.setdefault(name, {})[field] = {"city": value} if in_body else value
    for name, field in re.findall(r'_fields\.field\(\s*(\w+),\s*"(\w+)"\)', source):
        found.setdefault(name, {})[field] = {"note": f"inside-{field}"}
    return found


def _calls(*, filled: bool = False) -> list[dict[str, Any]]:
    """One call of every generated method, with arguments from its signature.

    ``filled``: the mappings hold a value for every field the method reads from them.
    """
    calls = []
    for package in PACKAGES:
        for name in importlib.import_module(f"wixvisitor.modules.{package}").__all__:
            module = importlib.import_module(f"wixvisitor.modules.{package}.{name}")
            instance = module.bind(Recorder())
            for method, function in inspect.getmembers(type(instance), inspect.isfunction):
                if method.startswith("_"):
                    continue
                parameters = list(inspect.signature(function).parameters.values())[1:]
                types = importlib.import_module(f"wixvisitor.modules.{package}.types.{name}")
                args = [_argument(i, str(p.annotation), types) for i, p in enumerate(parameters)]
                if filled:
                    fields = _read_fields(function, _route(package, name, method))
                    if not fields:
                        continue
                    args = [
                        fields.get(p.name, arg) if isinstance(arg, dict) else arg
                        for p, arg in zip(parameters, args, strict=True)
                    ]
                calls.append(
                    {
                        "package": package,
                        "module": name,
                        "method": method,
                        "args": args,
                        "query": not inspect.iscoroutinefunction(function),
                    }
                )
    return calls


def _route(package: str, module: str, method: str) -> Any:
    """The generated ``Route`` (or ``Query``) of a method: its module's ``_METHOD_NAME``."""
    imported = importlib.import_module(f"wixvisitor.modules.{package}.{module}")
    found = getattr(imported, "_" + method.rstrip("_").upper())
    return found.route if isinstance(found, _query.Query) else found


def _without_path_params(body: Any, call: dict[str, Any]) -> Any:
    """The SDK's body less its path parameters (the runtime sends those in the path only)."""
    route = _route(call["package"], call["module"], call["method"])
    for name in route.path_params:
        *parents, last = name.split(".")
        node = body
        for part in parents:
            node = node.get(part, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            node.pop(last, None)
    return body


async def _python(call: dict[str, Any]) -> tuple[str, str, Any]:
    """What the generated method sends (a query: its route, as ``find()`` would use it)."""
    module = importlib.import_module(f"wixvisitor.modules.{call['package']}.{call['module']}")
    recorder = Recorder()
    method = getattr(module.bind(recorder), call["method"])
    if call["query"]:
        builder = method(*call["args"])
        assert isinstance(builder, _query.QueryBuilder)
        route = builder._query.route
        return route.verb, route.path, None
    await method(*call["args"])
    (sent,) = recorder.sent
    verb, path, body = sent
    return verb, path.partition("?")[0], body


def _record(node: str, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the official packages send for ``calls`` (tests/js/record_routes.mjs)."""
    done = subprocess.run(
        [node, "record_routes.mjs"],
        cwd=JS,
        input=json.dumps(calls),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results: list[dict[str, Any]] = json.loads(done.stdout)
    return results


async def _compare(results: list[dict[str, Any]]) -> Counter[str]:
    """Per package, how many calls were compared; fails on any difference."""
    compared: Counter[str] = Counter()
    mismatches = []
    for result in results:
        if len(result["sent"]) != 1 or "undefined" in result["sent"][0]["path"]:
            continue  # the SDK refused the call, or sent a path with a missing field
        js = result["sent"][0]
        verb, path, body = await _python(result)
        where = f"{result['package']}.{result['module']}.{result['method']}"
        if (verb, path) != (js["method"], js["path"]):
            mismatches.append(f"{where}: {verb} {path} != SDK {js['method']} {js['path']}")
        elif (
            js["body"] is not None
            and not result["query"]
            and _without_path_params(json.loads(js["body"]), result) != body
        ):
            mismatches.append(f"{where}: body {body!r} != SDK {js['body']}")
        compared[result["package"]] += 1
    assert not mismatches, "\n".join(mismatches)
    return compared


async def test_generated_routes_match_the_official_packages(node: str) -> None:
    """At least 100 methods across every generated package: same verb, path and JSON body as the SDK."""
    compared = await _compare(_record(node, _calls()))
    assert sum(compared.values()) >= 100, compared
    assert set(compared) == set(PACKAGES), compared


async def test_fields_read_from_options_match_the_official_packages(node: str) -> None:
    """With every field a method reads from its mappings given, the bodies still match."""
    compared = await _compare(_record(node, _calls(filled=True)))
    assert sum(compared.values()) >= 100, compared
