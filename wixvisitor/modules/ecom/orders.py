# File generated from @wix/auto_sdk_ecom_orders 1.0.298
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orders`` module of ``@wix/ecom`` (15 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import orders as _types

_ADD_ACTIVITIES = Route(
    "POST",
    "/ecom/v1/orders/{orderId}/activities/add",
    "com.wix.ecom.orders.v1.Orders.AddActivities",
    path_params=("orderId",),
)
_BULK_DELETE_IMPORTED_ORDERS = Route(
    "POST",
    "/ecom/v1/orders/import/bulk-delete-imported-orders",
    "com.wix.ecom.orders.importer.v1.OrderImports.BulkDeleteImportedOrders",
)
_BULK_UPDATE_ORDER_TAGS = Route(
    "POST", "/ecom/v1/bulk/orders/update-tags", "com.wix.ecom.orders.v1.Orders.BulkUpdateOrderTags"
)
_BULK_UPDATE_ORDERS = Route(
    "POST", "/ecom/v1/bulk/orders/update", "com.wix.ecom.orders.v1.Orders.BulkUpdateOrders"
)
_CANCEL_ORDER = Route(
    "POST",
    "/ecom/v1/orders/{id}/cancel",
    "com.wix.ecom.orders.v1.Orders.CancelOrder",
    path_params=("id",),
)
_CAPTURE_AUTHORIZED_PAYMENTS = Route(
    "POST",
    "/ecom/v1/payments-collector/orders/{ecomOrderId}/capture-authorized-payments",
    "com.wix.ecom.orders.payments_collector.v1.PaymentsCollector.CaptureAuthorizedPayments",
    path_params=("ecomOrderId",),
)
_CREATE_ORDER = Route("POST", "/ecom/v1/orders", "com.wix.ecom.orders.v1.Orders.CreateOrder")
_GET_ORDER = Route(
    "GET", "/ecom/v1/orders/{id}", "com.wix.ecom.orders.v1.Orders.GetOrder", path_params=("id",)
)
_GET_PAYMENT_COLLECTABILITY_STATUS = Route(
    "GET",
    "/ecom/v1/payments-collector/orders/{ecomOrderId}/payment-collectability-status",
    "com.wix.ecom.orders.payments_collector.v1.PaymentsCollector.GetPaymentCollectabilityStatus",
    path_params=("ecomOrderId",),
)
_IMPORT_ORDER = Route(
    "POST", "/ecom/v1/orders/import", "com.wix.ecom.orders.importer.v1.OrderImports.ImportOrder"
)
_PREPARE_PAYMENT_COLLECTION = Route(
    "POST",
    "/ecom/v1/payments-collector/orders/{ecomOrderId}/prepare-payment-collection",
    "com.wix.ecom.orders.payments_collector.v1.PaymentsCollector.PreparePaymentCollection",
    path_params=("ecomOrderId",),
)
_SEARCH_ORDERS = Route(
    "POST", "/ecom/v1/orders/search", "com.wix.ecom.orders.v1.Orders.SearchOrders"
)
_SET_ORDER_NUMBER_COUNTER = Route(
    "POST",
    "/ecom/v1/orders/import/set-order-number-counter",
    "com.wix.ecom.orders.importer.v1.OrderImports.SetOrderNumberCounter",
)
_UPDATE_ORDER = Route(
    "PATCH",
    "/ecom/v1/orders/{order.id}",
    "com.wix.ecom.orders.v1.Orders.UpdateOrder",
    path_params=("order.id",),
)
_VOID_AUTHORIZED_PAYMENTS = Route(
    "POST",
    "/ecom/v1/payments-collector/orders/{ecomOrderId}/void-authorized-payments",
    "com.wix.ecom.orders.payments_collector.v1.PaymentsCollector.VoidAuthorizedPayments",
    path_params=("ecomOrderId",),
)


class Orders(Module):
    """``orders`` of ``@wix/ecom``: ``orders = ecom.orders.bind(wix)``."""

    __slots__ = ()

    async def add_activities(
        self, order_id: str, options: _types.AddActivitiesOptions | None = None
    ) -> _types.AddActivitiesResponse:
        """Add activities: ``POST /ecom/v1/orders/{orderId}/activities/add``."""
        return cast(
            "_types.AddActivitiesResponse",
            await call(
                self._requester,
                _ADD_ACTIVITIES,
                {"orderId": order_id, **_fields.pick(options, "orderActivities")},
            ),
        )

    async def bulk_delete_imported_orders(
        self, order_ids: Sequence[str]
    ) -> _types.BulkDeleteImportedOrdersResponse:
        """Bulk delete imported orders: ``POST``.

        ``/ecom/v1/orders/import/bulk-delete-imported-orders``
        """
        return cast(
            "_types.BulkDeleteImportedOrdersResponse",
            await call(self._requester, _BULK_DELETE_IMPORTED_ORDERS, {"orderIds": order_ids}),
        )

    async def bulk_update_order_tags(
        self, order_ids: Sequence[str], options: _types.BulkUpdateOrderTagsOptions | None = None
    ) -> _types.BulkUpdateOrderTagsResponse:
        """Bulk update order tags: ``POST /ecom/v1/bulk/orders/update-tags``."""
        return cast(
            "_types.BulkUpdateOrderTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ORDER_TAGS,
                {"orderIds": order_ids, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_orders(
        self,
        orders: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateOrdersOptions | None = None,
    ) -> _types.BulkUpdateOrdersResponse:
        """Bulk update orders: ``POST /ecom/v1/bulk/orders/update``."""
        return cast(
            "_types.BulkUpdateOrdersResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ORDERS,
                {"orders": orders, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def cancel_order(
        self, id: str, options: _types.CancelOrderOptions | None = None
    ) -> _types.CancelOrderResponse:
        """Cancel order: ``POST /ecom/v1/orders/{id}/cancel``.

        Application errors: ``ORDER_HAS_AUTHORIZED_TRANSACTION``, ``ORDER_IS_PENDING``,
        ``ORDER_IS_REJECTED``.
        """
        return cast(
            "_types.CancelOrderResponse",
            await call(
                self._requester,
                _CANCEL_ORDER,
                {
                    "id": id,
                    **_fields.pick(
                        options, "sendOrderCanceledEmail", "customMessage", "restockAllItems"
                    ),
                },
            ),
        )

    async def capture_authorized_payments(
        self, ecom_order_id: str, payments: Sequence[Mapping[str, Any]]
    ) -> _types.CaptureAuthorizedPaymentsResponse:
        """Capture authorized payments: ``POST``.

        ``/ecom/v1/payments-collector/orders/{ecomOrderId}/capture-authorized-payments``

        Application errors: ``INVALID_AMOUNT``, ``NOT_REGULAR_ONLINE_PAYMENT``,
        ``PAYMENT_ALREADY_VOIDED``, ``PAYMENT_ALREADY_CAPTURED``, ``PAYMENT_NOT_AUTHORIZED``,
        ``PAYMENT_NOT_FOUND``, ``PAYMENT_GATEWAY_ID_NOT_FOUND``,
        ``PAYMENT_HAS_PENDING_CAPTURE``.
        """
        return cast(
            "_types.CaptureAuthorizedPaymentsResponse",
            await call(
                self._requester,
                _CAPTURE_AUTHORIZED_PAYMENTS,
                {"ecomOrderId": ecom_order_id, "payments": payments},
            ),
        )

    async def create_order(
        self, order: _types.Order, options: _types.CreateOrderOptions | None = None
    ) -> _types.CreateOrderResponse:
        """Create order: ``POST /ecom/v1/orders``.

        Application errors: ``PURCHASED_DATE_CANNOT_BE_IN_FUTURE``.
        """
        return cast(
            "_types.CreateOrderResponse",
            await call(
                self._requester,
                _CREATE_ORDER,
                {"order": order, **_fields.pick(options, "settings")},
            ),
        )

    async def get_order(self, id: str) -> _types.GetOrderResponse:
        """Get order: ``GET /ecom/v1/orders/{id}``.

        Application errors: ``ORDER_NOT_FOUND``.
        """
        return cast("_types.GetOrderResponse", await call(self._requester, _GET_ORDER, {"id": id}))

    async def get_payment_collectability_status(
        self, ecom_order_id: str
    ) -> _types.GetPaymentCollectabilityStatusResponse:
        """Get payment collectability status: ``GET``.

        ``/ecom/v1/payments-collector/orders/{ecomOrderId}/payment-collectability-status``
        """
        return cast(
            "_types.GetPaymentCollectabilityStatusResponse",
            await call(
                self._requester, _GET_PAYMENT_COLLECTABILITY_STATUS, {"ecomOrderId": ecom_order_id}
            ),
        )

    async def import_order(self, order: _types.Order) -> _types.ImportOrderResponse:
        """Import order: ``POST /ecom/v1/orders/import``.

        Application errors: ``CANNOT_OVERWRITE_NON_IMPORTED_ORDER``.
        """
        return cast(
            "_types.ImportOrderResponse",
            await call(self._requester, _IMPORT_ORDER, {"order": order}),
        )

    async def prepare_payment_collection(
        self,
        ecom_order_id: str,
        amount: _types.Price,
        options: _types.PreparePaymentCollectionOptions | None = None,
    ) -> _types.PreparePaymentCollectionResponse:
        """Prepare payment collection: ``POST``.

        ``/ecom/v1/payments-collector/orders/{ecomOrderId}/prepare-payment-collection``

        Application errors: ``PAYMENT_METHODS_NOT_FOUND``, ``ORDER_CANCELED``,
        ``INVALID_AMOUNT``, ``ORDER_ALREADY_PAID``, ``NO_ASSOCIATED_ECOM_ORDER``,
        ``ORDER_HAS_CHARGEBACKS``.
        """
        return cast(
            "_types.PreparePaymentCollectionResponse",
            await call(
                self._requester,
                _PREPARE_PAYMENT_COLLECTION,
                {
                    "ecomOrderId": ecom_order_id,
                    "amount": amount,
                    **_fields.pick(
                        options,
                        "paymentGatewayOrderId",
                        "delayedCapture",
                        "merchantInitiated",
                        "redirectUrls",
                        "delayedCaptureSettings",
                    ),
                },
            ),
        )

    async def search_orders(self, search: _types.CursorSearch) -> _types.SearchOrdersResponse:
        """Search orders: ``POST /ecom/v1/orders/search``.

        Permissions: ``ECOM.READ_ORDERS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchOrdersResponse",
            await call(self._requester, _SEARCH_ORDERS, {"search": search}),
        )

    async def set_order_number_counter(
        self, counter: str, options: _types.SetOrderNumberCounterOptions | None = None
    ) -> _types.SetOrderNumberCounterResponse:
        """Set order number counter: ``POST /ecom/v1/orders/import/set-order-number-counter``.

        Application errors: ``CANNOT_SET_LOWER_ORDER_NUMBER_COUNTER``.
        """
        return cast(
            "_types.SetOrderNumberCounterResponse",
            await call(
                self._requester,
                _SET_ORDER_NUMBER_COUNTER,
                {"counter": counter, **_fields.pick(options, "allowLowerCounter")},
            ),
        )

    async def update_order(self, id: str, order: _types.Order) -> _types.UpdateOrderResponse:
        """Update order: ``PATCH /ecom/v1/orders/{order.id}``.

        Application errors: ``ORDER_IS_PENDING``, ``ORDER_IS_REJECTED``.
        """
        return cast(
            "_types.UpdateOrderResponse",
            await call(self._requester, _UPDATE_ORDER, {"order": {**order, "id": id}}),
        )

    async def void_authorized_payments(
        self, ecom_order_id: str, payment_ids: Sequence[str]
    ) -> _types.VoidAuthorizedPaymentsResponse:
        """Void authorized payments: ``POST``.

        ``/ecom/v1/payments-collector/orders/{ecomOrderId}/void-authorized-payments``

        Application errors: ``PAYMENT_ALREADY_VOIDED``, ``PAYMENT_ALREADY_CAPTURED``,
        ``PAYMENT_NOT_AUTHORIZED``, ``PAYMENT_NOT_FOUND``, ``PAYMENT_GATEWAY_ID_NOT_FOUND``.
        """
        return cast(
            "_types.VoidAuthorizedPaymentsResponse",
            await call(
                self._requester,
                _VOID_AUTHORIZED_PAYMENTS,
                {"ecomOrderId": ecom_order_id, "paymentIds": payment_ids},
            ),
        )


def bind(client: Requester) -> Orders:
    """The ``orders`` module for ``client``'s visitor."""
    return Orders(client)
