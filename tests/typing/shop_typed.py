"""A user's file: the declared client class, each module attribute fully typed."""

from __future__ import annotations

import wixvisitor as wv
from wixvisitor.modules import ecom, stores
from wixvisitor.typed_client import TypedClient, bound


class Shop(TypedClient):
    """The modules this storefront uses."""

    cart = bound(ecom.cart)
    catalog = bound(stores.products_v3)  # not `products_v3`: the client's own helper


async def first_cart_id(client_id: str, base_url: str) -> str | None:
    """A cart with one line item: its id."""
    async with Shop.create(client_id, base_url=base_url) as wix:
        await wix.auth.set_tokens(await wix.auth.generate_visitor_tokens())
        answer = await wix.cart.create_cart({"lineItems": [{"quantity": 1}]})
        reveal_type(answer)  # noqa: F821 (the checkers' builtin)
        cart = answer.get("cart", {})
        return cart.get("id")


async def over(visitors: wv.Visitors) -> None:
    """The same over a client an app already has."""
    wix = Shop.of(visitors.client("session-key"))
    page = await wix.catalog.query_products().limit(2).find()
    for product in page.items:
        print(product.get("name"))
    await wix.cart.get_kart("id")  # wrong: a misspelt method
