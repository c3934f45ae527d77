"""A site runs one Stores catalog; everything the emulator does not serve says NOT_EMULATED."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.emulator.common.not_emulated import method_fqn

VERSION = "/stores/v3/provision/version"
V1_READS = [
    ("POST", "/stores/v1/products/query"),
    ("GET", "/stores-reader/v1/products/query-platformized"),
    ("GET", f"/stores-reader/v1/products/{PRODUCTS[0].id}"),
    ("GET", "/stores-reader/v1/collections/slug/shoes"),
    ("POST", "/v2/collections/query"),
]
V3_READS = [
    ("POST", "/stores/v3/products/search"),
    ("GET", "/stores/v3/products/query"),
    ("GET", f"/stores/v3/products/{PRODUCTS[0].id}"),
    ("GET", f"/stores/v3/products/slug/{PRODUCTS[0].slug}"),
]


async def _session(emu: Emulator, client_id: str) -> aiohttp.ClientSession:
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        headers = await wix.auth.get_auth_headers()
    return aiohttp.ClientSession(emu.base_url, headers=headers)


@pytest.fixture(params=["V1", "V3"])
async def site(request: Any, client_id: str) -> AsyncIterator[tuple[str, aiohttp.ClientSession]]:
    """A visitor's session on a site running the Catalog V1 or V3."""
    async with Emulator(catalog=request.param) as emu, await _session(emu, client_id) as http:
        yield request.param, http


async def _call(http: aiohttp.ClientSession, verb: str, path: str) -> tuple[int, Any]:
    async with http.request(verb, path, json={} if verb == "POST" else None) as response:
        return response.status, await response.json()


async def test_a_site_answers_its_own_catalog_and_refuses_the_other(
    site: tuple[str, aiohttp.ClientSession],
) -> None:
    """The versioning API names the catalog; its reads answer, the other's are 428s."""
    catalog, http = site
    status, answer = await _call(http, "GET", VERSION)
    assert (status, answer) == (200, {"catalogVersion": f"{catalog}_CATALOG"})
    own, other = (V1_READS, V3_READS) if catalog == "V1" else (V3_READS, V1_READS)
    for verb, path in own:
        assert (await _call(http, verb, path))[0] == 200, path
    for verb, path in other:
        status, answer = await _call(http, verb, path)
        assert status == 428, (path, answer)
        error = answer["details"]["applicationError"]
        assert error["code"] == "CATALOG_VERSION_MISMATCH"
        assert error["data"] == {"catalogVersion": f"{catalog}_CATALOG"}
        assert f"Catalog {catalog}" in answer["message"]


async def test_the_default_is_v3_and_reset_keeps_the_catalog(emu: Emulator) -> None:
    """Emulator() runs Catalog V3, as before; the catalog is a setting, not state reset clears."""
    assert emu.catalog == "V3"
    async with Emulator(catalog="v1") as v1:
        v1.reset()
        assert v1.catalog == "V1"
    with pytest.raises(ValueError, match="catalog"):
        Emulator(catalog="V2")


async def test_a_wrong_catalog_still_needs_a_token(client_id: str) -> None:
    """Without a token, the other catalog's reads and the versioning API answer 401 first."""
    async with Emulator(catalog="V1") as emu, aiohttp.ClientSession(emu.base_url) as http:
        for verb, path in [("GET", VERSION), V3_READS[0], V1_READS[0]]:
            assert (await _call(http, verb, path))[0] == 401


@pytest.mark.parametrize(
    ("verb", "path", "fqn"),
    [
        ("POST", "/events/v1/ticket-definitions/query", "wix.events.ticketing.TicketDefinitionManagement.QueryTicketDefinitions"),
        ("POST", "/_api/bookings/v2/services", "wix.bookings.services.v2.ServicesService.CreateService"),
        ("DELETE", "/bookings/v2/services/some-id", "wix.bookings.services.v2.ServicesService.DeleteService"),
        ("PATCH", f"/stores/v3/products/{PRODUCTS[0].id}", "wix.stores.catalog.v3.CatalogApi.UpdateProduct"),
        ("DELETE", "/stores/v1/products/x", "wix.catalog.api.v1.CatalogWriteApi.DeleteProduct"),
        ("POST", "/members/v1/members/query", "com.wixpress.members.api.Members.QueryMembers"),
    ],
)  # fmt: skip
async def test_official_routes_not_served_answer_501_naming_the_method(
    emu: Emulator, verb: str, path: str, fqn: str
) -> None:
    """An official API the emulator does not serve: 501 NOT_EMULATED naming its method."""
    assert method_fqn(verb, path) == fqn
    async with aiohttp.ClientSession(emu.base_url) as http:
        status, answer = await _call(http, verb, path)
    assert status == 501, answer
    assert answer["message"].startswith(f"{fqn} is not emulated")
    error = answer["details"]["applicationError"]
    assert error["code"] == "NOT_EMULATED"
    assert error["data"] == {"method": verb, "path": path, "methodFqn": fqn}
    assert fqn in error["description"]


async def test_other_paths_answer_501_naming_the_path_and_admin_keeps_404(emu: Emulator) -> None:
    """Unknown paths name themselves in a 501; /_emulator/ and hosted pages still 404."""
    async with aiohttp.ClientSession(emu.base_url) as http:
        status, answer = await _call(http, "GET", "/no/such/api")
        assert status == 501
        assert answer["message"].startswith("GET /no/such/api is not emulated")
        assert "methodFqn" not in answer["details"]["applicationError"]["data"]
        for path in ("/_emulator/no-such-admin", "/_hosted/no-such-page"):
            async with http.get(path) as response:
                assert response.status == 404, path
        # A wrong verb on a served path that is no official method stays a 405.
        assert (await _call(http, "GET", "/ecom/v1/carts/current/add-to-cart"))[0] == 405
    assert emu.stats.api_calls == 2  # NOT_EMULATED answers count as API calls


def test_cli_serves_a_catalog_v1_site() -> None:
    """`wixvisitor emulator --catalog V1` says so and the versioning API answers V1_CATALOG."""
    process = subprocess.Popen(
        [sys.executable, "-m", "wixvisitor", "emulator", "--port", "0", "--catalog", "v1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        banner = ""
        while "Ctrl-C" not in banner:
            banner += process.stdout.readline()
        base = banner.split("serving at ")[1].split()[0]
        token = urllib.request.Request(
            base + "/oauth2/token",
            data=json.dumps({"clientId": "abc", "grantType": "anonymous"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(token, timeout=10) as answer:
            access = json.loads(answer.read())["access_token"]
        version = urllib.request.Request(base + VERSION, headers={"Authorization": access})
        with urllib.request.urlopen(version, timeout=10) as answer:
            assert json.loads(answer.read()) == {"catalogVersion": "V1_CATALOG"}
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "catalog:    V1" in banner
    assert process.returncode == 0


async def test_the_seed_example_in_python_on_a_catalog_v1_site(client_id: str) -> None:
    """The seed's modules={cart, products} client: create_cart, then the V1 'shoes' query."""
    from wixvisitor.modules import ecom, stores

    async with Emulator(catalog="V1") as emu:
        modules = {"cart": ecom.cart, "products": stores.products}
        async with wv.create_client(client_id, base_url=emu.base_url, modules=modules) as wix:
            cart = await wix.cart.create_cart({})
            result = (
                await wix.products.query_products().starts_with("name", "shoes").limit(4).find()
            )
            version = await stores.catalog_versioning.bind(wix).get_catalog_version()
            shoes = await wix.products.get_collection_by_slug("shoes")
    assert cart["cart"]["id"]
    assert [item["name"] for item in result.items] == ["Shoes Trail Runner", "Shoes Leather Loafer"]
    assert (result.total_count, result.has_next()) == (2, False)
    assert version == {"catalogVersion": "V1_CATALOG"}
    assert shoes["collection"]["numberOfProducts"] == 3
