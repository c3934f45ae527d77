"""The seeded catalog in Catalog V1 shapes: products, their default variant, and collections.

The products are the same as Catalog V3's (``stores/catalog.py``): same ids, names, slugs and
prices, so a cart line added on either catalog is the same line. V1 adds a numeric id,
collections, and its own shapes (``priceData`` numbers, ``stock``, ``media``, ``variants``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import attrs

from ..common.money import CURRENCY, iso_date
from .catalog import CREATED, PRODUCTS, Product

__all__ = [
    "ALL_PRODUCTS_ID",
    "COLLECTIONS",
    "DEFAULT_VARIANT_ID",
    "V1Collection",
    "collection_by_id",
    "collection_by_slug",
    "collection_ids_of",
    "numeric_id",
    "v1_product",
]

#: Wix's id of the "All Products" collection every V1 store has.
ALL_PRODUCTS_ID = "00000000-000000-000000-000000000001"
#: The id of the one variant of a product that does not manage variants.
DEFAULT_VARIANT_ID = "00000000-0000-0000-0000-000000000000"
_SITE_URL = "https://emulator.wixsite.com/store"
_MEDIA = "https://static.wixstatic.com/media/emulator"
_NAMESPACE = uuid.UUID("5b8e4a6c-3f0e-4c1e-9a51-5d2f5f4b7a10")  # inventory item ids


@attrs.frozen
class V1Collection:
    """A seeded collection: a themed group of products."""

    id: str
    name: str
    slug: str
    description: str
    product_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The collection as Catalog V1 returns it."""
        return {
            "id": self.id,
            "name": self.name,
            "media": {"items": []},
            "numberOfProducts": len(self.product_ids),
            "description": self.description,
            "slug": self.slug,
            "visible": True,
        }


def _members(*skus: str) -> tuple[str, ...]:
    return tuple(p.id for p in PRODUCTS if p.sku.split("-")[0] in skus)


#: The seeded collections; "All Products" holds every product, as on Wix.
COLLECTIONS: tuple[V1Collection, ...] = (
    V1Collection(
        ALL_PRODUCTS_ID, "All Products", "all-products", "", tuple(p.id for p in PRODUCTS)
    ),
    V1Collection(
        "4a8d2c5e-0b1f-4e7a-9c3d-6f2e8b1a7d01",
        "Apparel",
        "apparel",
        "Shirts, jackets and warm things to wear.",
        _members("SHIRT", "JACKET", "HAT", "SCARF"),
    ),
    V1Collection(
        "4a8d2c5e-0b1f-4e7a-9c3d-6f2e8b1a7d02",
        "Shoes",
        "shoes",
        "Sneakers, runners and loafers.",
        _members("SHOE"),
    ),
    V1Collection(
        "4a8d2c5e-0b1f-4e7a-9c3d-6f2e8b1a7d03",
        "Coffee Corner",
        "coffee-corner",
        "Beans and a mug to drink them from.",
        _members("MUG", "COFFEE"),
    ),
    V1Collection(
        "4a8d2c5e-0b1f-4e7a-9c3d-6f2e8b1a7d04",
        "Accessories",
        "accessories",
        "Bags, wallets, hats and scarves.",
        _members("BAG", "WALLET", "HAT", "SCARF"),
    ),
)

_INDEX = {product.id: index for index, product in enumerate(PRODUCTS)}


def numeric_id(product: Product) -> int:
    """The product's V1 ``numericId`` (1001 for the first seeded product, and so on)."""
    return 1001 + _INDEX[product.id]


def collection_ids_of(product: Product) -> list[str]:
    """The ids of the collections holding ``product``, in seeding order."""
    return [c.id for c in COLLECTIONS if product.id in c.product_ids]


def _price_data(price: Decimal) -> dict[str, Any]:
    formatted = f"${price:,.2f}"
    return {
        "currency": CURRENCY,
        "price": float(price),
        "discountedPrice": float(price),
        "formatted": {"price": formatted, "discountedPrice": formatted},
    }


def _media_item(product: Product) -> dict[str, Any]:
    image = {"url": f"{_MEDIA}/{product.slug}.jpg", "width": 1000, "height": 1000}
    return {
        "id": f"emulator-{product.slug}.jpg",
        "mediaType": "image",
        "title": product.name,
        "image": image,
        "thumbnail": {**image, "width": 50, "height": 50},
    }


def v1_product(product: Product, *, variants: bool = True) -> dict[str, Any]:
    """``product`` as Catalog V1 returns it; ``variants=False`` leaves out ``variants``."""
    price = _price_data(product.price)
    stock = "IN_STOCK" if product.in_stock else "OUT_OF_STOCK"
    data: dict[str, Any] = {
        "id": product.id,
        "name": product.name,
        "slug": product.slug,
        "visible": True,
        "productType": "physical",
        "description": f"<p>{product.description}</p>",
        "sku": product.sku,
        "weight": 0,
        "stock": {"trackInventory": False, "inStock": product.in_stock, "inventoryStatus": stock},
        "price": price,
        "priceData": price,
        "convertedPriceData": price,
        "priceRange": {"minValue": float(product.price), "maxValue": float(product.price)},
        "additionalInfoSections": [],
        "ribbons": [],
        "media": {"mainMedia": _media_item(product), "items": [_media_item(product)]},
        "customTextFields": [],
        "manageVariants": False,
        "productOptions": [],
        "productPageUrl": {"base": f"{_SITE_URL}/", "path": f"/product-page/{product.slug}"},
        "numericId": str(numeric_id(product)),
        "inventoryItemId": str(uuid.uuid5(_NAMESPACE, product.id)),
        "discount": {"type": "NONE", "value": 0},
        "collectionIds": collection_ids_of(product),
        "lastUpdated": iso_date(CREATED),
        "createdDate": iso_date(CREATED),
        "ribbon": "",
    }
    if variants:
        variant = {"priceData": price, "convertedPriceData": price, "weight": 0}
        variant |= {"sku": product.sku, "visible": True}
        stock_of_variant = {"trackQuantity": False, "inStock": product.in_stock}
        data["variants"] = [
            {"id": DEFAULT_VARIANT_ID, "choices": {}, "variant": variant, "stock": stock_of_variant}
        ]
    return data


_BY_SLUG = {collection.slug: collection for collection in COLLECTIONS}
_BY_ID = {collection.id: collection for collection in COLLECTIONS}


def collection_by_slug(slug: str) -> V1Collection | None:
    """The seeded collection with that slug, if any."""
    return _BY_SLUG.get(slug)


def collection_by_id(collection_id: str) -> V1Collection | None:
    """The seeded collection with that id, if any."""
    return _BY_ID.get(collection_id)
