# File generated from @wix/auto_sdk_ecom_order-fulfillments 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderFulfillments`` module of ``@wix/ecom`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

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
    ) -> dict[str, Any]:
        """Bulk create fulfillments: ``POST``.

        ``/ecom/v1/fulfillments/orders/bulk/create-fulfillments``
        """
        return await call(
            self._requester,
            _BULK_CREATE_FULFILLMENTS,
            {"ordersWithFulfillments": orders_with_fulfillments},
        )

    async def create_fulfillment(
        self, order_id: str, fulfillment: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Create fulfillment: ``POST``.

        ``/ecom/v1/fulfillments/orders/{orderId}/create-fulfillment``
        """
        return await call(
            self._requester, _CREATE_FULFILLMENT, {"orderId": order_id, "fulfillment": fulfillment}
        )

    async def delete_fulfillment(self, identifiers: Mapping[str, Any]) -> dict[str, Any]:
        """Delete fulfillment: ``DELETE /ecom/v1/fulfillments/{fulfillmentId}/orders/{orderId}``."""
        return await call(
            self._requester,
            _DELETE_FULFILLMENT,
            {**_fields.pick(identifiers, "fulfillmentId", "orderId")},
        )

    async def list_fulfillments_for_multiple_orders(self, order_ids: list[str]) -> dict[str, Any]:
        """List fulfillments for multiple orders: ``POST /ecom/v1/fulfillments/list-by-ids``."""
        return await call(
            self._requester, _LIST_FULFILLMENTS_FOR_MULTIPLE_ORDERS, {"orderIds": order_ids}
        )

    async def list_fulfillments_for_single_order(self, order_id: str) -> dict[str, Any]:
        """List fulfillments for single order: ``GET /ecom/v1/fulfillments/orders/{orderId}``."""
        return await call(
            self._requester, _LIST_FULFILLMENTS_FOR_SINGLE_ORDER, {"orderId": order_id}
        )

    async def update_fulfillment(
        self, identifiers: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update fulfillment: ``PATCH /ecom/v1/fulfillments/{fulfillment.id}/orders/{orderId}``."""
        return await call(
            self._requester,
            _UPDATE_FULFILLMENT,
            {
                "fulfillment": {
                    **_fields.field(options, "fulfillment"),
                    **_fields.pick(identifiers, id="fulfillmentId"),
                },
                **_fields.pick(identifiers, "orderId"),
            },
        )


def bind(client: Requester) -> OrderFulfillments:
    """The ``orderFulfillments`` module for ``client``'s visitor."""
    return OrderFulfillments(client)
