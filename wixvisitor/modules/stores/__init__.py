# File generated from @wix/stores 1.0.918 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/stores``: ``from wixvisitor.modules import stores``.

Each module is imported on first use (``stores.brands_v3``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        brands_v3,
        catalog_imports_v3,
        catalog_versioning,
        collections,
        customizations_v3,
        info_sections_v3,
        inventory,
        inventory_items_v3,
        product_groups_v3,
        products,
        products_v3,
        promotions_v3,
        read_only_variants_v3,
        ribbons_v3,
        stores_locations_v3,
        subscription_options,
        wishlist,
    )

__all__ = [
    "brands_v3",
    "catalog_imports_v3",
    "catalog_versioning",
    "collections",
    "customizations_v3",
    "info_sections_v3",
    "inventory",
    "inventory_items_v3",
    "product_groups_v3",
    "products",
    "products_v3",
    "promotions_v3",
    "read_only_variants_v3",
    "ribbons_v3",
    "stores_locations_v3",
    "subscription_options",
    "wishlist",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
