# File generated from @wix/auto_sdk_stores_inventory-items-v-3 1.0.98
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.inventory_items_v3``.

From ``@wix/auto_sdk_stores_inventory-items-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.inventory_items_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
AvailabilityStatus: TypeAlias = Literal["OUT_OF_STOCK", "IN_STOCK", "PREORDER"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
ReasonType: TypeAlias = Literal["ORDER", "MANUAL", "REVERT_INVENTORY_CHANGE"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]


class AdjustInventoryActionActionOneOf(TypedDict, total=False):
    incrementBy: int
    decrementBy: int


class AdjustInventoryAction(AdjustInventoryActionActionOneOf, total=False):
    pass


class AggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation
    range: RangeAggregation
    scalar: ScalarAggregation
    dateHistogram: DateHistogramAggregation
    nested: NestedAggregation


class Aggregation(AggregationKindOneOf, total=False):
    name: str | None
    type: AggregationType
    fieldPath: str
    groupBy: GroupByAggregation


class AggregationData(TypedDict, total=False):
    results: list[AggregationResults]


class AggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult
    groupedByValue: GroupByValueResults
    dateHistogram: DateHistogramResults
    nested: NestedResults


class AggregationResults(AggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class AggregationResultsScalarResult(TypedDict, total=False):
    type: ScalarType
    value: float


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkAdjustInventoryItemsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    adjustment: Required[AdjustInventoryAction]
    search: SearchDetails
    trackQuantity: bool


class BulkAdjustInventoryItemsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkCreateInventoryItemsByVariantFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    search: SearchDetails
    locationId: Required[str]
    inventoryCreationData: InventoryCreationData


class BulkCreateInventoryItemsByVariantFilterResponse(TypedDict, total=False):
    jobId: str


class BulkCreateInventoryItemsOptions(TypedDict, total=False):
    """What ``bulkCreateInventoryItems`` reads from ``options``."""

    returnEntity: bool


class BulkCreateInventoryItemsRequest(TypedDict, total=False):
    inventoryItems: Required[list[InventoryItem]]
    returnEntity: bool


class BulkCreateInventoryItemsResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDecrementInventoryItemsByVariantAndLocationOptions(TypedDict, total=False):
    """What ``bulkDecrementInventoryItemsByVariantAndLocation`` reads from ``options``."""

    restrictInventory: bool | None
    returnEntity: bool
    reason: ReasonType


class BulkDecrementInventoryItemsByVariantAndLocationRequest(TypedDict, total=False):
    decrementData: Required[list[DecrementDataByVariantAndLocation]]
    restrictInventory: bool | None
    returnEntity: bool
    reason: ReasonType


class BulkDecrementInventoryItemsByVariantAndLocationResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDecrementInventoryItemsOptions(TypedDict, total=False):
    """What ``bulkDecrementInventoryItems`` reads from ``options``."""

    restrictInventory: bool | None
    returnEntity: bool
    reason: ReasonType


class BulkDecrementInventoryItemsRequest(TypedDict, total=False):
    decrementData: Required[list[DecrementDataById]]
    restrictInventory: bool | None
    returnEntity: bool
    reason: ReasonType


class BulkDecrementInventoryItemsResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteInventoryItemsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    search: SearchDetails


class BulkDeleteInventoryItemsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkDeleteInventoryItemsRequest(TypedDict, total=False):
    inventoryItemIds: Required[list[str]]


class BulkDeleteInventoryItemsResponse(TypedDict, total=False):
    results: list[BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkIncrementInventoryItemsByVariantAndLocationOptions(TypedDict, total=False):
    """What ``bulkIncrementInventoryItemsByVariantAndLocation`` reads from ``options``."""

    returnEntity: bool
    reason: ReasonType


class BulkIncrementInventoryItemsByVariantAndLocationRequest(TypedDict, total=False):
    incrementData: Required[list[IncrementDataByVariantAndLocation]]
    returnEntity: bool
    reason: ReasonType


class BulkIncrementInventoryItemsByVariantAndLocationResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkIncrementInventoryItemsOptions(TypedDict, total=False):
    """What ``bulkIncrementInventoryItems`` reads from ``options``."""

    returnEntity: bool
    reason: ReasonType


class BulkIncrementInventoryItemsRequest(TypedDict, total=False):
    incrementData: Required[list[IncrementDataById]]
    returnEntity: bool
    reason: ReasonType


class BulkIncrementInventoryItemsResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkInventoryItemResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkSetOrAdjustInventoryItemsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    adjustedInventoryAction: Required[AdjustInventoryAction]
    search: SearchDetails


class BulkSetOrAdjustInventoryItemsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateInventoryItemsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateInventoryItemsByFilter`` reads from ``options``."""

    inventoryItem: InventoryItem
    search: SearchDetails


class BulkUpdateInventoryItemsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    inventoryItem: Required[InventoryItem]
    search: SearchDetails


class BulkUpdateInventoryItemsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateInventoryItemsOptions(TypedDict, total=False):
    """What ``bulkUpdateInventoryItems`` reads from ``options``."""

    returnEntity: bool
    reason: ReasonType


class BulkUpdateInventoryItemsRequest(TypedDict, total=False):
    inventoryItems: Required[list[MaskedInventoryItem]]
    returnEntity: bool
    reason: ReasonType


class BulkUpdateInventoryItemsResponse(TypedDict, total=False):
    results: list[V3BulkInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpsertInventoryItemResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: InventoryItem


class BulkUpsertInventoryItemsRequest(TypedDict, total=False):
    inventoryItems: Required[list[MaskedInventoryItem]]
    returnEntity: bool


class BulkUpsertInventoryItemsResponse(TypedDict, total=False):
    results: list[BulkUpsertInventoryItemResult]
    bulkActionMetadata: BulkActionMetadata


class CommonCursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CountInventoryItemsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    search: SearchDetails


class CountInventoryItemsResponse(TypedDict, total=False):
    count: int


class CreateInventoryItemRequest(TypedDict, total=False):
    inventoryItem: Required[InventoryItem]


class CreateInventoryItemResponse(TypedDict, total=False):
    inventoryItem: InventoryItem


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    aggregations: list[Aggregation]
    search: SearchDetails
    timeZone: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DateHistogramAggregation(TypedDict, total=False):
    interval: Interval


class DateHistogramResult(TypedDict, total=False):
    value: str
    count: int


class DateHistogramResults(TypedDict, total=False):
    results: list[DateHistogramResult]


class DecrementDataById(TypedDict, total=False):
    inventoryItemId: str
    decrementBy: int
    preorderRequest: bool


class DecrementDataByVariantAndLocation(TypedDict, total=False):
    variantId: str
    locationId: str | None
    decrementBy: int
    preorderRequest: bool


class DeleteInventoryItemRequest(TypedDict, total=False):
    inventoryItemId: Required[str]


class DeleteInventoryItemResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetInventoryItemRequest(TypedDict, total=False):
    inventoryItemId: Required[str]


class GetInventoryItemResponse(TypedDict, total=False):
    inventoryItem: InventoryItem


class GroupByAggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation


class GroupByAggregation(GroupByAggregationKindOneOf, total=False):
    name: str | None
    fieldPath: str


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class IncrementDataById(TypedDict, total=False):
    inventoryItemId: str
    incrementBy: int


class IncrementDataByVariantAndLocation(TypedDict, total=False):
    variantId: str
    locationId: str | None
    incrementBy: int


class InventoryCreationData(TypedDict, total=False):
    quantity: int


class InventoryItemTrackingMethodOneOf(TypedDict, total=False):
    inStock: bool
    quantity: int


class InventoryItem(InventoryItemTrackingMethodOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    variantId: str
    locationId: str | None
    productId: str
    trackQuantity: bool
    availabilityStatus: AvailabilityStatus
    preorderInfo: PreorderInfo
    product: Product
    extendedFields: ExtendedFields


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class MaskedInventoryItem(TypedDict, total=False):
    inventoryItem: InventoryItem


class NestedAggregation(TypedDict, total=False):
    nestedAggregations: list[NestedAggregationItem]


class NestedAggregationItemKindOneOf(TypedDict, total=False):
    value: ValueAggregation
    range: RangeAggregation
    scalar: ScalarAggregation
    dateHistogram: DateHistogramAggregation


class NestedAggregationItem(NestedAggregationItemKindOneOf, total=False):
    name: str | None
    type: NestedAggregationType
    fieldPath: str


class NestedAggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult


class NestedAggregationResults(NestedAggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class NestedResultValueResultOneOf(TypedDict, total=False):
    value: ValueResult
    range: RangeResult
    scalar: ScalarResult
    dateHistogram: ValueResult


class NestedResultValue(NestedResultValueResultOneOf, total=False):
    pass


class NestedResults(TypedDict, total=False):
    results: list[Results]


class NestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: NestedAggregationResults


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PlatformPagingMetadataV2(TypedDict, total=False):
    count: int | None
    cursors: CommonCursors


class PreorderInfo(TypedDict, total=False):
    enabled: bool | None
    message: str | None
    limit: int | None
    counter: int | None
    quantity: int | None


class Product(TypedDict, total=False):
    name: str | None
    directCategoryIds: list[str]
    variantName: str | None
    variantSku: str | None
    variantVisible: bool | None


class QueryInventoryItemsRequest(TypedDict, total=False):
    query: QueryV2


class QueryInventoryItemsResponse(TypedDict, total=False):
    inventoryItems: list[InventoryItem]
    pagingMetadata: PlatformPagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class RangeAggregation(TypedDict, total=False):
    buckets: list[RangeBucket]


RangeAggregationResult = TypedDict(
    "RangeAggregationResult",
    {
        "from": "float | None",
        "to": "float | None",
        "count": "int",
    },
    total=False,
)


RangeBucket = TypedDict(
    "RangeBucket",
    {
        "from": "float | None",
        "to": "float | None",
    },
    total=False,
)


RangeResult = TypedDict(
    "RangeResult",
    {
        "from": "int | None",
        "to": "int | None",
        "count": "int | None",
    },
    total=False,
)


class RangeResults(TypedDict, total=False):
    results: list[RangeAggregationResult]


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarResult(TypedDict, total=False):
    value: int


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class SearchInventoryItemsRequest(TypedDict, total=False):
    search: CursorSearch


class SearchInventoryItemsResponse(TypedDict, total=False):
    inventoryItems: list[InventoryItem]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdateInventoryItemOptions(TypedDict, total=False):
    """What ``updateInventoryItem`` reads from ``options``."""

    reason: ReasonType


class UpdateInventoryItemRequest(TypedDict, total=False):
    inventoryItem: Required[InventoryItem]
    reason: ReasonType


class UpdateInventoryItemResponse(TypedDict, total=False):
    inventoryItem: InventoryItem


class V3BulkInventoryItemResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: InventoryItem


class ValueAggregationOptionsOneOf(TypedDict, total=False):
    includeOptions: IncludeMissingValuesOptions


class ValueAggregation(ValueAggregationOptionsOneOf, total=False):
    sortType: SortType
    sortDirection: SortDirection
    limit: int | None
    missingValues: MissingValues


class ValueAggregationResult(TypedDict, total=False):
    value: str
    count: int


class ValueResult(TypedDict, total=False):
    value: str
    count: int | None


class ValueResults(TypedDict, total=False):
    results: list[ValueAggregationResult]
