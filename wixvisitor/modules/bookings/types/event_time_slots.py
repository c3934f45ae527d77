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

from ._shared import AvailableResources as AvailableResources
from ._shared import BookingPolicyViolations as BookingPolicyViolations
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import EventInfo as EventInfo
from ._shared import NestedTimeSlot as NestedTimeSlot
from ._shared import NonBookableReasons as NonBookableReasons
from ._shared import Resource as Resource
from ._shared import WaitingList as WaitingList

LocationType: TypeAlias = Literal["BUSINESS", "CUSTOM", "CUSTOMER"]


class CursorPagingMetadata(TypedDict, total=False):
    cursors: Cursors
    hasNext: bool | None


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
