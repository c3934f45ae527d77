# File generated from @wix/auto_sdk_bookings_event-time-slots 1.0.142
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.event_time_slots``.

From ``@wix/auto_sdk_bookings_event-time-slots``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.event_time_slots import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

LocationType: TypeAlias = Literal["BUSINESS", "CUSTOM", "CUSTOMER"]


class AvailableResources(TypedDict, total=False):
    resourceTypeId: str | None
    resources: list[Resource]
    hasMoreAvailableResources: bool | None


class BookingPolicyViolations(TypedDict, total=False):
    tooEarlyToBook: bool | None
    earliestBookingDate: str | None
    tooLateToBook: bool | None
    bookOnlineDisabled: bool | None


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    cursors: Cursors
    hasNext: bool | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class EventInfo(TypedDict, total=False):
    eventId: str | None
    waitingList: WaitingList
    eventTitle: str | None


class GetEventTimeSlotOptions(TypedDict, total=False):
    """What ``getEventTimeSlot`` reads from ``options``."""

    timeZone: str | None


class GetEventTimeSlotRequest(TypedDict, total=False):
    eventId: Required[str | None]
    timeZone: str | None


class GetEventTimeSlotResponse(TypedDict, total=False):
    timeSlot: TimeSlot
    timeZone: str | None


class ListEventTimeSlotsOptions(TypedDict, total=False):
    """What ``listEventTimeSlots`` reads from ``options``."""

    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    serviceIds: list[str] | None
    includeNonBookable: bool | None
    minBookableCapacity: int | None
    eventFilter: dict[str, Any] | None
    maxSlotsPerDay: int | None
    cursorPaging: CursorPaging
    bookingPolicyViolations: BookingPolicyViolations


class ListEventTimeSlotsRequest(TypedDict, total=False):
    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    serviceIds: list[str] | None
    includeNonBookable: bool | None
    minBookableCapacity: int | None
    eventFilter: dict[str, Any] | None
    maxSlotsPerDay: int | None
    cursorPaging: CursorPaging
    bookingPolicyViolations: BookingPolicyViolations


class ListEventTimeSlotsResponse(TypedDict, total=False):
    timeSlots: list[TimeSlot]
    timeZone: str | None
    pagingMetadata: CursorPagingMetadata


class Location(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    locationType: LocationType


class NestedTimeSlot(TypedDict, total=False):
    serviceId: str
    localStartDate: str
    localEndDate: str
    availableResources: list[AvailableResources]
    scheduleId: str | None


class NonBookableReasons(TypedDict, total=False):
    noRemainingCapacity: bool | None
    violatesBookingPolicy: bool | None
    reservedForWaitingList: bool | None
    eventCancelled: bool | None


class Resource(TypedDict, total=False):
    id: str
    name: str | None


class TimeSlot(TypedDict, total=False):
    serviceId: str | None
    localStartDate: str | None
    localEndDate: str | None
    bookable: bool | None
    location: Location
    eventInfo: EventInfo
    totalCapacity: int | None
    remainingCapacity: int | None
    bookableCapacity: int | None
    bookingPolicyViolations: BookingPolicyViolations
    availableResources: list[AvailableResources]
    nestedTimeSlots: list[NestedTimeSlot]
    nonBookableReasons: NonBookableReasons
    scheduleId: str | None
    allDay: bool | None


class WaitingList(TypedDict, total=False):
    totalCapacity: int | None
    remainingCapacity: int | None
