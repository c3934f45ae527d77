# File generated from @wix/auto_sdk_ecom_current-cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""The ``currentCartV2`` module of ``@wix/ecom`` (17 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import current_cart_v2 as _types

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

    async def add_coupon_to_current_cart(
        self, coupon: _types.CouponInput
    ) -> _types.AddCouponToCurrentCartResponse:
        """Add coupon to current cart: ``POST /ecom/v2/carts/current/add-coupon``.

        Permissions: ``ecom:v2:cart:add_coupon_to_current_cart``.
        Callable by: ``APP``.
        Application errors: ``COUPON_ALREADY_EXISTS``, ``MAX_COUPONS_PER_CART_EXCEEDED``,
        ``CART_ALREADY_ORDERED``, ``COUPON_LOCKED``, ``INVALID_COUPON_CODE``,
        ``INVALID_COUPON_STATUS``.
        """
        return cast(
            "_types.AddCouponToCurrentCartResponse",
            await call(self._requester, _ADD_COUPON_TO_CURRENT_CART, {"coupon": coupon}),
        )

    async def add_gift_card_to_current_cart(
        self, gift_card: _types.GiftCardInput
    ) -> _types.AddGiftCardToCurrentCartResponse:
        """Add gift card to current cart: ``POST /ecom/v2/carts/current/add-gift-card``.

        Permissions: ``ecom:v2:cart:add_gift_card_to_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``INVALID_GIFT_CARD_CODE``,
        ``INVALID_GIFT_CARD_STATUS``, ``MAX_GIFT_CARDS_PER_CART_EXCEEDED``,
        ``GIFT_CARD_ALREADY_EXISTS``, ``GIFT_CARD_LOCKED``,
        ``GIFT_CARD_PAYMENT_NOT_SUPPORTED_ON_DEMO_CART``.
        """
        return cast(
            "_types.AddGiftCardToCurrentCartResponse",
            await call(self._requester, _ADD_GIFT_CARD_TO_CURRENT_CART, {"giftCard": gift_card}),
        )

    async def add_line_items_to_current_cart(
        self, options: _types.AddLineItemsToCurrentCartOptions | None = None
    ) -> _types.AddLineItemsToCurrentCartResponse:
        """Add line items to current cart: ``POST /ecom/v2/carts/current/add-line-items``.

        Permissions: ``ecom:v2:cart:add_line_items_to_current_cart``,
        ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``,
        ``MAX_LINE_ITEMS_EXCEEDED``, ``MAX_ITEM_MODIFIERS_EXCEEDED``,
        ``DUPLICATE_MODIFIER_GROUP_IDS``, ``DUPLICATE_ITEM_MODIFIER_IDS``,
        ``LINE_ITEM_PRICE_CONFLICT``, ``FIXED_QUANTITY_ITEM``,
        ``INVALID_MEMBERSHIP_PAYMENT_OPTION``, ``PLAN_LINE_ITEM_NOT_FOUND``,
        ``INVALID_COUPON_CODE``, ``INVALID_COUPON_STATUS``, ``INVALID_GIFT_CARD_CODE``,
        ``INVALID_GIFT_CARD_STATUS``, ``DELIVERY_METHOD_NOT_FOUND``,
        ``DELIVERY_METHOD_MISSING_ADDRESS``, ``DELIVERY_METHOD_MISSING_LINE_ITEMS``,
        ``NO_LINE_ITEMS_TO_ADD``, ``DEPOSIT_AMOUNT_GREATER_THAN_UNIT_PRICE``,
        ``SUBSCRIPTION_WITH_ANCHOR_DAY_AND_FREE_TRIAL``,
        ``SUBSCRIPTION_WITH_ANCHOR_DAY_AND_NON_MONTHLY_FREQUENCY``.
        """
        return cast(
            "_types.AddLineItemsToCurrentCartResponse",
            await call(
                self._requester,
                _ADD_LINE_ITEMS_TO_CURRENT_CART,
                {**_fields.pick(options, "catalogItems", "customItems")},
            ),
        )

    async def calculate_current_cart(
        self, options: _types.CalculateCurrentCartOptions | None = None
    ) -> _types.CalculateCurrentCartResponse:
        """Calculate current cart: ``POST /ecom/v2/carts/current/calculate``.

        Permissions: ``ecom:v2:cart:calculate_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.CalculateCurrentCartResponse",
            await call(
                self._requester, _CALCULATE_CURRENT_CART, {**_fields.pick(options, "refreshCart")}
            ),
        )

    async def create_current_cart(
        self, options: _types.CreateCurrentCartOptions | None = None
    ) -> _types.CreateCurrentCartResponse:
        """Create current cart: ``POST /ecom/v2/carts/current``.

        Permissions: ``ecom:v2:cart:create_current_cart``, ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``,
        ``MAX_LINE_ITEMS_EXCEEDED``, ``MAX_ITEM_MODIFIERS_EXCEEDED``,
        ``DUPLICATE_MODIFIER_GROUP_IDS``, ``DUPLICATE_ITEM_MODIFIER_IDS``,
        ``LINE_ITEM_PRICE_CONFLICT``, ``FIXED_QUANTITY_ITEM``,
        ``INVALID_MEMBERSHIP_PAYMENT_OPTION``, ``PLAN_LINE_ITEM_NOT_FOUND``,
        ``INVALID_COUPON_CODE``, ``INVALID_COUPON_STATUS``, ``INVALID_GIFT_CARD_CODE``,
        ``INVALID_GIFT_CARD_STATUS``, ``DELIVERY_METHOD_NOT_FOUND``,
        ``DELIVERY_METHOD_MISSING_ADDRESS``, ``DELIVERY_METHOD_MISSING_LINE_ITEMS``,
        ``DEPOSIT_AMOUNT_GREATER_THAN_UNIT_PRICE``.
        """
        return cast(
            "_types.CreateCurrentCartResponse",
            await call(
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
            ),
        )

    async def delete_current_cart(self) -> _types.DeleteCurrentCartResponse:
        """Delete current cart: ``DELETE /ecom/v2/carts/current``.

        Permissions: ``ecom:v2:cart:delete_current_cart``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCurrentCartResponse", await call(self._requester, _DELETE_CURRENT_CART)
        )

    async def estimate_current_cart(
        self, options: _types.EstimateCurrentCartOptions | None = None
    ) -> _types.EstimateCurrentCartResponse:
        """Estimate current cart: ``POST /ecom/v2/carts/current/estimate``.

        Permissions: ``ecom:v2:cart:estimate_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.EstimateCurrentCartResponse",
            await call(
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
            ),
        )

    async def get_current_cart(self) -> _types.GetCurrentCartResponse:
        """Get current cart: ``GET /ecom/v2/carts/current``.

        Permissions: ``ecom:v2:cart:get_current_cart``.
        Callable by: ``APP``.
        """
        return cast("_types.GetCurrentCartResponse", await call(self._requester, _GET_CURRENT_CART))

    async def refresh_current_cart(self) -> _types.RefreshCurrentCartResponse:
        """Refresh current cart: ``POST /ecom/v2/carts/current/refresh``.

        Permissions: ``ecom:v2:cart:refresh_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.RefreshCurrentCartResponse", await call(self._requester, _REFRESH_CURRENT_CART)
        )

    async def remove_coupon_from_current_cart(
        self, coupon_id: str
    ) -> _types.RemoveCouponFromCurrentCartResponse:
        """Remove coupon from current cart: ``POST /ecom/v2/carts/current/remove-coupon``.

        Permissions: ``ecom:v2:cart:remove_coupon_from_current_cart``.
        Callable by: ``APP``.
        Application errors: ``COUPON_NOT_FOUND_IN_CART``, ``CART_ALREADY_ORDERED``,
        ``COUPON_LOCKED``.
        """
        return cast(
            "_types.RemoveCouponFromCurrentCartResponse",
            await call(self._requester, _REMOVE_COUPON_FROM_CURRENT_CART, {"couponId": coupon_id}),
        )

    async def remove_delivery_method_from_current_cart(
        self,
    ) -> _types.RemoveDeliveryMethodFromCurrentCartResponse:
        """Remove delivery method from current cart: ``POST``.

        ``/ecom/v2/carts/current/remove-delivery-method``

        Permissions: ``ecom:v2:cart:remove_delivery_method_from_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.RemoveDeliveryMethodFromCurrentCartResponse",
            await call(self._requester, _REMOVE_DELIVERY_METHOD_FROM_CURRENT_CART),
        )

    async def remove_gift_card_from_current_cart(
        self, gift_card_id: str
    ) -> _types.RemoveGiftCardFromCurrentCartResponse:
        """Remove gift card from current cart: ``POST /ecom/v2/carts/current/remove-gift-card``.

        Permissions: ``ecom:v2:cart:remove_gift_card_from_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``GIFT_CARD_NOT_FOUND_IN_CART``,
        ``GIFT_CARD_LOCKED``.
        """
        return cast(
            "_types.RemoveGiftCardFromCurrentCartResponse",
            await call(
                self._requester, _REMOVE_GIFT_CARD_FROM_CURRENT_CART, {"giftCardId": gift_card_id}
            ),
        )

    async def remove_line_items_from_current_cart(
        self, line_item_ids: Sequence[str]
    ) -> _types.RemoveLineItemsFromCurrentCartResponse:
        """Remove line items from current cart: ``POST /ecom/v2/carts/current/remove-line-items``.

        Permissions: ``ecom:v2:cart:remove_line_items_from_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``LINE_ITEM_NOT_FOUND_IN_CART``.
        """
        return cast(
            "_types.RemoveLineItemsFromCurrentCartResponse",
            await call(
                self._requester,
                _REMOVE_LINE_ITEMS_FROM_CURRENT_CART,
                {"lineItemIds": line_item_ids},
            ),
        )

    async def set_delivery_method_for_current_cart(
        self, delivery_method: _types.DeliveryMethodInput
    ) -> _types.SetDeliveryMethodForCurrentCartResponse:
        """Set delivery method for current cart: ``POST``.

        ``/ecom/v2/carts/current/set-delivery-method``

        Permissions: ``ecom:v2:cart:set_delivery_method_for_current_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``DELIVERY_METHOD_NOT_FOUND``,
        ``DELIVERY_METHOD_MISSING_ADDRESS``, ``DELIVERY_METHOD_MISSING_LINE_ITEMS``.
        """
        return cast(
            "_types.SetDeliveryMethodForCurrentCartResponse",
            await call(
                self._requester,
                _SET_DELIVERY_METHOD_FOR_CURRENT_CART,
                {"deliveryMethod": delivery_method},
            ),
        )

    async def update_current_cart(self, cart: _types.Cart) -> _types.UpdateCurrentCartResponse:
        """Update current cart: ``PATCH /ecom/v2/carts/current``.

        Permissions: ``ecom:v2:cart:update_current_cart``, ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``BUSINESS_LOCATION_NOT_FOUND``,
        ``INVALID_ADDRESS_FORMAT``, ``DATA_EXTENSION_UPDATE_FAILED``.
        """
        return cast(
            "_types.UpdateCurrentCartResponse",
            await call(self._requester, _UPDATE_CURRENT_CART, {"cart": cart}),
        )

    async def update_form_submissions_in_current_cart(
        self, options: _types.UpdateFormSubmissionsInCurrentCartOptions | None = None
    ) -> _types.UpdateFormSubmissionsInCurrentCartResponse:
        """Update form submissions in current cart: ``POST``.

        ``/ecom/v2/carts/current/update-forms-submission``

        Permissions: ``ecom:v2:cart:update_form_submissions_in_current_cart``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateFormSubmissionsInCurrentCartResponse",
            await call(
                self._requester,
                _UPDATE_FORM_SUBMISSIONS_IN_CURRENT_CART,
                {**_fields.pick(options, "formSubmissions")},
            ),
        )

    async def update_line_items_in_current_cart(
        self, options: _types.UpdateLineItemsInCurrentCartOptions | None = None
    ) -> _types.UpdateLineItemsInCurrentCartResponse:
        """Update line items in current cart: ``POST /ecom/v2/carts/current/update-line-items``.

        Permissions: ``ecom:v2:cart:update_line_items_in_current_cart``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_LINE_ITEM_UPDATES``, ``DUPLICATE_LINE_ITEM_UPDATES``,
        ``CART_ALREADY_ORDERED``, ``LINE_ITEM_NOT_FOUND_IN_CART``,
        ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``,
        ``INVALID_MEMBERSHIP_PAYMENT_OPTION``, ``PLAN_LINE_ITEM_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateLineItemsInCurrentCartResponse",
            await call(
                self._requester,
                _UPDATE_LINE_ITEMS_IN_CURRENT_CART,
                {**_fields.pick(options, "lineItems")},
            ),
        )


def bind(client: Requester) -> CurrentCartV2:
    """The ``currentCartV2`` module for ``client``'s visitor."""
    return CurrentCartV2(client)
