# File generated from @wix/auto_sdk_bookings_availability-time-slots 1.0.275
# by `make apigen` (tools/apigen). Do not edit.
"""The ``availabilityTimeSlots`` module of ``@wix/bookings`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import availability_time_slots as _types

_GET_AVAILABILITY_TIME_SLOT = Route(
    "POST",
    "/_api/service-availability/v2/time-slots/get",
    "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.GetAvailabilityTimeSlot",
)
_LIST_AVAILABILITY_TIME_SLOT_END_OPTIONS = Route(
    "POST",
    "/_api/service-availability/v2/time-slots/end-options",
    "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.ListAvailabilityTimeSlotEndOptions",
)
_LIST_AVAILABILITY_TIME_SLOTS = Route(
    "POST",
    "/_api/service-availability/v2/time-slots",
    "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.ListAvailabilityTimeSlots",
)


class AvailabilityTimeSlots(Module):
    """``availabilityTimeSlots`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def get_availability_time_slot(
        self,
        service_id: str,
        local_start_date: str,
        local_end_date: str,
        time_zone: str,
        location: _types.Location,
        options: _types.GetAvailabilityTimeSlotOptions | None = None,
    ) -> _types.GetAvailabilityTimeSlotResponse:
        """Get availability time slot: ``POST /_api/service-availability/v2/time-slots/get``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ_TIME_SLOTS``.
        Callable by: ``APP``.
        Application errors: ``SLOT_NOT_FOUND``, ``NO_IMPLEMENTERS_FOUND``,
        ``MULTIPLE_IMPLEMENTERS_FOUND``, ``UNAUTHORIZED_OPERATION``,
        ``REQUESTED_GENDER_NOT_ALLOWED``.
        """
        return cast(
            "_types.GetAvailabilityTimeSlotResponse",
            await call(
                self._requester,
                _GET_AVAILABILITY_TIME_SLOT,
                {
                    "serviceId": service_id,
                    "localStartDate": local_start_date,
                    "localEndDate": local_end_date,
                    "timeZone": time_zone,
                    "location": location,
                    **_fields.pick(options, "includeResourceTypeIds", "resourceTypes"),
                },
            ),
        )

    async def list_availability_time_slot_end_options(
        self,
        service_id: str,
        options: _types.ListAvailabilityTimeSlotEndOptionsOptions | None = None,
    ) -> _types.ListAvailabilityTimeSlotEndOptionsResponse:
        """List availability time slot end options: ``POST``.

        ``/_api/service-availability/v2/time-slots/end-options``

        Permissions: ``BOOKINGS.AVAILABILITY_READ_TIME_SLOTS``.
        Callable by: ``APP``.
        Application errors: ``END_OPTIONS_NOT_SUPPORTED``, ``MAX_END_DATE_EXCEEDS_MAXIMUM``,
        ``SERVICE_NOT_FOUND``, ``NO_IMPLEMENTERS_FOUND``, ``MULTIPLE_IMPLEMENTERS_FOUND``,
        ``UNAUTHORIZED_OPERATION``.
        """
        return cast(
            "_types.ListAvailabilityTimeSlotEndOptionsResponse",
            await call(
                self._requester,
                _LIST_AVAILABILITY_TIME_SLOT_END_OPTIONS,
                {
                    "serviceId": service_id,
                    **_fields.pick(
                        options,
                        "localStartDate",
                        "maxLocalEndDate",
                        "timeZone",
                        "location",
                        "resourceTypes",
                    ),
                },
            ),
        )

    async def list_availability_time_slots(
        self, options: _types.ListAvailabilityTimeSlotsOptions | None = None
    ) -> _types.ListAvailabilityTimeSlotsResponse:
        """List availability time slots: ``POST /_api/service-availability/v2/time-slots``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ_TIME_SLOTS``.
        Callable by: ``APP``.
        Application errors: ``NO_IMPLEMENTERS_FOUND``, ``MULTIPLE_IMPLEMENTERS_FOUND``,
        ``MISSING_ARGUMENTS``, ``UNAUTHORIZED_OPERATION``, ``SERVICE_NOT_FOUND``,
        ``REQUESTED_GENDER_NOT_ALLOWED``.
        """
        return cast(
            "_types.ListAvailabilityTimeSlotsResponse",
            await call(
                self._requester,
                _LIST_AVAILABILITY_TIME_SLOTS,
                {
                    **_fields.pick(
                        options,
                        "serviceId",
                        "fromLocalDate",
                        "toLocalDate",
                        "timeZone",
                        "locations",
                        "includeResourceTypeIds",
                        "bookable",
                        "bookingPolicyViolations",
                        "timeSlotsPerDay",
                        "cursorPaging",
                        "customerChoices",
                        "resourceTypes",
                    )
                },
            ),
        )


def bind(client: Requester) -> AvailabilityTimeSlots:
    """The ``availabilityTimeSlots`` module for ``client``'s visitor."""
    return AvailabilityTimeSlots(client)
