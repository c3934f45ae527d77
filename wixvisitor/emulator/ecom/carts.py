"""Visitor carts in the eCommerce ``Cart`` shape of ``/ecom/v1/carts/current``."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs

from ..common.money import CURRENCY, iso_date, money
from ..stores.catalog import Product


@attrs.define
class LineItem:
    """One product line of a cart."""

    id: str
    product: Product
    quantity: int
    catalog_reference: dict[str, Any]

    @property
    def merge_key(self) -> str:
        """Lines with the same catalog reference (options included) merge."""
        return json.dumps(self.catalog_reference, sort_keys=True)

    def to_json(self) -> dict[str, Any]:
        """The line item as eCommerce returns it."""
        price = money(self.product.price)
        return {
            "id": self.id,
            "quantity": self.quantity,
            "catalogReference": dict(self.catalog_reference),
            "productName": {"original": self.product.name, "translated": self.product.name},
            "url": {"relativePath": f"/product-page/{self.product.slug}", "url": self.product.url},
            "price": price,
            "fullPrice": price,
            "priceBeforeDiscounts": price,
            "descriptionLines": [],
            "availability": {"status": "AVAILABLE"},
            "physicalProperties": {"sku": self.product.sku, "shippable": True},
            "itemType": {"preset": "PHYSICAL"},
            "paymentOption": "FULL_PAYMENT_ONLINE",
        }


@attrs.define
class Cart:
    """A visitor's current cart."""

    id: str
    visitor_id: str
    created_at: float
    updated_at: float
    line_items: list[LineItem] = attrs.field(factory=list)

    def add(self, item: LineItem, now: float) -> None:
        """Add a line, merging its quantity into an existing line for the same item."""
        for line in self.line_items:
            if line.merge_key == item.merge_key:
                line.quantity += item.quantity
                break
        else:
            self.line_items.append(item)
        self.updated_at = now

    def set_quantities(self, quantities: dict[str, int], now: float) -> None:
        """Set lines' quantities by line id; a quantity of 0 removes the line."""
        for line in self.line_items:
            line.quantity = quantities.get(line.id, line.quantity)
        self.line_items = [line for line in self.line_items if line.quantity > 0]
        self.updated_at = now

    def remove(self, line_ids: set[str], now: float) -> None:
        """Remove the lines with these ids; ids not in the cart are ignored."""
        self.line_items = [line for line in self.line_items if line.id not in line_ids]
        self.updated_at = now

    @property
    def subtotal(self) -> Decimal:
        """The sum of the lines' prices times quantities."""
        return sum((line.product.price * line.quantity for line in self.line_items), Decimal())

    def to_json(self) -> dict[str, Any]:
        """The cart as eCommerce returns it (inside ``{"cart": ...}``)."""
        return {
            "id": self.id,
            "lineItems": [line.to_json() for line in self.line_items],
            "buyerInfo": _buyer(self.visitor_id),
            "currency": CURRENCY,
            "conversionCurrency": CURRENCY,
            "buyerLanguage": "en",
            "siteLanguage": "en",
            "taxIncludedInPrices": False,
            "weightUnit": "KG",
            "appliedDiscounts": [],
            "createdDate": iso_date(self.created_at),
            "updatedDate": iso_date(self.updated_at),
        }

    def totals_json(self) -> dict[str, Any]:
        """Estimate Totals' answer: no tax, shipping, fees or discounts on the emulated site."""
        zero, subtotal = money(Decimal()), money(self.subtotal)
        summary = {
            "subtotal": subtotal,
            "shipping": zero,
            "tax": zero,
            "discount": zero,
            "total": subtotal,
            "additionalFees": zero,
        }
        return {
            "cart": self.to_json(),
            "calculatedLineItems": [_calculated(line) for line in self.line_items],
            "priceSummary": summary,
            "taxSummary": {"taxableAmount": subtotal, "totalTax": zero},
            "appliedDiscounts": [],
            "additionalFees": [],
            "violations": [],
            "weightUnit": "KG",
            "currency": CURRENCY,
            "payNow": summary,
            "payLater": {key: zero for key in summary},
        }


def _calculated(line: LineItem) -> dict[str, Any]:
    """A line of Estimate Totals' ``calculatedLineItems``."""
    zero, total = money(Decimal()), money(line.product.price * line.quantity)
    price = money(line.product.price)
    return {
        "lineItemId": line.id,
        "pricesBreakdown": {
            "totalPriceAfterTax": total,
            "totalPriceBeforeTax": total,
            "taxDetails": {"taxableAmount": total, "taxRate": "0", "totalTax": zero},
            "totalDiscount": zero,
            "price": price,
            "priceBeforeDiscounts": price,
            "lineItemPrice": total,
            "fullPrice": price,
        },
        "paymentOption": "FULL_PAYMENT_ONLINE",
    }


def _buyer(owner_id: str) -> dict[str, str]:
    """A member's cart names the member; a visitor's the visitor."""
    if owner_id.startswith("member:"):
        return {"memberId": owner_id.removeprefix("member:")}
    return {"visitorId": owner_id}
