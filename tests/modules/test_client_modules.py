"""The client takes modules as the JS SDK's createClient does, and every call keeps its guarantees."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import _sample
import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from fastapi import FastAPI

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.integrations.aiohttp import setup, visitor_client
from wixvisitor.integrations.fastapi import VisitorClient, VisitorSessionMiddleware

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
BLUE_SHIRT = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1"


def _line(product_id: str = BLUE_SHIRT) -> dict[str, Any]:
    return {
        "catalogReference": {"catalogItemId": product_id, "appId": STORES_APP_ID},
        "quantity": 1,
    }


async def test_create_client_offers_its_modules_bound(emu: Emulator, client_id: str) -> None:
    """create_client(modules={"sample": ...}) → wix.sample calls the emulator as this visitor."""
    async with wv.create_client(
        client_id, base_url=emu.base_url, modules={"sample": _sample}
    ) as wix:
        assert isinstance(wix.sample, _sample.Sample)
        added = await wix.sample.add_to_current_cart({"lineItems": [_line()]})
        cart = await wix.sample.get_current_cart()
        assert cart["cart"]["id"] == added["cart"]["id"]
        product = await wix.sample.get_product(BLUE_SHIRT)
        assert product["product"]["name"] == "Blue Shirt"
        assert "sample" in dir(wix)
    assert (emu.stats.anonymous, emu.stats.refresh, emu.stats.unauthorized) == (1, 0, 0)


async def test_visitors_clients_share_the_modules(emu: Emulator, client_id: str) -> None:
    """Visitors(modules=...) gives every visitors.client(key) the modules, each visitor its own cart."""
    async with wv.Visitors(
        client_id, base_url=emu.base_url, modules={"sample": _sample}
    ) as visitors:
        first, second = visitors.client("a"), visitors.client("b")
        await first.sample.add_to_current_cart({"lineItems": [_line()]})
        assert len((await first.sample.get_current_cart())["cart"]["lineItems"]) == 1
        with pytest.raises(wv.errors.WixApiError) as raised:
            await second.sample.get_current_cart()
        assert raised.value.status == 404


async def test_a_module_may_take_a_helpers_name(emu: Emulator, client_id: str) -> None:
    """modules={"products": ...} replaces the products helper, as the seed example needs."""
    async with wv.create_client(
        client_id, base_url=emu.base_url, modules={"products": _sample}
    ) as wix:
        assert isinstance(wix.products, _sample.Sample)
        result = await wix.products.query_products().starts_with("name", "blue").limit(4).find()
        assert sorted(item["name"] for item in result.items) == ["Blue Shirt", "Blue Sneakers"]
    plain = wv.create_client(client_id, base_url=emu.base_url)
    assert type(plain.products_v3).__name__ == "Products"
    await plain.aclose()


async def test_each_built_in_module_is_the_generated_class_plus_its_helpers(
    emu: Emulator, client_id: str
) -> None:
    """wix.current_cart, wix.redirects and wix.products_v3 answer the JS names and the helpers."""
    from wixvisitor.modules.ecom.current_cart import CurrentCart
    from wixvisitor.modules.redirects.redirects import Redirects
    from wixvisitor.modules.stores.products_v3 import ProductsV3

    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        assert isinstance(wix.current_cart, CurrentCart)
        assert isinstance(wix.redirects, Redirects)
        assert isinstance(wix.products_v3, ProductsV3)
        assert await wix.current_cart.get() is None  # the helper: no cart yet
        line = wix.current_cart.line_item(BLUE_SHIRT)
        added = await wix.current_cart.add_to_current_cart({"lineItems": [line]})  # the JS name
        assert (await wix.current_cart.get_current_cart())["cart"] == await wix.current_cart.get()
        cart = await wix.current_cart.get()
        assert cart is not None and added["cart"]["id"] == cart["id"]
        found = await wix.products_v3.search_products({"cursorPaging": {"limit": 1}})
        assert found["products"] == (await wix.products_v3.search(limit=1))["products"]


async def test_products_without_a_module_warns_and_is_products_v3(
    emu: Emulator, client_id: str
) -> None:
    """wix.products with no module given still works for one release, naming its replacement."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        with pytest.warns(DeprecationWarning, match="wix.products_v3"):
            products = wix.products
        assert type(products) is type(wix.products_v3)
        assert (await products.search(limit=1))["products"]


def test_a_client_without_modules_has_no_extra_attributes(client_id: str) -> None:
    """Without modules an unknown attribute is an AttributeError, and clients share one empty map."""
    visitors = wv.Visitors(client_id)
    wix = visitors.client("k")
    with pytest.raises(AttributeError, match="'WixClient' object has no attribute 'cart'"):
        _ = wix.cart
    with pytest.raises(AttributeError):
        _ = wix._private
    assert visitors.client("j")._modules is wix._modules
    assert type(wix) is wv.WixClient  # not the subclass that holds modules


async def test_a_modular_client_is_a_wix_client_all_the_same(emu: Emulator, client_id: str) -> None:
    """With modules the client is still a WixClient, reprs as one, and names itself in errors."""
    async with wv.create_client(
        client_id, base_url=emu.base_url, modules={"sample": _sample}
    ) as wix:
        assert isinstance(wix, wv.WixClient)
        assert repr(wix).startswith("<WixClient ")
        with pytest.raises(AttributeError, match="'WixClient' object has no attribute 'cart'"):
            _ = wix.cart


@pytest.mark.parametrize(
    ("modules", "error", "message"),
    [
        ({"cart": object()}, TypeError, r"modules\['cart'\]: object is not a Wix module"),
        ({"cart": SimpleNamespace(bind=42)}, TypeError, r"modules\['cart'\]"),
        ({"auth": _sample}, ValueError, "'auth' is a WixClient attribute"),
        ({"request": _sample}, ValueError, "'request' is a WixClient attribute"),
        ({"aclose": _sample}, ValueError, "'aclose'"),
        ({"_hidden": _sample}, ValueError, "'_hidden' is not a usable attribute name"),
        ({"my-cart": _sample}, ValueError, "'my-cart'"),
        ({1: _sample}, ValueError, "1 is not"),
        ([("cart", _sample)], TypeError, "modules must be a mapping"),
    ],
)
def test_bad_modules_are_refused_at_construction(
    client_id: str, modules: Any, error: type[Exception], message: str
) -> None:
    """A value without bind is a TypeError naming its key; a clashing or odd name a ValueError."""
    with pytest.raises(error, match=message):
        wv.create_client(client_id, modules=modules)
    with pytest.raises(error, match=message):
        wv.Visitors(client_id, modules=modules)


async def test_an_expired_token_mid_way_renews_once(emu: Emulator, client_id: str) -> None:
    """A module call whose token Wix refuses (401) renews once and retries: same session, same cart."""
    async with wv.create_client(
        client_id, base_url=emu.base_url, modules={"sample": _sample}
    ) as wix:
        added = await wix.sample.add_to_current_cart({"lineItems": [_line()]})
        emu.advance(5 * 3600)  # Wix's clock only: the client still thinks its token is good
        cart = await wix.sample.get_current_cart()
        page = await wix.sample.query_products().limit(3).find()
    assert cart["cart"]["id"] == added["cart"]["id"]
    assert page.length == 3
    assert (emu.stats.anonymous, emu.stats.refresh, emu.stats.unauthorized) == (1, 1, 1)


async def test_the_aiohttp_integration_gives_handlers_the_modules(
    emu: Emulator, client_id: str, aiohttp_client: Any
) -> None:
    """setup(app, Visitors(modules=...)): a handler's visitor_client(request) has them."""

    async def handler(request: web.Request) -> web.Response:
        wix = visitor_client(request)
        await wix.sample.add_to_current_cart({"lineItems": [_line()]})
        cart = await wix.sample.get_current_cart()
        return web.json_response({"items": sum(i["quantity"] for i in cart["cart"]["lineItems"])})

    app = web.Application()
    app.router.add_get("/", handler)
    visitors = wv.Visitors(client_id, base_url=emu.base_url, modules={"sample": _sample})
    setup(app, visitors, settings=wv.CookieSettings(secure=False))  # plain http on loopback
    client: TestClient[web.Request, web.Application] = await aiohttp_client(app)
    first = await client.get("/")
    assert await first.json() == {"items": 1}
    again = await client.get("/")  # the cookie brings the same visitor back
    assert await again.json() == {"items": 2}


def test_mypy_strict_types_the_bound_form(tmp_path: Path) -> None:
    """mypy --strict passes on typed_usage.py and reports a misspelt method of a bound module."""
    misspelt = tmp_path / "misspelt_usage.py"
    misspelt.write_text(
        "import _sample\nimport wixvisitor as wv\n\n\n"
        "async def use(wix: wv.WixClient) -> None:\n"
        "    await _sample.bind(wix).get_curent_cart()\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            str(HERE / "typed_usage.py"),
            str(misspelt),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(HERE)},
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if "typed_usage.py" in line], done.stdout
    assert len(errors) == 1, done.stdout
    assert '"Sample" has no attribute "get_curent_cart"' in errors[0]


async def test_the_fastapi_integration_gives_routes_the_modules(
    emu: Emulator, client_id: str
) -> None:
    """VisitorSessionMiddleware(visitors=Visitors(modules=...)): the VisitorClient has them."""
    async with wv.Visitors(
        client_id, base_url=emu.base_url, modules={"sample": _sample}
    ) as visitors:
        app = FastAPI()
        app.add_middleware(VisitorSessionMiddleware, visitors=visitors)

        @app.get("/add")
        async def add(wix: VisitorClient) -> int:
            cart = await wix.sample.add_to_current_cart({"lineItems": [_line()]})
            return sum(int(line["quantity"]) for line in cart["cart"]["lineItems"])

        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://shop.test") as http:
            assert (await http.get("/add")).json() == 1
            assert (await http.get("/add")).json() == 2  # the session cookie came back
