"""Ordering a Cart V2 cart: by Place Order, or on the hosted checkout page.

The hosted checkout page shows a checkout: for a Cart V2 cart that is a snapshot of
the cart's lines whose id is the cart id (so a redirect session's
``ecomCheckout.checkoutId`` may be a Cart V2 id, as Wix's booking flow sends it). Either
way the order confirms the cart's bookings (their slots are then taken) and marks the
cart ordered (``orderPlaced``, ``orderId``).
"""

from __future__ import annotations

from typing import Any

from .._state import EmulatorState
from ..common.money import money
from .cart_v2 import OFFLINE, CartV2, CartV2Line
from .checkouts import Checkout, Order

__all__ = ["order_cart_v2", "snapshot_cart_v2"]


def _checkout_line(line: CartV2Line) -> dict[str, Any]:
    """A checkout line in the shape the hosted page and the orders show."""
    return {
        "id": line.id,
        "quantity": line.quantity,
        "catalogReference": dict(line.catalog_reference),
        "productName": {"original": line.name, "translated": line.name},
        "price": money(line.unit_price),
        "paymentOption": line.payment_option,
    }


def snapshot_cart_v2(state: EmulatorState, cart: CartV2) -> Checkout:
    """The hosted checkout of the cart (id: the cart id), brought up to date."""
    lines = [_checkout_line(line) for line in cart.lines]
    checkout = Checkout(cart.id, cart.id, cart.owner_id, lines, cart.subtotal, state.now())
    state.commerce.checkouts[cart.id] = checkout
    return checkout


def order_cart_v2(state: EmulatorState, cart: CartV2) -> Order:
    """Place Order for a cart with nothing to pay online: its bookings are confirmed.

    Raises ``SlotTakenError`` (and orders nothing) if another order took a booked slot.
    A free booking is then ``EXEMPT`` from payment; one paid in person ``NOT_PAID``.
    """
    free = [line.booking.id for line in cart.lines if line.booking and not line.unit_price]
    later = [
        line.booking.id
        for line in cart.lines
        if line.booking and line.unit_price and line.payment_option == OFFLINE
    ]
    state.bookings.check_free(free + later)
    order = state.commerce.place_order(snapshot_cart_v2(state, cart), state.new_id(), state.now())
    state.bookings.confirm(free, cart.owner_id, state.now(), payment_status="EXEMPT")
    state.bookings.confirm(later, cart.owner_id, state.now(), payment_status="NOT_PAID")
    mark_ordered(state, cart.id, order.id)
    return order


def mark_ordered(state: EmulatorState, cart_id: str, order_id: str) -> None:
    """Record that the Cart V2 cart with that id (if it is one) was ordered."""
    cart = state.carts_v2.carts.get(cart_id)
    if cart is not None:
        cart.order_id = order_id
        cart.touch(state.now())
