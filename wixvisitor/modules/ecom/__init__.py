# File generated from @wix/ecom 1.0.2509 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/ecom``: ``from wixvisitor.modules import ecom``.

Each module is imported on first use (``ecom.abandoned_checkouts``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        abandoned_checkouts,
        back_in_stock_notifications,
        back_in_stock_settings,
        cart,
        cart_v2,
        checkout,
        checkout_content,
        checkout_settings,
        checkout_templates,
        contact_tax_details,
        currencies,
        current_cart,
        current_cart_v2,
        delivery_profile,
        delivery_solutions,
        discount_rules,
        discounts_custom_trigger,
        draft_orders,
        draft_subscription_contracts,
        ecommerce_settings,
        gift_vouchers,
        local_delivery_options,
        manual_tax_mappings,
        order_billing,
        order_fulfillments,
        order_invoices,
        order_payment_requests,
        order_transactions,
        orders,
        orders_settings,
        pickup_locations,
        recommendations,
        shipping_options,
        shippo_configurations,
        subscription_contracts,
        tax_calculation,
        tax_exempt_groups,
        tax_groups,
        tax_regions,
        tax_settings,
        tip_settings,
        tippable_staff,
        tips,
        totals_calculator,
    )

__all__ = [
    "abandoned_checkouts",
    "back_in_stock_notifications",
    "back_in_stock_settings",
    "cart",
    "cart_v2",
    "checkout",
    "checkout_content",
    "checkout_settings",
    "checkout_templates",
    "contact_tax_details",
    "currencies",
    "current_cart",
    "current_cart_v2",
    "delivery_profile",
    "delivery_solutions",
    "discount_rules",
    "discounts_custom_trigger",
    "draft_orders",
    "draft_subscription_contracts",
    "ecommerce_settings",
    "gift_vouchers",
    "local_delivery_options",
    "manual_tax_mappings",
    "order_billing",
    "order_fulfillments",
    "order_invoices",
    "order_payment_requests",
    "order_transactions",
    "orders",
    "orders_settings",
    "pickup_locations",
    "recommendations",
    "shipping_options",
    "shippo_configurations",
    "subscription_contracts",
    "tax_calculation",
    "tax_exempt_groups",
    "tax_groups",
    "tax_regions",
    "tax_settings",
    "tip_settings",
    "tippable_staff",
    "tips",
    "totals_calculator",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
