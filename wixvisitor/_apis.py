"""Thin helpers for the two Wix APIs the Headless docs use: current cart and products."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .errors import WixApiError

if TYPE_CHECKING:
    from .client import WixClient

__all__ = ["STORES_APP_ID", "CurrentCart", "Products", "line_item"]

#: The Wix Stores app id that catalog references of store products carry.
STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"


def line_item(product_id: str, quantity: int = 1, *, app_id: str = STORES_APP_ID) -> dict[str, Any]:
    """A line item for :meth:`CurrentCart.add`: ``quantity`` of the store product ``product_id``."""
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    return {
        "catalogReference": {"catalogItemId": product_id, "appId": app_id},
        "quantity": quantity,
    }


class CurrentCart:
    """The visitor's current cart (``/ecom/v1/carts/current``)."""

    __slots__ = ("_client",)

    def __init__(self, client: WixClient) -> None:
        self._client = client

    async def get(self) -> dict[str, Any] | None:
        """The visitor's cart, or ``None`` if they have none yet (``OWNED_CART_NOT_FOUND``)."""
        try:
            answer = await self._client.request("GET", "/ecom/v1/carts/current")
        except WixApiError as exc:
            if exc.status == 404 and exc.code == "OWNED_CART_NOT_FOUND":
                return None
            raise
        return _cart(answer)

    async def add(self, line_items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """Add ``line_items`` (see :func:`line_item`) to the cart, creating it if needed."""
        answer = await self._client.request(
            "POST", "/ecom/v1/carts/current/add-to-cart", json={"lineItems": list(line_items)}
        )
        return _cart(answer)


class Products:
    """The store's catalog (``/stores/v3/products``)."""

    __slots__ = ("_client",)

    def __init__(self, client: WixClient) -> None:
        self._client = client

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
        answer = await self._client.request(
            "POST", "/stores/v3/products/search", json={"search": search}
        )
        if not isinstance(answer, dict):
            raise WixApiError("products search answered an unexpected shape", status=200)
        return answer


def _cart(answer: Any) -> dict[str, Any]:
    cart = answer.get("cart") if isinstance(answer, dict) else None
    if not isinstance(cart, dict):
        raise WixApiError("the cart answer has no cart object", status=200)
    return cart
