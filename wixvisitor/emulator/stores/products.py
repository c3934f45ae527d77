"""The Stores Catalog V3 read APIs over the seeded catalog: search, query, count, get, by slug.

Each is served the way the official JS SDK calls it (``GET`` with the payload in
the query, see ``common/reads.py``) and by ``POST`` with a JSON body (the SDK's fallback
for long queries, and what other clients send).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from ..categories.tree import ALL_PRODUCTS_ID, STORES_NAMESPACE
from ..common.http import BadBody, authenticate, json_response, validation_error, wix_error
from ..common.reads import read_payload
from .catalog import Product, product_by_id, product_by_slug
from .catalog_v1_routes import wrong_catalog
from .search import SearchError, count_products, field_names, search_products

__all__ = [
    "all_products_category",
    "count",
    "get_product",
    "get_product_by_slug",
    "query",
    "search",
]


async def _answer(
    request: web.Request, work: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> web.Response:
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    refusal = wrong_catalog(request, "V3")  # a Catalog V1 site answers 428
    if refusal is not None:
        return refusal
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


async def all_products_category(request: web.Request) -> web.Response:
    """``GET /stores/v3/all-products-category``: the category every product is in, and its tree."""
    tree = {"appNamespace": STORES_NAMESPACE}
    return await _answer(request, lambda _: {"categoryId": ALL_PRODUCTS_ID, "treeReference": tree})


async def _one(request: web.Request, product: Product | None, wanted: str) -> web.Response:
    """Answer ``{"product"}`` with the ``fields`` asked for, or 404 ``PRODUCT_NOT_FOUND``."""

    def work(body: Mapping[str, Any]) -> dict[str, Any]:
        if product is None:
            raise LookupError(wanted)
        return {"product": product.to_json(field_names(body))}

    try:
        return await _answer(request, work)
    except LookupError:
        # Emulator choice: Wix does not document this answer's code.
        description = f"Product {wanted} was not found"
        return wix_error(404, description, "PRODUCT_NOT_FOUND", description)


async def get_product(request: web.Request) -> web.Response:
    """``GET /stores/v3/products/{productId}``: one product; ``fields`` adds optional ones."""
    product_id = request.match_info["productId"]
    return await _one(request, product_by_id(product_id), product_id)


async def get_product_by_slug(request: web.Request) -> web.Response:
    """``GET /stores/v3/products/slug/{slug}``: the JS SDK's ``getProductBySlug``."""
    slug = request.match_info["slug"]
    return await _one(request, product_by_slug(slug), f"with slug {slug}")
