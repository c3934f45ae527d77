# File generated from @wix/auto_sdk_ecom_checkout 1.0.174
# by `make apigen` (tools/apigen). Do not edit.
"""The ``checkout`` module of ``@wix/ecom`` (15 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import checkout as _types

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
        self, id: str, options: _types.AddToCheckoutOptions | None = None
    ) -> _types.AddToCheckoutResponse:
        """Add to checkout: ``POST /ecom/v1/checkouts/{id}/add-to-checkout``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``, ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``CHECKOUT_IS_COMPLETE``.
        Deprecated in the package.
        """
        return cast(
            "_types.AddToCheckoutResponse",
            await call(
                self._requester,
                _ADD_TO_CHECKOUT,
                {"id": id, **_fields.pick(options, "lineItems", "customLineItems")},
            ),
        )

    async def create_checkout(
        self, options: _types.CreateCheckoutOptions | None = None
    ) -> _types.CreateCheckoutResponse:
        """Create checkout: ``POST /ecom/v1/checkouts``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``, ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``SELECTED_CARRIER_SERVICE_OPTION_NOT_FOUND``,
        ``INVALID_SELECTED_CARRIER_SERVICE_OPTION``, ``GIFT_CARD_NOT_FOUND``,
        ``GIFT_CARD_CODE_INVALID``, ``GIFT_CARD_IS_EMPTY``, ``GIFT_CARD_DISABLED``,
        ``GIFT_CARD_EXPIRED``, ``ERROR_COUPON_USAGE_EXCEEDED``,
        ``ERROR_COUPON_LIMIT_PER_CUSTOMER_EXCEEDED``, ``ERROR_COUPON_IS_NOT_ACTIVE_YET``,
        ``ERROR_COUPON_HAS_EXPIRED``, ``ERROR_COUPON_DOES_NOT_EXIST``,
        ``SITE_MUST_ACCEPT_PAYMENTS``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateCheckoutResponse",
            await call(
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
            ),
        )

    async def create_order(
        self, id: str, options: _types.CreateOrderOptions | None = None
    ) -> _types.CreateOrderResponse:
        """Create order: ``POST /ecom/v1/checkouts/{id}/create-order``.

        Permissions: ``ECOM.CREATE_ORDER_FROM_CHECKOUT``.
        Callable by: ``APP``.
        Application errors: ``PAYMENT_ERROR``, ``PAYMENT_PROVIDER_IS_NOT_AVAILABLE_ON_SITE``,
        ``SITE_NOT_ACCEPTING_PAYMENTS``, ``CHECKOUT_ALREADY_PAID``,
        ``CHECKOUT_PAYMENT_ALREADY_IN_PROGRESS``, ``CALCULATION_ERROR``,
        ``REDEEM_GIFT_CARD_ERROR``, ``PARTIAL_OUT_OF_STOCK``, ``FULL_OUT_OF_STOCK``,
        ``EMPTY_CHECKOUT``, ``CHECKOUT_CHANGED``, ``SUBSCRIPTION_WITH_ZERO_TOTAL``,
        ``SUBSCRIPTION_WITH_SEVERAL_LINE_ITEMS``, ``SUBSCRIPTION_WITH_GIFT_CARD``,
        ``NO_SELECTED_CARRIER_SERVICE_OPTION``, ``VIOLATIONS_WITH_ERROR_SEVERITY``,
        ``FAILED_TO_RETRIEVE_VALIDATIONS_VIOLATIONS``, ``NO_SAVE_PAYMENT_METHOD_CONFIRMATION``,
        ``SELECTED_CARRIER_SERVICE_OPTION_NO_LONGER_AVAILABLE``, ``MEMBERS_ONLY_ITEM``,
        ``GIFT_CARD_CANNOT_BE_USED_TO_PURCHASE_GIFT_CARD``,
        ``COUPON_CANNOT_BE_USED_TO_PURCHASE_GIFT_CARD``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateOrderResponse",
            await call(
                self._requester,
                _CREATE_ORDER,
                {
                    "id": id,
                    **_fields.pick(options, "savePaymentMethod", "delayCapture", "inAppPurchase"),
                },
            ),
        )

    async def create_order_and_charge(
        self, id: str, options: _types.CreateOrderAndChargeOptions | None = None
    ) -> _types.CreateOrderAndChargeResponse:
        """Create order and charge: ``POST /ecom/v1/checkouts/{id}/create-order-and-charge``.

        Permissions: ``ECOM.CREATE_ORDER_FROM_CHECKOUT``.
        Callable by: ``APP``.
        Application errors: ``PAYMENT_ERROR``, ``PAYMENT_PROVIDER_IS_NOT_AVAILABLE_ON_SITE``,
        ``SITE_NOT_ACCEPTING_PAYMENTS``, ``CHECKOUT_ALREADY_PAID``,
        ``CHECKOUT_PAYMENT_ALREADY_IN_PROGRESS``, ``CALCULATION_ERROR``,
        ``REDEEM_GIFT_CARD_ERROR``, ``PARTIAL_OUT_OF_STOCK``, ``FULL_OUT_OF_STOCK``,
        ``EMPTY_CHECKOUT``, ``CHECKOUT_CHANGED``, ``SUBSCRIPTION_WITH_ZERO_TOTAL``,
        ``SUBSCRIPTION_WITH_SEVERAL_LINE_ITEMS``, ``SUBSCRIPTION_WITH_GIFT_CARD``,
        ``NO_SELECTED_CARRIER_SERVICE_OPTION``, ``NO_SAVE_PAYMENT_METHOD_CONFIRMATION``,
        ``SELECTED_CARRIER_SERVICE_OPTION_NO_LONGER_AVAILABLE``, ``MEMBERS_ONLY_ITEM``,
        ``GIFT_CARD_CANNOT_BE_USED_TO_PURCHASE_GIFT_CARD``,
        ``COUPON_CANNOT_BE_USED_TO_PURCHASE_GIFT_CARD``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateOrderAndChargeResponse",
            await call(
                self._requester,
                _CREATE_ORDER_AND_CHARGE,
                {
                    "id": id,
                    **_fields.pick(
                        options,
                        "paymentToken",
                        "savePaymentMethod",
                        "delayCapture",
                        "inAppPurchase",
                    ),
                },
            ),
        )

    async def get_checkout(self, id: str) -> _types.GetCheckoutResponse:
        """Get checkout: ``GET /ecom/v1/checkouts/{id}``.

        Permissions: ``ECOM.READ_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetCheckoutResponse", await call(self._requester, _GET_CHECKOUT, {"id": id})
        )

    async def get_checkout_by_cart_id(self, id: str) -> _types.GetCheckoutByCartIdResponse:
        """Get checkout by cart id: ``GET /ecom/v1/checkouts/by-cart-id/{id}``.

        Permissions: ``ECOM.READ_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetCheckoutByCartIdResponse",
            await call(self._requester, _GET_CHECKOUT_BY_CART_ID, {"id": id}),
        )

    async def get_checkout_url(self, id: str) -> _types.GetCheckoutURLResponse:
        """Get checkout url: ``GET /ecom/v1/checkouts/{id}/checkout-url``.

        Permissions: ``ECOM.READ_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetCheckoutURLResponse",
            await call(self._requester, _GET_CHECKOUT_URL, {"id": id}),
        )

    async def mark_checkout_as_completed(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> _types.MarkCheckoutAsCompletedResponse:
        """Mark checkout as completed: ``POST /ecom/v1/checkouts/{id}/mark-as-completed``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.MarkCheckoutAsCompletedResponse",
            await call(
                self._requester,
                _MARK_CHECKOUT_AS_COMPLETED,
                {"id": id, **_fields.pick(options, "orderId")},
            ),
        )

    async def mark_checkout_as_completed_and_redirect_to_url(
        self, token: str
    ) -> _types.RawHttpResponse:
        """Mark checkout as completed and redirect to url: ``GET``.

        ``/ecom/v1/checkouts/mark-checkout-as-completed-and-redirect-to-url``

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``UNAUTHENTICATED_TOKEN``.
        Deprecated in the package.
        """
        return cast(
            "_types.RawHttpResponse",
            await call(
                self._requester, _MARK_CHECKOUT_AS_COMPLETED_AND_REDIRECT_TO_URL, {"token": token}
            ),
        )

    async def remove_coupon(self, id: str) -> _types.RemoveCouponResponse:
        """Remove coupon: ``POST /ecom/v1/checkouts/{id}/remove-coupon``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveCouponResponse", await call(self._requester, _REMOVE_COUPON, {"id": id})
        )

    async def remove_gift_card(self, id: str) -> _types.RemoveGiftCardResponse:
        """Remove gift card: ``POST /ecom/v1/checkouts/{id}/remove-gift-card``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveGiftCardResponse",
            await call(self._requester, _REMOVE_GIFT_CARD, {"id": id}),
        )

    async def remove_line_items(
        self, id: str, line_item_ids: Sequence[str]
    ) -> _types.RemoveLineItemsResponse:
        """Remove line items: ``POST /ecom/v1/checkouts/{id}/remove-line-items``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveLineItemsResponse",
            await call(
                self._requester, _REMOVE_LINE_ITEMS, {"id": id, "lineItemIds": line_item_ids}
            ),
        )

    async def remove_override_checkout_url(
        self, id: str
    ) -> _types.RemoveOverrideCheckoutUrlResponse:
        """Remove override checkout url: ``POST``.

        ``/ecom/v1/checkouts/{id}/remove-override-checkout-url``

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveOverrideCheckoutUrlResponse",
            await call(self._requester, _REMOVE_OVERRIDE_CHECKOUT_URL, {"id": id}),
        )

    async def update_checkout(
        self,
        id: str,
        checkout: _types.Checkout,
        options: _types.UpdateCheckoutOptions | None = None,
    ) -> _types.UpdateCheckoutResponse:
        """Update checkout: ``PATCH /ecom/v1/checkouts/{checkout.id}``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``, ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``SELECTED_CARRIER_SERVICE_OPTION_NOT_FOUND``,
        ``INVALID_SELECTED_CARRIER_SERVICE_OPTION``, ``GIFT_CARD_NOT_FOUND``,
        ``GIFT_CARD_CODE_INVALID``, ``GIFT_CARD_IS_EMPTY``, ``GIFT_CARD_DISABLED``,
        ``GIFT_CARD_EXPIRED``, ``ERROR_COUPON_USAGE_EXCEEDED``,
        ``ERROR_COUPON_LIMIT_PER_CUSTOMER_EXCEEDED``, ``ERROR_COUPON_IS_NOT_ACTIVE_YET``,
        ``ERROR_COUPON_HAS_EXPIRED``, ``ERROR_COUPON_DOES_NOT_EXIST``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateCheckoutResponse",
            await call(
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
            ),
        )

    async def update_line_items_quantity(
        self, id: str, line_items: Sequence[Mapping[str, Any]]
    ) -> _types.UpdateLineItemsQuantityResponse:
        """Update line items quantity: ``POST /ecom/v1/checkouts/{id}/update-line-items-quantity``.

        Permissions: ``ECOM.MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateLineItemsQuantityResponse",
            await call(
                self._requester, _UPDATE_LINE_ITEMS_QUANTITY, {"id": id, "lineItems": line_items}
            ),
        )


def bind(client: Requester) -> Checkout:
    """The ``checkout`` module for ``client``'s visitor."""
    return Checkout(client)
