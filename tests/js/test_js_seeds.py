"""The seed documents' JS examples, as written, through the official SDK against a V1 site."""

from __future__ import annotations

import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from wixvisitor.emulator import Emulator

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` and `runner` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

SHOES = ["Shoes Trail Runner", "Shoes Leather Loafer"]


@pytest.fixture
async def v1_site() -> AsyncIterator[Emulator]:
    """An emulator whose site runs Catalog V1, as every Wix store older than Catalog V3."""
    async with Emulator(catalog="V1") as emulator:
        yield emulator


@pytest.fixture
def seeds(node: str, v1_site: Emulator, client_id: str) -> JsRunner:
    """Run one command of seeds.mjs against the Catalog V1 emulator."""
    from js_sdk_support import runner

    return runner(node, "seeds.mjs", v1_site, client_id)


async def test_the_seed_example_runs_as_written(seeds: JsRunner) -> None:
    """createClient, generateVisitorTokens, setTokens, createCart, queryProducts: all answered."""
    answer = await seeds("seed-example")
    assert answer["ok"], answer
    assert answer["cartId"]
    assert answer["names"] == SHOES
    assert answer["role"] == "visitor"


async def test_the_seed_example_queries_catalog_v1(seeds: JsRunner, v1_site: Emulator) -> None:
    """queryProducts().startsWith("name", "shoes").limit(4).find() is a GET with .r, answered."""
    answer = await seeds("seed-products")
    assert answer["ok"], answer
    assert answer["names"] == SHOES  # startsWith ignores case, as the package says
    assert (answer["total"], answer["hasNext"], answer["role"]) == (2, False, "visitor")
    assert answer["cheap"] == ["Ceramic Coffee Mug", "Espresso Beans"]
    assert answer["next"] == ["Canvas Tote Bag"]
    assert (answer["got"], answer["price"]) == (SHOES[0], 96)
    assert answer["long"] == ["Ceramic Coffee Mug"]
    queries = [r for r in answer["sent"] if r["path"].endswith("/query-platformized")]
    assert [r["method"] for r in queries] == ["GET", "GET", "GET", "POST"]  # the last is long
    assert all(r["query"].startswith("?.r=") for r in queries[:3])
    assert all(r["status"] == 200 for r in answer["sent"])
    assert v1_site.stats.anonymous == 1


async def test_the_cookie_resume_example_with_no_cookie(seeds: JsRunner, v1_site: Emulator) -> None:
    """tokens: JSON.parse(Cookies.get('session') || null) with no cookie: a new visitor, resumed."""
    answer = await seeds("cookie-resume")
    assert answer["ok"], answer
    first, second = answer["pages"]
    assert first == second
    assert first["catalogVersion"] == "V1_CATALOG"
    assert len(first["names"]) == 3
    assert first["shoes"] == 3
    assert first["collections"] == ["All Products", "Apparel", "Accessories"]
    assert answer["sameVisitor"] is True  # the second page load came back from the cookie
    assert v1_site.stats.anonymous == 1
    paths = {r["path"] for r in answer["sent"]}
    assert {"/stores/v3/provision/version", "/v2/collections/query"} <= paths
    assert "/stores-reader/v1/collections/slug/shoes" not in paths  # the collections module's
    assert "/v2/collections/slug/shoes" in paths


async def test_an_api_the_emulator_does_not_serve_says_so(seeds: JsRunner) -> None:
    """The SDK's error carries NOT_EMULATED and the method's name, not a bare 404."""
    answer = await seeds("not-emulated")
    assert answer["ok"], answer
    assert answer["code"] == "NOT_EMULATED"
    assert "wix.catalog.api.v1.CatalogReadApi.GetStoreVariant" in answer["message"]


def test_the_not_emulated_route_table_matches_the_pinned_packages(node: str) -> None:
    """tools/wix_routes.mjs regenerates wixvisitor/emulator/common/wix_routes.tsv byte for byte."""
    here = Path(__file__).parent
    root = here.parent.parent
    done = subprocess.run(
        [node, str(root / "tools" / "wix_routes.mjs"), str(here / "node_modules" / "@wix")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    table = root / "wixvisitor" / "emulator" / "common" / "wix_routes.tsv"
    assert done.stdout == table.read_text(encoding="utf-8")
