# File generated from @wix/auto_sdk_bookings_availability-calendar 1.0.201
# by `make apigen` (tools/apigen). Do not edit.
"""The ``availabilityCalendar`` module of ``@wix/bookings`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import availability_calendar as _types

_CALCULATE_MULTI_SLOT_AVAILABILITY = Route(
    "POST",
    "/v1/availability/multislot",
    "com.wixpress.bookings.availability.AvailabilityCalendar.CalculateMultiSlotAvailability",
)
_GET_SCHEDULE_AVAILABILITY = Route(
    "GET",
    "/v2/availability/schedule/{scheduleId}",
    "com.wixpress.bookings.availability.AvailabilityCalendar.GetScheduleAvailability",
    path_params=("scheduleId",),
)
_QUERY_AVAILABILITY = Route(
    "POST",
    "/availability-calendar/v1/availability/query",
    "com.wixpress.bookings.availability.AvailabilityCalendar.QueryAvailability",
)


class AvailabilityCalendar(Module):
    """``availabilityCalendar`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def calculate_multi_slot_availability(
        self, options: _types.CalculateMultiSlotAvailabilityOptions | None = None
    ) -> _types.CalculateMultiSlotAvailabilityResponse:
        """Calculate multi slot availability: ``POST /v1/availability/multislot``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ_MULTI_SLOT``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CalculateMultiSlotAvailabilityResponse",
            await call(
                self._requester,
                _CALCULATE_MULTI_SLOT_AVAILABILITY,
                {
                    **_fields.pick(
                        options,
                        "from",
                        "to",
                        "timeZone",
                        "bookable",
                        "bookingPolicyViolations",
                        "location",
                        "slots",
                        "slotsPerDay",
                        "cursorPaging",
                    )
                },
            ),
        )

    async def get_schedule_availability(
        self, schedule_id: str
    ) -> _types.GetScheduleAvailabilityResponse:
        """Get schedule availability: ``GET /v2/availability/schedule/{scheduleId}``.

        Application errors: ``FAILED_VALIDATING_AVAILABILITY``, ``FAILED_RESOLVING_SCHEDULE``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetScheduleAvailabilityResponse",
            await call(self._requester, _GET_SCHEDULE_AVAILABILITY, {"scheduleId": schedule_id}),
        )

    async def query_availability(
        self, query: _types.QueryV2, options: _types.QueryAvailabilityOptions | None = None
    ) -> _types.QueryAvailabilityResponse:
        """Query availability: ``POST /availability-calendar/v1/availability/query``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.QueryAvailabilityResponse",
            await call(
                self._requester,
                _QUERY_AVAILABILITY,
                {"query": query, **_fields.pick(options, "timezone", "slotsPerDay")},
            ),
        )


def bind(client: Requester) -> AvailabilityCalendar:
    """The ``availabilityCalendar`` module for ``client``'s visitor."""
    return AvailabilityCalendar(client)
