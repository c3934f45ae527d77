"""Checkouts made from carts, and the orders placed from them on the hosted checkout page."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from ..common.money import CURRENCY, iso_date, money
from .carts import Cart

__all__ = ["Checkout", "CheckoutBook", "Order"]

_FIRST_ORDER_NUMBER = 10001


@attrs.define
class Checkout:
    """A checkout: a snapshot of a cart's lines, refreshed each time it is made again."""

    id: str
    cart_id: str
    visitor_id: str
    line_items: list[dict[str, Any]]
    subtotal: Decimal
    updated_at: float

    def to_json(self) -> dict[str, Any]:
        """The checkout as the hosted page and the admin endpoints show it."""
        return {
            "id": self.id,
            "cartId": self.cart_id,
            "buyerInfo": {"visitorId": self.visitor_id},
            "lineItems": self.line_items,
            "currency": CURRENCY,
            "priceSummary": {"subtotal": money(self.subtotal), "total": money(self.subtotal)},
            "updatedDate": iso_date(self.updated_at),
        }


@attrs.frozen
class Order:
    """An order placed on the hosted checkout page."""

    id: str
    number: str
    checkout_id: str
    visitor_id: str
    line_items: list[dict[str, Any]]
    total: Decimal
    created_at: float

    def to_json(self) -> dict[str, Any]:
        """The order in the shape of eCommerce orders (the fields tests and apps read)."""
        return {
            "id": self.id,
            "number": self.number,
            "checkoutId": self.checkout_id,
            "buyerInfo": {"visitorId": self.visitor_id},
            "lineItems": self.line_items,
            "currency": CURRENCY,
            "priceSummary": {"subtotal": money(self.total), "total": money(self.total)},
            "paymentStatus": "PAID",
            "status": "APPROVED",
            "createdDate": iso_date(self.created_at),
        }


@attrs.define
class CheckoutBook:
    """Every checkout and order of one emulator."""

    checkouts: dict[str, Checkout] = attrs.field(factory=dict)
    orders: list[Order] = attrs.field(factory=list)
    _by_cart: dict[str, str] = attrs.field(factory=dict)

    def checkout_for(self, cart: Cart, new_id: str, now: float) -> Checkout:
        """The cart's checkout: the same id for the same cart, its lines brought up to date."""
        lines = cart.to_json()
        subtotal = sum((line.product.price * line.quantity for line in cart.line_items), Decimal())
        checkout_id = self._by_cart.setdefault(cart.id, new_id)
        checkout = Checkout(
            checkout_id, cart.id, cart.visitor_id, lines["lineItems"], subtotal, now
        )
        self.checkouts[checkout_id] = checkout
        return checkout

    def place_order(self, checkout: Checkout, new_id: str, now: float) -> Order:
        """An order for the checkout's lines; the checkout cannot be ordered twice."""
        number = str(_FIRST_ORDER_NUMBER + len(self.orders))
        order = Order(
            new_id,
            number,
            checkout.id,
            checkout.visitor_id,
            checkout.line_items,
            checkout.subtotal,
            now,
        )
        self.orders.append(order)
        del self.checkouts[checkout.id]
        self._by_cart.pop(checkout.cart_id, None)
        return order

    def clear(self) -> None:
        """Forget every checkout and order."""
        self.checkouts.clear()
        self.orders.clear()
        self._by_cart.clear()
