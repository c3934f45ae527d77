# File generated from @wix/auto_sdk_bookings_multi-service-availability-time-slots 1.0.269
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.multi_service_availability_time_slots``.

From ``@wix/auto_sdk_bookings_multi-service-availability-time-slots``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.multi_service_availability_time_slots import <Type>
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
from ._shared import RequestedGenderValueRequestedGender as RequestedGenderValueRequestedGender
from ._shared import Resource as Resource
from ._shared import V2RequestedGenderValue as V2RequestedGenderValue
from ._shared import WaitingList as WaitingList

LocationType: TypeAlias = Literal["BUSINESS", "CUSTOM", "CUSTOMER"]


class CursorPagingMetadata(TypedDict, total=False):
    cursors: Cursors
    hasNext: bool | None


class GetMultiServiceAvailabilityTimeSlotRequest(TypedDict, total=False):
    services: Required[list[Service]]
    localStartDate: Required[str]
    localEndDate: Required[str]
    timeZone: str | None
    location: Required[Location]


class GetMultiServiceAvailabilityTimeSlotResponse(TypedDict, total=False):
    timeSlot: TimeSlot
    timeZone: str | None


class ListMultiServiceAvailabilityTimeSlotsOptions(TypedDict, total=False):
    """What ``listMultiServiceAvailabilityTimeSlots`` reads from ``options``."""

    services: list[Service]
    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    location: Location
    bookable: bool | None
    bookingPolicyViolations: BookingPolicyViolations
    timeSlotsPerDay: int | None
    cursorPaging: CursorPaging


class ListMultiServiceAvailabilityTimeSlotsRequest(TypedDict, total=False):
    services: list[Service]
    fromLocalDate: str | None
    toLocalDate: str | None
    timeZone: str | None
    location: Location
    bookable: bool | None
    bookingPolicyViolations: BookingPolicyViolations
    timeSlotsPerDay: int | None
    cursorPaging: CursorPaging


class ListMultiServiceAvailabilityTimeSlotsResponse(TypedDict, total=False):
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


class Service(TypedDict, total=False):
    serviceId: str
    includeResourceTypeIds: list[str]
    customerChoices: V2CustomerChoices
    resourceTypes: list[ResourceType]


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


class V2CustomerChoices(TypedDict, total=False):
    durationInMinutes: int | None
    addOnIds: list[str] | None
    durationChoiceId: str | None
    requestedGender: V2RequestedGenderValue
