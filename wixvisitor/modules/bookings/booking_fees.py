# File generated from @wix/auto_sdk_bookings_booking-fees 1.0.60
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingFees`` module of ``@wix/bookings`` (3 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_APPLY_BOOKING_FEES_TO_ORDER = Route(
    "POST",
    "/_api/booking-fees/v1/booking-fees/apply",
    "wix.bookings.fees.v1.BookingFees.ApplyBookingFeesToOrder",
)
_COLLECT_APPLIED_BOOKING_FEES = Route(
    "POST",
    "/_api/booking-fees/v1/booking-fees/collect",
    "wix.bookings.fees.v1.BookingFees.CollectAppliedBookingFees",
)
_LIST_BOOKING_FEES_BY_BOOKING_IDS = Route(
    "GET",
    "/_api/booking-fees/v1/booking-fees",
    "wix.bookings.fees.v1.BookingFees.ListBookingFeesByBookingIds",
)


class BookingFees(Module):
    """``bookingFees`` of ``@wix/bookings``: ``booking_fees = bookings.booking_fees.bind(wix)``."""

    __slots__ = ()

    async def apply_booking_fees_to_order(
        self, booking_ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Apply booking fees to order: ``POST /_api/booking-fees/v1/booking-fees/apply``."""
        return await call(
            self._requester,
            _APPLY_BOOKING_FEES_TO_ORDER,
            {
                "bookingIds": booking_ids,
                **_fields.pick(options, "priceOverride", "businessNotification"),
            },
        )

    async def collect_applied_booking_fees(
        self, order_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Collect applied booking fees: ``POST /_api/booking-fees/v1/booking-fees/collect``."""
        return await call(
            self._requester,
            _COLLECT_APPLIED_BOOKING_FEES,
            {
                "orderId": order_id,
                **_fields.pick(options, "additionalFeeId", "businessNotification"),
            },
        )

    async def list_booking_fees_by_booking_ids(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List booking fees by booking ids: ``GET /_api/booking-fees/v1/booking-fees``."""
        return await call(
            self._requester,
            _LIST_BOOKING_FEES_BY_BOOKING_IDS,
            {**_fields.pick(options, "bookingIds", "multiServiceBookingIds")},
        )


def bind(client: Requester) -> BookingFees:
    """The ``bookingFees`` module for ``client``'s visitor."""
    return BookingFees(client)
