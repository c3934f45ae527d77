"""Catalog V1 reads, the Catalog Versioning API, and what a site on the other catalog answers.

Served the way the official packages call them (paths from their host maps, DESIGN §9):

- ``@wix/auto_sdk_stores_products``: ``queryProducts()`` is ``GET|POST
  /stores-reader/v1/products/query-platformized``, ``getProduct`` is ``GET
  /stores-reader/v1/products/{id}``, ``getCollectionBySlug`` is ``GET
  /stores-reader/v1/collections/slug/{slug}``;
- ``@wix/auto_sdk_stores_collections``: ``queryCollections()`` is ``GET|POST
  /v2/collections/query``, ``getCollection`` and ``getCollectionBySlug`` are under
  ``/v2/collections`` (its host map has no ``www.wixapis.com`` entry for them);
- the REST reference: ``POST /stores/v1/products/query`` (also under ``/stores-reader``),
  ``GET /stores/v1/products/{id}``, ``POST /stores/v1/collections/query``, ``GET
  /stores/v1/collections/{id}`` and ``.../slug/{slug}``;
- ``@wix/auto_sdk_stores_catalog-versioning``: ``GET /stores/v3/provision/version``.

A site runs one catalog (``Emulator(catalog="V1" | "V3")``); the other catalog's endpoints
answer 428 ``CATALOG_VERSION_MISMATCH``. Emulator choice: Wix's docs say V3 endpoints
answer a V1 site with 428 Precondition Required but name no error code, so the code is
ours, and V1 endpoints on a V3 site answer the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    BadBody,
    authenticate,
    json_response,
    validation_error,
    wix_error,
)
from ..common.reads import read_payload
from .catalog import PRODUCTS, product_by_id
from .catalog_v1 import COLLECTIONS, collection_by_id, collection_by_slug, v1_product
from .v1_query import COLLECTION_FIELDS, PRODUCT_FIELDS, QueryError, parse_query, run_query

__all__ = ["CATALOG_VERSIONS", "add_routes", "wrong_catalog"]

#: What ``catalog=`` takes, and what the Catalog Versioning API answers for each.
CATALOG_VERSIONS = {"V1": "V1_CATALOG", "V3": "V3_CATALOG"}

Work = Callable[[Mapping[str, Any]], dict[str, Any]]


def wrong_catalog(request: web.Request, catalog: str) -> web.Response | None:
    """The 428 to answer when the site does not run ``catalog`` ("V1" or "V3"), else None."""
    site = request.app[STATE_KEY].catalog
    if site == catalog:
        return None
    message = (
        f"This site uses Catalog {site}: the Catalog {catalog} APIs are not available on it"
        " (ask the Catalog Versioning API which catalog a site runs)"
    )
    details = {
        "applicationError": {
            "code": "CATALOG_VERSION_MISMATCH",
            "description": message,
            "data": {"catalogVersion": CATALOG_VERSIONS[site]},
        }
    }
    return json_response({"message": message, "details": details}, 428)


async def _answer(request: web.Request, work: Work) -> web.Response:
    """Authenticate, check the site runs Catalog V1, read the payload, answer ``work``."""
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    refusal = wrong_catalog(request, "V1")
    if refusal is not None:
        return refusal
    try:
        return json_response(work(await read_payload(request)))
    except BadBody as exc:
        return validation_error("body", str(exc))
    except QueryError as exc:
        return validation_error(exc.field, exc.description)


def _flag(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _platformized(kind: str, page: list[Any], offset: int, total: int) -> dict[str, Any]:
    """The SDK's shape: ``metadata`` with ``count``, ``offset`` and ``total``."""
    metadata = {"count": len(page), "offset": offset, "total": total, "tooManyToCount": False}
    return {kind: page, "metadata": metadata}


def _rest(kind: str, page: list[Any], offset: int, total: int) -> dict[str, Any]:
    """The REST reference's shape: ``metadata`` with ``items`` and ``offset``, ``totalResults``."""
    return {kind: page, "metadata": {"items": len(page), "offset": offset}, "totalResults": total}


def _query_products(shape: Callable[..., dict[str, Any]], sdk: bool) -> Work:
    def work(body: Mapping[str, Any]) -> dict[str, Any]:
        query = parse_query(body.get("query"), PRODUCT_FIELDS)
        page, total = run_query(PRODUCTS, PRODUCT_FIELDS, query)
        variants = sdk or _flag(body.get("includeVariants"))
        products = [v1_product(p, variants=variants) for p in page]
        return shape("products", products, query.offset, total)

    return work


def _query_collections(shape: Callable[..., dict[str, Any]]) -> Work:
    def work(body: Mapping[str, Any]) -> dict[str, Any]:
        query = parse_query(body.get("query"), COLLECTION_FIELDS)
        page, total = run_query(COLLECTIONS, COLLECTION_FIELDS, query)
        return shape("collections", [c.to_json() for c in page], query.offset, total)

    return work


def _handler(work: Work) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        return await _answer(request, work)

    return handle


class _Missing(LookupError):
    """The product or collection asked for is not in the seeded catalog."""


async def _one(
    request: web.Request, item: dict[str, Any] | None, key: str, what: str
) -> web.Response:
    """Answer ``{key: item}``, or a 404 naming ``what`` (after 401, 428 and 400 checks)."""

    def work(_: Mapping[str, Any]) -> dict[str, Any]:
        if item is None:
            raise _Missing(what)
        return {key: item}

    try:
        return await _answer(request, work)
    except _Missing:
        # Emulator choice: Wix does not document the code of this answer.
        description = f"{what} was not found"
        return wix_error(404, description, f"{key.upper()}_NOT_FOUND", description)


async def get_product(request: web.Request) -> web.Response:
    """``GET /stores[-reader]/v1/products/{id}``: ``{"product"}``, or 404 ``PRODUCT_NOT_FOUND``."""
    product_id = request.match_info["id"]
    product = product_by_id(product_id)
    found = v1_product(product) if product is not None else None
    return await _one(request, found, "product", f"Product {product_id}")


async def get_collection(request: web.Request) -> web.Response:
    """``GET .../collections/{id}`` or ``.../slug/{slug}``: 404 ``COLLECTION_NOT_FOUND`` if none."""
    if "slug" in request.match_info:
        slug = request.match_info["slug"]
        collection, what = collection_by_slug(slug), f"Collection with slug {slug}"
    else:
        collection_id = request.match_info["id"]
        collection, what = collection_by_id(collection_id), f"Collection {collection_id}"
    found = collection.to_json() if collection is not None else None
    return await _one(request, found, "collection", what)


async def catalog_version(request: web.Request) -> web.Response:
    """``GET /stores/v3/provision/version``: ``{"catalogVersion": "V1_CATALOG" | "V3_CATALOG"}``."""
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    return json_response({"catalogVersion": CATALOG_VERSIONS[request.app[STATE_KEY].catalog]})


def add_routes(app: web.Application) -> None:
    """Serve Catalog V1 reads and the Catalog Versioning API on ``app``."""
    router = app.router
    sdk_products = _handler(_query_products(_platformized, sdk=True))
    rest_products = _handler(_query_products(_rest, sdk=False))
    platformized = "/stores-reader/v1/products/query-platformized"
    router.add_get(platformized, sdk_products)
    router.add_post(platformized, sdk_products)
    for prefix in ("/stores/v1", "/stores-reader/v1"):
        router.add_post(f"{prefix}/products/query", rest_products)
        router.add_get(f"{prefix}/products/{{id}}", get_product)
        router.add_post(f"{prefix}/collections/query", _handler(_query_collections(_rest)))
    sdk_collections = _handler(_query_collections(_platformized))
    router.add_get("/v2/collections/query", sdk_collections)
    router.add_post("/v2/collections/query", sdk_collections)
    for prefix in ("/stores/v1", "/stores-reader/v1", "/v2"):
        router.add_get(f"{prefix}/collections/slug/{{slug}}", get_collection)
        router.add_get(f"{prefix}/collections/{{id}}", get_collection)
    router.add_get("/stores/v3/provision/version", catalog_version)
