"""A hand-written module in the generated modules' shape, over routes the emulator serves.

Like ``wixvisitor/modules/<package>/<module>.py``: one :class:`Module` subclass whose
methods are a :class:`Route` (or a :class:`Query`) and a one-line body, and ``bind``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wixvisitor.modules._query import Query, QueryBuilder
from wixvisitor.modules._runtime import Module, Requester, Route, call

_GET_CURRENT_CART = Route(
    "GET", "/ecom/v1/carts/current", "com.wix.ecom.cart.api.v1.CurrentCartService.GetCurrentCart"
)
_ADD_TO_CURRENT_CART = Route(
    "POST",
    "/ecom/v1/carts/current/add-to-cart",
    "com.wix.ecom.cart.api.v1.CurrentCartService.AddToCurrentCart",
)
_GET_PRODUCT = Route(
    "GET",
    "/stores/v3/products/{productId}",
    "wix.stores.catalog.v3.CatalogApi.GetProduct",
    path_params=("productId",),
)
_QUERY_PRODUCTS = Query(
    Route(
        "GET",
        "/stores/v3/products/query",
        "wix.stores.catalog.v3.CatalogApi.QueryProducts",
        complex=True,
        fallback=True,
    ),
    items="products",
    paging="CURSOR",
    metadata="pagingMetadata",
    max_limit=100,
)

#: Catalog V1's query (OFFSET paging, items ``products``, metadata ``metadata``): the
#: emulator does not serve Catalog V1, so its tests use a recording server.
_QUERY_PRODUCTS_V1 = Query(
    Route(
        "GET",
        "/stores-reader/v1/products/query-platformized",
        "wix.catalog.api.v1.CatalogReadApi.QueryProductsPlatformized",
        complex=True,
        fallback=True,
    ),
    items="products",
    paging="OFFSET",
    metadata="metadata",
    max_limit=100,
)


class Sample(Module):
    """The sample module: the visitor's cart and Catalog V3 products."""

    __slots__ = ()

    async def get_current_cart(self) -> dict[str, Any]:
        """Get Current Cart (``GET /ecom/v1/carts/current``)."""
        return await call(self._requester, _GET_CURRENT_CART)

    async def add_to_current_cart(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Add To Current Cart (``POST /ecom/v1/carts/current/add-to-cart``)."""
        return await call(self._requester, _ADD_TO_CURRENT_CART, options)

    async def get_product(
        self, product_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get Product (``GET /stores/v3/products/{productId}``)."""
        return await call(
            self._requester, _GET_PRODUCT, {**(options or {}), "productId": product_id}
        )

    def query_products(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query Products (``GET /stores/v3/products/query``), CURSOR paging."""
        return QueryBuilder(self._requester, _QUERY_PRODUCTS, options)

    def query_products_v1(self) -> QueryBuilder:
        """Query Products, Catalog V1 (``GET /stores-reader/v1/products/query-platformized``)."""
        return QueryBuilder(self._requester, _QUERY_PRODUCTS_V1)


def bind(requester: Requester) -> Sample:
    """The sample module calling through ``requester`` (a :class:`wixvisitor.WixClient`)."""
    return Sample(requester)
