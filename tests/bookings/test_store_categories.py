"""The emulator's store categories (``@wix/categories``, tree ``@wix/stores``) and V3 products in them."""

from __future__ import annotations

from typing import Any

import pytest

import wixvisitor as wv

CATEGORIES = "/categories/v1/categories"
TREE = {"treeReference": {"appNamespace": "@wix/stores"}}
CLOTHING = "a1c2e3f4-0001-4b5c-8d6e-7f8091a2b3c4"
SHIRTS = "a1c2e3f4-0002-4b5c-8d6e-7f8091a2b3c4"
SHOES = "a1c2e3f4-0003-4b5c-8d6e-7f8091a2b3c4"
TREE_QUERY = "treeReference.appNamespace=@wix/stores"


def _in(*ids: str) -> dict[str, Any]:
    return {"allCategoriesInfo.categories": {"$matchItems": [{"id": {"$in": list(ids)}}]}}


async def test_the_stores_tree(wix: wv.WixClient) -> None:
    """all-products first; children name their parent; filter, sort and page by cursor."""
    tree = await wix.request("POST", f"{CATEGORIES}/query", json=TREE)
    slugs = [c["slug"] for c in tree["categories"]]
    assert slugs == ["all-products", "clothing", "shirts", "shoes", "accessories", "coffee"]
    everything = tree["categories"][0]
    assert everything["itemCounter"] == 12 and everything["visible"] is True
    query = {"filter": {"parentCategory.id": CLOTHING}}
    children = await wix.request("POST", f"{CATEGORIES}/query", json={**TREE, "query": query})
    (shirts,) = children["categories"]
    assert shirts["id"] == SHIRTS and shirts["parentCategory"] == {"id": CLOTHING, "index": 0}
    assert shirts["breadcrumbsInfo"]["breadcrumbs"][0]["categorySlug"] == "clothing"
    query = {"sort": [{"fieldName": "name", "order": "ASC"}], "cursorPaging": {"limit": 2}}
    page = await wix.request("POST", f"{CATEGORIES}/query", json={**TREE, "query": query})
    assert [c["name"] for c in page["categories"]] == ["Accessories", "All Products"]
    assert page["pagingMetadata"]["hasNext"] is True
    counted = await wix.request(
        "POST", f"{CATEGORIES}/count", json={**TREE, "filter": {"itemCounter": {"$gt": 2}}}
    )
    assert counted == {"count": 4}
    other = {"treeReference": {"appNamespace": "@wix/bookings"}}
    assert (await wix.request("POST", f"{CATEGORIES}/query", json=other))["categories"] == []


async def test_one_category_by_id_and_by_slug(wix: wv.WixClient) -> None:
    """Get Category and Get Category By Slug, with the tree in the query string; 404 otherwise."""
    by_id = await wix.request("GET", f"{CATEGORIES}/{SHOES}?{TREE_QUERY}")
    by_slug = await wix.request("GET", f"{CATEGORIES}/slug/shoes?{TREE_QUERY}")
    assert by_id == by_slug and by_id["category"]["name"] == "Shoes"
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("GET", f"{CATEGORIES}/slug/hats?{TREE_QUERY}")
    assert (caught.value.status, caught.value.code) == (404, "CATEGORY_NOT_FOUND")
    root = await wix.request("GET", "/stores/v3/all-products-category")
    assert root["treeReference"] == {"appNamespace": "@wix/stores"}
    got = await wix.request("GET", f"{CATEGORIES}/{root['categoryId']}?{TREE_QUERY}")
    assert got["category"]["slug"] == "all-products"


async def test_v3_products_carry_their_categories(wix: wv.WixClient) -> None:
    """allCategoriesInfo and mainCategoryId; search and count take $matchItems."""
    found = await wix.request(
        "POST", "/stores/v3/products/search", json={"search": {"filter": _in(SHIRTS)}}
    )
    assert [p["name"] for p in found["products"]] == ["Blue Shirt", "Red Shirt"]
    blue = found["products"][0]
    assert {c["id"] for c in blue["allCategoriesInfo"]["categories"]} >= {CLOTHING, SHIRTS}
    assert blue["mainCategoryId"] == CLOTHING
    either = await wix.request(
        "POST", "/stores/v3/products/count", json={"filter": _in(SHIRTS, SHOES)}
    )
    assert either == {"count": 5}
    both = {"$and": [_in(CLOTHING), {"actualPriceRange.minValue.amount": {"$gt": 25}}]}
    expensive = await wix.request("POST", "/stores/v3/products/count", json={"filter": both})
    assert expensive == {"count": 2}
    flat = {"allCategoriesInfo.categories.id": {"$hasSome": [SHOES]}}
    assert (await wix.request("POST", "/stores/v3/products/count", json={"filter": flat})) == {
        "count": 3
    }


HOSTILE: list[tuple[str, str, Any]] = [
    ("POST", f"{CATEGORIES}/query", {}),
    ("POST", f"{CATEGORIES}/query", {"treeReference": "stores"}),
    ("POST", f"{CATEGORIES}/query", {**TREE, "query": []}),
    ("POST", f"{CATEGORIES}/query", {**TREE, "query": {"filter": {"colour": "red"}}}),
    ("POST", f"{CATEGORIES}/query", {**TREE, "query": {"sort": "name"}}),
    ("POST", f"{CATEGORIES}/query", {**TREE, "query": {"cursorPaging": {"limit": 5000}}}),
    ("POST", f"{CATEGORIES}/count", {**TREE, "filter": "{"}),
    ("GET", f"{CATEGORIES}/{SHOES}", None),
    ("GET", f"{CATEGORIES}/nope?{TREE_QUERY}", None),
    ("GET", f"{CATEGORIES}/slug/shoes?.r=%%%", None),
    ("POST", "/stores/v3/products/search", {"search": {"filter": {"allCategoriesInfo.categories": 5}}}),
    ("POST", "/stores/v3/products/search",
     {"search": {"filter": {"allCategoriesInfo.categories": {"$matchItems": "x"}}}}),
    ("POST", "/stores/v3/products/search",
     {"search": {"filter": {"allCategoriesInfo.categories": {"$matchItems": [{"colour": 1}]}}}}),
    ("POST", "/stores/v3/products/count",
     {"filter": {"allCategoriesInfo.categories.id": {"$hasSome": "x"}}}),
    ("POST", "/stores/v3/products/count",
     {"filter": {"allCategoriesInfo.categories.id": {"$gt": 1}}}),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "path", "body"), HOSTILE)
async def test_hostile_bodies_are_4xx_never_500(
    wix: wv.WixClient, verb: str, path: str, body: Any
) -> None:
    """Wrong shapes on the categories routes and category filters are Wix-shaped 4xx answers."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request(verb, path, json=body)
    assert 400 <= caught.value.status < 500, caught.value
