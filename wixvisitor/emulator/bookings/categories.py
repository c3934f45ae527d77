"""Bookings categories (``@wix/bookings``' ``categoriesV2``): query, get and count.

The seeded categories are ``catalog.CATEGORIES``; a service names its own in
``category``. Query Categories pages by cursor and filters and sorts on ``id``,
``name`` and ``sortOrder``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ..common.http import BadBody, authenticate, json_response, validation_error, wix_error
from ..common.json_query import QueryError, filter_items, page_by_cursor, sort_items
from ..common.money import iso_date
from ..common.reads import read_payload
from ..stores.catalog import CREATED
from .catalog import CATEGORIES

__all__ = ["add_routes"]

_FIELDS = frozenset({"id", "name", "sortOrder", "createdDate", "updatedDate"})


def _categories() -> list[dict[str, Any]]:
    stamp = iso_date(CREATED)
    return [{**c, "revision": "1", "createdDate": stamp, "updatedDate": stamp} for c in CATEGORIES]


async def _answer(
    request: web.Request, work: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> web.Response:
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        return json_response(work(await read_payload(request)))
    except BadBody as exc:
        return validation_error("body", str(exc))
    except QueryError as exc:
        return validation_error(exc.field, exc.description)


def _query(body: Mapping[str, Any]) -> dict[str, Any]:
    query = {} if body.get("query") is None else body["query"]
    if not isinstance(query, Mapping):
        raise QueryError("query", "must be an object")
    found = filter_items(_categories(), query.get("filter"), _FIELDS)
    found = sort_items(found, query.get("sort"), _FIELDS)
    page, meta = page_by_cursor(found, query.get("cursorPaging"), default=50, most=100)
    return {"categories": page, "pagingMetadata": meta}


def _count(body: Mapping[str, Any]) -> dict[str, Any]:
    return {"count": len(filter_items(_categories(), body.get("filter"), _FIELDS))}


async def query_categories(request: web.Request) -> web.Response:
    """``GET|POST /bookings/v2/categories/query``: one page of categories."""
    return await _answer(request, _query)


async def count_categories(request: web.Request) -> web.Response:
    """``POST /bookings/v2/categories/count`` ``{"filter"}`` → ``{"count"}``."""
    return await _answer(request, _count)


async def get_category(request: web.Request) -> web.Response:
    """``GET /bookings/v2/categories/{categoryId}`` → ``{"category"}``, or 404."""
    wanted = request.match_info["categoryId"]

    def work(_: Mapping[str, Any]) -> dict[str, Any]:
        found = [c for c in _categories() if c["id"] == wanted]
        if not found:
            raise LookupError(wanted)
        return {"category": found[0]}

    try:
        return await _answer(request, work)
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
