# File generated from @wix/auto_sdk_ecom_order-transactions 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderTransactions`` module of ``@wix/ecom`` (5 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import order_transactions as _types

_ADD_PAYMENTS = Route(
    "POST",
    "/ecom/v1/payments/orders/{orderId}/add-payment",
    "com.wix.ecom.orders.payments.v1.Payments.AddPayments",
    path_params=("orderId",),
)
_BULK_UPDATE_PAYMENT_STATUSES = Route(
    "POST",
    "/ecom/v1/bulk/payments/update-payment-transaction-status",
    "com.wix.ecom.orders.payments.v1.Payments.BulkUpdatePaymentStatuses",
)
_LIST_TRANSACTIONS_FOR_MULTIPLE_ORDERS = Route(
    "POST",
    "/ecom/v1/payments/list-by-ids",
    "com.wix.ecom.orders.payments.v1.Payments.ListTransactionsForMultipleOrders",
)
_LIST_TRANSACTIONS_FOR_SINGLE_ORDER = Route(
    "GET",
    "/ecom/v1/payments/orders/{orderId}",
    "com.wix.ecom.orders.payments.v1.Payments.ListTransactionsForSingleOrder",
    path_params=("orderId",),
)
_UPDATE_PAYMENT_STATUS = Route(
    "POST",
    "/ecom/v1/payments/{paymentId}/orders/{orderId}/update-payment-transaction-status",
    "com.wix.ecom.orders.payments.v1.Payments.UpdatePaymentStatus",
    path_params=("paymentId", "orderId"),
)


class OrderTransactions(Module):
    """``orderTransactions`` of ``@wix/ecom``: ``ecom.order_transactions.bind(wix)``."""

    __slots__ = ()

    async def add_payments(
        self, order_id: str, payments: Sequence[Mapping[str, Any]]
    ) -> _types.AddPaymentsResponse:
        """Add payments: ``POST /ecom/v1/payments/orders/{orderId}/add-payment``.

        Permissions: ``ECOM.MODIFY_TRANSACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddPaymentsResponse",
            await call(self._requester, _ADD_PAYMENTS, {"orderId": order_id, "payments": payments}),
        )

    async def bulk_update_payment_statuses(
        self,
        payment_and_order_ids: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdatePaymentStatusesOptions | None = None,
    ) -> _types.BulkUpdatePaymentStatusesResponse:
        """Bulk update payment statuses: ``POST``.

        ``/ecom/v1/bulk/payments/update-payment-transaction-status``

        Permissions: ``ECOM.MODIFY_TRANSACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdatePaymentStatusesResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PAYMENT_STATUSES,
                {
                    "paymentAndOrderIds": payment_and_order_ids,
                    **_fields.pick(options, "returnFullEntity", "status"),
                },
            ),
        )

    async def list_transactions_for_multiple_orders(
        self, order_ids: Sequence[str]
    ) -> _types.ListTransactionsForMultipleOrdersResponse:
        """List transactions for multiple orders: ``POST /ecom/v1/payments/list-by-ids``.

        Permissions: ``ECOM.READ_TRANSACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListTransactionsForMultipleOrdersResponse",
            await call(
                self._requester, _LIST_TRANSACTIONS_FOR_MULTIPLE_ORDERS, {"orderIds": order_ids}
            ),
        )

    async def list_transactions_for_single_order(
        self, order_id: str
    ) -> _types.ListTransactionsForSingleOrderResponse:
        """List transactions for single order: ``GET /ecom/v1/payments/orders/{orderId}``.

        Permissions: ``ECOM.READ_TRANSACTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListTransactionsForSingleOrderResponse",
            await call(self._requester, _LIST_TRANSACTIONS_FOR_SINGLE_ORDER, {"orderId": order_id}),
        )

    async def update_payment_status(
        self,
        identifiers: _types.UpdatePaymentStatusIdentifiers,
        options: _types.UpdatePaymentStatusOptions | None = None,
    ) -> _types.UpdatePaymentStatusResponse:
        """Update payment status: ``POST``.

        ``/ecom/v1/payments/{paymentId}/orders/{orderId}/update-payment-transaction-status``

        Permissions: ``ECOM.MODIFY_TRANSACTIONS``.
        Callable by: ``APP``.
        Application errors: ``STATUS_NOT_ALLOWED``.
        """
        return cast(
            "_types.UpdatePaymentStatusResponse",
            await call(
                self._requester,
                _UPDATE_PAYMENT_STATUS,
                {
                    **_fields.pick(identifiers, "paymentId", "orderId"),
                    **_fields.pick(options, "status"),
                },
            ),
        )


def bind(client: Requester) -> OrderTransactions:
    """The ``orderTransactions`` module for ``client``'s visitor."""
    return OrderTransactions(client)
