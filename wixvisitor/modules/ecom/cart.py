# File generated from @wix/auto_sdk_ecom_cart 1.0.180 by `make apigen` (tools/apigen). Do not edit.
"""The ``cart`` module of ``@wix/ecom`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import cart as _types

_ADD_TO_CART = Route(
    "POST",
    "/ecom/v1/carts/{id}/add-to-cart",
    "com.wix.ecom.cart.api.v1.CartService.AddToCart",
    path_params=("id",),
)
_CREATE_CART = Route("POST", "/ecom/v1/carts", "com.wix.ecom.cart.api.v1.CartService.CreateCart")
_CREATE_CHECKOUT = Route(
    "POST",
    "/ecom/v1/carts/{id}/create-checkout",
    "com.wix.ecom.cart.api.v1.CartService.CreateCheckout",
    path_params=("id",),
)
_DELETE_CART = Route(
    "DELETE",
    "/ecom/v1/carts/{id}",
    "com.wix.ecom.cart.api.v1.CartService.DeleteCart",
    path_params=("id",),
)
_ESTIMATE_TOTALS = Route(
    "POST",
    "/ecom/v1/carts/{id}/estimate-totals",
    "com.wix.ecom.cart.api.v1.CartService.EstimateTotals",
    path_params=("id",),
)
_GET_CART = Route(
    "GET",
    "/ecom/v1/carts/{id}",
    "com.wix.ecom.cart.api.v1.CartService.GetCart",
    path_params=("id",),
)
_REMOVE_BUSINESS_LOCATION = Route(
    "POST",
    "/ecom/v1/carts/{id}/remove-business-location",
    "com.wix.ecom.cart.api.v1.CartService.RemoveBusinessLocation",
    path_params=("id",),
)
_REMOVE_COUPON = Route(
    "POST",
    "/ecom/v1/carts/{id}/remove-coupon",
    "com.wix.ecom.cart.api.v1.CartService.RemoveCoupon",
    path_params=("id",),
)
_REMOVE_LINE_ITEMS = Route(
    "POST",
    "/ecom/v1/carts/{id}/remove-line-items",
    "com.wix.ecom.cart.api.v1.CartService.RemoveLineItems",
    path_params=("id",),
)
_UPDATE_CART = Route(
    "PATCH",
    "/ecom/v1/carts/{cartInfo.id}",
    "com.wix.ecom.cart.api.v1.CartService.UpdateCart",
    path_params=("cartInfo.id",),
)
_UPDATE_LINE_ITEMS_QUANTITY = Route(
    "POST",
    "/ecom/v1/carts/{id}/update-line-items-quantity",
    "com.wix.ecom.cart.api.v1.CartService.UpdateLineItemsQuantity",
    path_params=("id",),
)


class Cart(Module):
    """``cart`` of ``@wix/ecom``: ``cart = ecom.cart.bind(wix)``."""

    __slots__ = ()

    async def add_to_cart(
        self, id: str, options: _types.AddToCartOptions | None = None
    ) -> _types.AddToCartResponse:
        """Add to cart: ``POST /ecom/v1/carts/{id}/add-to-cart``.

        Permissions: ``ECOM.MODIFY_CARTS``, ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``CART_IS_ALREADY_ASSOCIATED_WITH_DIFFERENT_LOCATION``.
        Deprecated in the package.
        """
        return cast(
            "_types.AddToCartResponse",
            await call(
                self._requester,
                _ADD_TO_CART,
                {
                    "id": id,
                    **_fields.pick(options, "lineItems", "customLineItems", "businessLocationId"),
                },
            ),
        )

    async def create_cart(
        self, options: _types.CreateCartOptions | None = None
    ) -> _types.CreateCartResponse:
        """Create cart: ``POST /ecom/v1/carts``.

        Permissions: ``ECOM.MODIFY_CARTS``, ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``CANT_ADD_SELECTED_MEMBERSHIP_FOR_NON_MEMBERSHIP_ITEM``,
        ``CANT_CREATE_CART_WITHOUT_ITEMS``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateCartResponse",
            await call(
                self._requester,
                _CREATE_CART,
                {**_fields.pick(options, "cartInfo", "couponCode", "lineItems", "customLineItems")},
            ),
        )

    async def create_checkout(
        self, id: str, options: _types.CreateCheckoutOptions | None = None
    ) -> _types.CreateCheckoutResponse:
        """Create checkout: ``POST /ecom/v1/carts/{id}/create-checkout``.

        Permissions: ``ECOM.CREATE_CHECKOUT_FROM_CART``.
        Callable by: ``APP``.
        Application errors: ``LINE_ITEM_WITH_ZERO_QUANTITY``,
        ``SITE_MUST_ACCEPT_PAYMENTS_TO_CREATE_CHECKOUT``,
        ``CUSTOM_LINE_ITEM_ONLY_ACCEPTS_PAYMENTS_ONLINE_AND_OFFLINE``,
        ``CUSTOM_LINE_ITEM_MUST_HAVE_EXACTLY_ONE_PROPERTIES_TYPE``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateCheckoutResponse",
            await call(
                self._requester,
                _CREATE_CHECKOUT,
                {
                    "id": id,
                    **_fields.pick(
                        options,
                        "channelType",
                        "shippingAddress",
                        "billingAddress",
                        "selectedShippingOption",
                        "email",
                    ),
                },
            ),
        )

    async def delete_cart(self, id: str) -> _types.DeleteCartResponse:
        """Delete cart: ``DELETE /ecom/v1/carts/{id}``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteCartResponse", await call(self._requester, _DELETE_CART, {"id": id})
        )

    async def estimate_totals(
        self, id: str, options: _types.EstimateTotalsOptions | None = None
    ) -> _types.EstimateTotalsResponse:
        """Estimate totals: ``POST /ecom/v1/carts/{id}/estimate-totals``.

        Permissions: ``ECOM.READ_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.EstimateTotalsResponse",
            await call(
                self._requester,
                _ESTIMATE_TOTALS,
                {
                    "id": id,
                    **_fields.pick(
                        options,
                        "selectedShippingOption",
                        "shippingAddress",
                        "billingAddress",
                        "selectedMemberships",
                        "calculateTax",
                        "calculateShipping",
                        "calculateAdditionalFees",
                    ),
                },
            ),
        )

    async def get_cart(self, id: str) -> _types.GetCartResponse:
        """Get cart: ``GET /ecom/v1/carts/{id}``.

        Permissions: ``ECOM.READ_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast("_types.GetCartResponse", await call(self._requester, _GET_CART, {"id": id}))

    async def remove_business_location(self, id: str) -> _types.RemoveBusinessLocationResponse:
        """Remove business location: ``POST /ecom/v1/carts/{id}/remove-business-location``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveBusinessLocationResponse",
            await call(self._requester, _REMOVE_BUSINESS_LOCATION, {"id": id}),
        )

    async def remove_coupon(self, id: str) -> _types.RemoveCouponResponse:
        """Remove coupon: ``POST /ecom/v1/carts/{id}/remove-coupon``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveCouponResponse", await call(self._requester, _REMOVE_COUPON, {"id": id})
        )

    async def remove_line_items(
        self, id: str, line_item_ids: Sequence[str]
    ) -> _types.RemoveLineItemsResponse:
        """Remove line items: ``POST /ecom/v1/carts/{id}/remove-line-items``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveLineItemsResponse",
            await call(
                self._requester, _REMOVE_LINE_ITEMS, {"id": id, "lineItemIds": line_item_ids}
            ),
        )

    async def update_cart(
        self, id: str, options: _types.UpdateCartOptions | None = None
    ) -> _types.UpdateCartResponse:
        """Update cart: ``PATCH /ecom/v1/carts/{cartInfo.id}``.

        Permissions: ``ECOM.MODIFY_CARTS``, ``ECOM.ADMIN_MODIFY_CARTS``.
        Callable by: ``APP``.
        Application errors: ``CAN_ONLY_UPDATE_CONTACT_ID_FOR_NOT_LOGGED_IN_CUSTOMER``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateCartResponse",
            await call(
                self._requester,
                _UPDATE_CART,
                {
                    "cartInfo": {**_fields.field(options, "cartInfo"), "id": id},
                    **_fields.pick(options, "couponCode", "lineItems", "customLineItems"),
                },
            ),
        )

    async def update_line_items_quantity(
        self, id: str, line_items: Sequence[Mapping[str, Any]]
    ) -> _types.UpdateLineItemsQuantityResponse:
        """Update line items quantity: ``POST /ecom/v1/carts/{id}/update-line-items-quantity``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateLineItemsQuantityResponse",
            await call(
                self._requester, _UPDATE_LINE_ITEMS_QUANTITY, {"id": id, "lineItems": line_items}
            ),
        )


def bind(client: Requester) -> Cart:
    """The ``cart`` module for ``client``'s visitor."""
    return Cart(client)
