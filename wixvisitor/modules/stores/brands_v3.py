# File generated from @wix/auto_sdk_stores_brands-v-3 1.0.85
# by `make apigen` (tools/apigen). Do not edit.
"""The ``brandsV3`` module of ``@wix/stores`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import brands_v3 as _types

_BULK_CREATE_BRANDS = Route(
    "POST",
    "/stores/v3/bulk/brands/create",
    "com.wix.stores.catalog.brand.v3.BrandService.BulkCreateBrands",
)
_BULK_DELETE_BRANDS = Route(
    "POST",
    "/stores/v3/bulk/brands/delete",
    "com.wix.stores.catalog.brand.v3.BrandService.BulkDeleteBrands",
)
_BULK_GET_OR_CREATE_BRANDS = Route(
    "POST",
    "/stores/v3/bulk/brands/get-or-create",
    "com.wix.stores.catalog.brand.v3.BrandService.BulkGetOrCreateBrands",
)
_BULK_UPDATE_BRANDS = Route(
    "POST",
    "/stores/v3/bulk/brands/update",
    "com.wix.stores.catalog.brand.v3.BrandService.BulkUpdateBrands",
)
_COUNT_BRANDS = Route(
    "POST", "/stores/v3/brands/count", "com.wix.stores.catalog.brand.v3.BrandService.CountBrands"
)
_CREATE_BRAND = Route(
    "POST", "/stores/v3/brands", "com.wix.stores.catalog.brand.v3.BrandService.CreateBrand"
)
_DELETE_BRAND = Route(
    "DELETE",
    "/stores/v3/brands/{brandId}",
    "com.wix.stores.catalog.brand.v3.BrandService.DeleteBrand",
    path_params=("brandId",),
)
_GET_BRAND = Route(
    "GET",
    "/stores/v3/brands/{brandId}",
    "com.wix.stores.catalog.brand.v3.BrandService.GetBrand",
    path_params=("brandId",),
)
_GET_OR_CREATE_BRAND = Route(
    "POST",
    "/stores/v3/brands/get-or-create",
    "com.wix.stores.catalog.brand.v3.BrandService.GetOrCreateBrand",
)
_QUERY_BRANDS = Query(
    Route(
        "GET",
        "/stores/v3/brands/query",
        "com.wix.stores.catalog.brand.v3.BrandService.QueryBrands",
        complex=True,
        fallback=True,
    ),
    items="brands",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_BRAND = Route(
    "PATCH",
    "/stores/v3/brands/{brand.id}",
    "com.wix.stores.catalog.brand.v3.BrandService.UpdateBrand",
    path_params=("brand.id",),
)


class BrandsV3(Module):
    """``brandsV3`` of ``@wix/stores``: ``brands_v3 = stores.brands_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_brands(
        self,
        brands: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateBrandsOptions | None = None,
    ) -> _types.BulkCreateBrandsResponse:
        """Bulk create brands: ``POST /stores/v3/bulk/brands/create``.

        Permissions: ``WIX_STORES.BRAND_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateBrandsResponse",
            await call(
                self._requester,
                _BULK_CREATE_BRANDS,
                {"brands": brands, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_brands(self, brand_ids: Sequence[str]) -> _types.BulkDeleteBrandsResponse:
        """Bulk delete brands: ``POST /stores/v3/bulk/brands/delete``.

        Permissions: ``WIX_STORES.BRAND_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteBrandsResponse",
            await call(self._requester, _BULK_DELETE_BRANDS, {"brandIds": brand_ids}),
        )

    async def bulk_get_or_create_brands(
        self, brand_names: Sequence[str], options: _types.BulkGetOrCreateBrandsOptions | None = None
    ) -> _types.BulkGetOrCreateBrandsResponse:
        """Bulk get or create brands: ``POST /stores/v3/bulk/brands/get-or-create``.

        Permissions: ``WIX_STORES.BRAND_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkGetOrCreateBrandsResponse",
            await call(
                self._requester,
                _BULK_GET_OR_CREATE_BRANDS,
                {"brandNames": brand_names, **_fields.pick(options, "fields")},
            ),
        )

    async def bulk_update_brands(
        self,
        brands: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateBrandsOptions | None = None,
    ) -> _types.BulkUpdateBrandsResponse:
        """Bulk update brands: ``POST /stores/v3/bulk/brands/update``.

        Permissions: ``WIX_STORES.BRAND_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateBrandsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_BRANDS,
                {"brands": brands, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def count_brands(
        self, options: _types.CountBrandsOptions | None = None
    ) -> _types.CountBrandsResponse:
        """Count brands: ``POST /stores/v3/brands/count``.

        Permissions: ``WIX_STORES.BRAND_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountBrandsResponse",
            await call(self._requester, _COUNT_BRANDS, {**_fields.pick(options, "filter")}),
        )

    async def create_brand(self, brand: _types.Brand) -> _types.CreateBrandResponse:
        """Create brand: ``POST /stores/v3/brands``.

        Permissions: ``WIX_STORES.BRAND_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateBrandResponse",
            await call(self._requester, _CREATE_BRAND, {"brand": brand}),
        )

    async def delete_brand(self, brand_id: str) -> _types.DeleteBrandResponse:
        """Delete brand: ``DELETE /stores/v3/brands/{brandId}``.

        Permissions: ``WIX_STORES.BRAND_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteBrandResponse",
            await call(self._requester, _DELETE_BRAND, {"brandId": brand_id}),
        )

    async def get_brand(
        self, brand_id: str, options: _types.GetBrandOptions | None = None
    ) -> _types.GetBrandResponse:
        """Get brand: ``GET /stores/v3/brands/{brandId}``.

        Permissions: ``WIX_STORES.BRAND_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetBrandResponse",
            await call(
                self._requester,
                _GET_BRAND,
                {"brandId": brand_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_or_create_brand(
        self, brand_name: str, options: _types.GetOrCreateBrandOptions | None = None
    ) -> _types.GetOrCreateBrandResponse:
        """Get or create brand: ``POST /stores/v3/brands/get-or-create``.

        Permissions: ``WIX_STORES.BRAND_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrCreateBrandResponse",
            await call(
                self._requester,
                _GET_OR_CREATE_BRAND,
                {"brandName": brand_name, **_fields.pick(options, "fields")},
            ),
        )

    def query_brands(self, options: Mapping[str, Any] | None = None) -> QueryBuilder[_types.Brand]:
        """Query brands: ``GET /stores/v3/brands/query``.

        Permissions: ``WIX_STORES.BRAND_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_BRANDS, options)

    async def update_brand(
        self, id: str, brand: _types.Brand, options: _types.UpdateBrandOptions | None = None
    ) -> _types.UpdateBrandResponse:
        """Update brand: ``PATCH /stores/v3/brands/{brand.id}``.

        Permissions: ``WIX_STORES.BRAND_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateBrandResponse",
            await call(
                self._requester,
                _UPDATE_BRAND,
                {"brand": {**brand, "id": id}, **_fields.pick(options, "fields")},
            ),
        )


def bind(client: Requester) -> BrandsV3:
    """The ``brandsV3`` module for ``client``'s visitor."""
    return BrandsV3(client)
