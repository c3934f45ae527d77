# File generated from @wix/auto_sdk_ecom_order-payment-requests 1.0.70
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_payment_requests``.

From ``@wix/auto_sdk_ecom_order-payment-requests``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_payment_requests import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

PaymentMethod: TypeAlias = Literal["MANUAL"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UNPAID", "PAID", "EXPIRED"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkCreateOrderPaymentRequestsRequest(TypedDict, total=False):
    orderPaymentRequests: Required[list[OrderPaymentRequest]]
    returnEntity: bool


class BulkCreateOrderPaymentRequestsResponse(TypedDict, total=False):
    results: list[BulkOrderPaymentRequestResult]
    bulkActionMetadata: BulkActionMetadata


class BulkOrderPaymentRequestItem(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest
    orderPaymentRequestUrl: str


class BulkOrderPaymentRequestResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: BulkOrderPaymentRequestItem


class ChargeOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]
    paymentToken: str | None


class ChargeOrderPaymentRequestResponse(TypedDict, total=False):
    paymentResponseToken: str | None


class CreateOrderPaymentRequestOptions(TypedDict, total=False):
    """What ``createOrderPaymentRequest`` reads from ``options``."""

    orderPaymentRequest: OrderPaymentRequest


class CreateOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest


class CreateOrderPaymentRequestResponse(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest
    orderPaymentRequestUrl: str


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]


class DeleteOrderPaymentRequestResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]


class GetOrderPaymentRequestResponse(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest


class GetOrderPaymentRequestURLRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]


class GetOrderPaymentRequestURLResponse(TypedDict, total=False):
    orderPaymentRequestUrl: str


class Image(TypedDict, total=False):
    id: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class OrderPaymentRequest(TypedDict, total=False):
    id: str | None
    source: Source
    status: Status
    orderId: str
    orderNumber: str | None
    amount: Price
    currency: str
    paymentGatewayOrderId: str | None
    title: str
    description: str | None
    expirationDate: str | None
    extendedFields: ExtendedFields
    createdDate: str | None
    updatedDate: str | None
    image: Image
    blockedPaymentMethods: list[PaymentMethod]


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


class QueryOrderPaymentRequestsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryOrderPaymentRequestsResponse(TypedDict, total=False):
    orderPaymentRequests: list[OrderPaymentRequest]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class Source(TypedDict, total=False):
    appId: str | None
    externalId: str


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest


class UpdateOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequest: Required[OrderPaymentRequest]


class UpdateOrderPaymentRequestResponse(TypedDict, total=False):
    orderPaymentRequest: OrderPaymentRequest


class VoidOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]


class VoidOrderPaymentRequestResponse(TypedDict, total=False):
    pass
