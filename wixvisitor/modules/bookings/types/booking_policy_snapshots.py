# File generated from @wix/auto_sdk_bookings_booking-policy-snapshots 1.0.55
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.booking_policy_snapshots``.

From ``@wix/auto_sdk_bookings_booking-policy-snapshots``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.booking_policy_snapshots import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import SaveCreditCardPolicy as SaveCreditCardPolicy


class BookingPolicy(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    customPolicyDescription: PolicyDescription
    default: bool | None
    cancellationPolicy: CancellationPolicy
    reschedulePolicy: ReschedulePolicy
    cancellationFeePolicy: CancellationFeePolicy
    saveCreditCardPolicy: SaveCreditCardPolicy


class BookingPolicySnapshot(TypedDict, total=False):
    id: str | None
    bookingId: str | None
    policy: BookingPolicy
    createdDate: str | None


class CancellationFeePolicy(TypedDict, total=False):
    enabled: bool
    cancellationWindows: list[CancellationWindow]
    autoCollectFeeEnabled: bool | None


class CancellationPolicy(TypedDict, total=False):
    enabled: bool
    limitLatestCancellation: bool
    latestCancellationInMinutes: int


class CancellationWindowFeeOneOf(TypedDict, total=False):
    amount: Money
    percentage: str


class CancellationWindow(CancellationWindowFeeOneOf, total=False):
    startInMinutes: int | None


class ListPolicySnapshotsByBookingIdsRequest(TypedDict, total=False):
    bookingIds: Required[list[str] | None]


class ListPolicySnapshotsByBookingIdsResponse(TypedDict, total=False):
    bookingPolicySnapshots: list[BookingPolicySnapshot]


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class PolicyDescription(TypedDict, total=False):
    enabled: bool
    description: str
    descriptionTranslated: str | None


class ReschedulePolicy(TypedDict, total=False):
    enabled: bool
    limitLatestReschedule: bool
    latestRescheduleInMinutes: int
