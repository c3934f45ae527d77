"""A user's file: the typed cart, read and written as Wix's REST JSON (mypy and pyright check it).

Every line whose comment starts with "wrong:" must be reported by both checkers; no other may be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import wixvisitor as wv
from wixvisitor.modules import ecom

if TYPE_CHECKING:
    from wixvisitor.modules.ecom.types.cart import Cart, LineItem

STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"


def first_quantity(cart: Cart) -> int:
    """The first line item's quantity: an ``int``, read from the REST shape."""
    if "lineItems" in cart and cart["lineItems"] and "quantity" in cart["lineItems"][0]:
        quantity = cart["lineItems"][0]["quantity"]
        reveal_type(quantity)  # noqa: F821 (the checkers' builtin)
        return quantity
    return 0


async def create(wix: wv.WixClient) -> Cart | None:
    """A cart with one line item; the answer is the REST ``CreateCartResponse``."""
    item: LineItem = {
        "quantity": 2,
        "catalogReference": {"catalogItemId": "shoe", "appId": STORES_APP_ID},
    }
    answer = await ecom.cart.bind(wix).create_cart({"lineItems": [item], "couponCode": "SALE"})
    return answer.get("cart")


async def mistakes(wix: wv.WixClient) -> None:
    """Three mistakes a user makes; each is found before Wix sees it."""
    cart = ecom.cart.bind(wix)
    await cart.create_cart({"lineItem": []})  # wrong: misspelt request field
    await cart.create_checkout("id", {"channelType": "WEBSITE"})  # wrong: enum literal
    await cart.create_cart({"lineItems": [{"quantity": "2"}]})  # wrong: field type
