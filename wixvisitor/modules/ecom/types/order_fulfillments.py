# File generated from @wix/auto_sdk_ecom_order-fulfillments 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_fulfillments``.

From ``@wix/auto_sdk_ecom_order-fulfillments``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_fulfillments import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import ItemMetadata as ItemMetadata


class BulkCreateFulfillmentRequest(TypedDict, total=False):
    ordersWithFulfillments: Required[list[BulkCreateOrderWithFulfillments]]


class BulkCreateFulfillmentResponse(TypedDict, total=False):
    results: list[BulkOrderFulfillmentsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateOrderWithFulfillments(TypedDict, total=False):
    orderId: str
    fulfillments: list[Fulfillment]


class BulkOrderFulfillmentsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    ordersWithFulfillments: OrderWithFulfillments


class CreateFulfillmentRequest(TypedDict, total=False):
    orderId: Required[str]
    fulfillment: Required[Fulfillment]


class CreateFulfillmentResponse(TypedDict, total=False):
    orderWithFulfillments: OrderWithFulfillments
    fulfillmentId: str


class CustomFulfillmentInfo(TypedDict, total=False):
    fieldsData: dict[str, str]


class DeleteFulfillmentIdentifiers(TypedDict, total=False):
    """What ``deleteFulfillment`` reads from ``identifiers``."""

    fulfillmentId: Required[str]
    orderId: Required[str]


class DeleteFulfillmentRequest(TypedDict, total=False):
    orderId: Required[str]
    fulfillmentId: Required[str]


class DeleteFulfillmentResponse(TypedDict, total=False):
    orderWithFulfillments: OrderWithFulfillments


class FulfillmentFulfillmentInfoOneOf(TypedDict, total=False):
    trackingInfo: FulfillmentTrackingInfo
    customInfo: CustomFulfillmentInfo


class Fulfillment(FulfillmentFulfillmentInfoOneOf, total=False):
    id: str | None
    createdDate: str | None
    lineItems: list[FulfillmentLineItem]
    status: str | None
    completed: bool | None


class FulfillmentLineItem(TypedDict, total=False):
    id: str
    quantity: int | None


class FulfillmentTrackingInfo(TypedDict, total=False):
    trackingNumber: str | None
    shippingProvider: str | None
    trackingLink: str | None


class ListFulfillmentsForMultipleOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class ListFulfillmentsForMultipleOrdersResponse(TypedDict, total=False):
    ordersWithFulfillments: list[OrderWithFulfillments]


class ListFulfillmentsForSingleOrderRequest(TypedDict, total=False):
    orderId: Required[str]


class ListFulfillmentsForSingleOrderResponse(TypedDict, total=False):
    orderWithFulfillments: OrderWithFulfillments


class OrderWithFulfillments(TypedDict, total=False):
    orderId: str
    fulfillments: list[Fulfillment]


class UpdateFulfillmentIdentifiers(TypedDict, total=False):
    """What ``updateFulfillment`` reads from ``identifiers``."""

    fulfillmentId: str | None
    orderId: Required[str]


class UpdateFulfillmentOptions(TypedDict, total=False):
    """What ``updateFulfillment`` reads from ``options``."""

    fulfillment: Fulfillment


class UpdateFulfillmentRequest(TypedDict, total=False):
    orderId: Required[str]
    fulfillment: Fulfillment


class UpdateFulfillmentResponse(TypedDict, total=False):
    orderWithFulfillments: OrderWithFulfillments
