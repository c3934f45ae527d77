# File generated from @wix/auto_sdk_ecom_order-invoices 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_invoices``.

From ``@wix/auto_sdk_ecom_order-invoices``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_invoices import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import ItemMetadata as ItemMetadata


class AddInvoiceToOrderRequest(TypedDict, total=False):
    orderId: Required[str]
    invoiceInfo: Required[Invoice]


class AddInvoiceToOrderResponse(TypedDict, total=False):
    orderInvoices: list[Invoice]


class BulkGenerateInvoicesRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class BulkGenerateInvoicesResponse(TypedDict, total=False):
    results: list[BulkInvoiceResult]
    bulkActionMetadata: BulkActionMetadata


class BulkInvoiceResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: InvoiceForOrder


class GenerateInvoiceRequest(TypedDict, total=False):
    orderId: Required[str]


class GenerateInvoiceResponse(TypedDict, total=False):
    invoiceId: str


class Invoice(TypedDict, total=False):
    id: str
    appId: str


class InvoiceForOrder(TypedDict, total=False):
    orderId: str
    invoiceId: str


class InvoicesForOrder(TypedDict, total=False):
    orderId: str
    invoicesInfo: list[Invoice]


class ListInvoicesForMultipleOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class ListInvoicesForMultipleOrdersResponse(TypedDict, total=False):
    invoicesForOrder: list[InvoicesForOrder]
