# File generated from @wix/auto_sdk_bookings_booking-fees 1.0.60
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.booking_fees``.

From ``@wix/auto_sdk_bookings_booking-fees``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.booking_fees import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import BookingFeeStatus as BookingFeeStatus
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import PolicyDetails as PolicyDetails
from ._shared import Trigger as Trigger


class ApplyBookingFeesToOrderOptions(TypedDict, total=False):
    """What ``applyBookingFeesToOrder`` reads from ``options``."""

    priceOverride: Money
    businessNotification: BusinessNotification


class ApplyBookingFeesToOrderRequest(TypedDict, total=False):
    bookingIds: Required[list[str] | None]
    priceOverride: Money
    businessNotification: BusinessNotification


class ApplyBookingFeesToOrderResponse(TypedDict, total=False):
    bookingFees: list[BookingFee]
    ecomOrderInfo: EcomOrderInfo


class BookingFee(TypedDict, total=False):
    id: str | None
    bookingId: str | None
    cancellationFee: CancellationFee
    policyDetails: PolicyDetails


class BusinessNotification(TypedDict, total=False):
    notifyBusiness: bool | None
    message: str | None


class CancellationFee(TypedDict, total=False):
    price: Money
    status: BookingFeeStatus
    trigger: Trigger


class CollectAppliedBookingFeesOptions(TypedDict, total=False):
    """What ``collectAppliedBookingFees`` reads from ``options``."""

    additionalFeeId: str | None
    businessNotification: BusinessNotification


class CollectAppliedBookingFeesRequest(TypedDict, total=False):
    orderId: Required[str | None]
    additionalFeeId: Required[str | None]
    businessNotification: BusinessNotification


class CollectAppliedBookingFeesResponse(TypedDict, total=False):
    collectedPrice: Price


class EcomOrderInfo(TypedDict, total=False):
    orderId: str | None
    additionalFeePrice: Price
    additionalFeeId: str | None


class ListBookingFeesByBookingIdsOptions(TypedDict, total=False):
    """What ``listBookingFeesByBookingIds`` reads from ``options``."""

    bookingIds: list[str]
    multiServiceBookingIds: list[str]


class ListBookingFeesByBookingIdsRequest(TypedDict, total=False):
    bookingIds: list[str]
    multiServiceBookingIds: list[str]


class ListBookingFeesByBookingIdsResponse(TypedDict, total=False):
    bookingFees: list[BookingFee]
    pagingMetadata: CursorPagingMetadata


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str
