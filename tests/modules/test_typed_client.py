"""TypedClient: a declared client class whose module attributes call the emulator as the visitor."""

from __future__ import annotations

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import ecom, stores
from wixvisitor.typed_client import BoundModule, TypedClient, bound

STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"


class Shop(TypedClient):
    """The modules the test storefront uses."""

    current = bound(ecom.current_cart)
    catalog = bound(stores.products_v3)


async def test_create_gives_a_client_whose_attributes_are_bound_modules(
    emu: Emulator, client_id: str
) -> None:
    """Shop.create(...) is a WixClient; wix.current is ecom.current_cart bound to it."""
    async with Shop.create(client_id, base_url=emu.base_url) as wix:
        assert isinstance(wix, wv.WixClient)
        assert isinstance(wix.current, ecom.current_cart.CurrentCart)
        found = await wix.catalog.query_products().limit(1).find()
        product_id = found.items[0]["id"]
        reference = {"catalogItemId": product_id, "appId": STORES_APP_ID}
        added = await wix.current.add_to_current_cart(
            {"lineItems": [{"catalogReference": reference, "quantity": 2}]}
        )
        again = await wix.current.get_current_cart()
        assert again.get("cart", {}).get("id") == added.get("cart", {}).get("id")
    assert isinstance(Shop.current, BoundModule)
    assert "current" in repr(Shop.current)


async def test_of_wraps_a_visitors_client_as_the_same_visitor(
    emu: Emulator, client_id: str
) -> None:
    """Shop.of(visitors.client(key)) calls as that visitor: its cart is the plain client's."""
    async with wv.Visitors(client_id, base_url=emu.base_url) as visitors:
        plain = visitors.client("visitor-a")
        found = await stores.products_v3.bind(plain).query_products().limit(1).find()
        reference = {"catalogItemId": found.items[0]["id"], "appId": STORES_APP_ID}
        await ecom.current_cart.bind(plain).add_to_current_cart(
            {"lineItems": [{"catalogReference": reference, "quantity": 1}]}
        )
        typed = Shop.of(visitors.client("visitor-a"))
        cart = await typed.current.get_current_cart()
        assert len(cart.get("cart", {}).get("lineItems", [])) == 1
