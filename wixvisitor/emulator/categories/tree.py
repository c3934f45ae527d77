"""The seeded category tree of Wix Stores (``@wix/stores``), in the Categories V1 shape.

Wix keeps one category tree per app; a Catalog V3 store's is ``@wix/stores``, with the
system category ``all-products`` holding every product. The emulated store has five
more: Clothing (with Shirts under it), Shoes, Accessories and Coffee. Each category
lists its products in order, which makes each product's ``allCategoriesInfo``
(``{"categories": [{"id", "index"}]}``) and ``mainCategoryId`` (its first category
after ``all-products``). Ids never change.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..common.money import iso_date

__all__ = [
    "ALL_PRODUCTS_ID",
    "CATEGORIES",
    "STORES_NAMESPACE",
    "Category",
    "categories_of",
    "category_by_id",
    "category_by_slug",
    "main_category_of",
]

#: The Wix Stores tree's app namespace.
STORES_NAMESPACE = "@wix/stores"
_CREATED = 1_704_067_200.0  # 2024-01-01T00:00:00Z, as the seeded products


@attrs.frozen
class Category:
    """One category of the tree."""

    id: str
    slug: str
    name: str
    parent: str | None  # the parent's id
    product_ids: tuple[str, ...]
    description: str = ""
    managing_app_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The category as the Categories API returns it."""
        data: dict[str, Any] = {
            "id": self.id,
            "revision": "1",
            "createdDate": iso_date(_CREATED),
            "updatedDate": iso_date(_CREATED),
            "name": self.name,
            "itemCounter": len(self.product_ids),
            "description": self.description,
            "visible": True,
            "breadcrumbsInfo": {"breadcrumbs": _breadcrumbs(self)},
            "slug": self.slug,
            "treeReference": {"appNamespace": STORES_NAMESPACE},
        }
        if self.parent is not None:
            siblings = [c.id for c in CATEGORIES if c.parent == self.parent]
            data["parentCategory"] = {"id": self.parent, "index": siblings.index(self.id)}
        if self.managing_app_id is not None:
            data["managingAppId"] = self.managing_app_id
        return data


def _breadcrumbs(category: Category) -> list[dict[str, str]]:
    """The category's ancestors, root first."""
    crumbs: list[dict[str, str]] = []
    parent = category.parent
    while parent is not None:
        above = _BY_ID[parent]
        crumbs.insert(
            0, {"categoryId": above.id, "categoryName": above.name, "categorySlug": above.slug}
        )
        parent = above.parent
    return crumbs


_STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
_BLUE, _RED, _JACKET = (
    "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1",
    "20fb8f13-0302-4b91-8f50-284678a80654",
    "8f1d72e7-d5b4-4985-a542-b3f50418c179",
)
_TOTE, _MUG, _BEANS, _BEANIE, _WALLET = (
    "9d5f6e2e-e193-4071-96b3-fd5246b5524b",
    "8efbc8a3-1f1a-485b-8452-d6db13c8f344",
    "58a13267-53a2-4dd9-acec-473487da0afc",
    "6a94e01d-caa6-46bc-9e15-f941f88db184",
    "1ad68e69-e545-406d-a480-0f7cf0e7bdfb",
)
_SNEAKERS, _SCARF, _TRAIL, _LOAFER = (
    "1b89df16-dca6-4403-bc84-77512959affc",
    "169da4e1-cf43-43fc-8858-57f84d8a7274",
    "760b2f08-a99a-49c7-b8ae-38060a3649fd",
    "9147ba1a-bb94-496a-b58a-7d52288871ec",
)
_ALL = (_BLUE, _RED, _JACKET, _TOTE, _MUG, _BEANS, _BEANIE, _WALLET, _SNEAKERS, _SCARF, _TRAIL,
        _LOAFER)  # fmt: skip
_CLOTHING = "a1c2e3f4-0001-4b5c-8d6e-7f8091a2b3c4"

#: The tree, parents before children, in display order.
CATEGORIES: tuple[Category, ...] = (
    Category("7f2a9b1c-0000-4d3e-9f10-2a3b4c5d6e7f", "all-products", "All Products", None, _ALL,
             "Every product of the store", managing_app_id=_STORES_APP_ID),
    Category(_CLOTHING, "clothing", "Clothing", None, (_BLUE, _RED, _JACKET, _BEANIE, _SCARF),
             "Shirts, jackets and warm things"),
    Category("a1c2e3f4-0002-4b5c-8d6e-7f8091a2b3c4", "shirts", "Shirts", _CLOTHING, (_BLUE, _RED),
             "Cotton shirts"),
    Category("a1c2e3f4-0003-4b5c-8d6e-7f8091a2b3c4", "shoes", "Shoes", None,
             (_SNEAKERS, _TRAIL, _LOAFER), "For running and for walking"),
    Category("a1c2e3f4-0004-4b5c-8d6e-7f8091a2b3c4", "accessories", "Accessories", None,
             (_TOTE, _WALLET, _SCARF, _BEANIE), "Bags, wallets and the rest"),
    Category("a1c2e3f4-0005-4b5c-8d6e-7f8091a2b3c4", "coffee", "Coffee", None, (_MUG, _BEANS),
             "Beans and something to drink them from"),
)  # fmt: skip

#: The system category holding every product.
ALL_PRODUCTS_ID = CATEGORIES[0].id
_BY_ID = {category.id: category for category in CATEGORIES}
_BY_SLUG = {category.slug: category for category in CATEGORIES}


def category_by_id(category_id: str) -> Category | None:
    """The category with that id, if any."""
    return _BY_ID.get(category_id)


def category_by_slug(slug: str) -> Category | None:
    """The category with that slug, if any."""
    return _BY_SLUG.get(slug)


def categories_of(product_id: str) -> list[dict[str, Any]]:
    """A product's ``allCategoriesInfo.categories``: each category holding it, and where."""
    return [
        {"id": c.id, "index": c.product_ids.index(product_id)}
        for c in CATEGORIES
        if product_id in c.product_ids
    ]


def main_category_of(product_id: str) -> str | None:
    """A product's ``mainCategoryId``: its first category other than ``all-products``."""
    found = [c.id for c in CATEGORIES[1:] if product_id in c.product_ids]
    return found[0] if found else None
