"""The ``catalogItems`` a Cart V2 cart takes: Wix Stores products and Wix Bookings bookings.

A Stores item names a seeded product (``catalogItemId``) with the Stores app id and,
optionally, its variant (``options.variantId``: each seeded product has one variant,
the default one). A Bookings item names a ``CREATED`` booking the caller made, with
the Bookings app id; its quantity is 1 and fixed. Anything else is a 400:
``ITEM_NOT_FOUND_IN_CATALOG`` (an unknown item, or someone else's booking) or
``FIXED_QUANTITY_ITEM``, with the items in ``data.invalidItems`` as Wix lists them, or
a validation error naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._state import EmulatorState
from ..bookings.catalog import BOOKINGS_APP_ID
from ..common.http import Refusal, json_response, validation_error
from ..stores.catalog import STORES_APP_ID, product_by_id
from ..stores.catalog_v1 import DEFAULT_VARIANT_ID
from .cart_v2 import OFFLINE, ONLINE, CartV2, CartV2Line

__all__ = ["cart_error", "parse_catalog_items"]

_MAX_QUANTITY = 100_000


def cart_error(status: int, code: str, description: str, data: Mapping[str, Any]) -> Refusal:
    """A Cart V2 application error with its ``data``, as a :class:`Refusal`."""
    details = {"applicationError": {"code": code, "description": description, "data": dict(data)}}
    return Refusal(json_response({"message": description, "details": details}, status))


def _checked(field: str, index: int, item: Any) -> tuple[dict[str, Any], int]:
    where = f"{field}[{index}]"
    if not isinstance(item, Mapping):
        raise Refusal(validation_error(where, "must be an object"))
    reference = item.get("catalogReference")
    if not isinstance(reference, Mapping):
        raise Refusal(validation_error(f"{where}.catalogReference", "is required"))
    for key in ("catalogItemId", "appId"):
        if not isinstance(reference.get(key), str) or not reference[key]:
            raise Refusal(validation_error(f"{where}.catalogReference.{key}", "is required"))
    options = reference.get("options")
    if options is not None and not isinstance(options, Mapping):
        raise Refusal(validation_error(f"{where}.catalogReference.options", "must be an object"))
    quantity = item.get("quantity", 1)
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        raise Refusal(validation_error(f"{where}.quantity", "must be an integer"))
    if not 1 <= quantity <= _MAX_QUANTITY:
        raise Refusal(validation_error(f"{where}.quantity", f"must be 1 to {_MAX_QUANTITY}"))
    return dict(reference), quantity


def _not_found(reference: Mapping[str, Any]) -> Refusal:
    description = f"Catalog item {reference['catalogItemId']} was not found"
    data = {"invalidItems": [{"catalogReference": dict(reference)}]}
    return cart_error(400, "ITEM_NOT_FOUND_IN_CATALOG", description, data)


def _booking_line(
    state: EmulatorState, owner_id: str, cart: CartV2 | None, reference: dict[str, Any],
    quantity: int,
) -> CartV2Line:  # fmt: skip
    booking = state.bookings.owned(reference["catalogItemId"], owner_id)
    if booking is None or booking.status != "CREATED":
        raise _not_found(reference)  # someone else's, or already ordered
    in_cart = cart is not None and any(line.booking is booking for line in cart.lines)
    if quantity != 1 or in_cart:
        description = f"Booking {booking.id} is a fixed quantity of 1"
        data = {"invalidItems": [{"catalogReference": reference}]}
        raise cart_error(400, "FIXED_QUANTITY_ITEM", description, data)
    service = booking.service
    option = OFFLINE if service.pay_in_person else ONLINE
    return CartV2Line(
        state.new_id(), reference, 1, service.name, service.price, service.url, "SERVICE",
        option, booking,
    )  # fmt: skip


def parse_catalog_items(
    state: EmulatorState, owner_id: str, cart: CartV2 | None, items: Any,
    field: str = "catalogItems",
) -> list[CartV2Line]:  # fmt: skip
    """The lines ``items`` asks for, or a :class:`Refusal` (400) naming the problem."""
    if not isinstance(items, list):
        raise Refusal(validation_error(field, "must be a list"))
    lines: list[CartV2Line] = []
    for index, item in enumerate(items):
        reference, quantity = _checked(field, index, item)
        if reference["appId"] == BOOKINGS_APP_ID:
            lines.append(_booking_line(state, owner_id, cart, reference, quantity))
            continue
        product = product_by_id(reference["catalogItemId"])
        variant = (reference.get("options") or {}).get("variantId", DEFAULT_VARIANT_ID)
        if product is None or reference["appId"] != STORES_APP_ID or variant != DEFAULT_VARIANT_ID:
            raise _not_found(reference)
        lines.append(
            CartV2Line(
                state.new_id(), reference, quantity, product.name, product.price, product.url
            )
        )
    return lines


def merge_lines(cart: CartV2, lines: list[CartV2Line]) -> None:
    """Add lines to the cart; a product line already in it gains the quantity instead."""
    for line in lines:
        same = next(
            (
                old
                for old in cart.lines
                if old.booking is None and line.booking is None
                and old.catalog_reference == line.catalog_reference
            ),
            None,
        )  # fmt: skip
        if same is None:
            cart.lines.append(line)
        else:
            same.quantity = min(same.quantity + line.quantity, _MAX_QUANTITY)
