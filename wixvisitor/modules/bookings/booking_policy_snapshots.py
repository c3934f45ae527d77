# File generated from @wix/auto_sdk_bookings_booking-policy-snapshots 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingPolicySnapshots`` module of ``@wix/bookings`` (1 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import booking_policy_snapshots as _types

_LIST_POLICY_SNAPSHOTS_BY_BOOKING_IDS = Route(
    "GET",
    "/_api/booking-policy-snapshots/v1/policy-snapshots",
    "com.wixpress.bookings.policy.snapshots.v1.BookingPolicySnapshots.ListPolicySnapshotsByBookingIds",
)


class BookingPolicySnapshots(Module):
    """``bookingPolicySnapshots`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def list_policy_snapshots_by_booking_ids(
        self, booking_ids: Sequence[str]
    ) -> _types.ListPolicySnapshotsByBookingIdsResponse:
        """List policy snapshots by booking ids: ``GET``.

        ``/_api/booking-policy-snapshots/v1/policy-snapshots``

        Permissions: ``BOOKINGS.BOOKING_POLICY_SNAPSHOT_READ``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_POLICY_SNAPSHOT_NOT_FOUND``.
        """
        return cast(
            "_types.ListPolicySnapshotsByBookingIdsResponse",
            await call(
                self._requester, _LIST_POLICY_SNAPSHOTS_BY_BOOKING_IDS, {"bookingIds": booking_ids}
            ),
        )


def bind(client: Requester) -> BookingPolicySnapshots:
    """The ``bookingPolicySnapshots`` module for ``client``'s visitor."""
    return BookingPolicySnapshots(client)
