# File generated from @wix/auto_sdk_bookings_pricing 1.0.107
# by `make apigen` (tools/apigen). Do not edit.
"""The ``pricing`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

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

    async def calculate_price(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Calculate price: ``POST /bookings/v2/pricing/v2/pricing/calculate``."""
        return await call(
            self._requester, _CALCULATE_PRICE, {**_fields.pick(options, "booking", "bookings")}
        )

    async def preview_price(
        self, booking_line_items: Sequence[Mapping[str, Any]]
    ) -> dict[str, Any]:
        """Preview price: ``POST /bookings/v2/pricing/v2/pricing/preview``."""
        return await call(self._requester, _PREVIEW_PRICE, {"bookingLineItems": booking_line_items})


def bind(client: Requester) -> Pricing:
    """The ``pricing`` module for ``client``'s visitor."""
    return Pricing(client)
