# File generated from @wix/auto_sdk_ecom_cart-v-2 1.0.202
# by `make apigen` (tools/apigen). Do not edit.
"""The ``cartV2`` module of ``@wix/ecom`` (21 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

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

    async def add_coupon(self, cart_id: str, coupon: Mapping[str, Any]) -> dict[str, Any]:
        """Add coupon: ``POST /ecom/v2/carts/{cartId}/add-coupon``."""
        return await call(self._requester, _ADD_COUPON, {"cartId": cart_id, "coupon": coupon})

    async def add_gift_card(self, cart_id: str, gift_card: Mapping[str, Any]) -> dict[str, Any]:
        """Add gift card: ``POST /ecom/v2/carts/{cartId}/add-gift-card``."""
        return await call(
            self._requester, _ADD_GIFT_CARD, {"cartId": cart_id, "giftCard": gift_card}
        )

    async def add_line_items(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Add line items: ``POST /ecom/v2/carts/{cartId}/add-line-items``."""
        return await call(
            self._requester,
            _ADD_LINE_ITEMS,
            {"cartId": cart_id, **_fields.pick(options, "catalogItems", "customItems")},
        )

    async def calculate_cart(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Calculate cart: ``POST /ecom/v2/carts/{cartId}/calculate``."""
        return await call(
            self._requester,
            _CALCULATE_CART,
            {"cartId": cart_id, **_fields.pick(options, "refreshCart")},
        )

    async def create_cart(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create cart: ``POST /ecom/v2/carts``."""
        return await call(
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
        )

    async def delete_cart(self, cart_id: str) -> dict[str, Any]:
        """Delete cart: ``DELETE /ecom/v2/carts/{cartId}``."""
        return await call(self._requester, _DELETE_CART, {"cartId": cart_id})

    async def estimate_cart(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Estimate cart: ``POST /ecom/v2/carts/{cartId}/estimate``."""
        return await call(
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
        )

    async def get_cart(self, cart_id: str) -> dict[str, Any]:
        """Get cart: ``GET /ecom/v2/carts/{cartId}``."""
        return await call(self._requester, _GET_CART, {"cartId": cart_id})

    async def get_checkout_url(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get checkout url: ``POST /ecom/v2/carts/{cartId}/get-checkout-url``."""
        return await call(
            self._requester,
            _GET_CHECKOUT_URL,
            {"cartId": cart_id, **_fields.pick(options, "currencyCode")},
        )

    async def handle_async_checkout_completion(self, token: str) -> dict[str, Any]:
        """Handle async checkout completion: ``GET``.

        ``/ecom/v2/carts/handle-async-checkout-completion``
        """
        return await call(self._requester, _HANDLE_ASYNC_CHECKOUT_COMPLETION, {"token": token})

    async def mark_cart_as_completed(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Mark cart as completed: ``POST /ecom/v2/carts/{cartId}/mark-cart-as-completed``."""
        return await call(
            self._requester,
            _MARK_CART_AS_COMPLETED,
            {"cartId": cart_id, **_fields.pick(options, "orderId")},
        )

    async def place_order(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Place order: ``POST /ecom/v2/carts/{cartId}/place-order``."""
        return await call(
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
        )

    async def refresh_cart(self, cart_id: str) -> dict[str, Any]:
        """Refresh cart: ``POST /ecom/v2/carts/{cartId}/refresh``."""
        return await call(self._requester, _REFRESH_CART, {"cartId": cart_id})

    async def remove_coupon(self, cart_id: str, coupon_id: str) -> dict[str, Any]:
        """Remove coupon: ``POST /ecom/v2/carts/{cartId}/remove-coupon``."""
        return await call(
            self._requester, _REMOVE_COUPON, {"cartId": cart_id, "couponId": coupon_id}
        )

    async def remove_delivery_method(self, cart_id: str) -> dict[str, Any]:
        """Remove delivery method: ``POST /ecom/v2/carts/{cartId}/remove-delivery-method``."""
        return await call(self._requester, _REMOVE_DELIVERY_METHOD, {"cartId": cart_id})

    async def remove_gift_card(self, cart_id: str, gift_card_id: str) -> dict[str, Any]:
        """Remove gift card: ``POST /ecom/v2/carts/{cartId}/remove-gift-card``."""
        return await call(
            self._requester, _REMOVE_GIFT_CARD, {"cartId": cart_id, "giftCardId": gift_card_id}
        )

    async def remove_line_items(self, cart_id: str, line_item_ids: list[str]) -> dict[str, Any]:
        """Remove line items: ``POST /ecom/v2/carts/{cartId}/remove-line-items``."""
        return await call(
            self._requester, _REMOVE_LINE_ITEMS, {"cartId": cart_id, "lineItemIds": line_item_ids}
        )

    async def set_delivery_method(
        self, cart_id: str, delivery_method: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set delivery method: ``POST /ecom/v2/carts/{cartId}/set-delivery-method``."""
        return await call(
            self._requester,
            _SET_DELIVERY_METHOD,
            {"cartId": cart_id, "deliveryMethod": delivery_method},
        )

    async def update_cart(self, id: str, cart: Mapping[str, Any]) -> dict[str, Any]:
        """Update cart: ``PATCH /ecom/v2/carts/{cart.id}``."""
        return await call(self._requester, _UPDATE_CART, {"cart": {**cart, "id": id}})

    async def update_form_submissions(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update form submissions: ``POST /ecom/v2/carts/{cartId}/update-forms-submission``."""
        return await call(
            self._requester,
            _UPDATE_FORM_SUBMISSIONS,
            {"cartId": cart_id, **_fields.pick(options, "formSubmissions")},
        )

    async def update_line_items(
        self, cart_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update line items: ``POST /ecom/v2/carts/{cartId}/update-line-items``."""
        return await call(
            self._requester,
            _UPDATE_LINE_ITEMS,
            {"cartId": cart_id, **_fields.pick(options, "lineItems")},
        )


def bind(client: Requester) -> CartV2:
    """The ``cartV2`` module for ``client``'s visitor."""
    return CartV2(client)
