# File generated from @wix/auto_sdk_bookings_event-time-slots 1.0.142
# by `make apigen` (tools/apigen). Do not edit.
"""The ``eventTimeSlots`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import event_time_slots as _types

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
        self, event_id: str, options: _types.GetEventTimeSlotOptions | None = None
    ) -> _types.GetEventTimeSlotResponse:
        """Get event time slot: ``GET /_api/service-availability/v2/time-slots/event/{eventId}``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetEventTimeSlotResponse",
            await call(
                self._requester,
                _GET_EVENT_TIME_SLOT,
                {"eventId": event_id, **_fields.pick(options, "timeZone")},
            ),
        )

    async def list_event_time_slots(
        self, options: _types.ListEventTimeSlotsOptions | None = None
    ) -> _types.ListEventTimeSlotsResponse:
        """List event time slots: ``POST /_api/service-availability/v2/time-slots/event``.

        Permissions: ``BOOKINGS.AVAILABILITY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListEventTimeSlotsResponse",
            await call(
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
            ),
        )


def bind(client: Requester) -> EventTimeSlots:
    """The ``eventTimeSlots`` module for ``client``'s visitor."""
    return EventTimeSlots(client)
