"""The Stores Catalog V3 API (``/stores/v3/products``): the store's products."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._requester import Requester, expect_object

__all__ = ["Products"]


class Products:
    """The store's catalog, like the JS SDK's ``productsV3`` module."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

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
        search: dict[str, Any] = {"cursorPaging": paging}
        if expression:
            search["search"] = {"expression": expression}
        if filter is not None and cursor is None:
            search["filter"] = dict(filter)
        answer = await self._requester.request(
            "POST", "/stores/v3/products/search", json={"search": search}
        )
        return expect_object(answer, "products search")
