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

from ._shared import AggregationData as AggregationData
from ._shared import AggregationKindOneOf as AggregationKindOneOf
from ._shared import AggregationResults as AggregationResults
from ._shared import AggregationResultsResultOneOf as AggregationResultsResultOneOf
from ._shared import AggregationResultsScalarResult as AggregationResultsScalarResult
from ._shared import AggregationType as AggregationType
from ._shared import ApplicationError as ApplicationError
from ._shared import AvailabilityStatus as AvailabilityStatus
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CommonCursors as CommonCursors
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import DateHistogramAggregation as DateHistogramAggregation
from ._shared import DateHistogramResult as DateHistogramResult
from ._shared import DateHistogramResults as DateHistogramResults
from ._shared import ExtendedFields as ExtendedFields
from ._shared import GroupByValueResults as GroupByValueResults
from ._shared import IncludeMissingValuesOptions as IncludeMissingValuesOptions
from ._shared import Interval as Interval
from ._shared import InventoryItem as InventoryItem
from ._shared import InventoryItemTrackingMethodOneOf as InventoryItemTrackingMethodOneOf
from ._shared import ItemMetadata as ItemMetadata
from ._shared import MissingValues as MissingValues
from ._shared import Mode as Mode
from ._shared import NestedAggregation as NestedAggregation
from ._shared import NestedAggregationItem as NestedAggregationItem
from ._shared import NestedAggregationItemKindOneOf as NestedAggregationItemKindOneOf
from ._shared import NestedAggregationResults as NestedAggregationResults
from ._shared import NestedAggregationResultsResultOneOf as NestedAggregationResultsResultOneOf
from ._shared import NestedAggregationType as NestedAggregationType
from ._shared import NestedResults as NestedResults
from ._shared import NestedResultValue as NestedResultValue
from ._shared import NestedResultValueResultOneOf as NestedResultValueResultOneOf
from ._shared import NestedValueAggregationResult as NestedValueAggregationResult
from ._shared import Paging as Paging
from ._shared import PreorderInfo as PreorderInfo
from ._shared import Product as Product
from ._shared import RangeAggregation as RangeAggregation
from ._shared import RangeAggregationResult as RangeAggregationResult
from ._shared import RangeBucket as RangeBucket
from ._shared import RangeResult as RangeResult
from ._shared import RangeResults as RangeResults
from ._shared import Results as Results
from ._shared import ScalarAggregation as ScalarAggregation
from ._shared import ScalarResult as ScalarResult
from ._shared import ScalarType as ScalarType
from ._shared import SearchDetails as SearchDetails
from ._shared import SortDirection as SortDirection
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import SortType as SortType
from ._shared import ValueAggregation as ValueAggregation
from ._shared import ValueAggregationOptionsOneOf as ValueAggregationOptionsOneOf
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults

ReasonType: TypeAlias = Literal["ORDER", "MANUAL", "REVERT_INVENTORY_CHANGE"]


class AdjustInventoryActionActionOneOf(TypedDict, total=False):
    incrementBy: int
    decrementBy: int


class AdjustInventoryAction(AdjustInventoryActionActionOneOf, total=False):
    pass


class Aggregation(AggregationKindOneOf, total=False):
    name: str | None
    type: AggregationType
    fieldPath: str
    groupBy: GroupByAggregation


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


class CountInventoryItemsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    search: SearchDetails


class CountInventoryItemsResponse(TypedDict, total=False):
    count: int


class CreateInventoryItemRequest(TypedDict, total=False):
    inventoryItem: Required[InventoryItem]


class CreateInventoryItemResponse(TypedDict, total=False):
    inventoryItem: InventoryItem


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    aggregations: list[Aggregation]
    search: SearchDetails
    timeZone: str | None


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


class GetInventoryItemRequest(TypedDict, total=False):
    inventoryItemId: Required[str]


class GetInventoryItemResponse(TypedDict, total=False):
    inventoryItem: InventoryItem


class GroupByAggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation


class GroupByAggregation(GroupByAggregationKindOneOf, total=False):
    name: str | None
    fieldPath: str


class IncrementDataById(TypedDict, total=False):
    inventoryItemId: str
    incrementBy: int


class IncrementDataByVariantAndLocation(TypedDict, total=False):
    variantId: str
    locationId: str | None
    incrementBy: int


class InventoryCreationData(TypedDict, total=False):
    quantity: int


class MaskedInventoryItem(TypedDict, total=False):
    inventoryItem: InventoryItem


class PlatformPagingMetadataV2(TypedDict, total=False):
    count: int | None
    cursors: CommonCursors


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


class SearchInventoryItemsRequest(TypedDict, total=False):
    search: CursorSearch


class SearchInventoryItemsResponse(TypedDict, total=False):
    inventoryItems: list[InventoryItem]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


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
