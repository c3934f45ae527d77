"""Catalog V3 with keyword search: the generated ``stores.products_v3`` module plus ``search``.

``wix.products_v3`` is this class: every method of the JS SDK's ``productsV3``
(``query_products``, ``search_products``, ``get_product``, ...) and :meth:`Products.search`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._requester import expect_object
from ..modules.stores import products_v3

__all__ = ["Products"]


class Products(products_v3.ProductsV3):
    """The store's catalog, the JS SDK's ``productsV3`` module plus :meth:`search`.

    >>> page = await wix.products_v3.search("shirt", limit=10)  # doctest: +SKIP
    >>> shoes = wix.products_v3.query_products().starts_with("name", "shoe")  # doctest: +SKIP
    >>> result = await shoes.find()  # doctest: +SKIP
    """

    __slots__ = ()

    async def search(
        self,
        expression: str | None = None,
        *,
        limit: int = 100,
        cursor: str | None = None,
        filter: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Search products: ``{"products": [...], "pagingMetadata": {...}}``.

        ``expression`` is free text; ``cursor`` continues from a previous answer's
        ``pagingMetadata["cursors"]["next"]``.
        """
        paging: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            paging["cursor"] = cursor
        search: Any = {"cursorPaging": paging}  # shape-checked by Wix: filter is the caller's
        if expression:
            search["search"] = {"expression": expression}
        if filter is not None and cursor is None:
            search["filter"] = dict(filter)
        answer = await self.search_products(search)
        return expect_object(answer, "products search")
