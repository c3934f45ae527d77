"""Generated modules end to end: real requests through the client to the embedded emulator."""

from __future__ import annotations

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import ecom, stores

STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"


def _line(product_id: str, quantity: int = 1) -> dict[str, object]:
    return {
        "catalogReference": {"catalogItemId": product_id, "appId": STORES_APP_ID},
        "quantity": quantity,
    }


async def test_catalog_v3_reads_through_the_generated_module(emu: Emulator, client_id: str) -> None:
    """search_products (a complex GET), get_product and count_products answer Wix REST JSON."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        products = stores.products_v3.bind(wix)
        found = await products.search_products({"cursorPaging": {"limit": 2}})
        assert len(found["products"]) == 2
        first = found["products"][0]
        got = await products.get_product(first["id"])
        assert got["product"]["id"] == first["id"]
        counted = await products.count_products()
        assert counted["count"] >= 2


async def test_current_cart_round_trip_through_the_generated_module(
    emu: Emulator, client_id: str
) -> None:
    """Add, change a quantity, remove, check out, delete: the cart as the REST API keeps it."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        products = (await stores.products_v3.bind(wix).search_products({}))["products"]
        cart = ecom.current_cart.bind(wix)
        added = await cart.add_to_current_cart(
            {"lineItems": [_line(products[0]["id"]), _line(products[1]["id"])]}
        )
        lines = added["cart"]["lineItems"]
        assert [line["catalogReference"]["catalogItemId"] for line in lines] == [
            products[0]["id"],
            products[1]["id"],
        ]
        changed = await cart.update_current_cart_line_item_quantity(
            [{"id": lines[0]["id"], "quantity": 3}]
        )
        assert changed["cart"]["lineItems"][0]["quantity"] == 3
        removed = await cart.remove_line_items_from_current_cart([lines[1]["id"]])
        assert len(removed["cart"]["lineItems"]) == 1
        checkout = await cart.create_checkout_from_current_cart({"channelType": "WEB"})
        assert checkout["checkoutId"]
        current = await cart.get_current_cart()
        assert current["cart"]["id"] == added["cart"]["id"]
        assert await cart.delete_current_cart() == {}
