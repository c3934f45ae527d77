# File generated from @wix/auto_sdk_bookings_resources 1.0.92
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.resources``.

From ``@wix/auto_sdk_bookings_resources``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.resources import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import Aggregation as Aggregation
from ._shared import AggregationKindOneOf as AggregationKindOneOf
from ._shared import AggregationResultsScalarResult as AggregationResultsScalarResult
from ._shared import AggregationType as AggregationType
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CursorSearch as CursorSearch
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import DateHistogramAggregation as DateHistogramAggregation
from ._shared import DateHistogramResult as DateHistogramResult
from ._shared import DateHistogramResults as DateHistogramResults
from ._shared import ExtendedFields as ExtendedFields
from ._shared import GroupByAggregation as GroupByAggregation
from ._shared import GroupByAggregationKindOneOf as GroupByAggregationKindOneOf
from ._shared import GroupByValueResults as GroupByValueResults
from ._shared import IncludeMissingValuesOptions as IncludeMissingValuesOptions
from ._shared import Interval as Interval
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


class DeleteResourceRequest(TypedDict, total=False):
    resourceId: Required[str]


class DeleteResourceResponse(TypedDict, total=False):
    pass


class EventsSchedule(TypedDict, total=False):
    scheduleId: str | None


class GetResourceRequest(TypedDict, total=False):
    resourceId: Required[str]


class GetResourceResponse(TypedDict, total=False):
    resource: Resource


class LocationOptions(TypedDict, total=False):
    availableInAllLocations: bool | None
    specificLocationOptions: SpecificLocation


class MaskedResource(TypedDict, total=False):
    resource: Resource
    fieldMask: list[str]


class QueryResourcesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryResourcesResponse(TypedDict, total=False):
    resources: list[Resource]
    pagingMetadata: CursorPagingMetadata


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


class SearchResourcesRequest(TypedDict, total=False):
    search: CursorSearch


class SearchResourcesResponse(TypedDict, total=False):
    resources: list[Resource]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class SpecificLocation(TypedDict, total=False):
    availableInBusinessLocations: bool | None
    businessLocations: list[BusinessLocation]


class UpdateResourceRequest(TypedDict, total=False):
    resource: Required[Resource]


class UpdateResourceResponse(TypedDict, total=False):
    resource: Resource


class WorkingHoursSchedule(TypedDict, total=False):
    scheduleId: str | None
    shared: bool | None


class WorkingHoursSchedules(TypedDict, total=False):
    values: list[WorkingHoursSchedule]
