"""Bookings categories (``@wix/bookings``' ``categoriesV2``): query, get and count.

The seeded categories are ``catalog.CATEGORIES``; a service names its own in
``category``. Query Categories pages by cursor and filters and sorts on ``id``,
``name`` and ``sortOrder``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import wix_error
from ..common.json_query import filter_items, query_page
from ..common.money import iso_date
from ..common.reads import answer_read
from ..stores.catalog import CREATED
from .catalog import CATEGORIES

__all__ = ["add_routes"]

_FIELDS = frozenset({"id", "name", "sortOrder", "createdDate", "updatedDate"})


def _categories() -> list[dict[str, Any]]:
    stamp = iso_date(CREATED)
    return [{**c, "revision": "1", "createdDate": stamp, "updatedDate": stamp} for c in CATEGORIES]


def _query(body: Mapping[str, Any]) -> dict[str, Any]:
    return query_page(_categories(), body, _FIELDS, key="categories", most=100)


def _count(body: Mapping[str, Any]) -> dict[str, Any]:
    return {"count": len(filter_items(_categories(), body.get("filter"), _FIELDS))}


async def query_categories(request: web.Request) -> web.Response:
    """``GET|POST /bookings/v2/categories/query``: one page of categories."""
    return await answer_read(request, _query)


async def count_categories(request: web.Request) -> web.Response:
    """``POST /bookings/v2/categories/count`` ``{"filter"}`` → ``{"count"}``."""
    return await answer_read(request, _count)


async def get_category(request: web.Request) -> web.Response:
    """``GET /bookings/v2/categories/{categoryId}`` → ``{"category"}``, or 404."""
    wanted = request.match_info["categoryId"]

    def work(_: Mapping[str, Any]) -> dict[str, Any]:
        found = [c for c in _categories() if c["id"] == wanted]
        if not found:
            raise LookupError(wanted)
        return {"category": found[0]}

    try:
        return await answer_read(request, work)
    except LookupError:
        description = f"Category {wanted} was not found"
        return wix_error(404, description, "CATEGORY_NOT_FOUND", description)


def add_routes(app: web.Application) -> None:
    """Serve ``categoriesV2`` on the package's path."""
    prefix = "/bookings/v2/categories"
    app.router.add_get(prefix + "/query", query_categories)
    app.router.add_post(prefix + "/query", query_categories)
    app.router.add_post(prefix + "/count", count_categories)
    app.router.add_get(prefix + "/{categoryId}", get_category)
