"""A user's file typing query items (``QueryBuilder[Product]``); mypy strict must pass on it."""

from __future__ import annotations

from typing import Any, TypedDict, assert_type

import _sample

import wixvisitor as wv
from wixvisitor.modules import QueryBuilder, QueryResult


class Product(TypedDict, total=False):
    """The two fields of a product this file reads."""

    id: str
    name: str


def typed_products(wix: wv.WixClient) -> QueryBuilder[Product]:
    """The sample's query with its items typed, in the form a typed module emits."""
    return QueryBuilder(wix, _sample._QUERY_PRODUCTS)


async def walk(wix: wv.WixClient) -> list[str]:
    """Items keep their type through operators, pages and async for; bare builders are dicts."""
    query = typed_products(wix).starts_with("name", "shoes").limit(4)
    assert_type(query, QueryBuilder[Product])
    page = await query.find()
    assert_type(page, QueryResult[Product])
    assert_type(page.items, list[Product])
    if page.has_next():
        assert_type(await page.next(), QueryResult[Product])
    names = [product.get("name", "") async for product in query]
    async for each in query.pages():
        assert_type(each, QueryResult[Product])
    plain: QueryBuilder = _sample.bind(wix).query_products()
    async for item in plain:
        assert_type(item, dict[str, Any])
    first: QueryResult = await plain.find()
    assert_type(first.items, list[dict[str, Any]])
    return names
