# File generated from @wix/auto_sdk_events_rsvp-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.rsvp_v2``.

From ``@wix/auto_sdk_events_rsvp-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.rsvp_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CalendarLinks as CalendarLinks
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import DeleteRsvpResponse as DeleteRsvpResponse
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FormResponse as FormResponse
from ._shared import InputValue as InputValue
from ._shared import ItemMetadata as ItemMetadata
from ._shared import OnlineConferencingLogin as OnlineConferencingLogin
from ._shared import RsvpStatus as RsvpStatus
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
RequestedFields: TypeAlias = Literal["DETAILS", "FORM", "CONTACT_DETAILS"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]


class AdditionalGuestDetails(TypedDict, total=False):
    guestCount: int | None
    guestNames: list[str] | None


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


class BulkDeleteRsvpsByFilterOptions(TypedDict, total=False):
    """What ``bulkDeleteRsvpsByFilter`` reads from ``options``."""

    search: SearchDetails


class BulkDeleteRsvpsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    search: SearchDetails


class BulkDeleteRsvpsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkRsvpResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    rsvp: Rsvp


class BulkUpdateRsvpsOptions(TypedDict, total=False):
    """What ``bulkUpdateRsvps`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]
    options: ModificationOptions


class BulkUpdateRsvpsRequest(TypedDict, total=False):
    rsvps: Required[list[MaskedRsvp]]
    returnEntity: bool
    fields: list[RequestedFields]
    options: ModificationOptions


class BulkUpdateRsvpsResponse(TypedDict, total=False):
    results: list[BulkRsvpResult]
    bulkActionMetadata: BulkActionMetadata


class CancelRsvpGuestsCheckInRequest(TypedDict, total=False):
    rsvpId: Required[str]
    guestIds: list[int]
    fields: list[RequestedFields]
    checkInCanceledDate: str | None


class CancelRsvpGuestsCheckInResponse(TypedDict, total=False):
    rsvp: Rsvp


class CheckInDetails(TypedDict, total=False):
    checkedIn: bool | None
    checkInDate: str | None
    checkInCanceledDate: str | None
    checkedInBy: str | None
    checkInCanceledBy: str | None
    checkedInByStaffMember: str | None
    checkInCanceledByStaffMember: str | None


class CheckInRsvpGuestsRequest(TypedDict, total=False):
    rsvpId: Required[str | None]
    guestIds: list[int]
    fields: list[RequestedFields]
    checkInDate: str | None


class CheckInRsvpGuestsResponse(TypedDict, total=False):
    rsvp: Rsvp


class CountRsvpsOptions(TypedDict, total=False):
    """What ``countRsvps`` reads from ``options``."""

    filter: dict[str, Any] | None
    search: SearchDetails


class CountRsvpsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    search: SearchDetails


class CountRsvpsResponse(TypedDict, total=False):
    count: int


class CreateRsvpOptions(TypedDict, total=False):
    """What ``createRsvp`` reads from ``options``."""

    options: ModificationOptions
    fields: list[RequestedFields]


class CreateRsvpRequest(TypedDict, total=False):
    rsvp: Required[Rsvp]
    options: ModificationOptions
    fields: list[RequestedFields]


class CreateRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp
    calendarLinks: CalendarLinks


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


class DateHistogramAggregation(TypedDict, total=False):
    interval: Interval


class DateHistogramResult(TypedDict, total=False):
    value: str
    count: int


class DateHistogramResults(TypedDict, total=False):
    results: list[DateHistogramResult]


class DeleteRsvpRequest(TypedDict, total=False):
    rsvpId: Required[str | None]


class GetRsvpOptions(TypedDict, total=False):
    """What ``getRsvp`` reads from ``options``."""

    fields: list[RequestedFields]


class GetRsvpRequest(TypedDict, total=False):
    rsvpId: Required[str]
    fields: list[RequestedFields]


class GetRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class Guest(TypedDict, total=False):
    index: int | None
    fullName: str | None
    checkInDetails: CheckInDetails
    guestId: int | None


class GuestList(TypedDict, total=False):
    guests: list[Guest]


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class ListCurrentRsvpsOptions(TypedDict, total=False):
    """What ``listCurrentRsvps`` reads from ``options``."""

    fields: list[RequestedFields]
    paging: CursorPaging


class ListCurrentRsvpsRequest(TypedDict, total=False):
    eventId: Required[list[str] | None]
    fields: list[RequestedFields]
    paging: CursorPaging


class ListCurrentRsvpsResponse(TypedDict, total=False):
    rsvps: list[Rsvp]
    pagingMetadata: CursorPagingMetadata


class ListRsvpSummaryRequest(TypedDict, total=False):
    eventId: Required[list[str] | None]


class ListRsvpSummaryResponse(TypedDict, total=False):
    summaries: list[V2RsvpSummary]


class MaskedRsvp(TypedDict, total=False):
    rsvp: Rsvp
    fieldMask: list[str]


class ModificationOptions(TypedDict, total=False):
    ignoreLimits: bool
    ignoreFormValidation: bool
    ignoreResponseStatus: bool
    ignoreAdditionalGuestNames: bool


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


class QueryRsvpsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryRsvpsResponse(TypedDict, total=False):
    rsvps: list[Rsvp]
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


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class Rsvp(TypedDict, total=False):
    id: str | None
    revision: str | None
    eventId: str | None
    createdDate: str | None
    updatedDate: str | None
    memberId: str | None
    contactId: str | None
    firstName: str | None
    lastName: str | None
    email: str | None
    form: FormResponse
    status: RsvpStatus
    totalGuests: int | None
    guestList: GuestList
    language: str | None
    locale: str | None
    fullyCheckedIn: bool | None
    checkedInGuestCount: int | None
    additionalGuestDetails: AdditionalGuestDetails
    disableNotifications: bool | None
    onlineConferencingLogin: OnlineConferencingLogin
    anonymized: bool | None
    marketingConsent: bool | None
    extendedFields: ExtendedFields


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarResult(TypedDict, total=False):
    value: int


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class SearchRsvpsOptions(TypedDict, total=False):
    """What ``searchRsvps`` reads from ``options``."""

    fields: list[RequestedFields]


class SearchRsvpsRequest(TypedDict, total=False):
    search: CursorSearch
    fields: list[RequestedFields]


class SearchRsvpsResponse(TypedDict, total=False):
    rsvps: list[Rsvp]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class UpdateRsvpOptions(TypedDict, total=False):
    """What ``updateRsvp`` reads from ``options``."""

    options: ModificationOptions
    fields: list[RequestedFields]


class UpdateRsvpRequest(TypedDict, total=False):
    rsvp: Required[Rsvp]
    options: ModificationOptions
    fields: list[RequestedFields]


class UpdateRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp


class V2RsvpSummary(TypedDict, total=False):
    eventId: str | None
    yesGuestCount: int | None
    noGuestCount: int | None
    waitlistGuestCount: int | None
    totalRsvpCount: int | None


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
