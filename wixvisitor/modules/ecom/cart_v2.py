# File generated from @wix/auto_sdk_ecom_cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""The ``cartV2`` module of ``@wix/ecom`` (21 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import cart_v2 as _types

_ADD_COUPON = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/add-coupon",
    "wix.ecom.cart.v2.CartService.AddCoupon",
    path_params=("cartId",),
)
_ADD_GIFT_CARD = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/add-gift-card",
    "wix.ecom.cart.v2.CartService.AddGiftCard",
    path_params=("cartId",),
)
_ADD_LINE_ITEMS = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/add-line-items",
    "wix.ecom.cart.v2.CartService.AddLineItems",
    path_params=("cartId",),
)
_CALCULATE_CART = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/calculate",
    "wix.ecom.cart.v2.CartService.CalculateCart",
    path_params=("cartId",),
)
_CREATE_CART = Route("POST", "/ecom/v2/carts", "wix.ecom.cart.v2.CartService.CreateCart")
_DELETE_CART = Route(
    "DELETE",
    "/ecom/v2/carts/{cartId}",
    "wix.ecom.cart.v2.CartService.DeleteCart",
    path_params=("cartId",),
)
_ESTIMATE_CART = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/estimate",
    "wix.ecom.cart.v2.CartService.EstimateCart",
    path_params=("cartId",),
)
_GET_CART = Route(
    "GET",
    "/ecom/v2/carts/{cartId}",
    "wix.ecom.cart.v2.CartService.GetCart",
    path_params=("cartId",),
)
_GET_CHECKOUT_URL = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/get-checkout-url",
    "wix.ecom.cart.v2.CartService.GetCheckoutURL",
    path_params=("cartId",),
)
_HANDLE_ASYNC_CHECKOUT_COMPLETION = Route(
    "GET",
    "/ecom/v2/carts/handle-async-checkout-completion",
    "wix.ecom.cart.v2.CartService.HandleAsyncCheckoutCompletion",
)
_MARK_CART_AS_COMPLETED = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/mark-cart-as-completed",
    "wix.ecom.cart.v2.CartService.MarkCartAsCompleted",
    path_params=("cartId",),
)
_PLACE_ORDER = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/place-order",
    "wix.ecom.cart.v2.CartService.PlaceOrder",
    path_params=("cartId",),
)
_REFRESH_CART = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/refresh",
    "wix.ecom.cart.v2.CartService.RefreshCart",
    path_params=("cartId",),
)
_REMOVE_COUPON = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/remove-coupon",
    "wix.ecom.cart.v2.CartService.RemoveCoupon",
    path_params=("cartId",),
)
_REMOVE_DELIVERY_METHOD = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/remove-delivery-method",
    "wix.ecom.cart.v2.CartService.RemoveDeliveryMethod",
    path_params=("cartId",),
)
_REMOVE_GIFT_CARD = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/remove-gift-card",
    "wix.ecom.cart.v2.CartService.RemoveGiftCard",
    path_params=("cartId",),
)
_REMOVE_LINE_ITEMS = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/remove-line-items",
    "wix.ecom.cart.v2.CartService.RemoveLineItems",
    path_params=("cartId",),
)
_SET_DELIVERY_METHOD = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/set-delivery-method",
    "wix.ecom.cart.v2.CartService.SetDeliveryMethod",
    path_params=("cartId",),
)
_UPDATE_CART = Route(
    "PATCH",
    "/ecom/v2/carts/{cart.id}",
    "wix.ecom.cart.v2.CartService.UpdateCart",
    path_params=("cart.id",),
)
_UPDATE_FORM_SUBMISSIONS = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/update-forms-submission",
    "wix.ecom.cart.v2.CartService.UpdateFormSubmissions",
    path_params=("cartId",),
)
_UPDATE_LINE_ITEMS = Route(
    "POST",
    "/ecom/v2/carts/{cartId}/update-line-items",
    "wix.ecom.cart.v2.CartService.UpdateLineItems",
    path_params=("cartId",),
)


class CartV2(Module):
    """``cartV2`` of ``@wix/ecom``: ``cart_v2 = ecom.cart_v2.bind(wix)``."""

    __slots__ = ()

    async def add_coupon(
        self, cart_id: str, coupon: _types.CouponInput
    ) -> _types.AddCouponResponse:
        """Add coupon: ``POST /ecom/v2/carts/{cartId}/add-coupon``.

        Permissions: ``ecom:v2:cart:add_coupon``.
        Callable by: ``APP``.
        Application errors: ``COUPON_ALREADY_EXISTS``, ``MAX_COUPONS_PER_CART_EXCEEDED``,
        ``CART_ALREADY_ORDERED``, ``COUPON_LOCKED``, ``INVALID_COUPON_CODE``,
        ``INVALID_COUPON_STATUS``.
        """
        return cast(
            "_types.AddCouponResponse",
            await call(self._requester, _ADD_COUPON, {"cartId": cart_id, "coupon": coupon}),
        )

    async def add_gift_card(
        self, cart_id: str, gift_card: _types.GiftCardInput
    ) -> _types.AddGiftCardResponse:
        """Add gift card: ``POST /ecom/v2/carts/{cartId}/add-gift-card``.

        Permissions: ``ecom:v2:cart:add_gift_card``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``INVALID_GIFT_CARD_CODE``,
        ``INVALID_GIFT_CARD_STATUS``, ``MAX_GIFT_CARDS_PER_CART_EXCEEDED``,
        ``GIFT_CARD_ALREADY_EXISTS``, ``GIFT_CARD_LOCKED``,
        ``GIFT_CARD_PAYMENT_NOT_SUPPORTED_ON_DEMO_CART``.
        """
        return cast(
            "_types.AddGiftCardResponse",
            await call(self._requester, _ADD_GIFT_CARD, {"cartId": cart_id, "giftCard": gift_card}),
        )

    async def add_line_items(
        self, cart_id: str, options: _types.AddLineItemsOptions | None = None
    ) -> _types.AddLineItemsResponse:
        """Add line items: ``POST /ecom/v2/carts/{cartId}/add-line-items``.

        Permissions: ``ecom:v2:cart:add_line_items``, ``ECOM.ADMIN_MODIFY_CARTS``,
        ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``NO_LINE_ITEMS_TO_ADD``,
        ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``, ``MAX_LINE_ITEMS_EXCEEDED``,
        ``MAX_ITEM_MODIFIERS_EXCEEDED``, ``DUPLICATE_MODIFIER_GROUP_IDS``,
        ``DUPLICATE_ITEM_MODIFIER_IDS``, ``LINE_ITEM_PRICE_CONFLICT``, ``FIXED_QUANTITY_ITEM``,
        ``INVALID_MEMBERSHIP_PAYMENT_OPTION``, ``PLAN_LINE_ITEM_NOT_FOUND``,
        ``DEPOSIT_AMOUNT_GREATER_THAN_UNIT_PRICE``,
        ``SUBSCRIPTION_WITH_ANCHOR_DAY_AND_FREE_TRIAL``,
        ``SUBSCRIPTION_WITH_ANCHOR_DAY_AND_NON_MONTHLY_FREQUENCY``.
        """
        return cast(
            "_types.AddLineItemsResponse",
            await call(
                self._requester,
                _ADD_LINE_ITEMS,
                {"cartId": cart_id, **_fields.pick(options, "catalogItems", "customItems")},
            ),
        )

    async def calculate_cart(
        self, cart_id: str, options: _types.CalculateCartOptions | None = None
    ) -> _types.CalculateCartResponse:
        """Calculate cart: ``POST /ecom/v2/carts/{cartId}/calculate``.

        Permissions: ``ecom:v2:cart:calculate_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.CalculateCartResponse",
            await call(
                self._requester,
                _CALCULATE_CART,
                {"cartId": cart_id, **_fields.pick(options, "refreshCart")},
            ),
        )

    async def create_cart(
        self, options: _types.CreateCartOptions | None = None
    ) -> _types.CreateCartResponse:
        """Create cart: ``POST /ecom/v2/carts``.

        Permissions: ``ecom:v2:cart:create_cart``, ``ECOM.ADMIN_MODIFY_CARTS``,
        ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
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
            "_types.CreateCartResponse",
            await call(
                self._requester,
                _CREATE_CART,
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

    async def delete_cart(self, cart_id: str) -> _types.DeleteCartResponse:
        """Delete cart: ``DELETE /ecom/v2/carts/{cartId}``.

        Permissions: ``ecom:v2:cart:delete_cart``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCartResponse",
            await call(self._requester, _DELETE_CART, {"cartId": cart_id}),
        )

    async def estimate_cart(
        self, cart_id: str, options: _types.EstimateCartOptions | None = None
    ) -> _types.EstimateCartResponse:
        """Estimate cart: ``POST /ecom/v2/carts/{cartId}/estimate``.

        Permissions: ``ecom:v2:cart:estimate_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.EstimateCartResponse",
            await call(
                self._requester,
                _ESTIMATE_CART,
                {
                    "cartId": cart_id,
                    **_fields.pick(
                        options,
                        "refreshCart",
                        "validationConfig",
                        "calculateDelivery",
                        "calculateAdditionalFees",
                        "calculateTax",
                        "calculateGiftCards",
                    ),
                },
            ),
        )

    async def get_cart(self, cart_id: str) -> _types.GetCartResponse:
        """Get cart: ``GET /ecom/v2/carts/{cartId}``.

        Permissions: ``ecom:v2:cart:get_cart``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCartResponse", await call(self._requester, _GET_CART, {"cartId": cart_id})
        )

    async def get_checkout_url(
        self, cart_id: str, options: _types.GetCheckoutUrlOptions | None = None
    ) -> _types.GetCheckoutURLResponse:
        """Get checkout url: ``POST /ecom/v2/carts/{cartId}/get-checkout-url``.

        Permissions: ``ecom:v2:cart:get_checkout_url``.
        Callable by: ``APP``.
        Application errors: ``CHECKOUT_PAGE_NOT_FOUND``, ``SITE_NOT_PUBLISHED``.
        """
        return cast(
            "_types.GetCheckoutURLResponse",
            await call(
                self._requester,
                _GET_CHECKOUT_URL,
                {"cartId": cart_id, **_fields.pick(options, "currencyCode")},
            ),
        )

    async def handle_async_checkout_completion(self, token: str) -> _types.RawHttpResponse:
        """Handle async checkout completion: ``GET``.

        ``/ecom/v2/carts/handle-async-checkout-completion``

        Permissions: ``ecom:v2:cart:handle_async_checkout_completion``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RawHttpResponse",
            await call(self._requester, _HANDLE_ASYNC_CHECKOUT_COMPLETION, {"token": token}),
        )

    async def mark_cart_as_completed(
        self, cart_id: str, options: _types.MarkCartAsCompletedOptions | None = None
    ) -> _types.MarkCartAsCompletedResponse:
        """Mark cart as completed: ``POST /ecom/v2/carts/{cartId}/mark-cart-as-completed``.

        Permissions: ``ecom:v2:cart:mark_cart_as_completed``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.MarkCartAsCompletedResponse",
            await call(
                self._requester,
                _MARK_CART_AS_COMPLETED,
                {"cartId": cart_id, **_fields.pick(options, "orderId")},
            ),
        )

    async def place_order(
        self, cart_id: str, options: _types.PlaceOrderOptions | None = None
    ) -> _types.PlaceOrderResponse:
        """Place order: ``POST /ecom/v2/carts/{cartId}/place-order``.

        Permissions: ``ecom:v2:cart:place_order``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``SITE_NOT_ACCEPTING_PAYMENTS``,
        ``EMPTY_CART``, ``LINE_ITEMS_OUT_OF_STOCK``, ``CART_PRICES_OUT_OF_SYNC``,
        ``INVALID_THIRD_PARTY_CHECKOUT_TOKEN``, ``INVALID_PRICE_VERIFICATION_TOKEN``,
        ``VIOLATIONS_WITH_ERROR_SEVERITY``, ``CALCULATION_ERROR``,
        ``CANNOT_PAY_FOR_GIFT_CARD_WITH_GIFT_CARD``,
        ``CANNOT_REDEEM_COUPON_WHEN_PURCHASING_GIFT_CARD``,
        ``CANNOT_PAY_FOR_SUBSCRIPTION_WITH_GIFT_CARD``, ``SUBSCRIPTION_WITH_INVALID_FREQUENCY``,
        ``SHIPPABLE_LINE_ITEM_CONTAINS_FREE_TRIAL_SUBSCRIPTION``,
        ``UNCONFIRMED_SAVE_PAYMENT_METHOD``, ``DELIVERY_METHOD_NO_LONGER_AVAILABLE``,
        ``DELIVERY_METHOD_NOT_APPLIED_TO_ALL_LINE_ITEMS``, ``MISSING_DELIVERY_ADDRESS``,
        ``MISSING_DELIVERY_METHOD``, ``INVALID_MEMBERSHIP``, ``INVALID_PAYMENT_STATUS``,
        ``GIFT_CARD_REDEEM_ERROR``, ``PAYMENT_ALREADY_IN_PROGRESS``, ``EMPTY_PAYMENT_TOKEN``,
        ``MEMBERS_ONLY_ITEM``, ``PLACE_ORDER_NOT_ALLOWED_FOR_DEMO_CART``,
        ``DEMO_ORDER_NOT_ALLOWED``, ``PAYMENT_ATTEMPT_EXPIRED``, ``UNAVAILABLE_PAYMENT_METHOD``,
        ``INVALID_CART``.
        """
        return cast(
            "_types.PlaceOrderResponse",
            await call(
                self._requester,
                _PLACE_ORDER,
                {
                    "cartId": cart_id,
                    **_fields.pick(
                        options,
                        "priceVerificationToken",
                        "paymentToken",
                        "redirectUrls",
                        "savePaymentMethod",
                        "delayCapture",
                        "inAppPurchase",
                    ),
                },
            ),
        )

    async def refresh_cart(self, cart_id: str) -> _types.RefreshCartResponse:
        """Refresh cart: ``POST /ecom/v2/carts/{cartId}/refresh``.

        Permissions: ``ecom:v2:cart:refresh_cart``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.RefreshCartResponse",
            await call(self._requester, _REFRESH_CART, {"cartId": cart_id}),
        )

    async def remove_coupon(self, cart_id: str, coupon_id: str) -> _types.RemoveCouponResponse:
        """Remove coupon: ``POST /ecom/v2/carts/{cartId}/remove-coupon``.

        Permissions: ``ecom:v2:cart:remove_coupon``.
        Callable by: ``APP``.
        Application errors: ``COUPON_NOT_FOUND_IN_CART``, ``CART_ALREADY_ORDERED``,
        ``COUPON_LOCKED``.
        """
        return cast(
            "_types.RemoveCouponResponse",
            await call(self._requester, _REMOVE_COUPON, {"cartId": cart_id, "couponId": coupon_id}),
        )

    async def remove_delivery_method(self, cart_id: str) -> _types.RemoveDeliveryMethodResponse:
        """Remove delivery method: ``POST /ecom/v2/carts/{cartId}/remove-delivery-method``.

        Permissions: ``ecom:v2:cart:remove_delivery_method``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``.
        """
        return cast(
            "_types.RemoveDeliveryMethodResponse",
            await call(self._requester, _REMOVE_DELIVERY_METHOD, {"cartId": cart_id}),
        )

    async def remove_gift_card(
        self, cart_id: str, gift_card_id: str
    ) -> _types.RemoveGiftCardResponse:
        """Remove gift card: ``POST /ecom/v2/carts/{cartId}/remove-gift-card``.

        Permissions: ``ecom:v2:cart:remove_gift_card``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``GIFT_CARD_NOT_FOUND_IN_CART``,
        ``GIFT_CARD_LOCKED``.
        """
        return cast(
            "_types.RemoveGiftCardResponse",
            await call(
                self._requester, _REMOVE_GIFT_CARD, {"cartId": cart_id, "giftCardId": gift_card_id}
            ),
        )

    async def remove_line_items(
        self, cart_id: str, line_item_ids: Sequence[str]
    ) -> _types.RemoveLineItemsResponse:
        """Remove line items: ``POST /ecom/v2/carts/{cartId}/remove-line-items``.

        Permissions: ``ecom:v2:cart:remove_line_items``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``LINE_ITEM_NOT_FOUND_IN_CART``.
        """
        return cast(
            "_types.RemoveLineItemsResponse",
            await call(
                self._requester,
                _REMOVE_LINE_ITEMS,
                {"cartId": cart_id, "lineItemIds": line_item_ids},
            ),
        )

    async def set_delivery_method(
        self, cart_id: str, delivery_method: _types.DeliveryMethodInput
    ) -> _types.SetDeliveryMethodResponse:
        """Set delivery method: ``POST /ecom/v2/carts/{cartId}/set-delivery-method``.

        Permissions: ``ecom:v2:cart:set_delivery_method``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``DELIVERY_METHOD_NOT_FOUND``,
        ``DELIVERY_METHOD_MISSING_ADDRESS``, ``DELIVERY_METHOD_MISSING_LINE_ITEMS``.
        """
        return cast(
            "_types.SetDeliveryMethodResponse",
            await call(
                self._requester,
                _SET_DELIVERY_METHOD,
                {"cartId": cart_id, "deliveryMethod": delivery_method},
            ),
        )

    async def update_cart(self, id: str, cart: _types.Cart) -> _types.UpdateCartResponse:
        """Update cart: ``PATCH /ecom/v2/carts/{cart.id}``.

        Permissions: ``ecom:v2:cart:update_cart``, ``ECOM.ADMIN_MODIFY_CARTS``,
        ``ECOM.ADMIN_MODIFY_CHECKOUTS``.
        Callable by: ``APP``.
        Application errors: ``CART_ALREADY_ORDERED``, ``BUSINESS_LOCATION_NOT_FOUND``,
        ``INVALID_ADDRESS_FORMAT``, ``DATA_EXTENSION_UPDATE_FAILED``.
        """
        return cast(
            "_types.UpdateCartResponse",
            await call(self._requester, _UPDATE_CART, {"cart": {**cart, "id": id}}),
        )

    async def update_form_submissions(
        self, cart_id: str, options: _types.UpdateFormSubmissionsOptions | None = None
    ) -> _types.UpdateFormSubmissionsResponse:
        """Update form submissions: ``POST /ecom/v2/carts/{cartId}/update-forms-submission``.

        Permissions: ``ecom:v2:cart:update_form_submissions``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateFormSubmissionsResponse",
            await call(
                self._requester,
                _UPDATE_FORM_SUBMISSIONS,
                {"cartId": cart_id, **_fields.pick(options, "formSubmissions")},
            ),
        )

    async def update_line_items(
        self, cart_id: str, options: _types.UpdateLineItemsOptions | None = None
    ) -> _types.UpdateLineItemsResponse:
        """Update line items: ``POST /ecom/v2/carts/{cartId}/update-line-items``.

        Permissions: ``ecom:v2:cart:update_line_items``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_LINE_ITEM_UPDATES``, ``DUPLICATE_LINE_ITEM_UPDATES``,
        ``CART_ALREADY_ORDERED``, ``LINE_ITEM_NOT_FOUND_IN_CART``,
        ``ITEM_NOT_FOUND_IN_CATALOG``, ``INSUFFICIENT_INVENTORY``,
        ``INVALID_MEMBERSHIP_PAYMENT_OPTION``, ``PLAN_LINE_ITEM_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateLineItemsResponse",
            await call(
                self._requester,
                _UPDATE_LINE_ITEMS,
                {"cartId": cart_id, **_fields.pick(options, "lineItems")},
            ),
        )


def bind(client: Requester) -> CartV2:
    """The ``cartV2`` module for ``client``'s visitor."""
    return CartV2(client)
