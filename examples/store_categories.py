"""Store categories: a Catalog V3 storefront's menu of categories and the products in each.

    python examples/store_categories.py

It runs against a local Wix emulator, so it needs no account and no network. The
calls are a Catalog V3 storefront's, through the generated modules:

1. the store's category tree (``@wix/categories``, tree ``appNamespace: "@wix/stores"``),
   whose system ``all-products`` category Catalog V3's ``getAllProductsCategory`` names;
2. one category by its slug (a category page's URL);
3. the products in it: Search Products with
   ``{"allCategoriesInfo.categories": {"$matchItems": [{"id": {"$in": [ID]}}]}}``, and
   Count Products with the same filter.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import categories, stores

if TYPE_CHECKING:
    from wixvisitor.modules.categories.types.categories import TreeReference

STORES_TREE: TreeReference = {"appNamespace": "@wix/stores"}


def in_category(category_id: str | None) -> dict[str, Any]:
    """The V3 products filter of one category."""
    return {"allCategoriesInfo.categories": {"$matchItems": [{"id": {"$in": [category_id]}}]}}


async def storefront(client_id: str, base_url: str) -> None:
    """The category menu, then one category page."""
    async with wv.create_client(client_id, base_url=base_url) as wix:
        tree = categories.categories.bind(wix)
        products = stores.products_v3.bind(wix)
        root = await products.get_all_products_category()
        menu = await tree.query_categories({"treeReference": STORES_TREE}).limit(50).find()
        for category in menu.items:
            depth = len(category["breadcrumbsInfo"]["breadcrumbs"])
            system = " (all products)" if category["id"] == root["categoryId"] else ""
            print(f"{'  ' * depth}- {category['name']}: {category['itemCounter']} items{system}")

        shirts = (await tree.get_category_by_slug("shirts", STORES_TREE))["category"]
        path = " > ".join(b["categoryName"] for b in shirts["breadcrumbsInfo"]["breadcrumbs"])
        print(f"category page /category/{shirts['slug']}: {path} > {shirts['name']}")
        found = await products.search_products({"filter": in_category(shirts["id"])})
        for product in found["products"]:
            print(
                f"  {product['name']}: {product['actualPriceRange']['minValue']['formattedAmount']}"
            )
        counted = await products.count_products({"filter": in_category(shirts["id"])})
        print(f"{counted['count']} products in {shirts['name']}")


async def main() -> None:
    async with Emulator() as emulator:
        print(f"using a local Wix emulator at {emulator.base_url}")
        await storefront("my-client-id", emulator.base_url)


if __name__ == "__main__":
    asyncio.run(main())
