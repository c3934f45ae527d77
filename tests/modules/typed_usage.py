"""A user's file in the fully typed form: ``module.bind(wix)``; mypy strict must pass on it."""

from __future__ import annotations

from typing import Any

import _sample

import wixvisitor as wv
from wixvisitor.modules import QueryBuilder, QueryResult

STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"


async def shoes(wix: wv.WixClient) -> list[dict[str, Any]]:
    """The first four products whose name starts with "shoes", then one in the cart."""
    products = _sample.bind(wix)
    query: QueryBuilder = products.query_products().starts_with("name", "shoes").limit(4)
    result: QueryResult = await query.find()
    names: list[str] = [item["name"] for item in result.items]
    if result.has_next():
        result = await result.next()
    total: int | None = result.total_count
    cart = await products.add_to_current_cart(
        {"lineItems": [{"catalogReference": {"catalogItemId": "x", "appId": STORES_APP_ID}}]}
    )
    print(names, total, cart.get("cart"))
    return result.items
