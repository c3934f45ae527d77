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

ActivityType: TypeAlias = Literal[
    "SCHEDULED",
    "EMAIL_SENT",
    "EMAIL_NOT_SENT",
    "NOTIFICATION_SENT",
    "TASK_CREATED",
    "AUTOMATION_SKIPPED",
]
CommonSortOrder: TypeAlias = Literal["ASC", "DESC"]
DiscountType: TypeAlias = Literal["GLOBAL", "SPECIFIC_ITEMS", "SHIPPING"]
Metric: TypeAlias = Literal[
    "RECOVERABLE_VALUE",
    "RECOVERABLE_CHECKOUT_COUNT",
    "AVERAGE_RECOVERABLE_CHECKOUT_VALUE",
    "RECOVERED_VALUE",
    "RECOVERED_CHECKOUT_COUNT",
    "RECOVERY_RATE",
]
Mode: TypeAlias = Literal["OR", "AND"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["ABANDONED", "RECOVERED"]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]


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


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AppliedDiscountDiscountSourceOneOf(TypedDict, total=False):
    coupon: Coupon
    merchantDiscount: MerchantDiscount
    discountRule: DiscountRule


class AppliedDiscount(AppliedDiscountDiscountSourceOneOf, total=False):
    discountType: DiscountType
    lineItemIds: list[str]


class BulkAbandonedCheckoutResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkDeleteAbandonedCheckoutsRequest(TypedDict, total=False):
    abandonedCheckoutIds: Required[list[str]]


class BulkDeleteAbandonedCheckoutsResponse(TypedDict, total=False):
    results: list[BulkAbandonedCheckoutResult]
    bulkActionMetadata: BulkActionMetadata


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


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


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteAbandonedCheckoutRequest(TypedDict, total=False):
    abandonedCheckoutId: Required[str]


class DeleteAbandonedCheckoutResponse(TypedDict, total=False):
    pass


class DescriptionLineValueOneOf(TypedDict, total=False):
    plainText: PlainTextValue
    colorInfo: Color


class DescriptionLineDescriptionLineValueOneOf(TypedDict, total=False):
    pass


class DescriptionLine(
    DescriptionLineValueOneOf, DescriptionLineDescriptionLineValueOneOf, total=False
):
    name: DescriptionLineName


class DescriptionLineName(TypedDict, total=False):
    original: str
    translated: str | None


class DiscountRule(TypedDict, total=False):
    id: str
    name: DiscountRuleName
    amount: MultiCurrencyPrice


class DiscountRuleName(TypedDict, total=False):
    original: str
    translated: str | None


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    vatId: VatId


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


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


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


class MultiCurrencyPrice(TypedDict, total=False):
    amount: str
    convertedAmount: str
    formattedAmount: str
    formattedConvertedAmount: str


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PlainTextValue(TypedDict, total=False):
    original: str
    translated: str | None


class ProductName(TypedDict, total=False):
    original: str
    translated: str | None


class QueryAbandonedCheckoutsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryAbandonedCheckoutsResponse(TypedDict, total=False):
    results: list[AbandonedCheckout]
    abandonedCheckouts: list[AbandonedCheckout]
    metadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


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


class VatId(TypedDict, total=False):
    id: str
    type: VatType
