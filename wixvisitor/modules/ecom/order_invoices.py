# File generated from @wix/auto_sdk_ecom_order-invoices 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""The ``orderInvoices`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import Any

from .._runtime import Module, Requester, Route, call

_LIST_INVOICES_FOR_MULTIPLE_ORDERS = Route(
    "POST",
    "/ecom/v1/invoices/list-by-ids",
    "com.wix.ecom.orders.invoices.v1.Invoices.ListInvoicesForMultipleOrders",
)


class OrderInvoices(Module):
    """``orderInvoices`` of ``@wix/ecom``: ``order_invoices = ecom.order_invoices.bind(wix)``."""

    __slots__ = ()

    async def list_invoices_for_multiple_orders(self, order_ids: list[str]) -> dict[str, Any]:
        """List invoices for multiple orders: ``POST /ecom/v1/invoices/list-by-ids``."""
        return await call(
            self._requester, _LIST_INVOICES_FOR_MULTIPLE_ORDERS, {"orderIds": order_ids}
        )


def bind(client: Requester) -> OrderInvoices:
    """The ``orderInvoices`` module for ``client``'s visitor."""
    return OrderInvoices(client)
