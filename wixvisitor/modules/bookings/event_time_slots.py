# File generated from @wix/auto_sdk_bookings_event-time-slots 1.0.142
# by `make apigen` (tools/apigen). Do not edit.
"""The ``eventTimeSlots`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_GET_EVENT_TIME_SLOT = Route(
    "GET",
    "/_api/service-availability/v2/time-slots/event/{eventId}",
    "com.wixpress.bookings.availability.v2.EventTimeSlots.GetEventTimeSlot",
    path_params=("eventId",),
)
_LIST_EVENT_TIME_SLOTS = Route(
    "POST",
    "/_api/service-availability/v2/time-slots/event",
    "com.wixpress.bookings.availability.v2.EventTimeSlots.ListEventTimeSlots",
)


class EventTimeSlots(Module):
    """``eventTimeSlots`` of ``@wix/bookings``: ``bookings.event_time_slots.bind(wix)``."""

    __slots__ = ()

    async def get_event_time_slot(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get event time slot: ``GET /_api/service-availability/v2/time-slots/event/{eventId}``."""
        return await call(
            self._requester,
            _GET_EVENT_TIME_SLOT,
            {"eventId": event_id, **_fields.pick(options, "timeZone")},
        )

    async def list_event_time_slots(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List event time slots: ``POST /_api/service-availability/v2/time-slots/event``."""
        return await call(
            self._requester,
            _LIST_EVENT_TIME_SLOTS,
            {
                **_fields.pick(
                    options,
                    "fromLocalDate",
                    "toLocalDate",
                    "timeZone",
                    "serviceIds",
                    "includeNonBookable",
                    "minBookableCapacity",
                    "eventFilter",
                    "maxSlotsPerDay",
                    "cursorPaging",
                    "bookingPolicyViolations",
                )
            },
        )


def bind(client: Requester) -> EventTimeSlots:
    """The ``eventTimeSlots`` module for ``client``'s visitor."""
    return EventTimeSlots(client)
