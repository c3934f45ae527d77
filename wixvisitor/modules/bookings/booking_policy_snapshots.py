# File generated from @wix/auto_sdk_bookings_booking-policy-snapshots 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingPolicySnapshots`` module of ``@wix/bookings`` (1 methods)."""

from __future__ import annotations

from typing import Any

from .._runtime import Module, Requester, Route, call

_LIST_POLICY_SNAPSHOTS_BY_BOOKING_IDS = Route(
    "GET",
    "/_api/booking-policy-snapshots/v1/policy-snapshots",
    "com.wixpress.bookings.policy.snapshots.v1.BookingPolicySnapshots.ListPolicySnapshotsByBookingIds",
)


class BookingPolicySnapshots(Module):
    """``bookingPolicySnapshots`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def list_policy_snapshots_by_booking_ids(self, booking_ids: list[str]) -> dict[str, Any]:
        """List policy snapshots by booking ids: ``GET``.

        ``/_api/booking-policy-snapshots/v1/policy-snapshots``
        """
        return await call(
            self._requester, _LIST_POLICY_SNAPSHOTS_BY_BOOKING_IDS, {"bookingIds": booking_ids}
        )


def bind(client: Requester) -> BookingPolicySnapshots:
    """The ``bookingPolicySnapshots`` module for ``client``'s visitor."""
    return BookingPolicySnapshots(client)
