"""Line items a cart takes: Wix Stores products and Wix Bookings bookings.

Both the Current Cart API and the Cart API (by id) read ``lineItems`` here. A Stores
line names a seeded product (``catalogItemId``) with the Stores app id; a Bookings
line names a booking the caller created (Create Booking) with the Bookings app id,
as Wix's end-to-end booking flow does. Wrong shapes are 400s naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._state import EmulatorState
from ..bookings.book import Booking
from ..bookings.catalog import BOOKINGS_APP_ID
from ..common.http import Refusal, validation_error, wix_error
from ..common.money import iso_date
from ..stores.catalog import STORES_APP_ID, Product, product_by_id
from .carts import Cart, LineItem

__all__ = ["BookingLine", "parse_line_items"]

_MAX_QUANTITY = 100_000


@attrs.define
class BookingLine(LineItem):
    """A booking in a cart: a service line for one participant."""

    booking: Booking | None = None

    def to_json(self) -> dict[str, Any]:
        """The line as eCommerce shows a Bookings item: a service, scheduled."""
        data = super().to_json()
        data.pop("physicalProperties", None)
        data["itemType"] = {"preset": "SERVICE"}
        if self.booking is not None:
            service = self.booking.service
            data["url"] = {"relativePath": f"/service-page/{service.slug}", "url": service.url}
            data["serviceProperties"] = {
                "scheduledDate": iso_date(self.booking.slot.start),
                "numberOfParticipants": 1,
            }
        return data


def _line_item_errors(index: int, item: Any) -> tuple[str, str] | None:
    where = f"lineItems[{index}]"
    if not isinstance(item, Mapping):
        return where, "must be an object"
    reference = item.get("catalogReference")
    if not isinstance(reference, Mapping):
        return f"{where}.catalogReference", "is required"
    for key in ("catalogItemId", "appId"):
        if not isinstance(reference.get(key), str) or not reference[key]:
            return f"{where}.catalogReference.{key}", "is required"
    options = reference.get("options")
    if options is not None and not isinstance(options, Mapping):
        return f"{where}.catalogReference.options", "must be an object"
    quantity = item.get("quantity", 1)
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        return f"{where}.quantity", "must be an integer"
    if not 1 <= quantity <= _MAX_QUANTITY:
        return f"{where}.quantity", f"must be between 1 and {_MAX_QUANTITY}"
    return None


def _not_found(item_id: str) -> Refusal:
    description = f"Catalog item {item_id} was not found"
    return Refusal(wix_error(400, description, "CATALOG_ITEM_NOT_FOUND", description))


def _booking_line(
    state: EmulatorState, owner_id: str, cart: Cart | None, index: int, item: Mapping[str, Any]
) -> BookingLine:
    reference = dict(item["catalogReference"])
    booking = state.bookings.owned(reference["catalogItemId"], owner_id)
    if booking is None:
        raise _not_found(reference["catalogItemId"])  # someone else's booking is not found
    if item.get("quantity", 1) != 1:
        raise Refusal(validation_error(f"lineItems[{index}].quantity", "a booking's is 1"))
    in_cart = cart is not None and any(
        isinstance(line, BookingLine) and line.booking is booking for line in cart.line_items
    )
    if in_cart or booking.status != "CREATED":
        description = f"Booking {booking.id} is already in a cart or ordered"
        raise Refusal(wix_error(400, description, "BOOKING_ALREADY_IN_CART", description))
    service = booking.service
    product = Product(booking.id, service.name, service.slug, service.price, service.tag_line, "")
    return BookingLine(state.new_id(), product, 1, reference, booking=booking)


def parse_line_items(
    state: EmulatorState, owner_id: str, cart: Cart | None, items: Any
) -> list[LineItem]:
    """The cart lines ``lineItems`` asks for, or a :class:`Refusal` (400) naming the problem."""
    if not isinstance(items, list) or not items:
        raise Refusal(validation_error("lineItems", "must be a non-empty list"))
    lines: list[LineItem] = []
    for index, item in enumerate(items):
        problem = _line_item_errors(index, item)
        if problem is not None:
            raise Refusal(validation_error(*problem))
        reference = dict(item["catalogReference"])
        if reference["appId"] == BOOKINGS_APP_ID:
            lines.append(_booking_line(state, owner_id, cart, index, item))
            continue
        product = product_by_id(reference["catalogItemId"])
        if product is None or reference["appId"] != STORES_APP_ID:
            raise _not_found(reference["catalogItemId"])
        lines.append(LineItem(state.new_id(), product, item.get("quantity", 1), reference))
    return lines


def booking_ids(line_items: list[dict[str, Any]]) -> list[str]:
    """The bookings among a checkout's or order's lines (their catalog item ids)."""
    return [
        line["catalogReference"]["catalogItemId"]
        for line in line_items
        if line.get("catalogReference", {}).get("appId") == BOOKINGS_APP_ID
    ]
