# File generated from @wix/auto_sdk_bookings_availability-calendar 1.0.201
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.availability_calendar``.

From ``@wix/auto_sdk_bookings_availability-calendar``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.availability_calendar import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import BookingPolicySettings as BookingPolicySettings
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import Location as Location
from ._shared import LocationType as LocationType
from ._shared import RequestedGenderValueRequestedGender as RequestedGenderValueRequestedGender
from ._shared import SortOrder as SortOrder
from ._shared import V2RequestedGenderValue as V2RequestedGenderValue


class AvailabilityV2CustomerChoices(TypedDict, total=False):
    durationInMinutes: int | None
    addOnIds: list[str] | None
    durationChoiceId: str | None
    requestedGender: V2RequestedGenderValue


class AvailabilityWaitingList(TypedDict, total=False):
    totalSpots: int | None
    openSpots: int | None


class BookingPolicyViolations(TypedDict, total=False):
    tooEarlyToBook: bool | None
    tooLateToBook: bool | None
    bookOnlineDisabled: bool | None
    validSubmissionRequired: bool | None


CalculateMultiSlotAvailabilityOptions = TypedDict(
    "CalculateMultiSlotAvailabilityOptions",
    {
        "from": "str",
        "to": "str",
        "timeZone": "str",
        "bookable": "bool | None",
        "bookingPolicyViolations": "BookingPolicyViolations",
        "location": "Location",
        "slots": "list[RuleBasedConstraints]",
        "slotsPerDay": "int | None",
        "cursorPaging": "CursorPaging",
    },
    total=False,
)


CalculateMultiSlotAvailabilityRequest = TypedDict(
    "CalculateMultiSlotAvailabilityRequest",
    {
        "from": "str",
        "to": "str",
        "timeZone": "str",
        "bookable": "bool | None",
        "bookingPolicyViolations": "BookingPolicyViolations",
        "location": "Location",
        "slots": "list[RuleBasedConstraints]",
        "slotsPerDay": "int | None",
        "cursorPaging": "CursorPaging",
    },
    total=False,
)


class CalculateMultiSlotAvailabilityResponse(TypedDict, total=False):
    slots: list[SlotAvailability]
    cursorPagingMetadata: CursorPagingMetadata


class GetScheduleAvailabilityRequest(TypedDict, total=False):
    scheduleId: Required[str]


class GetScheduleAvailabilityResponse(TypedDict, total=False):
    availability: ScheduleAvailability
    bookingPolicySettings: BookingPolicySettings


class QueryAvailabilityOptions(TypedDict, total=False):
    """What ``queryAvailability`` reads from ``options``."""

    timezone: str | None
    slotsPerDay: int | None


class QueryAvailabilityRequest(TypedDict, total=False):
    query: Required[QueryV2]
    timezone: str | None
    slotsPerDay: int | None


class QueryAvailabilityResponse(TypedDict, total=False):
    availabilityEntries: list[SlotAvailability]


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    pass


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class ResourcesFilter(TypedDict, total=False):
    resourceIds: list[str]


class RuleBasedConstraints(TypedDict, total=False):
    serviceId: str
    resourcesFilter: ResourcesFilter
    customerChoices: AvailabilityV2CustomerChoices


class ScheduleAvailability(TypedDict, total=False):
    totalSpots: int | None
    openSpots: int | None
    bookingPolicyViolations: BookingPolicyViolations


class Slot(TypedDict, total=False):
    sessionId: str | None
    serviceId: str
    scheduleId: str
    startDate: str | None
    endDate: str | None
    timezone: str | None
    resource: SlotResource
    location: Location
    eventId: str | None


class SlotAvailability(TypedDict, total=False):
    slot: Slot
    bookable: bool
    totalSpots: int | None
    openSpots: int | None
    waitingList: AvailabilityWaitingList
    bookingPolicyViolations: BookingPolicyViolations
    locked: bool | None
    isFromV2: bool


class SlotResource(TypedDict, total=False):
    id: str | None
    name: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation
