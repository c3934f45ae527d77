"""The Stores Catalog V3 read APIs over the seeded catalog: search, query, count, get.

Each is served the way the official JS SDK calls it (``GET`` with the payload in
the query, see ``_reads.py``) and by ``POST`` with a JSON body (the SDK's fallback
for long queries, and what other clients send).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ._catalog import SearchError, count_products, product_by_id, search_products
from ._http import BadBody, authenticate, json_response, validation_error, wix_error
from ._reads import read_payload

__all__ = ["count", "get_product", "query", "search"]


async def _answer(
    request: web.Request, work: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> web.Response:
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    try:
        return json_response(work(await read_payload(request)))
    except BadBody as exc:
        return validation_error("body", str(exc))
    except SearchError as exc:
        return validation_error(exc.field, exc.description)


async def search(request: web.Request) -> web.Response:
    """``GET|POST /stores/v3/products/search``: Search Products."""
    return await _answer(request, search_products)


async def query(request: web.Request) -> web.Response:
    """``GET|POST /stores/v3/products/query``: Query Products."""
    return await _answer(request, lambda body: search_products(body, root="query"))


async def count(request: web.Request) -> web.Response:
    """``GET|POST /stores/v3/products/count``: Count Products."""
    return await _answer(request, count_products)


async def get_product(request: web.Request) -> web.Response:
    """``GET /stores/v3/products/{productId}``: one product; ``fields`` adds optional ones."""

    def work(body: Mapping[str, Any]) -> dict[str, Any]:
        product_id = request.match_info["productId"]
        product = product_by_id(product_id)
        if product is None:
            raise LookupError(product_id)
        fields = body.get("fields") or []
        names = frozenset(str(f) for f in ([fields] if isinstance(fields, str) else fields))
        return {"product": product.to_json(names)}

    try:
        return await _answer(request, work)
    except LookupError:
        description = f"Product {request.match_info['productId']} was not found"
        return wix_error(404, description, "PRODUCT_NOT_FOUND", description)
