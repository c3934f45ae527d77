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

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Price as Price
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest

PaymentMethod: TypeAlias = Literal["MANUAL"]
Status: TypeAlias = Literal["UNPAID", "PAID", "EXPIRED"]


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


class DeleteOrderPaymentRequestRequest(TypedDict, total=False):
    orderPaymentRequestId: Required[str]


class DeleteOrderPaymentRequestResponse(TypedDict, total=False):
    pass


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


class QueryOrderPaymentRequestsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryOrderPaymentRequestsResponse(TypedDict, total=False):
    orderPaymentRequests: list[OrderPaymentRequest]
    pagingMetadata: CursorPagingMetadata


class Source(TypedDict, total=False):
    appId: str | None
    externalId: str


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

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
