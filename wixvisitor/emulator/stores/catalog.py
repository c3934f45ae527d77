"""The seeded Wix Stores catalog, in the Catalog V3 product shape (searching it: ``search.py``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from ..categories.tree import categories_of, main_category_of
from ..common.money import CURRENCY, iso_date, money

#: The Wix Stores app id that every Stores ``catalogReference`` carries.
STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"

#: When every seeded product was created and last updated: fixed, so answers are stable.
CREATED = 1_704_067_200.0  # 2024-01-01T00:00:00Z: fixed, so answers are stable
_SITE_URL = "https://emulator.wixsite.com/store"


@attrs.frozen
class Product:
    """One product of the seeded catalog."""

    id: str
    name: str
    slug: str
    price: Decimal
    description: str
    sku: str
    in_stock: bool = True

    def to_json(self, fields: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The product as Catalog V3 returns it; ``fields`` adds optional fields."""
        # V3's price ranges hold a FixedMonetaryAmount: an amount, no converted one
        price = {key: money(self.price)[key] for key in ("amount", "formattedAmount")}
        data: dict[str, Any] = {
            "id": self.id,
            "revision": "1",
            "createdDate": iso_date(CREATED),
            "updatedDate": iso_date(CREATED),
            "name": self.name,
            "slug": self.slug,
            "visible": True,
            "visibleInPos": True,
            "productType": "PHYSICAL",
            "physicalProperties": {},
            "inventory": {
                "availabilityStatus": "IN_STOCK" if self.in_stock else "OUT_OF_STOCK",
                "preorderStatus": "DISABLED",
            },
            "actualPriceRange": {"minValue": price, "maxValue": price},
            "compareAtPriceRange": {"minValue": price, "maxValue": price},
            "variantSummary": {"variantCount": 1},
            "allCategoriesInfo": {"categories": categories_of(self.id)},
        }
        main = main_category_of(self.id)
        if main is not None:
            data["mainCategoryId"] = main
        if "CURRENCY" in fields:
            data["currency"] = CURRENCY
        if "URL" in fields:
            data["url"] = {"relativePath": f"/product-page/{self.slug}", "url": self.url}
        if "PLAIN_DESCRIPTION" in fields:
            data["plainDescription"] = f"<p>{self.description}</p>"
        return data

    @property
    def url(self) -> str:
        """The product page on the emulated site."""
        return f"{_SITE_URL}/product-page/{self.slug}"


# id | name | price | sku | description: one product a line, slug derived from the name.
_SEED = """
bb5405d0-dea0-4fa8-b21f-7bee285ccfa1|Blue Shirt|25|SHIRT-BLU|Soft cotton shirt in ocean blue.
20fb8f13-0302-4b91-8f50-284678a80654|Red Shirt|25|SHIRT-RED|Soft cotton shirt in brick red.
8f1d72e7-d5b4-4985-a542-b3f50418c179|Denim Jacket|89.9|JACKET-DNM|A washed denim jacket.
9d5f6e2e-e193-4071-96b3-fd5246b5524b|Canvas Tote Bag|18.5|BAG-TOTE|A sturdy bag for books.
8efbc8a3-1f1a-485b-8452-d6db13c8f344|Ceramic Coffee Mug|12|MUG-CER|A glazed mug for coffee.
58a13267-53a2-4dd9-acec-473487da0afc|Espresso Beans|16.75|COFFEE-ESP|Dark roasted coffee, 500 g.
6a94e01d-caa6-46bc-9e15-f941f88db184|Wool Beanie|22|HAT-WOOL|A warm knitted wool hat.
1ad68e69-e545-406d-a480-0f7cf0e7bdfb|Leather Wallet|45|WALLET-LTH|A slim full-grain wallet.
1b89df16-dca6-4403-bc84-77512959affc|Blue Sneakers|74.99|SHOE-BLU|Light running shoes in navy.
169da4e1-cf43-43fc-8858-57f84d8a7274|Linen Scarf|29.5|SCARF-LIN|A light scarf in natural linen.
760b2f08-a99a-49c7-b8ae-38060a3649fd|Shoes Trail Runner|96|SHOE-TRAIL|Runners for muddy paths.
9147ba1a-bb94-496a-b58a-7d52288871ec|Shoes Leather Loafer|120|SHOE-LOAF|Stitched tan loafers.
"""


def _product(line: str) -> Product:
    id_, name, price, sku, description = line.split("|")
    return Product(id_, name, name.lower().replace(" ", "-"), Decimal(price), description, sku)


#: The seeded catalog, in its stable default order. Ids never change.
PRODUCTS: tuple[Product, ...] = tuple(_product(line) for line in _SEED.strip().splitlines())

_BY_ID = {product.id: product for product in PRODUCTS}


def product_by_id(product_id: str) -> Product | None:
    """The seeded product with that id, if any."""
    return _BY_ID.get(product_id)


_BY_SLUG = {product.slug: product for product in PRODUCTS}


def product_by_slug(slug: str) -> Product | None:
    """The seeded product with that slug, if any."""
    return _BY_SLUG.get(slug)
