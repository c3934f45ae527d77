"""The visitor's own cart: the generated ``ecom.current_cart`` module plus its helpers.

``wix.current_cart`` is this class: every method of the JS SDK's ``currentCart``
(``get_current_cart``, ``add_to_current_cart``, ...) and what the helpers add to them:
``get()`` answers ``None`` when the visitor has no cart yet, ``line_item()`` builds a
Stores line item, ``update_quantity`` and ``remove`` take plain ids, every answer is
the cart itself, and ``checkout_url`` goes from cart to Wix's hosted checkout in one call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .._requester import expect_object
from ..errors import WixApiError
from ..modules.ecom import current_cart
from .redirects import Redirects

__all__ = ["STORES_APP_ID", "CurrentCart", "line_item"]

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


class CurrentCart(current_cart.CurrentCart):
    """The visitor's current cart: the JS SDK's ``currentCart`` module plus helpers.

    >>> cart = await wix.current_cart.add([line_item(product_id)])  # doctest: +SKIP
    >>> answer = await wix.current_cart.get_current_cart()  # doctest: +SKIP
    >>> answer["cart"] == await wix.current_cart.get()  # doctest: +SKIP
    """

    __slots__ = ()

    #: :func:`line_item`, reachable from the cart: ``wix.current_cart.line_item(product_id)``.
    line_item = staticmethod(line_item)

    async def get(self) -> dict[str, Any] | None:
        """The visitor's cart, or ``None`` if they have none yet (``OWNED_CART_NOT_FOUND``)."""
        try:
            answer = await self.get_current_cart()
        except WixApiError as exc:
            if exc.status == 404 and exc.code == "OWNED_CART_NOT_FOUND":
                return None
            raise
        return expect_object(answer, "the current cart", "cart")

    async def add(self, line_items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """Add ``line_items`` (see :func:`line_item`) to the cart, creating it if needed."""
        items: Any = list(line_items)  # the caller's mappings, sent as given
        answer = await self.add_to_current_cart({"lineItems": items})
        return expect_object(answer, "add to cart", "cart")

    async def update_quantity(self, quantities: Mapping[str, int]) -> dict[str, Any]:
        """Set line items' quantities, ``{line_item_id: quantity}``; returns the cart.

        Line item ids are the ``"id"`` of the cart's ``"lineItems"``.
        """
        if not quantities:
            raise ValueError("quantities must name at least one line item")
        line_items = [{"id": line_id, "quantity": n} for line_id, n in quantities.items()]
        answer = await self.update_current_cart_line_item_quantity(line_items)
        return expect_object(answer, "update line item quantity", "cart")

    async def remove(self, line_item_ids: str | Iterable[str]) -> dict[str, Any]:
        """Remove one line item (an id) or several (ids) from the cart; returns the cart."""
        ids = [line_item_ids] if isinstance(line_item_ids, str) else list(line_item_ids)
        if not ids:
            raise ValueError("line_item_ids must name at least one line item")
        answer = await self.remove_line_items_from_current_cart(ids)
        return expect_object(answer, "remove line items", "cart")

    async def create_checkout(self, channel_type: str = "WEB") -> str:
        """Make a checkout of the cart (the same cart gives the same one, updated): its id.

        An empty cart cannot be checked out: :class:`~wixvisitor.errors.WixApiError`.
        """
        options: Any = {"channelType": channel_type}  # a channel name Wix checks
        answer = await self.create_checkout_from_current_cart(options)
        checkout_id = expect_object(answer, "create checkout").get("checkoutId")
        if not isinstance(checkout_id, str) or not checkout_id:
            raise WixApiError("create checkout answered without a checkoutId", status=200)
        return checkout_id

    async def checkout_url(
        self, *, thank_you_page_url: str | None = None, post_flow_url: str | None = None
    ) -> str:
        """Cart to Wix's hosted checkout in one call: the URL to send the browser to.

        Makes the cart's checkout and a redirect session for it. After payment Wix
        sends the browser to ``thank_you_page_url?orderId=...``; a visitor who leaves
        goes to ``post_flow_url``.

        >>> raise web.HTTPSeeOther(await wix.current_cart.checkout_url(  # doctest: +SKIP
        ...     thank_you_page_url="https://shop.example/thanks"))
        """
        checkout_id = await self.create_checkout()
        session = await Redirects(self._requester).create_redirect_session(
            ecom_checkout_id=checkout_id,
            thank_you_page_url=thank_you_page_url,
            post_flow_url=post_flow_url,
        )
        url = session.get("fullUrl")
        if not isinstance(url, str) or not url:
            raise WixApiError("create redirect session answered without a fullUrl", status=200)
        return url
