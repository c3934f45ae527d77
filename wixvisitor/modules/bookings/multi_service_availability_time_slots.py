# File generated from @wix/auto_sdk_bookings_multi-service-availability-time-slots 1.0.269
# by `make apigen` (tools/apigen). Do not edit.
"""The ``multiServiceAvailabilityTimeSlots`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import multi_service_availability_time_slots as _types

_GET_MULTI_SERVICE_AVAILABILITY_TIME_SLOT = Route(
    "POST",
    "/_api/service-availability/v2/multi-service-time-slots/get",
    "com.wixpress.bookings.availability.v2.MultiServiceAvailabilityTimeSlots.GetMultiServiceAvailabilityTimeSlot",
)
_LIST_MULTI_SERVICE_AVAILABILITY_TIME_SLOTS = Route(
    "POST",
    "/_api/service-availability/v2/multi-service-time-slots",
    "com.wixpress.bookings.availability.v2.MultiServiceAvailabilityTimeSlots.ListMultiServiceAvailabilityTimeSlots",
)


class MultiServiceAvailabilityTimeSlots(Module):
    """``multiServiceAvailabilityTimeSlots`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def get_multi_service_availability_time_slot(
        self,
        services: Sequence[Mapping[str, Any]],
        local_start_date: str,
        local_end_date: str,
        time_zone: str,
        location: _types.Location,
    ) -> _types.GetMultiServiceAvailabilityTimeSlotResponse:
        """Get multi service availability time slot: ``POST``.

        ``/_api/service-availability/v2/multi-service-time-slots/get``

        Permissions: ``BOOKINGS.AVAILABILITY_READ_MULTI_SERVICE_TIME_SLOTS``.
        Callable by: ``APP``.
        Application errors: ``SLOT_NOT_FOUND``, ``NO_IMPLEMENTERS_FOUND``,
        ``MULTIPLE_IMPLEMENTERS_FOUND``, ``UNAUTHORIZED_OPERATION``,
        ``REQUESTED_GENDER_NOT_ALLOWED``.
        """
        return cast(
            "_types.GetMultiServiceAvailabilityTimeSlotResponse",
            await call(
                self._requester,
                _GET_MULTI_SERVICE_AVAILABILITY_TIME_SLOT,
                {
                    "services": services,
                    "localStartDate": local_start_date,
                    "localEndDate": local_end_date,
                    "timeZone": time_zone,
                    "location": location,
                },
            ),
        )

    async def list_multi_service_availability_time_slots(
        self, options: _types.ListMultiServiceAvailabilityTimeSlotsOptions | None = None
    ) -> _types.ListMultiServiceAvailabilityTimeSlotsResponse:
        """List multi service availability time slots: ``POST``.

        ``/_api/service-availability/v2/multi-service-time-slots``

        Permissions: ``BOOKINGS.AVAILABILITY_READ_MULTI_SERVICE_TIME_SLOTS``.
        Callable by: ``APP``.
        Application errors: ``NO_IMPLEMENTERS_FOUND``, ``MULTIPLE_IMPLEMENTERS_FOUND``,
        ``MISSING_ARGUMENTS``, ``INVALID_SERVICES_SIZE``, ``UNAUTHORIZED_OPERATION``,
        ``REQUESTED_GENDER_NOT_ALLOWED``.
        """
        return cast(
            "_types.ListMultiServiceAvailabilityTimeSlotsResponse",
            await call(
                self._requester,
                _LIST_MULTI_SERVICE_AVAILABILITY_TIME_SLOTS,
                {
                    **_fields.pick(
                        options,
                        "services",
                        "fromLocalDate",
                        "toLocalDate",
                        "timeZone",
                        "location",
                        "bookable",
                        "bookingPolicyViolations",
                        "timeSlotsPerDay",
                        "cursorPaging",
                    )
                },
            ),
        )


def bind(client: Requester) -> MultiServiceAvailabilityTimeSlots:
    """The ``multiServiceAvailabilityTimeSlots`` module for ``client``'s visitor."""
    return MultiServiceAvailabilityTimeSlots(client)
