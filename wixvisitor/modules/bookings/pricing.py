# File generated from @wix/auto_sdk_bookings_pricing 1.0.107
# by `make apigen` (tools/apigen). Do not edit.
"""The ``pricing`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import pricing as _types

_CALCULATE_PRICE = Route(
    "POST",
    "/bookings/v2/pricing/v2/pricing/calculate",
    "com.wixpress.bookings.pricing.BookingsPricingService.CalculatePrice",
)
_PREVIEW_PRICE = Route(
    "POST",
    "/bookings/v2/pricing/v2/pricing/preview",
    "com.wixpress.bookings.pricing.BookingsPricingService.PreviewPrice",
)


class Pricing(Module):
    """``pricing`` of ``@wix/bookings``: ``pricing = bookings.pricing.bind(wix)``."""

    __slots__ = ()

    async def calculate_price(
        self, options: _types.CalculatePriceOptions | None = None
    ) -> _types.CalculatePriceResponse:
        """Calculate price: ``POST /bookings/v2/pricing/v2/pricing/calculate``.

        Permissions: ``BOOKINGS.PRICE_CALCULATE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_BOOKING``, ``NUMBER_OF_PARTICIPANTS_NOT_FOUND``,
        ``FAILED_RESOLVING_SERVICE``, ``ERROR_CONTACTING_PRICING_PROVIDER``,
        ``MULTIPLE_PRICING_PROVIDERS_FOUND``, ``INVALID_DURATION_CHOICE``.
        """
        return cast(
            "_types.CalculatePriceResponse",
            await call(
                self._requester, _CALCULATE_PRICE, {**_fields.pick(options, "booking", "bookings")}
            ),
        )

    async def preview_price(
        self, booking_line_items: Sequence[Mapping[str, Any]]
    ) -> _types.PreviewPriceResponse:
        """Preview price: ``POST /bookings/v2/pricing/v2/pricing/preview``.

        Permissions: ``BOOKINGS.PRICE_PREVIEW``.
        Callable by: ``APP``.
        Application errors: ``INVALID_SERVICE_ID``, ``NUMBER_OF_PARTICIPANTS_NOT_FOUND``,
        ``FAILED_RESOLVING_SERVICE``, ``INVALID_DURATION_CHOICE``.
        """
        return cast(
            "_types.PreviewPriceResponse",
            await call(self._requester, _PREVIEW_PRICE, {"bookingLineItems": booking_line_items}),
        )


def bind(client: Requester) -> Pricing:
    """The ``pricing`` module for ``client``'s visitor."""
    return Pricing(client)
