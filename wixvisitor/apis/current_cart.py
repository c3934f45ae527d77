"""The eCom Current Cart API (``/ecom/v1/carts/current``): the visitor's own cart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import WixApiError
from ._requester import Requester, expect_object

__all__ = ["STORES_APP_ID", "CurrentCart", "line_item"]

#: The Wix Stores app id that catalog references of store products carry.
STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"

_PATH = "/ecom/v1/carts/current"


def line_item(product_id: str, quantity: int = 1, *, app_id: str = STORES_APP_ID) -> dict[str, Any]:
    """A line item for :meth:`CurrentCart.add`: ``quantity`` of the store product ``product_id``."""
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    return {
        "catalogReference": {"catalogItemId": product_id, "appId": app_id},
        "quantity": quantity,
    }


class CurrentCart:
    """The visitor's current cart, like the JS SDK's ``currentCart`` module.

    >>> cart = await wix.current_cart.add([line_item(product_id)])  # doctest: +SKIP
    """

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def get(self) -> dict[str, Any] | None:
        """The visitor's cart, or ``None`` if they have none yet (``OWNED_CART_NOT_FOUND``)."""
        try:
            answer = await self._requester.request("GET", _PATH)
        except WixApiError as exc:
            if exc.status == 404 and exc.code == "OWNED_CART_NOT_FOUND":
                return None
            raise
        return expect_object(answer, "the current cart", "cart")

    async def add(self, line_items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """Add ``line_items`` (see :func:`line_item`) to the cart, creating it if needed."""
        answer = await self._requester.request(
            "POST", f"{_PATH}/add-to-cart", json={"lineItems": list(line_items)}
        )
        return expect_object(answer, "add to cart", "cart")

    async def update_quantity(self, quantities: Mapping[str, int]) -> dict[str, Any]:
        """Set line items' quantities, ``{line_item_id: quantity}``; returns the cart.

        Line item ids are the ``"id"`` of the cart's ``"lineItems"``.
        """
        if not quantities:
            raise ValueError("quantities must name at least one line item")
        line_items = [{"id": line_id, "quantity": n} for line_id, n in quantities.items()]
        answer = await self._requester.request(
            "POST", f"{_PATH}/update-line-items-quantity", json={"lineItems": line_items}
        )
        return expect_object(answer, "update line item quantity", "cart")

    async def remove(self, line_item_ids: str | Iterable[str]) -> dict[str, Any]:
        """Remove one line item (an id) or several (ids) from the cart; returns the cart."""
        ids = [line_item_ids] if isinstance(line_item_ids, str) else list(line_item_ids)
        if not ids:
            raise ValueError("line_item_ids must name at least one line item")
        answer = await self._requester.request(
            "POST", f"{_PATH}/remove-line-items", json={"lineItemIds": ids}
        )
        return expect_object(answer, "remove line items", "cart")
