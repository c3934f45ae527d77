# File generated from @wix/auto_sdk_bookings_availability-time-slots 1.0.275
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.availability_time_slots``.

From ``@wix/auto_sdk_bookings_availability-time-slots``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.availability_time_slots import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import AvailableResources as AvailableResources
from ._shared import BookingPolicyViolations as BookingPolicyViolations
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import EventInfo as EventInfo
from ._shared import NestedTimeSlot as NestedTimeSlot
from ._shared import NonBookableReasons as NonBookableReasons
from ._shared import RequestedGender as RequestedGender
from ._shared import RequestedGenderValue as RequestedGenderValue
from ._shared import Resource as Resource
from ._shared import WaitingList as WaitingList

LocationType: TypeAlias = Literal["BUSINESS", "CUSTOM", "CUSTOMER"]


class CursorPagingMetadata(TypedDict, total=False):
    cursors: Cursors
    hasNext: bool | None


class CustomerChoices(TypedDict, total=False):
    durationInMinutes: int | None
    addOnIds: list[str] | None
    durationChoiceId: str | None
    requestedGender: RequestedGenderValue


class GetAvailabilityTimeSlotOptions(TypedDict, total=False):
    """What ``getAvailabilityTimeSlot`` reads from ``options``."""

    includeResourceTypeIds: list[str]
    resourceTypes: list[ResourceType]


class GetAvailabilityTimeSlotRequest(TypedDict, total=False):
    serviceId: Required[str]
    localStartDate: Required[str]
    localEndDate: Required[str]
    timeZone: str | None
    location: Location
    includeResourceTypeIds: list[str]
    resourceTypes: list[ResourceType]


class GetAvailabilityTimeSlotResponse(TypedDict, total=False):
    timeSlot: TimeSlot
    timeZone: str | None


class ListAvailabilityTimeSlotEndOptionsOptions(TypedDict, total=False):
    """What ``listAvailabilityTimeSlotEndOptions`` reads from ``options``."""

    localStartDate: str
    maxLocalEndDate: str | None
    timeZone: str | None
    location: Location
    resourceTypes: list[ResourceType]


class ListAvailabilityTimeSlotEndOptionsRequest(TypedDict, total=False):
    serviceId: Required[str]
    localStartDate: Required[str]
    maxLocalEndDate: str | None
    timeZone: str | None
    location: Required[Location]
    resourceTypes: list[ResourceType]


class ListAvailabilityTimeSlotEndOptionsResponse(TypedDict, total=False):
    endOptions: list[TimeSlot]
    timeZone: str | None


class ListAvailabilityTimeSlotsOptions(TypedDict, total=False):
    """What ``listAvailabilityTimeSlots`` reads from ``options``."""

    serviceId: str | None
    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    locations: list[Location]
    includeResourceTypeIds: list[str]
    bookable: bool | None
    bookingPolicyViolations: BookingPolicyViolations
    timeSlotsPerDay: int | None
    cursorPaging: CursorPaging
    customerChoices: CustomerChoices
    resourceTypes: list[ResourceType]


class ListAvailabilityTimeSlotsRequest(TypedDict, total=False):
    serviceId: str | None
    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    locations: list[Location]
    includeResourceTypeIds: list[str]
    bookable: bool | None
    bookingPolicyViolations: BookingPolicyViolations
    timeSlotsPerDay: int | None
    cursorPaging: CursorPaging
    customerChoices: CustomerChoices
    resourceTypes: list[ResourceType]


class ListAvailabilityTimeSlotsResponse(TypedDict, total=False):
    timeSlots: list[TimeSlot]
    timeZone: str | None
    cursorPagingMetadata: CursorPagingMetadata


class Location(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    locationType: LocationType


class ResourceType(TypedDict, total=False):
    resourceTypeId: str | None
    resourceIds: list[str] | None


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
