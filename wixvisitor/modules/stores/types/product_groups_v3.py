# File generated from @wix/auto_sdk_stores_product-groups-v-3 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.product_groups_v3``.

From ``@wix/auto_sdk_stores_product-groups-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.product_groups_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
AvailabilityStatus: TypeAlias = Literal["IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"]
ChoiceType: TypeAlias = Literal["CHOICE_TEXT", "ONE_COLOR"]
CustomizationRenderType: TypeAlias = Literal["FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"]
CustomizationType: TypeAlias = Literal["PRODUCT_OPTION", "MODIFIER"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
MediaType: TypeAlias = Literal["IMAGE"]
MembershipStatus: TypeAlias = Literal["ACTIVE", "HIDDEN", "OUT_OF_SYNC"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
ProductGroupRequestedFields: TypeAlias = Literal["GROUPING_CUSTOMIZATION", "THUMBNAIL"]
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


class AssignProductsToProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    productIds: Required[list[str]]


class AssignProductsToProductGroupResponse(TypedDict, total=False):
    results: list[ProductAssignmentResult]


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkCreateProductGroupsRequest(TypedDict, total=False):
    productGroups: Required[list[ProductGroup]]
    returnEntity: bool
    fields: list[ProductGroupRequestedFields]


class BulkCreateProductGroupsResponse(TypedDict, total=False):
    results: list[BulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata
    fields: list[ProductGroupRequestedFields]


class BulkDeleteProductGroupsRequest(TypedDict, total=False):
    productGroupIds: Required[list[str]]


class BulkDeleteProductGroupsResponse(TypedDict, total=False):
    results: list[BulkDeleteProductGroupsResponseBulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteProductGroupsResponseBulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ProductGroup


class BulkUpdateProductGroupTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductGroupTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateProductGroupTagsRequest(TypedDict, total=False):
    productGroupIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductGroupTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateProductGroupTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateProductGroupTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateProductGroupsRequest(TypedDict, total=False):
    productGroups: Required[list[MaskedProductGroup]]
    returnEntity: bool
    fields: list[ProductGroupRequestedFields]


class BulkUpdateProductGroupsResponse(TypedDict, total=False):
    results: list[BulkUpdateProductGroupsResponseBulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateProductGroupsResponseBulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ProductGroup


class CreateProductGroupRequest(TypedDict, total=False):
    productGroup: Required[ProductGroup]
    fields: list[ProductGroupRequestedFields]


class CreateProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]


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


class DeleteProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]


class DeleteProductGroupResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    fields: list[ProductGroupRequestedFields]


class GetProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class GroupingCustomization(TypedDict, total=False):
    id: str | None
    key: str | None
    name: str
    customizationType: CustomizationType
    customizationRenderType: CustomizationRenderType


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


class MaskedProductGroup(TypedDict, total=False):
    productGroup: ProductGroup


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


class ProductAssignmentResult(TypedDict, total=False):
    productId: str
    success: bool
    error: ApplicationError


class ProductChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class ProductChoice(ProductChoiceValueOneOf, total=False):
    id: str
    choiceType: ChoiceType
    key: str | None
    name: str


class ProductGroup(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    groupingCustomizationId: str | None
    choiceOrder: list[str]
    members: list[ProductGroupMember]
    handle: str | None
    groupingCustomization: GroupingCustomization
    media: ProductGroupMedia
    extendedFields: ExtendedFields
    tags: Tags


class ProductGroupMediaSetByOneOf(TypedDict, total=False):
    id: str


class ProductGroupMediaMediaOneOf(TypedDict, total=False):
    image: Image


class ProductGroupMedia(ProductGroupMediaSetByOneOf, ProductGroupMediaMediaOneOf, total=False):
    altText: str | None
    displayName: str | None
    mediaType: MediaType
    thumbnail: Thumbnail
    uploadId: str


class ProductGroupMember(TypedDict, total=False):
    productId: str
    choice: ProductChoice
    slug: str | None
    inventoryAvailabilityStatus: AvailabilityStatus
    status: MembershipStatus
    productName: str | None


class ProductUnassignmentResult(TypedDict, total=False):
    productId: str
    success: bool
    error: ApplicationError


class QueryProductGroupsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[ProductGroupRequestedFields]


class QueryProductGroupsResponse(TypedDict, total=False):
    productGroups: list[ProductGroup]
    pagingMetadata: CursorPagingMetadata
    fields: list[ProductGroupRequestedFields]


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


class SearchProductGroupsRequest(TypedDict, total=False):
    search: CursorSearch
    fields: list[ProductGroupRequestedFields]


class SearchProductGroupsResponse(TypedDict, total=False):
    productGroups: list[ProductGroup]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData
    fields: list[ProductGroupRequestedFields]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


class Thumbnail(TypedDict, total=False):
    url: str
    height: int
    width: int
    altText: str | None


class UnassignProductsFromProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    productIds: Required[list[str]]


class UnassignProductsFromProductGroupResponse(TypedDict, total=False):
    results: list[ProductUnassignmentResult]


class UpdateProductGroupRequest(TypedDict, total=False):
    productGroup: Required[ProductGroup]
    fields: list[ProductGroupRequestedFields]


class UpdateProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]


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
