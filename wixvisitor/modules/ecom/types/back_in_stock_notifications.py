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

from ._shared import AddressLocation as AddressLocation
from ._shared import CatalogReference as CatalogReference
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import Image as Image
from ._shared import PlatformPaging as PlatformPaging
from ._shared import PlatformPagingMetadata as PlatformPagingMetadata
from ._shared import PlatformQueryPagingMethodOneOf as PlatformQueryPagingMethodOneOf
from ._shared import SortOrder as SortOrder

Status: TypeAlias = Literal["UNSPECIFIED", "RECEIVED", "PROCESSING", "NOTIFICATION_SENT", "FAILED"]


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


class CreateBackInStockNotificationRequestRequest(TypedDict, total=False):
    request: Required[BackInStockNotificationRequest]
    itemDetails: Required[BackInStockItemDetails]


class CreateBackInStockNotificationRequestResponse(TypedDict, total=False):
    request: BackInStockNotificationRequest


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


class MarkAsNotificationSentRequest(TypedDict, total=False):
    id: Required[str]


class MarkAsNotificationSentResponse(TypedDict, total=False):
    request: BackInStockNotificationRequest


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
