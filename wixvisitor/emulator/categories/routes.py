"""The Categories API (``@wix/categories``) over the Wix Stores tree: query, count, get, by slug.

Every request names its tree (``treeReference.appNamespace``, required: 400 without
it). The emulated site has one tree, ``@wix/stores`` (``tree.py``), whose system
``all-products`` category Catalog V3's ``getAllProductsCategory`` names
(``stores/products.py``); another
namespace is a tree with no categories (emulator choice), so a query or count answers none and a
get answers 404 ``CATEGORY_NOT_FOUND`` (also an emulator choice: Wix does not document
that answer's code). Query Categories pages by cursor and filters and sorts on
``_FIELDS``. Reads come as ``GET`` with the payload in the query or as ``POST``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import wix_error
from ..common.json_query import QueryError, filter_items, query_page
from ..common.reads import answer_read
from .tree import CATEGORIES, STORES_NAMESPACE, Category, category_by_id, category_by_slug

__all__ = ["add_routes"]

_FIELDS = frozenset(
    {"id", "name", "slug", "visible", "itemCounter", "parentCategory.id", "createdDate",
     "updatedDate", "managingAppId", "breadcrumbsInfo.breadcrumbs.categoryId"}
)  # fmt: skip
_PREFIX = "/categories/v1/categories"
_NOT_AN_ID = "(?!list-trees$|list-categories-for-item$|list-categories-for-items$)[^/]+"


def _tree(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The categories of the tree the request names."""
    reference = body.get("treeReference")
    namespace = reference.get("appNamespace") if isinstance(reference, Mapping) else None
    if not isinstance(namespace, str) or not namespace:
        raise QueryError("treeReference.appNamespace", "is required")
    return [c.to_json() for c in CATEGORIES] if namespace == STORES_NAMESPACE else []


def _query(body: Mapping[str, Any]) -> dict[str, Any]:
    return query_page(_tree(body), body, _FIELDS, key="categories", most=1000)


def _count(body: Mapping[str, Any]) -> dict[str, Any]:
    return {"count": len(filter_items(_tree(body), body.get("filter"), _FIELDS))}


async def query_categories(request: web.Request) -> web.Response:
    """``POST /categories/v1/categories/query``: one page of the tree's categories."""
    return await answer_read(request, _query)


async def count_categories(request: web.Request) -> web.Response:
    """``POST /categories/v1/categories/count`` ``{"filter", "treeReference"}`` → ``{"count"}``."""
    return await answer_read(request, _count)


async def _one(request: web.Request, category: Category | None, wanted: str) -> web.Response:
    def work(body: Mapping[str, Any]) -> dict[str, Any]:
        in_tree = _tree(body)  # the tree reference is checked first
        if category is None or not in_tree:
            raise LookupError(wanted)
        return {"category": category.to_json()}

    try:
        return await answer_read(request, work)
    except LookupError:
        description = f"Category {wanted} was not found"
        return wix_error(404, description, "CATEGORY_NOT_FOUND", description)


async def get_category(request: web.Request) -> web.Response:
    """``GET /categories/v1/categories/{categoryId}?treeReference.appNamespace=...``."""
    wanted = request.match_info["categoryId"]
    return await _one(request, category_by_id(wanted), wanted)


async def get_category_by_slug(request: web.Request) -> web.Response:
    """``GET /categories/v1/categories/slug/{slug}?treeReference.appNamespace=...``."""
    slug = request.match_info["slug"]
    return await _one(request, category_by_slug(slug), f"with slug {slug}")


def add_routes(app: web.Application) -> None:
    """Serve the Categories reads a storefront makes."""
    app.router.add_post(_PREFIX + "/query", query_categories)
    app.router.add_get(_PREFIX + "/query", query_categories)
    app.router.add_post(_PREFIX + "/count", count_categories)
    app.router.add_get(_PREFIX + "/slug/{slug}", get_category_by_slug)
    app.router.add_get(_PREFIX + "/{categoryId:" + _NOT_AN_ID + "}", get_category)
