"""Every query method sends what the official one sends for a query given as an object.

Two forms the official packages take (``@wix/sdk-runtime``'s builder and its
``createQueryOverloadRouter``): a ``query`` in the method's options (``queryServices({query})
.find()``), alone or with operators chained after it, and a query object run at once
(``queryServices(query)`` or ``queryServices(query, options)``, Python's ``run(query)``).
Each is recorded from the official packages (tests/js/record_routes.mjs) and compared, URL
and JSON body byte for byte, with what the generated Python method sends.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import QueryBuilder, bookings, stores
from wixvisitor.modules._query import Query

JS = Path(__file__).parents[1] / "js"
sys.path.insert(0, str(JS))
#: The fixture `node` (Node.js with the pinned packages, or a skip / a CI failure).
pytest_plugins = ["js_sdk_support"]

PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")

FILTER = {"$and": [{"name": {"$startsWith": "é"}}, {"id": {"$in": ["a", "b"]}}]}
SORT = [{"fieldName": "name", "order": "DESC"}]
#: A query object of each paging kind, as a caller writes one.
QUERIES = {
    "OFFSET": {"filter": FILTER, "sort": SORT, "paging": {"offset": 10, "limit": 5}},
    "CURSOR": {"filter": FILTER, "sort": SORT, "cursorPaging": {"limit": 5}},
}
OTHER = {"filter": {"slug": "other"}}
#: Operators chained after a query given in the options (JS sends that query regardless).
OPS = [["eq", "slug", "mug"], ["limit", 3], ["descending", "name"]]
#: An option beside the query (the packages spread the options into the request as given).
FIELDS = {"fields": ["URL"]}


class Recorder:
    """A Requester that keeps each request it is asked to make and answers ``{}``."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, Any]] = []

    async def request(self, method: str, path: str, *, json: Any = None, **_: Any) -> Any:
        self.sent.append((method, path, json))
        return {}


def _query_methods() -> list[tuple[str, str, str, Query, bool, bool]]:
    """Every generated query method: package, module, method, its Query, takes options,
    must have them (``@wix/categories``' ``queryCategories`` needs its tree reference)."""
    found = []
    for package in PACKAGES:
        for name in importlib.import_module(f"wixvisitor.modules.{package}").__all__:
            module = importlib.import_module(f"wixvisitor.modules.{package}.{name}")
            cls = type(module.bind(Recorder()))
            for method, function in inspect.getmembers(cls, inspect.isfunction):
                if method.startswith("_") or inspect.iscoroutinefunction(function):
                    continue
                spec = getattr(module, "_" + method.rstrip("_").upper())
                parameters = list(inspect.signature(function).parameters.values())
                takes_options = len(parameters) > 1
                required = takes_options and parameters[1].default is inspect.Parameter.empty
                found.append((package, name, method, spec, takes_options, required))
    return found


def _cases() -> list[dict[str, Any]]:
    """Per query method, each form it has in the packages (options only where it takes them)."""
    cases = []
    for package, module, method, spec, takes_options, required in _query_methods():
        query = QUERIES[spec.paging]
        at = {"package": package, "module": module, "method": method}
        alone = [query, {}] if required else [query]
        cases.append({**at, "form": "run", "args": alone, "query": False})
        if not takes_options:
            continue
        cases += [
            {**at, "form": "options", "args": [{"query": query}], "query": True},
            {
                **at,
                "form": "options+ops",
                "args": [{**FIELDS, "query": query}],
                "ops": OPS,
                "query": True,
            },
            {**at, "form": "ops", "args": [FIELDS], "ops": OPS, "query": True},
            {**at, "form": "run+options", "args": [query, FIELDS], "query": False},
            {**at, "form": "run+query", "args": [query, {"query": OTHER}], "query": False},
        ]
    return cases


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


async def _python(case: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """What the generated method sends for ``case``: verb, URL and JSON text of each request."""
    module = importlib.import_module(f"wixvisitor.modules.{case['package']}.{case['module']}")
    recorder = Recorder()
    method = getattr(module.bind(recorder), case["method"])
    if case["form"].startswith("run"):
        query, *options = case["args"]
        await method(*options).run(query)
    else:
        builder: QueryBuilder = method(*case["args"])
        for name, *arguments in case.get("ops", []):
            builder = getattr(builder, name)(*arguments)
        await builder.find()
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    return [
        (verb, path, None if body is None else json.dumps(body, **compact))  # type: ignore[arg-type]
        for verb, path, body in recorder.sent
    ]


async def test_query_objects_are_sent_as_the_official_packages_send_them(node: str) -> None:
    """Every query method, every form: the same requests as the SDK's, URL and body alike."""
    cases = _cases()
    results = _record(node, cases)
    compared: Counter[str] = Counter()
    mismatches = []
    for case, js in zip(cases, results, strict=True):
        assert js["error"] is None, (case, js["error"])
        sdk = [(s["method"], s["path"] + s["query"], s["body"]) for s in js["sent"]]
        ours = await _python(case)
        if ours != sdk:
            mismatches.append(f"{case['module']}.{case['method']} {case['form']}: {ours} != {sdk}")
        compared[case["form"]] += 1
    assert not mismatches, "\n".join(mismatches[:20])
    methods = len(_query_methods())
    assert methods >= 60 and compared["run"] == methods, compared
    assert compared["options"] == compared["run+options"] >= 20, compared


# -- against the emulator ------------------------------------------------------------------

BLUE = {"filter": {"name": {"$startsWith": "Blue"}}, "cursorPaging": {"limit": 1}}


async def test_a_query_in_the_options_is_the_one_sent(emu: Emulator, client_id: str) -> None:
    """query_products({"query": q}).find() answers q, not an empty filter at 50 a page."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        page = await stores.products_v3.bind(wix).query_products({"query": BLUE}).find()
    assert [item["name"] for item in page.items] == ["Blue Shirt"]
    assert page.has_next() and page.cursors is not None and page.cursors.next


async def test_operators_after_a_query_in_the_options_change_nothing_sent(
    emu: Emulator, client_id: str
) -> None:
    """As in JS, the options' query wins over operators chained after it; .query shows the chain."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        builder = stores.products_v3.bind(wix).query_products({"query": BLUE})
        chained = builder.starts_with("name", "Shoes").limit(5)
        page = await chained.find()
    assert [item["name"] for item in page.items] == ["Blue Shirt"]
    assert chained.query["filter"] == {"name": {"$startsWith": "Shoes"}}


async def test_run_sends_a_query_object_at_once(emu: Emulator, client_id: str) -> None:
    """run(query) answers Wix's JSON for exactly that query: no default paging added."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        products = stores.products_v3.bind(wix)
        blue = await products.query_products().run({"filter": BLUE["filter"]})
        with_url = await products.query_products({"fields": ["URL"]}).run(BLUE)
    assert [item["name"] for item in blue["products"]] == ["Blue Shirt", "Blue Sneakers"]
    assert not blue["pagingMetadata"]["hasNext"]
    assert [item["name"] for item in with_url["products"]] == ["Blue Shirt"]
    assert "url" in with_url["products"][0] and "url" not in blue["products"][0]


async def test_run_pages_by_offset(emu: Emulator, client_id: str) -> None:
    """An OFFSET query object (bookings services) is sent with its offset and limit as given."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        services = bookings.services.bind(wix)
        every = await services.query_services().find()
        second = await services.query_services().run({"paging": {"offset": 1, "limit": 2}})
    assert second["services"] == every.items[1:3]
    assert second["pagingMetadata"]["total"] == every.total_count == len(every.items) > 3


async def test_run_refuses_a_chained_builder_or_a_non_object() -> None:
    """run() takes one query object, on a builder with nothing chained: else a ValueError."""
    products = stores.products_v3.bind(Recorder())
    with pytest.raises(ValueError, match="chained"):
        await products.query_products().limit(3).run(BLUE)
    with pytest.raises(ValueError, match="query object"):
        await products.query_products().run([BLUE])  # type: ignore[arg-type]


def test_options_holding_a_query_key_point_to_run() -> None:
    """query_products({"filter": ...}), the JS call that runs at once, is a ValueError naming run()."""
    products = stores.products_v3.bind(Recorder())
    for key in ("filter", "sort", "paging", "cursorPaging"):
        with pytest.raises(ValueError, match=rf"'{key}', a query's key.*\.run\(query\)"):
            products.query_products({"fields": ["URL"], key: {}})
