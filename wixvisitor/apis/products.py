"""Catalog V3 search with keywords: a helper over the generated ``stores.products_v3``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._requester import Requester, expect_object
from ..modules.stores import products_v3

__all__ = ["Products"]


class Products:
    """The store's catalog, like the JS SDK's ``productsV3`` module."""

    __slots__ = ("_api",)

    def __init__(self, requester: Requester) -> None:
        self._api = products_v3.bind(requester)

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
        answer = await self._api.search_products(search)
        return expect_object(answer, "products search")
