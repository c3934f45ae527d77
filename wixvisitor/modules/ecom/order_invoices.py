# File generated from @wix/auto_sdk_ecom_order-invoices 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderInvoices`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import order_invoices as _types

_LIST_INVOICES_FOR_MULTIPLE_ORDERS = Route(
    "POST",
    "/ecom/v1/invoices/list-by-ids",
    "com.wix.ecom.orders.invoices.v1.Invoices.ListInvoicesForMultipleOrders",
)


class OrderInvoices(Module):
    """``orderInvoices`` of ``@wix/ecom``: ``order_invoices = ecom.order_invoices.bind(wix)``."""

    __slots__ = ()

    async def list_invoices_for_multiple_orders(
        self, order_ids: Sequence[str]
    ) -> _types.ListInvoicesForMultipleOrdersResponse:
        """List invoices for multiple orders: ``POST /ecom/v1/invoices/list-by-ids``.

        Permissions: ``ECOM.READ_INVOICES``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.ListInvoicesForMultipleOrdersResponse",
            await call(
                self._requester, _LIST_INVOICES_FOR_MULTIPLE_ORDERS, {"orderIds": order_ids}
            ),
        )


def bind(client: Requester) -> OrderInvoices:
    """The ``orderInvoices`` module for ``client``'s visitor."""
    return OrderInvoices(client)
