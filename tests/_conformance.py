"""Every emulator answer the tests see, checked against its method's generated REST type.

A pytest plugin (tests/conftest.py loads it). Each emulator the tests start gets an
``on_response_prepare`` hook: a 2xx JSON answer to a path some generated method calls is
checked against that method's response type (``wixvisitor/modules/<pkg>/types/<module>.py``;
for a query, each item against the builder's item type). What does not conform is listed at
the end of the run and written to ``.pytest_cache/conformance.json``, and it fails the
run (``WIXVISITOR_CONFORMANCE=report`` only lists it, while an emulator change is under
way). The checker reads the TypedDicts with ``typing.get_type_hints``: unknown keys,
missing required keys, wrong kinds, literals not in the enum.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import re
import types
from functools import cache
from pathlib import Path
from typing import Any, Literal, Required, Union, get_args, get_origin, get_type_hints, is_typeddict

import pytest
from aiohttp import web

from wixvisitor.emulator import _app, _server
from wixvisitor.modules._query_spec import Query
from wixvisitor.modules._runtime import Route

PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")
FOUND: dict[tuple[str, str], set[str]] = {}  # (method, answer path) → problems
CHECKED: set[str] = set()


# -- the routes of the generated methods and their answer types ---------------------------


@cache
def routes() -> list[tuple[str, re.Pattern[str], int, str, Any, str | None]]:
    """(verb, path pattern, literal length, method, type, items key), most specific first."""
    found = []
    for package in PACKAGES:
        for name in importlib.import_module(f"wixvisitor.modules.{package}").__all__:
            module = importlib.import_module(f"wixvisitor.modules.{package}.{name}")
            typed = importlib.import_module(f"wixvisitor.modules.{package}.types.{name}")
            cls = next(
                v
                for v in vars(module).values()
                if inspect.isclass(v) and v.__module__ == module.__name__
            )
            for method, function in inspect.getmembers(cls, inspect.isfunction):
                spec = getattr(module, "_" + method.rstrip("_").upper(), None)
                returns = function.__annotations__.get("return", "")
                match = re.fullmatch(r"(?:QueryBuilder\[)?_types\.(\w+)\]?", returns)
                if spec is None or match is None:
                    continue
                answer = getattr(typed, match[1])
                route, items = (spec.route, spec.items) if isinstance(spec, Query) else (spec, None)
                assert isinstance(route, Route)
                pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(route.path)) + "$")
                literal = len(re.sub(r"\{[^}]+\}", "", route.path))
                verbs = {route.verb, "POST"} if route.fallback else {route.verb}
                for verb in verbs:
                    found.append(
                        (verb, pattern, literal, f"{package}.{name}.{method}", answer, items)
                    )
    found.sort(key=lambda r: -r[2])
    return found


# -- the checker ----------------------------------------------------------------------------


@cache
def _hints(typed_dict: Any) -> tuple[dict[str, Any], frozenset[str]]:
    hints = get_type_hints(typed_dict, include_extras=True)
    required = frozenset(k for k, h in hints.items() if get_origin(h) is Required)
    return {k: (get_args(h)[0] if k in required else h) for k, h in hints.items()}, required


def check(value: Any, expected: Any, where: str, problems: list[str]) -> None:
    """Append to ``problems`` where ``value`` is not of the type ``expected``."""
    origin = get_origin(expected)
    if expected in (Any, object):
        return
    if expected is None or expected is type(None):
        if value is not None:
            problems.append(f"{where}: {type(value).__name__}, not null")
        return
    if origin in (Union, types.UnionType):
        attempts = []
        for arm in get_args(expected):
            attempt: list[str] = []
            check(value, arm, where, attempt)
            if not attempt:
                return
            attempts.append(attempt)
        problems.extend(min(attempts, key=len))
        return
    if origin is Literal:
        if value not in get_args(expected):
            problems.append(f"{where}: {value!r} is not one of the enum's values")
        return
    if is_typeddict(expected):
        if not isinstance(value, dict):
            problems.append(f"{where}: {type(value).__name__}, not an object")
            return
        hints, required = _hints(expected)
        for key, item in value.items():
            if key not in hints:
                problems.append(f"{where}.{key}: not a field of {expected.__name__}")
            else:
                check(item, hints[key], f"{where}.{key}", problems)
        problems.extend(f"{where}.{key}: required, missing" for key in required - set(value))
        return
    if origin is list:
        if not isinstance(value, list):
            problems.append(f"{where}: {type(value).__name__}, not a list")
            return
        for index, item in enumerate(value):
            check(item, get_args(expected)[0], f"{where}[{index}]", problems)
        return
    if origin is dict:
        if not isinstance(value, dict):
            problems.append(f"{where}: {type(value).__name__}, not an object")
            return
        for key, item in value.items():
            check(item, get_args(expected)[1], f"{where}.{key}", problems)
        return
    kinds = {str: (str,), bool: (bool,), int: (int,), float: (int, float)}
    allowed = kinds.get(expected)
    if allowed is None:
        return
    if not isinstance(value, allowed) or (expected is not bool and isinstance(value, bool)):
        name = getattr(expected, "__name__", expected)
        problems.append(f"{where}: {type(value).__name__} {value!r:.40}, not {name}")


def conform(verb: str, path: str, answer: Any) -> None:
    """Check one answer against the most specific generated route that matches it."""
    candidates = [r for r in routes() if r[0] == verb and r[1].match(path)]
    if not candidates:
        return
    best = candidates[0][2]
    results = []
    for _, _, literal, method, answer_type, items in candidates:
        if literal != best:
            break
        problems: list[str] = []
        if items is None:
            check(answer, answer_type, "answer", problems)
        else:
            for index, item in enumerate((answer or {}).get(items) or []):
                check(item, answer_type, f"answer.{items}[{index}]", problems)
        if not problems:
            CHECKED.add(method)
            return
        results.append((method, problems))
    method, problems = min(results, key=lambda r: len(r[1]))
    CHECKED.add(method)
    FOUND.setdefault((method, re.sub(r"\[\d+\]", "[]", problems[0].split(":")[0])), set()).update(
        re.sub(r"\[\d+\]", "[]", p) for p in problems[:5]
    )


async def _on_answer(request: web.Request, response: web.StreamResponse) -> None:
    body = getattr(response, "body", None)
    if not 200 <= response.status < 300 or not isinstance(body, bytes):
        return
    if not (response.content_type or "").endswith("json") or not body:
        return
    conform(request.method, request.path, json.loads(body))


def _hooked(build: Any) -> Any:
    def build_app(state: Any) -> web.Application:
        app = build(state)
        app.on_response_prepare.append(_on_answer)
        return app

    build_app.__wrapped__ = build  # type: ignore[attr-defined]
    return build_app


@pytest.fixture(autouse=True, scope="session")
def _check_emulator_answers() -> Any:
    """Every emulator started in this run checks its answers (see the module docstring).

    The routes are read here, before any test: read on the first answer instead, they took
    that answer 1.6 s, and a test with a short attempt timeout met them first in some orders.
    """
    routes()
    original = _app.build_app
    _app.build_app = _server.build_app = _hooked(original)
    yield
    _app.build_app = _server.build_app = original


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The answers that did not conform, one line per method and place."""
    if not CHECKED:
        return
    out = Path(terminalreporter.config.rootpath, ".pytest_cache", "conformance.json")
    out.parent.mkdir(exist_ok=True)
    listed = {f"{m} {w}": sorted(p) for (m, w), p in sorted(FOUND.items())}
    out.write_text(json.dumps({"checked": sorted(CHECKED), "not conforming": listed}, indent=1))
    terminalreporter.section("emulator answers against the generated REST types")
    terminalreporter.write_line(
        f"{len(CHECKED)} methods' answers checked; {len(FOUND)} places did not conform ({out})"
    )
    for key, problems in listed.items():
        terminalreporter.write_line(f"  {key}: {problems[0]}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An answer that did not conform fails the run (``WIXVISITOR_CONFORMANCE=report``: listed only)."""
    if os.environ.get("WIXVISITOR_CONFORMANCE") != "report" and FOUND:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
