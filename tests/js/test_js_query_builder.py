"""The query builders send what the official JS builder sends: the same query JSON, the same URLs."""

from __future__ import annotations

import datetime
import importlib.util
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.modules._query import QueryBuilder
from wixvisitor.modules._runtime import encode_query

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]


def _load_sample() -> Any:
    """tests/modules/_sample.py, the hand-written module in the generated shape."""
    if "_sample" not in sys.modules:
        path = Path(__file__).parents[1] / "modules" / "_sample.py"
        spec = importlib.util.spec_from_file_location("_sample", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["_sample"] = module
        spec.loader.exec_module(module)
    return sys.modules["_sample"]


_sample = _load_sample()

#: JS builder method -> Python builder method.
PYTHON = {"startsWith": "starts_with", "endsWith": "ends_with", "hasSome": "has_some",
          "hasAll": "has_all", "in": "in_", "isEmpty": "is_empty", "isNotEmpty": "is_not_empty",
          "and": "and_", "or": "or_", "not": "not_", "skipTo": "skip_to"}  # fmt: skip

IDS = ["bb5405d0-dea0-4fa8-b21f-7bee285ccfa1", "9d5f6e2e-e193-4071-96b3-fd5246b5524b"]
SUB = [["eq", "slug", "blue-shirt"], ["gt", "n", 3]]

#: Chains of builder calls, as the JS SDK's users write them; "pages" runs them.
CHAINS: list[dict[str, Any]] = [
    {"module": "v3", "ops": []},
    {"module": "v3", "ops": [["startsWith", "name", "shoes"], ["limit", 4]]},
    {"module": "v3", "ops": [["eq", "name", "Blue Shirt"]]},
    {"module": "v3", "ops": [["eq", "a", 1], ["gt", "b", 2], ["lt", "b", 10], ["le", "c", 2.5]]},
    {"module": "v3", "ops": [["ne", "a", "x"], ["ge", "b", 0], ["ne", "c", None]]},
    {"module": "v3", "ops": [["between", "price", 10, 20], ["between", "name", "a", "m"]]},
    {"module": "v3", "ops": [["hasSome", "tags", ["a", "b"]], ["hasSome", "t", "x", "y", 3]]},
    {"module": "v3", "ops": [["hasAll", "tags", "a", "b"], ["hasAll", "t", [1, 2]]]},
    {"module": "v3", "ops": [["in", "id", IDS], ["in", "n", []]]},
    {"module": "v3", "ops": [["isEmpty", "a"], ["isNotEmpty", "b"]]},
    {"module": "v3", "ops": [["exists", "a"], ["exists", "b", False]]},
    {"module": "v3", "ops": [["endsWith", "slug", "shirt"], ["contains", "name", "Mug"]]},
    {"module": "v3", "ops": [["ascending", "name"], ["descending", "price", "slug"]]},
    {"module": "v3", "ops": [["descending", "a"], ["ascending", "b", "c"], ["limit", 7]]},
    {"module": "v3", "ops": [["eq", "x", 1], ["or", {"$ops": SUB}]]},
    {"module": "v3", "ops": [["or", {"$ops": SUB}], ["or", {"$ops": [["eq", "z", 0]]}]]},
    {"module": "v3", "ops": [["eq", "x", 1], ["and", {"$ops": SUB}], ["eq", "y", 2]]},
    {"module": "v3", "ops": [["not", {"$ops": SUB}], ["eq", "y", True]]},
    {"module": "v3", "ops": [["not", {"$ops": [["not", {"$ops": [["eq", "a", 1]]}]]}]]},
    {"module": "v3", "ops": [["eq", "o", {"k": [1, "v", None]}], ["eq", "l", [True, 0.5]]]},
    {"module": "v3", "ops": [["eq", "_id", "abc"], ["ascending", "_createdDate"]]},
    {"module": "v3", "ops": [["eq", "x._updatedDate", 1], ["ne", "_idx", 2]]},
    {"module": "v3", "ops": [["ge", "createdDate", {"$date": "2024-01-02T03:04:05Z"}]]},
    {
        "module": "v3",
        "ops": [
            [
                "between",
                "d",
                {"$date": "2024-01-01T00:00:00.250Z"},
                {"$date": "2025-06-30T12:00:00+02:00"},
            ]
        ],
    },
    {"module": "v3", "ops": [["limit", 3], ["skipTo", "abc"]]},
    {"module": "v3", "ops": [["skipTo", "abc"], ["limit", 9], ["eq", "a", 1]]},
    {"module": "v1", "ops": []},
    {"module": "v1", "ops": [["limit", 5], ["skip", 10]]},
    {"module": "v1", "ops": [["skip", 10], ["limit", 5], ["descending", "price"]]},
    {
        "module": "v1",
        "ops": [["eq", "name", "Mug"], ["hasSome", "collections", "c1"], ["limit", 0]],
    },
    # Run against the emulator (v3) and through a recorder (v1): the URLs must match.
    {"module": "v3", "ops": [["startsWith", "name", "blue"], ["limit", 4]], "pages": 1},
    {"module": "v3", "ops": [["ascending", "name"], ["limit", 3]], "pages": 5},
    {
        "module": "v3",
        "ops": [
            ["gt", "actualPriceRange.minValue.amount", 20],
            ["limit", 2],
            ["descending", "name"],
        ],
        "pages": 3,
    },
    {"module": "v1", "ops": [["eq", "name", "Mug"], ["limit", 5], ["skip", 10]], "pages": 1},
]


def _argument(module: Any, argument: Any) -> Any:
    if isinstance(argument, Mapping) and "$date" in argument:
        return datetime.datetime.fromisoformat(argument["$date"])
    if isinstance(argument, Mapping) and "$ops" in argument:
        return _build(module, argument["$ops"])
    return argument


def _build(module: Any, ops: list[list[Any]], options: Any = None) -> QueryBuilder:
    if module.v1:
        builder: QueryBuilder = module.query_products_v1()
    else:
        builder = module.query_products(options) if options else module.query_products()
    for name, *arguments in ops:
        builder = getattr(builder, PYTHON.get(name, name))(
            *(_argument(module, a) for a in arguments)
        )
    return builder


class Recorder:
    """A requester that notes each request's method and URL, then sends it through the client."""

    def __init__(self, wix: wv.WixClient) -> None:
        self.wix = wix
        self.sent: list[dict[str, str]] = []

    async def request(self, method: str, path: str, **options: Any) -> Any:
        """Record the request, then make it."""
        route, _, query = path.partition("?")
        self.sent.append({"method": method, "path": route, "query": f"?{query}" if query else ""})
        return await self.wix.request(method, path, **options)


class Chains:
    """The sample module bound to a recorder, for one catalog (``v1`` or not)."""

    def __init__(self, recorder: Recorder, v1: bool) -> None:
        self.v1 = v1
        self.module = _sample.bind(recorder)

    def query_products(self, options: Any = None) -> QueryBuilder:
        return self.module.query_products(options)  # type: ignore[no-any-return]

    def query_products_v1(self) -> QueryBuilder:
        return self.module.query_products_v1()  # type: ignore[no-any-return]


async def _run_python(chain: dict[str, Any], wix: wv.WixClient) -> dict[str, Any]:
    recorder = Recorder(wix)
    chains = Chains(recorder, chain["module"] == "v1")
    if "run" in chain:
        start = (
            chains.query_products_v1() if chains.v1 else chains.query_products(chain.get("options"))
        )
        answer = await start.run(chain["run"])
        return {"pages": [[item["name"] for item in answer["products"]]], "sent": recorder.sent}
    builder = _build(chains, chain["ops"], chain.get("options"))
    result: dict[str, Any] = {"query": builder.query, "sent": [], "pages": []}
    if chain.get("pages"):
        try:
            page = await builder.find()
            result["pages"].append([item["name"] for item in page.items])
            while len(result["pages"]) < chain["pages"] and page.has_next():
                page = await page.next()
                result["pages"].append([item["name"] for item in page.items])
        except wv.errors.WixApiError as exc:
            result["error"] = exc.status
        result["sent"] = recorder.sent
    return result


@pytest.fixture
def js_chains(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run query_builder.mjs against the emulator."""
    from js_sdk_support import runner

    return runner(node, "query_builder.mjs", emu, client_id)


async def test_every_chain_builds_and_sends_what_the_js_builder_does(
    js_chains: JsRunner, emu: Emulator, client_id: str
) -> None:
    """For each chain: the same query object (key order too), URLs and pages as the JS SDK's."""
    answer = await js_chains("chains", chains=CHAINS)
    assert answer["ok"], answer
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        for chain, js in zip(CHAINS, answer["results"], strict=True):
            python = await _run_python(chain, wix)
            assert python["query"] == js["query"], chain
            assert list(python["query"]) == list(js["query"]), chain
            ours = encode_query({"query": python["query"]}, complex=True)
            assert ours == encode_query({"query": js["query"]}, complex=True), chain
            api_calls = [sent for sent in js["sent"] if sent["path"] != "/oauth2/token"]
            assert python["sent"] == api_calls, chain
            assert python["pages"] == js["pages"], chain
            assert ("error" in python) == ("error" in js), chain
    ran = [result for result in answer["results"] if result["sent"]]
    assert sum(len(result["pages"]) for result in ran) == 1 + 4 + 3
    by_name = sorted(product.name for product in PRODUCTS)  # 12 products, 3 a page: 4 pages
    assert ran[1]["pages"][-1] == by_name[9:]
    assert ran[-1]["error"] and ran[-1]["sent"][0]["path"].startswith("/stores-reader/v1/")


BLUE = {"filter": {"name": {"$startsWith": "Blue"}}, "cursorPaging": {"limit": 1}}

#: A query given as an object: in the options (alone, beside another option, with operators
#: chained after it, which JS sends regardless) and run at once (with and without options).
OPTION_CHAINS: list[dict[str, Any]] = [
    {"module": "v3", "options": {"query": BLUE}, "ops": [], "pages": 2},
    {"module": "v3", "options": {"fields": ["URL"], "query": BLUE}, "ops": [], "pages": 1},
    {"module": "v3", "options": {"query": BLUE}, "ops": [["eq", "name", "Mug"], ["limit", 5]],
     "pages": 1},
    {"module": "v3", "options": {"fields": ["URL"]}, "ops": [["startsWith", "name", "Blue"]],
     "pages": 1},
    {"module": "v3", "run": BLUE},
    {"module": "v3", "run": {"sort": [{"fieldName": "name", "order": "DESC"}]}},
    {"module": "v3", "run": BLUE, "options": {"fields": ["URL"]}},
]  # fmt: skip


async def test_query_objects_run_as_the_js_packages_run_them(
    js_chains: JsRunner, emu: Emulator, client_id: str
) -> None:
    """A query in the options, or run at once: the same URLs and the same pages as the JS SDK."""
    answer = await js_chains("chains", chains=OPTION_CHAINS)
    assert answer["ok"], answer
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        for chain, js in zip(OPTION_CHAINS, answer["results"], strict=True):
            python = await _run_python(chain, wix)
            api_calls = [sent for sent in js["sent"] if sent["path"] != "/oauth2/token"]
            assert python["sent"] == api_calls, chain
            assert python["pages"] == js["pages"], chain
    first, _, chained, *_ = answer["results"]
    assert first["pages"] == [["Blue Shirt"], ["Blue Shirt"]]  # next() resends the options' query
    assert chained["pages"] == [["Blue Shirt"]]
    assert answer["results"][-2]["pages"][0][0] == max(product.name for product in PRODUCTS)


#: Payloads for the SDK's toURLSearchParams: flat, dotted, arrays, objects in arrays, unicode.
PAYLOADS: list[dict[str, Any]] = [
    {},
    {"id": "abc"},
    {"ids": ["a", "b"], "n": 3, "yes": True, "no": False, "none": None},
    {"query": {}},
    {"query": {"filter": {}}},
    {"query": {"filter": {}, "cursorPaging": {"limit": 50}}},
    {"a.b": 1},
    {"list": [{"x": 1}]},
    {"list": [[1], 2]},
    {"outer": {"inner": {"deep": "value"}}, "flat": "ü + & = ?"},
    {"text": "naïve café 日本", "space": "a b"},
    {"fields": ["URL", "CURRENCY"], "query": {"filter": {"name": {"$startsWith": "é"}}}},
]


async def test_encode_query_writes_the_sdks_url_search_params(
    node: str, emu: Emulator, client_id: str
) -> None:
    """encode_query gives the very string the SDK's toURLSearchParams gives, complex or not."""
    from js_sdk_support import runner

    cases = [{"payload": p, "complex": c} for p in PAYLOADS for c in (True, False)]
    answer = await runner(node, "query_builder.mjs", emu, client_id)("encode", payloads=cases)
    assert answer["ok"], answer
    ours = [encode_query(case["payload"], complex=case["complex"]) for case in cases]
    assert ours == answer["encoded"]
