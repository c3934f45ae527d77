# File generated from @wix/auto_sdk_bookings_staff-members 1.0.131
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.staff_members``.

From ``@wix/auto_sdk_bookings_staff-members``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.staff_members import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CommonIdentificationData as CommonIdentificationData
from ._shared import CommonIdentificationDataIdOneOf as CommonIdentificationDataIdOneOf
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import DateHistogramResult as DateHistogramResult
from ._shared import DateHistogramResults as DateHistogramResults
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Mode as Mode
from ._shared import NestedResults as NestedResults
from ._shared import NestedResultValue as NestedResultValue
from ._shared import NestedResultValueResultOneOf as NestedResultValueResultOneOf
from ._shared import RangeAggregationResult as RangeAggregationResult
from ._shared import RangeResult as RangeResult
from ._shared import RangeResults as RangeResults
from ._shared import Results as Results
from ._shared import ScalarResult as ScalarResult
from ._shared import SearchDetails as SearchDetails
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TagList as TagList
from ._shared import Tags as Tags
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults

AggregationType: TypeAlias = Literal["UNKNOWN_AGGREGATION_TYPE", "VALUE", "RANGE", "SCALAR"]
AssociatedWixIdentityConnectionStatusEnumConnectionStatus: TypeAlias = Literal[
    "UNKNOWN", "CONNECTED", "PENDING", "EXPIRED", "DISCONNECTED"
]
RequestedFields: TypeAlias = Literal["RESOURCE_DETAILS", "ASSOCIATED_IDENTITY_STATUS"]
ScalarType: TypeAlias = Literal["UNKNOWN_SCALAR_TYPE", "COUNT_DISTINCT", "MIN", "MAX"]


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


class AssignCustomScheduleOptions(TypedDict, total=False):
    """What ``assignCustomSchedule`` reads from ``options``."""

    fields: list[RequestedFields]


class AssignCustomScheduleRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    scheduleId: Required[str]
    fields: list[RequestedFields]


class AssignCustomScheduleResponse(TypedDict, total=False):
    staffMember: StaffMember


class AssignWorkingHoursScheduleOptions(TypedDict, total=False):
    """What ``assignWorkingHoursSchedule`` reads from ``options``."""

    fields: list[RequestedFields]


class AssignWorkingHoursScheduleRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    scheduleId: Required[str]
    fields: list[RequestedFields]


class AssignWorkingHoursScheduleResponse(TypedDict, total=False):
    staffMember: StaffMember


class AssociatedWixIdentity(TypedDict, total=False):
    identificationData: CommonIdentificationData
    connectionStatus: AssociatedWixIdentityConnectionStatusEnumConnectionStatus
    connection: Connection


class BulkGetOrCreateStaffMemberResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    staffMember: StaffMember


class BulkGetOrCreateStaffMembersRequest(TypedDict, total=False):
    wixUserIds: Required[list[str]]
    fields: list[RequestedFields]


class BulkGetOrCreateStaffMembersResponse(TypedDict, total=False):
    results: list[BulkGetOrCreateStaffMemberResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateStaffMemberTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateStaffMemberTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateStaffMemberTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateStaffMemberTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateStaffMemberTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateStaffMemberTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateStaffMemberTagsRequest(TypedDict, total=False):
    ids: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateStaffMemberTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateStaffMemberTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateStaffMemberTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class ConnectStaffMemberToUserOptions(TypedDict, total=False):
    """What ``connectStaffMemberToUser`` reads from ``options``."""

    email: str | None
    fields: list[RequestedFields]


class ConnectStaffMemberToUserRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    email: str | None
    fields: list[RequestedFields]


class ConnectStaffMemberToUserResponse(TypedDict, total=False):
    staffMember: StaffMember


class Connection(TypedDict, total=False):
    status: AssociatedWixIdentityConnectionStatusEnumConnectionStatus


class CountStaffMembersOptions(TypedDict, total=False):
    """What ``countStaffMembers`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountStaffMembersRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountStaffMembersResponse(TypedDict, total=False):
    count: int


class CountStaffMembersV2Options(TypedDict, total=False):
    """What ``countStaffMembersV2`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountStaffMembersV2Request(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountStaffMembersV2Response(TypedDict, total=False):
    count: int


class CreateStaffMemberOptions(TypedDict, total=False):
    """What ``createStaffMember`` reads from ``options``."""

    fields: list[RequestedFields]
    serviceProvider: bool | None


class CreateStaffMemberRequest(TypedDict, total=False):
    staffMember: Required[StaffMember]
    fields: list[RequestedFields]
    serviceProvider: bool | None


class CreateStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    search: SearchDetails


class DeleteStaffMemberRequest(TypedDict, total=False):
    staffMemberId: Required[str]


class DeleteStaffMemberResponse(TypedDict, total=False):
    pass


class DisconnectStaffMemberFromUserOptions(TypedDict, total=False):
    """What ``disconnectStaffMemberFromUser`` reads from ``options``."""

    fields: list[RequestedFields]


class DisconnectStaffMemberFromUserRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    fields: list[RequestedFields]


class DisconnectStaffMemberFromUserResponse(TypedDict, total=False):
    staffMember: StaffMember


class EventSchedule(TypedDict, total=False):
    id: str | None


class GetDeletedStaffMemberOptions(TypedDict, total=False):
    """What ``getDeletedStaffMember`` reads from ``options``."""

    fields: list[RequestedFields]


class GetDeletedStaffMemberRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    fields: list[RequestedFields]


class GetDeletedStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class GetOrCreateStaffMemberRequest(TypedDict, total=False):
    wixUserId: Required[str]
    fields: list[RequestedFields]


class GetOrCreateStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class GetStaffMemberOptions(TypedDict, total=False):
    """What ``getStaffMember`` reads from ``options``."""

    fields: list[RequestedFields]


class GetStaffMemberRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    fields: list[RequestedFields]


class GetStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ListDeletedStaffMembersOptions(TypedDict, total=False):
    """What ``listDeletedStaffMembers`` reads from ``options``."""

    staffMemberIds: list[str]
    paging: CursorPaging
    fields: list[RequestedFields]


class ListDeletedStaffMembersRequest(TypedDict, total=False):
    staffMemberIds: list[str]
    paging: CursorPaging
    fields: list[RequestedFields]


class ListDeletedStaffMembersResponse(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: CursorPagingMetadata


class MediaItemMediaOneOf(TypedDict, total=False):
    image: Image


class MediaItem(MediaItemMediaOneOf, total=False):
    pass


class NestedAggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult


class NestedAggregationResults(NestedAggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class NestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: NestedAggregationResults


class QueryStaffMembersRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryStaffMembersResponse(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: CursorPagingMetadata


class QueryStaffMembersV2Options(TypedDict, total=False):
    """What ``queryStaffMembersV2`` reads from ``options``."""

    query: CursorQuery
    fields: list[RequestedFields]


class QueryStaffMembersV2Request(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryStaffMembersV2Response(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: CursorPagingMetadata


class RemoveStaffMemberFromTrashBinRequest(TypedDict, total=False):
    staffMemberId: Required[str]


class RemoveStaffMemberFromTrashBinResponse(TypedDict, total=False):
    pass


class Resource(TypedDict, total=False):
    id: str | None
    workingHoursSchedules: list[WorkingHoursSchedule]
    eventsSchedule: EventSchedule
    usesDefaultWorkingHours: bool
    revision: str | None


class SearchStaffMembersOptions(TypedDict, total=False):
    """What ``searchStaffMembers`` reads from ``options``."""

    fields: list[RequestedFields]


class SearchStaffMembersRequest(TypedDict, total=False):
    search: CursorSearch
    fields: list[RequestedFields]


class SearchStaffMembersResponse(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class SearchStaffMembersV2Options(TypedDict, total=False):
    """What ``searchStaffMembersV2`` reads from ``options``."""

    fields: list[RequestedFields]


class SearchStaffMembersV2Request(TypedDict, total=False):
    search: CursorSearch
    fields: list[RequestedFields]


class SearchStaffMembersV2Response(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class SetServiceProviderOptions(TypedDict, total=False):
    """What ``setServiceProvider`` reads from ``options``."""

    fields: list[RequestedFields]


class SetServiceProviderRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    serviceProvider: Required[bool | None]
    fields: list[RequestedFields]


class SetServiceProviderResponse(TypedDict, total=False):
    staffMember: StaffMember


class StaffMember(TypedDict, total=False):
    id: str | None
    name: str | None
    email: str | None
    phone: str | None
    description: str | None
    mainMedia: MediaItem
    resourceId: str | None
    resource: Resource
    associatedWixIdentity: AssociatedWixIdentity
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    extendedFields: ExtendedFields
    tags: Tags
    serviceProvider: bool | None


class UpdateStaffMemberOptions(TypedDict, total=False):
    """What ``updateStaffMember`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateStaffMemberRequest(TypedDict, total=False):
    staffMember: Required[StaffMember]
    fields: list[RequestedFields]


class UpdateStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class WorkingHoursSchedule(TypedDict, total=False):
    id: str | None
    shared: bool
