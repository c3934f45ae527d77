# File generated from @wix/auto_sdk_ecom_current-cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""The ``currentCartV2`` module of ``@wix/ecom`` (17 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_ADD_COUPON_TO_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/add-coupon",
    "wix.ecom.cart.v2.CurrentCartService.AddCouponToCurrentCart",
)
_ADD_GIFT_CARD_TO_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/add-gift-card",
    "wix.ecom.cart.v2.CurrentCartService.AddGiftCardToCurrentCart",
)
_ADD_LINE_ITEMS_TO_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/add-line-items",
    "wix.ecom.cart.v2.CurrentCartService.AddLineItemsToCurrentCart",
)
_CALCULATE_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/calculate",
    "wix.ecom.cart.v2.CurrentCartService.CalculateCurrentCart",
)
_CREATE_CURRENT_CART = Route(
    "POST", "/ecom/v2/carts/current", "wix.ecom.cart.v2.CurrentCartService.CreateCurrentCart"
)
_DELETE_CURRENT_CART = Route(
    "DELETE", "/ecom/v2/carts/current", "wix.ecom.cart.v2.CurrentCartService.DeleteCurrentCart"
)
_ESTIMATE_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/estimate",
    "wix.ecom.cart.v2.CurrentCartService.EstimateCurrentCart",
)
_GET_CURRENT_CART = Route(
    "GET", "/ecom/v2/carts/current", "wix.ecom.cart.v2.CurrentCartService.GetCurrentCart"
)
_REFRESH_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/refresh",
    "wix.ecom.cart.v2.CurrentCartService.RefreshCurrentCart",
)
_REMOVE_COUPON_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/remove-coupon",
    "wix.ecom.cart.v2.CurrentCartService.RemoveCouponFromCurrentCart",
)
_REMOVE_DELIVERY_METHOD_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/remove-delivery-method",
    "wix.ecom.cart.v2.CurrentCartService.RemoveDeliveryMethodFromCurrentCart",
)
_REMOVE_GIFT_CARD_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/remove-gift-card",
    "wix.ecom.cart.v2.CurrentCartService.RemoveGiftCardFromCurrentCart",
)
_REMOVE_LINE_ITEMS_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/remove-line-items",
    "wix.ecom.cart.v2.CurrentCartService.RemoveLineItemsFromCurrentCart",
)
_SET_DELIVERY_METHOD_FOR_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/set-delivery-method",
    "wix.ecom.cart.v2.CurrentCartService.SetDeliveryMethodForCurrentCart",
)
_UPDATE_CURRENT_CART = Route(
    "PATCH", "/ecom/v2/carts/current", "wix.ecom.cart.v2.CurrentCartService.UpdateCurrentCart"
)
_UPDATE_FORM_SUBMISSIONS_IN_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/update-forms-submission",
    "wix.ecom.cart.v2.CurrentCartService.UpdateFormSubmissionsInCurrentCart",
)
_UPDATE_LINE_ITEMS_IN_CURRENT_CART = Route(
    "POST",
    "/ecom/v2/carts/current/update-line-items",
    "wix.ecom.cart.v2.CurrentCartService.UpdateLineItemsInCurrentCart",
)


class CurrentCartV2(Module):
    """``currentCartV2`` of ``@wix/ecom``: ``current_cart_v2 = ecom.current_cart_v2.bind(wix)``."""

    __slots__ = ()

    async def add_coupon_to_current_cart(self, coupon: Mapping[str, Any]) -> dict[str, Any]:
        """Add coupon to current cart: ``POST /ecom/v2/carts/current/add-coupon``."""
        return await call(self._requester, _ADD_COUPON_TO_CURRENT_CART, {"coupon": coupon})

    async def add_gift_card_to_current_cart(self, gift_card: Mapping[str, Any]) -> dict[str, Any]:
        """Add gift card to current cart: ``POST /ecom/v2/carts/current/add-gift-card``."""
        return await call(self._requester, _ADD_GIFT_CARD_TO_CURRENT_CART, {"giftCard": gift_card})

    async def add_line_items_to_current_cart(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Add line items to current cart: ``POST /ecom/v2/carts/current/add-line-items``."""
        return await call(
            self._requester,
            _ADD_LINE_ITEMS_TO_CURRENT_CART,
            {**_fields.pick(options, "catalogItems", "customItems")},
        )

    async def calculate_current_cart(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Calculate current cart: ``POST /ecom/v2/carts/current/calculate``."""
        return await call(
            self._requester, _CALCULATE_CURRENT_CART, {**_fields.pick(options, "refreshCart")}
        )

    async def create_current_cart(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create current cart: ``POST /ecom/v2/carts/current``."""
        return await call(
            self._requester,
            _CREATE_CURRENT_CART,
            {
                **_fields.pick(
                    options,
                    "cart",
                    "catalogItems",
                    "customItems",
                    "coupons",
                    "deliveryMethod",
                    "giftCards",
                )
            },
        )

    async def delete_current_cart(self) -> dict[str, Any]:
        """Delete current cart: ``DELETE /ecom/v2/carts/current``."""
        return await call(self._requester, _DELETE_CURRENT_CART)

    async def estimate_current_cart(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Estimate current cart: ``POST /ecom/v2/carts/current/estimate``."""
        return await call(
            self._requester,
            _ESTIMATE_CURRENT_CART,
            {
                **_fields.pick(
                    options,
                    "refreshCart",
                    "validationConfig",
                    "calculateDelivery",
                    "calculateAdditionalFees",
                    "calculateTax",
                    "calculateGiftCards",
                )
            },
        )

    async def get_current_cart(self) -> dict[str, Any]:
        """Get current cart: ``GET /ecom/v2/carts/current``."""
        return await call(self._requester, _GET_CURRENT_CART)

    async def refresh_current_cart(self) -> dict[str, Any]:
        """Refresh current cart: ``POST /ecom/v2/carts/current/refresh``."""
        return await call(self._requester, _REFRESH_CURRENT_CART)

    async def remove_coupon_from_current_cart(self, coupon_id: str) -> dict[str, Any]:
        """Remove coupon from current cart: ``POST /ecom/v2/carts/current/remove-coupon``."""
        return await call(
            self._requester, _REMOVE_COUPON_FROM_CURRENT_CART, {"couponId": coupon_id}
        )

    async def remove_delivery_method_from_current_cart(self) -> dict[str, Any]:
        """Remove delivery method from current cart: ``POST``.

        ``/ecom/v2/carts/current/remove-delivery-method``
        """
        return await call(self._requester, _REMOVE_DELIVERY_METHOD_FROM_CURRENT_CART)

    async def remove_gift_card_from_current_cart(self, gift_card_id: str) -> dict[str, Any]:
        """Remove gift card from current cart: ``POST /ecom/v2/carts/current/remove-gift-card``."""
        return await call(
            self._requester, _REMOVE_GIFT_CARD_FROM_CURRENT_CART, {"giftCardId": gift_card_id}
        )

    async def remove_line_items_from_current_cart(self, line_item_ids: list[str]) -> dict[str, Any]:
        """Remove line items from current cart: ``POST``.

        ``/ecom/v2/carts/current/remove-line-items``
        """
        return await call(
            self._requester, _REMOVE_LINE_ITEMS_FROM_CURRENT_CART, {"lineItemIds": line_item_ids}
        )

    async def set_delivery_method_for_current_cart(
        self, delivery_method: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set delivery method for current cart: ``POST``.

        ``/ecom/v2/carts/current/set-delivery-method``
        """
        return await call(
            self._requester,
            _SET_DELIVERY_METHOD_FOR_CURRENT_CART,
            {"deliveryMethod": delivery_method},
        )

    async def update_current_cart(self, cart: Mapping[str, Any]) -> dict[str, Any]:
        """Update current cart: ``PATCH /ecom/v2/carts/current``."""
        return await call(self._requester, _UPDATE_CURRENT_CART, {"cart": cart})

    async def update_form_submissions_in_current_cart(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update form submissions in current cart: ``POST``.

        ``/ecom/v2/carts/current/update-forms-submission``
        """
        return await call(
            self._requester,
            _UPDATE_FORM_SUBMISSIONS_IN_CURRENT_CART,
            {**_fields.pick(options, "formSubmissions")},
        )

    async def update_line_items_in_current_cart(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update line items in current cart: ``POST /ecom/v2/carts/current/update-line-items``."""
        return await call(
            self._requester,
            _UPDATE_LINE_ITEMS_IN_CURRENT_CART,
            {**_fields.pick(options, "lineItems")},
        )


def bind(client: Requester) -> CurrentCartV2:
    """The ``currentCartV2`` module for ``client``'s visitor."""
    return CurrentCartV2(client)
