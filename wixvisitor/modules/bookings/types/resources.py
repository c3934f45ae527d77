# File generated from @wix/auto_sdk_bookings_resources 1.0.92
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.resources``.

From ``@wix/auto_sdk_bookings_resources``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.resources import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
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


class BulkCreateResourcesOptions(TypedDict, total=False):
    """What ``bulkCreateResources`` reads from ``options``."""

    returnEntity: bool


class BulkCreateResourcesRequest(TypedDict, total=False):
    resources: Required[list[Resource]]
    returnEntity: bool


class BulkCreateResourcesResponse(TypedDict, total=False):
    results: list[BulkResourceResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteResourcesRequest(TypedDict, total=False):
    ids: Required[list[str]]


class BulkDeleteResourcesResponse(TypedDict, total=False):
    results: list[BulkResourceResult]
    bulkActionMetadata: BulkActionMetadata


class BulkResourceResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Resource


class BulkUpdateResourcesOptions(TypedDict, total=False):
    """What ``bulkUpdateResources`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateResourcesRequest(TypedDict, total=False):
    resources: Required[list[MaskedResource]]
    returnEntity: bool


class BulkUpdateResourcesResponse(TypedDict, total=False):
    results: list[BulkResourceResult]
    bulkActionMetadata: BulkActionMetadata


class BusinessLocation(TypedDict, total=False):
    locationId: str | None


class CountResourcesOptions(TypedDict, total=False):
    """What ``countResources`` reads from ``options``."""

    filter: dict[str, Any] | None
    search: SearchDetails


class CountResourcesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    search: SearchDetails


class CountResourcesResponse(TypedDict, total=False):
    count: int


class CreateResourceRequest(TypedDict, total=False):
    resource: Required[Resource]


class CreateResourceResponse(TypedDict, total=False):
    resource: Resource


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


class DeleteResourceRequest(TypedDict, total=False):
    resourceId: Required[str]


class DeleteResourceResponse(TypedDict, total=False):
    pass


class EventsSchedule(TypedDict, total=False):
    scheduleId: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetResourceRequest(TypedDict, total=False):
    resourceId: Required[str]


class GetResourceResponse(TypedDict, total=False):
    resource: Resource


class GroupByAggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation


class GroupByAggregation(GroupByAggregationKindOneOf, total=False):
    name: str | None
    fieldPath: str


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class LocationOptions(TypedDict, total=False):
    availableInAllLocations: bool | None
    specificLocationOptions: SpecificLocation


class MaskedResource(TypedDict, total=False):
    resource: Resource
    fieldMask: list[str]


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


class QueryResourcesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryResourcesResponse(TypedDict, total=False):
    resources: list[Resource]
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


class ResourceCompositionDetailsOneOf(TypedDict, total=False):
    pass


class Resource(ResourceCompositionDetailsOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    typeId: str | None
    workingHoursSchedules: WorkingHoursSchedules
    locationOptions: LocationOptions
    eventsSchedule: EventsSchedule
    extendedFields: ExtendedFields


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


class SearchResourcesRequest(TypedDict, total=False):
    search: CursorSearch


class SearchResourcesResponse(TypedDict, total=False):
    resources: list[Resource]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class SpecificLocation(TypedDict, total=False):
    availableInBusinessLocations: bool | None
    businessLocations: list[BusinessLocation]


class UpdateResourceRequest(TypedDict, total=False):
    resource: Required[Resource]


class UpdateResourceResponse(TypedDict, total=False):
    resource: Resource


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


class WorkingHoursSchedule(TypedDict, total=False):
    scheduleId: str | None
    shared: bool | None


class WorkingHoursSchedules(TypedDict, total=False):
    values: list[WorkingHoursSchedule]
