"""eCom Cart V2 carts (``/ecom/v2/carts``): lines, their prices, and the cart's summary.

A Cart V2 cart is made by Create Cart and reached by its id only (the emulator does not
serve the current-cart V2 paths). Its lines are Wix Stores products (the one default
variant of each seeded product) and Wix Bookings bookings. A line is paid online, or,
for a service that takes payment in person, offline: ``summary.paymentSummary`` splits
the total into ``payNow`` and ``payLater``. There is no tax, delivery, coupon or fee on
the emulated site, so ``priceSummary.total`` is the subtotal and ``discount`` is 0.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from ..bookings.book import Booking
from ..common.money import CURRENCY, amount_text, iso_date

__all__ = ["CartV2", "CartV2Book", "CartV2Line", "converted"]

ONLINE, OFFLINE = "FULL_PAYMENT_ONLINE", "FULL_PAYMENT_OFFLINE"


def converted(value: Decimal) -> dict[str, str]:
    """Cart V2's money: ``{"amount", "convertedAmount"}`` in the site currency."""
    text = amount_text(value)
    return {"amount": text, "convertedAmount": text}


@attrs.define
class CartV2Line:
    """One line: a catalog item, its quantity and unit price."""

    id: str
    catalog_reference: dict[str, Any]
    quantity: int
    name: str
    unit_price: Decimal
    url: str
    preset: str = "PHYSICAL"  # or SERVICE
    payment_option: str = ONLINE
    booking: Booking | None = None

    @property
    def total(self) -> Decimal:
        """The unit price times the quantity."""
        return self.unit_price * self.quantity

    def to_json(self) -> dict[str, Any]:
        """The line as Cart V2 returns it."""
        attributes: dict[str, Any] = {
            "url": {"url": self.url},
            "itemType": {"preset": self.preset},
            "descriptionLines": [],
        }
        if self.booking is not None:
            attributes["serviceProperties"] = {
                "scheduledDate": iso_date(self.booking.slot.start),
                "numberOfParticipants": 1,
            }
        unit = converted(self.unit_price)
        return {
            "id": self.id,
            "name": {"original": self.name, "translated": self.name},
            "quantityInfo": {
                "requestedQuantity": self.quantity,
                "confirmedQuantity": self.quantity,
                "fixedQuantity": self.booking is not None,
            },
            "pricing": {
                "unitPrice": unit,
                "totalPrice": converted(self.total),
                "priceUndetermined": False,
                "breakdown": {"fullPrice": unit, "salePrice": unit},
            },
            "source": {"catalogReference": dict(self.catalog_reference)},
            "attributes": attributes,
            "paymentConfig": {"paymentOption": self.payment_option},
            "status": "IN_STOCK",
            "customLineItem": False,
        }


@attrs.define
class CartV2:
    """A Cart V2 cart, owned by the visitor or member who created it."""

    id: str
    owner_id: str
    channel_type: str
    created_at: float
    updated_at: float
    lines: list[CartV2Line] = attrs.field(factory=list)
    revision: int = 1
    order_id: str | None = None

    def touch(self, now: float) -> None:
        """Record a change: a new revision."""
        self.updated_at, self.revision = now, self.revision + 1

    @property
    def subtotal(self) -> Decimal:
        """The sum of the lines' totals."""
        return sum((line.total for line in self.lines), Decimal())

    @property
    def pay_later(self) -> Decimal:
        """What is paid offline (in person), outside the checkout."""
        return sum((line.total for line in self.lines if line.payment_option == OFFLINE), Decimal())

    def to_json(self) -> dict[str, Any]:
        """The cart as Cart V2 returns it (inside ``{"cart": ...}``)."""
        if self.owner_id.startswith("member:"):
            customer = {"memberId": self.owner_id.removeprefix("member:")}
        else:
            customer = {"visitorId": self.owner_id}
        data: dict[str, Any] = {
            "id": self.id,
            "createdDate": iso_date(self.created_at),
            "updatedDate": iso_date(self.updated_at),
            "revision": str(self.revision),
            "lineItems": [line.to_json() for line in self.lines],
            "subtotal": converted(self.subtotal),
            "coupons": [],
            "source": {"channelType": self.channel_type},
            "customerInfo": customer,
            "businessInfo": {"currencyCode": CURRENCY},
            "orderPlaced": self.order_id is not None,
            "currentCart": False,
        }
        if self.order_id is not None:
            data["orderId"] = self.order_id
        return data

    def summary_json(self, calculation_id: str) -> dict[str, Any]:
        """Calculate Cart's and Estimate Cart's ``summary``."""
        zero, subtotal = converted(Decimal()), converted(self.subtotal)
        later = self.pay_later
        return {
            "cartId": self.id,
            "cartRevision": str(self.revision),
            "calculationId": calculation_id,
            "lineItems": [
                {
                    "lineItemId": line.id,
                    "quantity": line.quantity,
                    "unitPrice": converted(line.unit_price),
                    "totalPrice": converted(line.total),
                }
                for line in self.lines
            ],
            "discounts": [],
            "additionalFees": [],
            "priceSummary": {
                "subtotal": subtotal,
                "discount": zero,
                "delivery": zero,
                "additionalFees": zero,
                "tax": zero,
                "total": subtotal,
            },
            "paymentSummary": {
                "payNow": converted(self.subtotal - later),
                "payLater": converted(later),
            },
        }


@attrs.define
class CartV2Book:
    """Every Cart V2 cart of one emulator, by id."""

    carts: dict[str, CartV2] = attrs.field(factory=dict)

    def owned(self, cart_id: str, owner_id: str) -> CartV2 | None:
        """The cart with that id if ``owner_id`` created it."""
        cart = self.carts.get(cart_id)
        return cart if cart is not None and cart.owner_id == owner_id else None

    def clear(self) -> None:
        """Forget every cart."""
        self.carts.clear()
