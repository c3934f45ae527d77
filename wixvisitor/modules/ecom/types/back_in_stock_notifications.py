# File generated from @wix/auto_sdk_ecom_back-in-stock-notifications 1.0.66
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.back_in_stock_notifications``.

From ``@wix/auto_sdk_ecom_back-in-stock-notifications``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.back_in_stock_notifications import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UNSPECIFIED", "RECEIVED", "PROCESSING", "NOTIFICATION_SENT", "FAILED"]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class BackInStockItemDetails(TypedDict, total=False):
    name: str
    price: str
    image: Image


class BackInStockNotificationRequest(TypedDict, total=False):
    id: str | None
    catalogReference: CatalogReference
    email: str
    contactId: str | None
    status: Status
    autoNotified: bool | None
    createdDate: str | None
    itemUrl: str | None


class BackInStockNotificationRequestsCount(TypedDict, total=False):
    catalogReference: CatalogReference
    count: int


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class CreateBackInStockNotificationRequestRequest(TypedDict, total=False):
    request: Required[BackInStockNotificationRequest]
    itemDetails: Required[BackInStockItemDetails]


class CreateBackInStockNotificationRequestResponse(TypedDict, total=False):
    request: BackInStockNotificationRequest


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteBackInStockNotificationRequestRequest(TypedDict, total=False):
    id: Required[str]


class DeleteBackInStockNotificationRequestResponse(TypedDict, total=False):
    pass


class GetBackInStockNotificationRequestRequest(TypedDict, total=False):
    id: Required[str]


class GetBackInStockNotificationRequestResponse(TypedDict, total=False):
    request: BackInStockNotificationRequest


class GetBackInStockNotificationRequestsCountByCatalogReferencesRequest(TypedDict, total=False):
    catalogReferences: Required[list[CatalogReference]]


class GetBackInStockNotificationRequestsCountByCatalogReferencesResponse(TypedDict, total=False):
    countsPerCatalogReference: list[BackInStockNotificationRequestsCount]


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class MarkAsNotificationSentRequest(TypedDict, total=False):
    id: Required[str]


class MarkAsNotificationSentResponse(TypedDict, total=False):
    request: BackInStockNotificationRequest


class PlatformPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PlatformPagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    cursors: Cursors


class PlatformQueryPagingMethodOneOf(TypedDict, total=False):
    paging: PlatformPaging
    cursorPaging: CursorPaging


class PlatformQuery(PlatformQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class QueryBackInStockNotificationRequestsRequest(TypedDict, total=False):
    query: PlatformQuery


class QueryBackInStockNotificationRequestsResponse(TypedDict, total=False):
    requests: list[BackInStockNotificationRequest]
    metadata: PlatformPagingMetadata


class ReportItemsBackInStockOptions(TypedDict, total=False):
    """What ``reportItemsBackInStock`` reads from ``options``."""

    catalogReference: CatalogReference
    requestIds: list[str]
    extraAutomationTemplateParameters: dict[str, str]


class ReportItemsBackInStockRequest(TypedDict, total=False):
    catalogReference: CatalogReference
    requestIds: list[str]
    itemDetails: Required[BackInStockItemDetails]
    extraAutomationTemplateParameters: dict[str, str]


class ReportItemsBackInStockResponse(TypedDict, total=False):
    pass


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation
