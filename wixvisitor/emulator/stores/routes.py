"""The routes of Wix Stores: Catalog V3 reads, and Catalog V1 reads with the versioning API."""

from __future__ import annotations

from aiohttp import web

from . import catalog_v1_routes, products


def add_routes(app: web.Application) -> None:
    """Mount both catalogs' read routes on ``app`` (the site's catalog decides which answer)."""
    for read in ("search", "query", "count"):
        handler = getattr(products, read)
        app.router.add_get(f"/stores/v3/products/{read}", handler)
        app.router.add_post(f"/stores/v3/products/{read}", handler)
    app.router.add_get("/stores/v3/products/slug/{slug}", products.get_product_by_slug)
    app.router.add_get("/stores/v3/all-products-category", products.all_products_category)
    app.router.add_get("/stores/v3/products/{productId}", products.get_product)
    catalog_v1_routes.add_routes(app)
