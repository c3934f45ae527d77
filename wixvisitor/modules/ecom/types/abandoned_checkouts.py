# File generated from @wix/auto_sdk_ecom_abandoned-checkouts 1.0.86
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.abandoned_checkouts``.

From ``@wix/auto_sdk_ecom_abandoned-checkouts``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.abandoned_checkouts import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CatalogReference as CatalogReference
from ._shared import Color as Color
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import DiscountRuleName as DiscountRuleName
from ._shared import DiscountType as DiscountType
from ._shared import FullAddressContactDetails as FullAddressContactDetails
from ._shared import HeadersEntry as HeadersEntry
from ._shared import ItemMetadata as ItemMetadata
from ._shared import MultiCurrencyPrice as MultiCurrencyPrice
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PlainTextValue as PlainTextValue
from ._shared import ProductName as ProductName
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import RawHttpResponse as RawHttpResponse
from ._shared import SortOrder as SortOrder
from ._shared import VatId as VatId
from ._shared import VatType as VatType

ActivityType: TypeAlias = Literal[
    "SCHEDULED",
    "EMAIL_SENT",
    "EMAIL_NOT_SENT",
    "NOTIFICATION_SENT",
    "TASK_CREATED",
    "AUTOMATION_SKIPPED",
]
CommonSortOrder: TypeAlias = Literal["ASC", "DESC"]
Metric: TypeAlias = Literal[
    "RECOVERABLE_VALUE",
    "RECOVERABLE_CHECKOUT_COUNT",
    "AVERAGE_RECOVERABLE_CHECKOUT_VALUE",
    "RECOVERED_VALUE",
    "RECOVERED_CHECKOUT_COUNT",
    "RECOVERY_RATE",
]
Mode: TypeAlias = Literal["OR", "AND"]
Status: TypeAlias = Literal["ABANDONED", "RECOVERED"]


class AbandonedCheckout(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    checkoutId: str | None
    cartId: str | None
    status: Status
    buyerLanguage: str | None
    buyerInfo: V1BuyerInfo
    contactDetails: FullAddressContactDetails
    currency: str
    conversionCurrency: str | None
    totalPrice: MultiCurrencyPrice
    activities: list[Activity]
    checkoutRecoveredDate: str | None
    checkoutUrl: str
    subtotalPrice: MultiCurrencyPrice
    lineItems: list[LineItem]
    appliedDiscounts: list[AppliedDiscount]


class Activity(TypedDict, total=False):
    createdDate: str | None
    type: ActivityType


class AddAbandonedCheckoutActivityRequest(TypedDict, total=False):
    abandonedCheckoutId: Required[str | None]
    activityType: ActivityType


class AddAbandonedCheckoutActivityResponse(TypedDict, total=False):
    abandonedCheckout: AbandonedCheckout


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]


class BulkAbandonedCheckoutResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkDeleteAbandonedCheckoutsRequest(TypedDict, total=False):
    abandonedCheckoutIds: Required[list[str]]


class BulkDeleteAbandonedCheckoutsResponse(TypedDict, total=False):
    results: list[BulkAbandonedCheckoutResult]
    bulkActionMetadata: BulkActionMetadata


class CommonCursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CommonCursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CommonPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class CommonPagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: CommonCursors


class CommonSorting(TypedDict, total=False):
    fieldName: str
    order: CommonSortOrder


class Coupon(TypedDict, total=False):
    id: str
    code: str
    amount: MultiCurrencyPrice
    name: str


class DeleteAbandonedCheckoutRequest(TypedDict, total=False):
    abandonedCheckoutId: Required[str]


class DeleteAbandonedCheckoutResponse(TypedDict, total=False):
    pass


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: MultiCurrencyPrice


class GetAbandonedCheckoutAnalyticsOptions(TypedDict, total=False):
    """What ``getAbandonedCheckoutAnalytics`` reads from ``options``."""

    endDate: str
    metrics: list[Metric]
    statuses: list[Status]


class GetAbandonedCheckoutAnalyticsRequest(TypedDict, total=False):
    startDate: Required[str]
    endDate: Required[str]
    metrics: list[Metric]
    statuses: list[Status]


class GetAbandonedCheckoutAnalyticsResponse(TypedDict, total=False):
    currency: str
    recoverableValue: str | None
    recoverableCheckoutCount: int | None
    averageRecoverableCheckoutValue: str | None
    recoveredValue: str | None
    recoveredCheckoutCount: int | None
    recoveryRate: float | None


class GetAbandonedCheckoutRequest(TypedDict, total=False):
    abandonedCheckoutId: Required[str]


class GetAbandonedCheckoutResponse(TypedDict, total=False):
    abandonedCheckout: AbandonedCheckout


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None


class LineItem(TypedDict, total=False):
    id: str | None
    quantity: int
    catalogReference: CatalogReference
    productName: ProductName
    price: MultiCurrencyPrice
    priceBeforeDiscounts: MultiCurrencyPrice
    descriptionLines: list[DescriptionLine]
    image: Image
    physicalProperties: PhysicalProperties


class MerchantDiscount(TypedDict, total=False):
    amount: MultiCurrencyPrice
    percentage: float | None


class QueryAbandonedCheckoutsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryAbandonedCheckoutsResponse(TypedDict, total=False):
    results: list[AbandonedCheckout]
    abandonedCheckouts: list[AbandonedCheckout]
    metadata: PagingMetadataV2


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class RedirectToCheckoutRequest(TypedDict, total=False):
    abandonedCheckoutId: Required[str]
    metasiteId: Required[str]


class SearchPagingMethodOneOf(TypedDict, total=False):
    paging: CommonPaging
    cursorPaging: CommonCursorPaging


class Search(SearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[CommonSorting]
    search: SearchDetails


class SearchAbandonedCheckoutsRequest(TypedDict, total=False):
    search: Search


class SearchAbandonedCheckoutsResponse(TypedDict, total=False):
    abandonedCheckouts: list[AbandonedCheckout]
    pagingMetadata: CommonPagingMetadataV2


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class V1BuyerInfoIdOneOf(TypedDict, total=False):
    visitorId: str
    memberId: str
    userId: str


class V1BuyerInfo(V1BuyerInfoIdOneOf, total=False):
    contactId: str | None
    email: str | None
