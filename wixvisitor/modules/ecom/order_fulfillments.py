# File generated from @wix/auto_sdk_ecom_order-fulfillments 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderFulfillments`` module of ``@wix/ecom`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import order_fulfillments as _types

_BULK_CREATE_FULFILLMENTS = Route(
    "POST",
    "/ecom/v1/fulfillments/orders/bulk/create-fulfillments",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.BulkCreateFulfillment",
)
_CREATE_FULFILLMENT = Route(
    "POST",
    "/ecom/v1/fulfillments/orders/{orderId}/create-fulfillment",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.CreateFulfillment",
    path_params=("orderId",),
)
_DELETE_FULFILLMENT = Route(
    "DELETE",
    "/ecom/v1/fulfillments/{fulfillmentId}/orders/{orderId}",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.DeleteFulfillment",
    path_params=("fulfillmentId", "orderId"),
)
_LIST_FULFILLMENTS_FOR_MULTIPLE_ORDERS = Route(
    "POST",
    "/ecom/v1/fulfillments/list-by-ids",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.ListFulfillmentsForMultipleOrders",
)
_LIST_FULFILLMENTS_FOR_SINGLE_ORDER = Route(
    "GET",
    "/ecom/v1/fulfillments/orders/{orderId}",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.ListFulfillmentsForSingleOrder",
    path_params=("orderId",),
)
_UPDATE_FULFILLMENT = Route(
    "PATCH",
    "/ecom/v1/fulfillments/{fulfillment.id}/orders/{orderId}",
    "com.wix.ecom.orders.fulfillments.v1.Fulfillments.UpdateFulfillment",
    path_params=("fulfillment.id", "orderId"),
)


class OrderFulfillments(Module):
    """``orderFulfillments`` of ``@wix/ecom``: ``ecom.order_fulfillments.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_fulfillments(
        self, orders_with_fulfillments: Sequence[Mapping[str, Any]]
    ) -> _types.BulkCreateFulfillmentResponse:
        """Bulk create fulfillments: ``POST /ecom/v1/fulfillments/orders/bulk/create-fulfillments``.

        Permissions: ``ECOM.MODIFY_FULFILLMENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateFulfillmentResponse",
            await call(
                self._requester,
                _BULK_CREATE_FULFILLMENTS,
                {"ordersWithFulfillments": orders_with_fulfillments},
            ),
        )

    async def create_fulfillment(
        self, order_id: str, fulfillment: _types.Fulfillment
    ) -> _types.CreateFulfillmentResponse:
        """Create fulfillment: ``POST /ecom/v1/fulfillments/orders/{orderId}/create-fulfillment``.

        Permissions: ``ECOM.MODIFY_FULFILLMENTS``.
        Callable by: ``APP``.
        Application errors: ``TRACKING_NUMBER_ALREADY_EXISTS``.
        """
        return cast(
            "_types.CreateFulfillmentResponse",
            await call(
                self._requester,
                _CREATE_FULFILLMENT,
                {"orderId": order_id, "fulfillment": fulfillment},
            ),
        )

    async def delete_fulfillment(
        self, identifiers: _types.DeleteFulfillmentIdentifiers
    ) -> _types.DeleteFulfillmentResponse:
        """Delete fulfillment: ``DELETE /ecom/v1/fulfillments/{fulfillmentId}/orders/{orderId}``.

        Permissions: ``ECOM.MODIFY_FULFILLMENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteFulfillmentResponse",
            await call(
                self._requester,
                _DELETE_FULFILLMENT,
                {**_fields.pick(identifiers, "fulfillmentId", "orderId")},
            ),
        )

    async def list_fulfillments_for_multiple_orders(
        self, order_ids: Sequence[str]
    ) -> _types.ListFulfillmentsForMultipleOrdersResponse:
        """List fulfillments for multiple orders: ``POST /ecom/v1/fulfillments/list-by-ids``.

        Permissions: ``ECOM.READ_FULFILLMENTS``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.ListFulfillmentsForMultipleOrdersResponse",
            await call(
                self._requester, _LIST_FULFILLMENTS_FOR_MULTIPLE_ORDERS, {"orderIds": order_ids}
            ),
        )

    async def list_fulfillments_for_single_order(
        self, order_id: str
    ) -> _types.ListFulfillmentsForSingleOrderResponse:
        """List fulfillments for single order: ``GET /ecom/v1/fulfillments/orders/{orderId}``.

        Permissions: ``ECOM.READ_FULFILLMENTS``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.ListFulfillmentsForSingleOrderResponse",
            await call(self._requester, _LIST_FULFILLMENTS_FOR_SINGLE_ORDER, {"orderId": order_id}),
        )

    async def update_fulfillment(
        self,
        identifiers: _types.UpdateFulfillmentIdentifiers,
        options: _types.UpdateFulfillmentOptions | None = None,
    ) -> _types.UpdateFulfillmentResponse:
        """Update fulfillment: ``PATCH /ecom/v1/fulfillments/{fulfillment.id}/orders/{orderId}``.

        Permissions: ``ECOM.MODIFY_FULFILLMENTS``.
        Callable by: ``APP``.
        Application errors: ``TRACKING_NUMBER_ALREADY_EXISTS``.
        """
        return cast(
            "_types.UpdateFulfillmentResponse",
            await call(
                self._requester,
                _UPDATE_FULFILLMENT,
                {
                    "fulfillment": {
                        **_fields.field(options, "fulfillment"),
                        **_fields.pick(identifiers, id="fulfillmentId"),
                    },
                    **_fields.pick(identifiers, "orderId"),
                },
            ),
        )


def bind(client: Requester) -> OrderFulfillments:
    """The ``orderFulfillments`` module for ``client``'s visitor."""
    return OrderFulfillments(client)
