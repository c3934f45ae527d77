# File generated from @wix/auto_sdk_ecom_checkout 1.0.174
# by `make apigen` (tools/apigen). Do not edit.
"""The ``checkout`` module of ``@wix/ecom`` (15 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_ADD_TO_CHECKOUT = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/add-to-checkout",
    "com.wix.ecom.checkout.api.v1.CheckoutService.AddToCheckout",
    path_params=("id",),
)
_CREATE_CHECKOUT = Route(
    "POST", "/ecom/v1/checkouts", "com.wix.ecom.checkout.api.v1.CheckoutService.CreateCheckout"
)
_CREATE_ORDER = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/create-order",
    "com.wix.ecom.checkout.api.v1.CheckoutService.CreateOrder",
    path_params=("id",),
)
_CREATE_ORDER_AND_CHARGE = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/create-order-and-charge",
    "com.wix.ecom.checkout.api.v1.CheckoutService.CreateOrderAndCharge",
    path_params=("id",),
)
_GET_CHECKOUT = Route(
    "GET",
    "/ecom/v1/checkouts/{id}",
    "com.wix.ecom.checkout.api.v1.CheckoutService.GetCheckout",
    path_params=("id",),
)
_GET_CHECKOUT_BY_CART_ID = Route(
    "GET",
    "/ecom/v1/checkouts/by-cart-id/{id}",
    "com.wix.ecom.checkout.api.v1.CheckoutService.GetCheckoutByCartId",
    path_params=("id",),
)
_GET_CHECKOUT_URL = Route(
    "GET",
    "/ecom/v1/checkouts/{id}/checkout-url",
    "com.wix.ecom.checkout.api.v1.CheckoutService.GetCheckoutURL",
    path_params=("id",),
)
_MARK_CHECKOUT_AS_COMPLETED = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/mark-as-completed",
    "com.wix.ecom.checkout.api.v1.CheckoutService.MarkCheckoutAsCompleted",
    path_params=("id",),
)
_MARK_CHECKOUT_AS_COMPLETED_AND_REDIRECT_TO_URL = Route(
    "GET",
    "/ecom/v1/checkouts/mark-checkout-as-completed-and-redirect-to-url",
    "com.wix.ecom.checkout.api.v1.CheckoutService.MarkCheckoutAsCompletedAndRedirectToUrl",
)
_REMOVE_COUPON = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/remove-coupon",
    "com.wix.ecom.checkout.api.v1.CheckoutService.RemoveCoupon",
    path_params=("id",),
)
_REMOVE_GIFT_CARD = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/remove-gift-card",
    "com.wix.ecom.checkout.api.v1.CheckoutService.RemoveGiftCard",
    path_params=("id",),
)
_REMOVE_LINE_ITEMS = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/remove-line-items",
    "com.wix.ecom.checkout.api.v1.CheckoutService.RemoveLineItems",
    path_params=("id",),
)
_REMOVE_OVERRIDE_CHECKOUT_URL = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/remove-override-checkout-url",
    "com.wix.ecom.checkout.api.v1.CheckoutService.RemoveOverrideCheckoutUrl",
    path_params=("id",),
)
_UPDATE_CHECKOUT = Route(
    "PATCH",
    "/ecom/v1/checkouts/{checkout.id}",
    "com.wix.ecom.checkout.api.v1.CheckoutService.UpdateCheckout",
    path_params=("checkout.id",),
)
_UPDATE_LINE_ITEMS_QUANTITY = Route(
    "POST",
    "/ecom/v1/checkouts/{id}/update-line-items-quantity",
    "com.wix.ecom.checkout.api.v1.CheckoutService.UpdateLineItemsQuantity",
    path_params=("id",),
)


class Checkout(Module):
    """``checkout`` of ``@wix/ecom``: ``checkout = ecom.checkout.bind(wix)``."""

    __slots__ = ()

    async def add_to_checkout(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Add to checkout: ``POST /ecom/v1/checkouts/{id}/add-to-checkout``."""
        return await call(
            self._requester,
            _ADD_TO_CHECKOUT,
            {"id": id, **_fields.pick(options, "lineItems", "customLineItems")},
        )

    async def create_checkout(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create checkout: ``POST /ecom/v1/checkouts``."""
        return await call(
            self._requester,
            _CREATE_CHECKOUT,
            {
                **_fields.pick(
                    options,
                    "checkoutInfo",
                    "couponCode",
                    "lineItems",
                    "customLineItems",
                    "channelType",
                    "giftCardCode",
                    "overrideCheckoutUrl",
                    "giftCardRedeemAmount",
                )
            },
        )

    async def create_order(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create order: ``POST /ecom/v1/checkouts/{id}/create-order``."""
        return await call(
            self._requester,
            _CREATE_ORDER,
            {
                "id": id,
                **_fields.pick(options, "savePaymentMethod", "delayCapture", "inAppPurchase"),
            },
        )

    async def create_order_and_charge(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create order and charge: ``POST /ecom/v1/checkouts/{id}/create-order-and-charge``."""
        return await call(
            self._requester,
            _CREATE_ORDER_AND_CHARGE,
            {
                "id": id,
                **_fields.pick(
                    options, "paymentToken", "savePaymentMethod", "delayCapture", "inAppPurchase"
                ),
            },
        )

    async def get_checkout(self, id: str) -> dict[str, Any]:
        """Get checkout: ``GET /ecom/v1/checkouts/{id}``."""
        return await call(self._requester, _GET_CHECKOUT, {"id": id})

    async def get_checkout_by_cart_id(self, id: str) -> dict[str, Any]:
        """Get checkout by cart id: ``GET /ecom/v1/checkouts/by-cart-id/{id}``."""
        return await call(self._requester, _GET_CHECKOUT_BY_CART_ID, {"id": id})

    async def get_checkout_url(self, id: str) -> dict[str, Any]:
        """Get checkout url: ``GET /ecom/v1/checkouts/{id}/checkout-url``."""
        return await call(self._requester, _GET_CHECKOUT_URL, {"id": id})

    async def mark_checkout_as_completed(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Mark checkout as completed: ``POST /ecom/v1/checkouts/{id}/mark-as-completed``."""
        return await call(
            self._requester,
            _MARK_CHECKOUT_AS_COMPLETED,
            {"id": id, **_fields.pick(options, "orderId")},
        )

    async def mark_checkout_as_completed_and_redirect_to_url(self, token: str) -> dict[str, Any]:
        """Mark checkout as completed and redirect to url: ``GET``.

        ``/ecom/v1/checkouts/mark-checkout-as-completed-and-redirect-to-url``
        """
        return await call(
            self._requester, _MARK_CHECKOUT_AS_COMPLETED_AND_REDIRECT_TO_URL, {"token": token}
        )

    async def remove_coupon(self, id: str) -> dict[str, Any]:
        """Remove coupon: ``POST /ecom/v1/checkouts/{id}/remove-coupon``."""
        return await call(self._requester, _REMOVE_COUPON, {"id": id})

    async def remove_gift_card(self, id: str) -> dict[str, Any]:
        """Remove gift card: ``POST /ecom/v1/checkouts/{id}/remove-gift-card``."""
        return await call(self._requester, _REMOVE_GIFT_CARD, {"id": id})

    async def remove_line_items(self, id: str, line_item_ids: list[str]) -> dict[str, Any]:
        """Remove line items: ``POST /ecom/v1/checkouts/{id}/remove-line-items``."""
        return await call(
            self._requester, _REMOVE_LINE_ITEMS, {"id": id, "lineItemIds": line_item_ids}
        )

    async def remove_override_checkout_url(self, id: str) -> dict[str, Any]:
        """Remove override checkout url: ``POST``.

        ``/ecom/v1/checkouts/{id}/remove-override-checkout-url``
        """
        return await call(self._requester, _REMOVE_OVERRIDE_CHECKOUT_URL, {"id": id})

    async def update_checkout(
        self, id: str, checkout: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update checkout: ``PATCH /ecom/v1/checkouts/{checkout.id}``."""
        return await call(
            self._requester,
            _UPDATE_CHECKOUT,
            {
                "checkout": {**checkout, "id": id},
                **_fields.pick(
                    options,
                    "couponCode",
                    "giftCardCode",
                    "overrideCheckoutUrl",
                    "lineItems",
                    "customLineItems",
                    "giftCardRedeemAmount",
                ),
            },
        )

    async def update_line_items_quantity(
        self, id: str, line_items: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Update line items quantity: ``POST``.

        ``/ecom/v1/checkouts/{id}/update-line-items-quantity``
        """
        return await call(
            self._requester, _UPDATE_LINE_ITEMS_QUANTITY, {"id": id, "lineItems": line_items}
        )


def bind(client: Requester) -> Checkout:
    """The ``checkout`` module for ``client``'s visitor."""
    return Checkout(client)
