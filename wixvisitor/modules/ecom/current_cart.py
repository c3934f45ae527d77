# File generated from @wix/auto_sdk_ecom_current-cart 1.0.190
# by `make apigen` (tools/apigen). Do not edit.
"""The ``currentCart`` module of ``@wix/ecom`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import current_cart as _types

_ADD_TO_CURRENT_CART = Route(
    "POST",
    "/ecom/v1/carts/current/add-to-cart",
    "com.wix.ecom.cart.api.v1.CurrentCartService.AddToCurrentCart",
)
_CREATE_CHECKOUT_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v1/carts/current/create-checkout",
    "com.wix.ecom.cart.api.v1.CurrentCartService.CreateCheckoutFromCurrentCart",
)
_DELETE_CURRENT_CART = Route(
    "DELETE",
    "/ecom/v1/carts/current",
    "com.wix.ecom.cart.api.v1.CurrentCartService.DeleteCurrentCart",
)
_ESTIMATE_CURRENT_CART_TOTALS = Route(
    "POST",
    "/ecom/v1/carts/current/estimate-totals",
    "com.wix.ecom.cart.api.v1.CurrentCartService.EstimateCurrentCartTotals",
)
_GET_CURRENT_CART = Route(
    "GET", "/ecom/v1/carts/current", "com.wix.ecom.cart.api.v1.CurrentCartService.GetCurrentCart"
)
_REMOVE_COUPON_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v1/carts/current/remove-coupon",
    "com.wix.ecom.cart.api.v1.CurrentCartService.RemoveCouponFromCurrentCart",
)
_REMOVE_LINE_ITEMS_FROM_CURRENT_CART = Route(
    "POST",
    "/ecom/v1/carts/current/remove-line-items",
    "com.wix.ecom.cart.api.v1.CurrentCartService.RemoveLineItemsFromCurrentCart",
)
_UPDATE_CURRENT_CART = Route(
    "PATCH",
    "/ecom/v1/carts/current",
    "com.wix.ecom.cart.api.v1.CurrentCartService.UpdateCurrentCart",
)
_UPDATE_CURRENT_CART_LINE_ITEM_QUANTITY = Route(
    "POST",
    "/ecom/v1/carts/current/update-line-items-quantity",
    "com.wix.ecom.cart.api.v1.CurrentCartService.UpdateCurrentCartLineItemQuantity",
)


class CurrentCart(Module):
    """``currentCart`` of ``@wix/ecom``: ``current_cart = ecom.current_cart.bind(wix)``."""

    __slots__ = ()

    async def add_to_current_cart(
        self, options: _types.AddToCurrentCartOptions | None = None
    ) -> _types.AddToCartResponse:
        """Add to current cart: ``POST /ecom/v1/carts/current/add-to-cart``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.AddToCartResponse",
            await call(
                self._requester,
                _ADD_TO_CURRENT_CART,
                {**_fields.pick(options, "lineItems", "customLineItems", "businessLocationId")},
            ),
        )

    async def create_checkout_from_current_cart(
        self, options: _types.CreateCheckoutFromCurrentCartOptions | None = None
    ) -> _types.CreateCheckoutResponse:
        """Create checkout from current cart: ``POST /ecom/v1/carts/current/create-checkout``.

        Permissions: ``ECOM.CREATE_CHECKOUT_FROM_CART``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateCheckoutResponse",
            await call(
                self._requester,
                _CREATE_CHECKOUT_FROM_CURRENT_CART,
                {
                    **_fields.pick(
                        options,
                        "channelType",
                        "shippingAddress",
                        "billingAddress",
                        "selectedShippingOption",
                        "email",
                    )
                },
            ),
        )

    async def delete_current_cart(self) -> _types.DeleteCartResponse:
        """Delete current cart: ``DELETE /ecom/v1/carts/current``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast("_types.DeleteCartResponse", await call(self._requester, _DELETE_CURRENT_CART))

    async def estimate_current_cart_totals(
        self, options: _types.EstimateCurrentCartTotalsOptions | None = None
    ) -> _types.EstimateTotalsResponse:
        """Estimate current cart totals: ``POST /ecom/v1/carts/current/estimate-totals``.

        Permissions: ``ECOM.READ_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.EstimateTotalsResponse",
            await call(
                self._requester,
                _ESTIMATE_CURRENT_CART_TOTALS,
                {
                    **_fields.pick(
                        options,
                        "selectedShippingOption",
                        "shippingAddress",
                        "billingAddress",
                        "selectedMemberships",
                        "calculateTax",
                        "calculateShipping",
                        "calculateAdditionalFees",
                    )
                },
            ),
        )

    async def get_current_cart(self) -> _types.GetCurrentCartResponse:
        """Get current cart: ``GET /ecom/v1/carts/current``.

        Permissions: ``ECOM.READ_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast("_types.GetCurrentCartResponse", await call(self._requester, _GET_CURRENT_CART))

    async def remove_coupon_from_current_cart(self) -> _types.RemoveCouponResponse:
        """Remove coupon from current cart: ``POST /ecom/v1/carts/current/remove-coupon``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveCouponResponse",
            await call(self._requester, _REMOVE_COUPON_FROM_CURRENT_CART),
        )

    async def remove_line_items_from_current_cart(
        self, line_item_ids: Sequence[str]
    ) -> _types.RemoveLineItemsResponse:
        """Remove line items from current cart: ``POST /ecom/v1/carts/current/remove-line-items``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.RemoveLineItemsResponse",
            await call(
                self._requester,
                _REMOVE_LINE_ITEMS_FROM_CURRENT_CART,
                {"lineItemIds": line_item_ids},
            ),
        )

    async def update_current_cart(
        self, options: _types.UpdateCurrentCartOptions | None = None
    ) -> _types.UpdateCartResponse:
        """Update current cart: ``PATCH /ecom/v1/carts/current``.

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateCartResponse",
            await call(
                self._requester,
                _UPDATE_CURRENT_CART,
                {**_fields.pick(options, "cartInfo", "couponCode", "lineItems", "customLineItems")},
            ),
        )

    async def update_current_cart_line_item_quantity(
        self, line_items: Sequence[Mapping[str, Any]]
    ) -> _types.UpdateLineItemsQuantityResponse:
        """Update current cart line item quantity: ``POST``.

        ``/ecom/v1/carts/current/update-line-items-quantity``

        Permissions: ``ECOM.MODIFY_CARTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateLineItemsQuantityResponse",
            await call(
                self._requester, _UPDATE_CURRENT_CART_LINE_ITEM_QUANTITY, {"lineItems": line_items}
            ),
        )


def bind(client: Requester) -> CurrentCart:
    """The ``currentCart`` module for ``client``'s visitor."""
    return CurrentCart(client)
