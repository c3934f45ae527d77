# File generated from @wix/auto_sdk_bookings_booking-fees 1.0.60
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingFees`` module of ``@wix/bookings`` (3 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import booking_fees as _types

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
        self,
        booking_ids: Sequence[str],
        options: _types.ApplyBookingFeesToOrderOptions | None = None,
    ) -> _types.ApplyBookingFeesToOrderResponse:
        """Apply booking fees to order: ``POST /_api/booking-fees/v1/booking-fees/apply``.

        Permissions: ``BOOKINGS.BOOKING_FEE_APPLY_TO_ORDER``.
        Callable by: ``APP``.
        Application errors: ``BOOKING_IDS_BELONG_TO_DIFFERENT_ORDERS``, ``ORDER_NOT_FOUND``,
        ``PRICE_OVERRIDE_EXCEEDS_MAX``, ``BOOKING_FEE_ALREADY_APPLIED``,
        ``BOOKING_FEE_NOT_FOUND``, ``ORDER_IS_ALREADY_EDITED``,
        ``PARTIALLY_OR_FULLY_REFUNDED_ORDER_CANNOT_BE_EDITED``,
        ``ORDER_WITH_TAXABLE_EXISTING_ADDITIONAL_FEE_CANNOT_BE_EDITED``,
        ``ORDER_CANNOT_BE_EDITED``, ``BOOKING_FEE_AND_ORDER_CURRENCIES_ARE_INCONSISTENT``,
        ``PRICE_OVERRIDE_INSUFFICIENT_PERMISSIONS``, ``FAILED_CALCULATING_BOOKING_FEE``,
        ``FAILED_APPLYING_BOOKING_FEE_TO_ORDER``,
        ``UPDATING_ITEM_WITH_RELATED_DISCOUNT_IS_FORBIDDEN``,
        ``UPDATING_ITEM_WITH_RELATED_ADDITIONAL_FEE_IS_FORBIDDEN``.
        """
        return cast(
            "_types.ApplyBookingFeesToOrderResponse",
            await call(
                self._requester,
                _APPLY_BOOKING_FEES_TO_ORDER,
                {
                    "bookingIds": booking_ids,
                    **_fields.pick(options, "priceOverride", "businessNotification"),
                },
            ),
        )

    async def collect_applied_booking_fees(
        self, order_id: str, options: _types.CollectAppliedBookingFeesOptions | None = None
    ) -> _types.CollectAppliedBookingFeesResponse:
        """Collect applied booking fees: ``POST /_api/booking-fees/v1/booking-fees/collect``.

        Permissions: ``BOOKINGS.BOOKING_FEE_COLLECT``.
        Callable by: ``APP``.
        Application errors: ``ORDER_NOT_FOUND``, ``ADDITIONAL_FEE_NOT_FOUND``,
        ``FEE_IS_NOT_BOOKING_FEE``, ``ORDER_BALANCE_NON_POSITIVE``.
        """
        return cast(
            "_types.CollectAppliedBookingFeesResponse",
            await call(
                self._requester,
                _COLLECT_APPLIED_BOOKING_FEES,
                {
                    "orderId": order_id,
                    **_fields.pick(options, "additionalFeeId", "businessNotification"),
                },
            ),
        )

    async def list_booking_fees_by_booking_ids(
        self, options: _types.ListBookingFeesByBookingIdsOptions | None = None
    ) -> _types.ListBookingFeesByBookingIdsResponse:
        """List booking fees by booking ids: ``GET /_api/booking-fees/v1/booking-fees``.

        Permissions: ``BOOKINGS.BOOKING_FEES_READ``.
        Callable by: ``APP``.
        Application errors: ``MISSING_BOOKING_IDS``.
        """
        return cast(
            "_types.ListBookingFeesByBookingIdsResponse",
            await call(
                self._requester,
                _LIST_BOOKING_FEES_BY_BOOKING_IDS,
                {**_fields.pick(options, "bookingIds", "multiServiceBookingIds")},
            ),
        )


def bind(client: Requester) -> BookingFees:
    """The ``bookingFees`` module for ``client``'s visitor."""
    return BookingFees(client)
