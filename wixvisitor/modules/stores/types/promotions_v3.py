# File generated from @wix/auto_sdk_stores_promotions-v-3 1.0.5
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.promotions_v3``.

From ``@wix/auto_sdk_stores_promotions-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.promotions_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
MediaType: TypeAlias = Literal["IMAGE"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]


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


class BulkCreatePromotionsOptions(TypedDict, total=False):
    """What ``bulkCreatePromotions`` reads from ``options``."""

    returnEntity: bool


class BulkCreatePromotionsRequest(TypedDict, total=False):
    promotions: Required[list[Promotion]]
    returnEntity: bool


class BulkCreatePromotionsResponse(TypedDict, total=False):
    results: list[BulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeletePromotionsRequest(TypedDict, total=False):
    promotionIds: Required[list[str]]


class BulkDeletePromotionsResponse(TypedDict, total=False):
    results: list[BulkDeletePromotionsResponseBulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeletePromotionsResponseBulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Promotion


class BulkUpdatePromotionTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotionTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdatePromotionTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdatePromotionTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdatePromotionTagsOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotionTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags
    returnEntity: bool


class BulkUpdatePromotionTagsRequest(TypedDict, total=False):
    promotionIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags
    returnEntity: bool


class BulkUpdatePromotionTagsResponse(TypedDict, total=False):
    results: list[BulkUpdatePromotionTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdatePromotionTagsResult(TypedDict, total=False):
    item: Promotion
    itemMetadata: ItemMetadata


class BulkUpdatePromotionsOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotions`` reads from ``options``."""

    returnEntity: bool


class BulkUpdatePromotionsRequest(TypedDict, total=False):
    promotions: Required[list[MaskedPromotion]]
    returnEntity: bool


class BulkUpdatePromotionsResponse(TypedDict, total=False):
    results: list[BulkUpdatePromotionsResponseBulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdatePromotionsResponseBulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Promotion


class CategoryAssignment(TypedDict, total=False):
    id: str
    position: int
    appliedToSubcategories: bool


class CreatePromotionRequest(TypedDict, total=False):
    promotion: Required[Promotion]


class CreatePromotionResponse(TypedDict, total=False):
    promotion: Promotion


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


class DeletePromotionRequest(TypedDict, total=False):
    promotionId: Required[str]


class DeletePromotionResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetPromotionRequest(TypedDict, total=False):
    promotionId: Required[str]


class GetPromotionResponse(TypedDict, total=False):
    promotion: Promotion


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class MaskedPromotion(TypedDict, total=False):
    promotion: Promotion


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


class PositionedPromotion(TypedDict, total=False):
    promotion: Promotion
    position: int


class Promotion(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str
    media: PromotionMedia
    destinationUrl: str | None
    categories: list[CategoryAssignment]
    enabled: bool
    extendedFields: ExtendedFields
    tags: Tags


class PromotionMediaSetByOneOf(TypedDict, total=False):
    id: str
    url: str


class PromotionMediaMediaOneOf(TypedDict, total=False):
    image: Image


class PromotionMedia(PromotionMediaSetByOneOf, PromotionMediaMediaOneOf, total=False):
    altText: str | None
    displayName: str | None
    mediaType: MediaType
    uploadId: str


class QueryPromotionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryPromotionsResponse(TypedDict, total=False):
    promotions: list[Promotion]
    pagingMetadata: CursorPagingMetadata


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


class ResolvePromotionsRequest(TypedDict, total=False):
    categoryId: Required[str]


class ResolvePromotionsResponse(TypedDict, total=False):
    promotions: list[PositionedPromotion]


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


class SearchPromotionsRequest(TypedDict, total=False):
    search: CursorSearch


class SearchPromotionsResponse(TypedDict, total=False):
    promotions: list[Promotion]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


class UpdatePromotionRequest(TypedDict, total=False):
    promotion: Required[Promotion]


class UpdatePromotionResponse(TypedDict, total=False):
    promotion: Promotion


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
