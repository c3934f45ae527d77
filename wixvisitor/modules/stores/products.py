# File generated from @wix/auto_sdk_stores_products 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""The ``products`` module of ``@wix/stores`` (26 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import products as _types

_ADD_PRODUCT_MEDIA = Route(
    "POST",
    "/stores/v1/products/{id}/media",
    "wix.catalog.api.v1.CatalogWriteApi.AddProductMedia",
    path_params=("id",),
)
_ADD_PRODUCT_MEDIA_TO_CHOICES = Route(
    "PATCH",
    "/stores/v1/products/{id}/choices/media",
    "wix.catalog.api.v1.CatalogWriteApi.AddProductMediaToChoices",
    path_params=("id",),
)
_ADD_PRODUCTS_TO_COLLECTION = Route(
    "POST",
    "/stores/v1/collections/{id}/productIds",
    "wix.catalog.api.v1.CatalogWriteApi.AddProductsToCollection",
    path_params=("id",),
)
_BULK_ADJUST_PRODUCT_PROPERTY = Route(
    "POST",
    "/stores/v1/bulk/products/adjust-properties",
    "wix.catalog.api.v1.CatalogWriteApi.BulkAdjustProductProperties",
)
_BULK_UPDATE_PRODUCTS_PROPERTY = Route(
    "POST",
    "/stores/v1/bulk/products/update",
    "wix.catalog.api.v1.CatalogWriteApi.BulkUpdateProducts",
)
_CREATE_COLLECTION = Route(
    "POST", "/stores/v1/collections", "wix.catalog.api.v1.CatalogWriteApi.CreateCollection"
)
_CREATE_PRODUCT = Route(
    "POST", "/stores/v1/products", "wix.catalog.api.v1.CatalogWriteApi.CreateProduct"
)
_DELETE_COLLECTION = Route(
    "DELETE",
    "/stores/v1/collections/{id}",
    "wix.catalog.api.v1.CatalogWriteApi.DeleteCollection",
    path_params=("id",),
)
_DELETE_PRODUCT = Route(
    "DELETE",
    "/stores/v1/products/{id}",
    "wix.catalog.api.v1.CatalogWriteApi.DeleteProduct",
    path_params=("id",),
)
_DELETE_PRODUCT_OPTIONS = Route(
    "DELETE",
    "/stores/v1/products/{id}/options",
    "wix.catalog.api.v1.CatalogWriteApi.DeleteProductOptions",
    path_params=("id",),
)
_GET_COLLECTION_BY_SLUG = Route(
    "GET",
    "/stores-reader/v1/collections/slug/{slug}",
    "wix.catalog.api.v1.CatalogReadApi.GetCollectionBySlug",
    path_params=("slug",),
)
_GET_PRODUCT = Route(
    "GET",
    "/stores-reader/v1/products/{id}",
    "wix.catalog.api.v1.CatalogReadApi.GetProduct",
    path_params=("id",),
)
_GET_PRODUCT_OPTIONS_AVAILABILITY = Route(
    "POST",
    "/stores-reader/v1/products/{id}/productOptionsAvailability",
    "wix.catalog.api.v1.CatalogReadApi.ProductOptionsAvailability",
    path_params=("id",),
)
_GET_STORE_VARIANT = Route(
    "GET",
    "/stores-reader/v1/variants/{id}",
    "wix.catalog.api.v1.CatalogReadApi.GetStoreVariant",
    path_params=("id",),
)
_QUERY_PRODUCT_VARIANTS = Route(
    "POST",
    "/stores-reader/v1/products/{id}/variants/query",
    "wix.catalog.api.v1.CatalogReadApi.QueryProductVariants",
    path_params=("id",),
)
_QUERY_PRODUCTS = Query(
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
)
_QUERY_STORE_VARIANTS = Route(
    "POST",
    "/stores-reader/v1/variants/query",
    "wix.catalog.api.v1.CatalogReadApi.QueryStoreVariants",
)
_REMOVE_BRAND = Route(
    "POST",
    "/stores/v1/products/{id}/remove-brand",
    "wix.catalog.api.v1.CatalogWriteApi.RemoveBrand",
    path_params=("id",),
)
_REMOVE_PRODUCT_MEDIA = Route(
    "POST",
    "/stores/v1/products/{id}/media/delete",
    "wix.catalog.api.v1.CatalogWriteApi.RemoveProductMedia",
    path_params=("id",),
)
_REMOVE_PRODUCT_MEDIA_FROM_CHOICES = Route(
    "POST",
    "/stores/v1/products/{id}/choices/media/delete",
    "wix.catalog.api.v1.CatalogWriteApi.RemoveProductMediaFromChoices",
    path_params=("id",),
)
_REMOVE_PRODUCTS_FROM_COLLECTION = Route(
    "POST",
    "/stores/v1/collections/{id}/productIds/delete",
    "wix.catalog.api.v1.CatalogWriteApi.RemoveProductsFromCollection",
    path_params=("id",),
)
_REMOVE_RIBBON = Route(
    "POST",
    "/stores/v1/products/{id}/remove-ribbon",
    "wix.catalog.api.v1.CatalogWriteApi.RemoveRibbon",
    path_params=("id",),
)
_RESET_ALL_PRODUCT_VARIANT_DATA = Route(
    "POST",
    "/stores/v1/products/{id}/variants/resetToDefault",
    "wix.catalog.api.v1.CatalogWriteApi.ResetAllVariantData",
    path_params=("id",),
)
_UPDATE_COLLECTION = Route(
    "PATCH",
    "/stores/v1/collections/{collection.id}",
    "wix.catalog.api.v1.CatalogWriteApi.UpdateCollection",
    path_params=("collection.id",),
)
_UPDATE_PRODUCT = Route(
    "PATCH",
    "/stores/v1/products/{product.id}",
    "wix.catalog.api.v1.CatalogWriteApi.UpdateProduct",
    path_params=("product.id",),
)
_UPDATE_PRODUCT_VARIANTS = Route(
    "PATCH",
    "/stores/v1/products/{id}/variants",
    "wix.catalog.api.v1.CatalogWriteApi.UpdateVariants",
    path_params=("id",),
)


class Products(Module):
    """``products`` of ``@wix/stores``: ``products = stores.products.bind(wix)``."""

    __slots__ = ()

    async def add_product_media(
        self, id: str, media: Sequence[Mapping[str, Any]]
    ) -> _types.AddProductMediaResponse:
        """Add product media: ``POST /stores/v1/products/{id}/media``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddProductMediaResponse",
            await call(self._requester, _ADD_PRODUCT_MEDIA, {"id": id, "media": media}),
        )

    async def add_product_media_to_choices(
        self, id: str, media: Sequence[Mapping[str, Any]]
    ) -> _types.AddProductMediaToChoicesResponse:
        """Add product media to choices: ``PATCH /stores/v1/products/{id}/choices/media``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddProductMediaToChoicesResponse",
            await call(self._requester, _ADD_PRODUCT_MEDIA_TO_CHOICES, {"id": id, "media": media}),
        )

    async def add_products_to_collection(
        self, id: str, product_ids: Sequence[str]
    ) -> _types.AddProductsToCollectionResponse:
        """Add products to collection: ``POST /stores/v1/collections/{id}/productIds``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddProductsToCollectionResponse",
            await call(
                self._requester, _ADD_PRODUCTS_TO_COLLECTION, {"id": id, "productIds": product_ids}
            ),
        )

    async def bulk_adjust_product_property(
        self, adjust: _types.AdjustValue, ids: Sequence[str]
    ) -> _types.BulkAdjustProductPropertiesResponse:
        """Bulk adjust product property: ``POST /stores/v1/bulk/products/adjust-properties``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkAdjustProductPropertiesResponse",
            await call(
                self._requester, _BULK_ADJUST_PRODUCT_PROPERTY, {"adjust": adjust, "ids": ids}
            ),
        )

    async def bulk_update_products_property(
        self, ids: Sequence[str], set: _types.SetValue
    ) -> _types.BulkUpdateProductsResponse:
        """Bulk update products property: ``POST /stores/v1/bulk/products/update``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateProductsResponse",
            await call(self._requester, _BULK_UPDATE_PRODUCTS_PROPERTY, {"ids": ids, "set": set}),
        )

    async def create_collection(
        self, collection: _types.Collection
    ) -> _types.CreateCollectionResponse:
        """Create collection: ``POST /stores/v1/collections``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateCollectionResponse",
            await call(self._requester, _CREATE_COLLECTION, {"collection": collection}),
        )

    async def create_product(self, product: _types.Product) -> _types.CreateProductResponse:
        """Create product: ``POST /stores/v1/products``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateProductResponse",
            await call(self._requester, _CREATE_PRODUCT, {"product": product}),
        )

    async def delete_collection(self, id: str) -> _types.DeleteCollectionResponse:
        """Delete collection: ``DELETE /stores/v1/collections/{id}``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCollectionResponse",
            await call(self._requester, _DELETE_COLLECTION, {"id": id}),
        )

    async def delete_product(self, id: str) -> _types.DeleteProductResponse:
        """Delete product: ``DELETE /stores/v1/products/{id}``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteProductResponse", await call(self._requester, _DELETE_PRODUCT, {"id": id})
        )

    async def delete_product_options(self, id: str) -> _types.DeleteProductOptionsResponse:
        """Delete product options: ``DELETE /stores/v1/products/{id}/options``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteProductOptionsResponse",
            await call(self._requester, _DELETE_PRODUCT_OPTIONS, {"id": id}),
        )

    async def get_collection_by_slug(self, slug: str) -> _types.GetCollectionBySlugResponse:
        """Get collection by slug: ``GET /stores-reader/v1/collections/slug/{slug}``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCollectionBySlugResponse",
            await call(self._requester, _GET_COLLECTION_BY_SLUG, {"slug": slug}),
        )

    async def get_product(
        self, id: str, options: _types.GetProductOptions | None = None
    ) -> _types.GetProductResponse:
        """Get product: ``GET /stores-reader/v1/products/{id}``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetProductResponse",
            await call(
                self._requester,
                _GET_PRODUCT,
                {"id": id, **_fields.pick(options, "includeMerchantSpecificData")},
            ),
        )

    async def get_product_options_availability(
        self, id: str, options: Mapping[str, Any]
    ) -> _types.ProductOptionsAvailabilityResponse:
        """Get product options availability: ``POST``.

        ``/stores-reader/v1/products/{id}/productOptionsAvailability``

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ProductOptionsAvailabilityResponse",
            await call(
                self._requester, _GET_PRODUCT_OPTIONS_AVAILABILITY, {"id": id, "options": options}
            ),
        )

    async def get_store_variant(self, id: str) -> _types.GetStoreVariantResponse:
        """Get store variant: ``GET /stores-reader/v1/variants/{id}``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetStoreVariantResponse",
            await call(self._requester, _GET_STORE_VARIANT, {"id": id}),
        )

    async def query_product_variants(
        self, id: str, options: _types.QueryProductVariantsOptions | None = None
    ) -> _types.QueryProductVariantsResponse:
        """Query product variants: ``POST /stores-reader/v1/products/{id}/variants/query``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryProductVariantsResponse",
            await call(
                self._requester,
                _QUERY_PRODUCT_VARIANTS,
                {
                    "id": id,
                    **_fields.pick(
                        options, "choices", "variantIds", "paging", "includeMerchantSpecificData"
                    ),
                },
            ),
        )

    def query_products(self) -> QueryBuilder[_types.Product]:
        """Query products: ``GET /stores-reader/v1/products/query-platformized``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_PRODUCTS)

    async def query_store_variants(
        self, query: _types.PlatformQuery
    ) -> _types.QueryStoreVariantsResponse:
        """Query store variants: ``POST /stores-reader/v1/variants/query``.

        Permissions: ``WIX_STORES.READ_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryStoreVariantsResponse",
            await call(self._requester, _QUERY_STORE_VARIANTS, {"query": query}),
        )

    async def remove_brand(self, id: str) -> _types.RemoveProductBrandResponse:
        """Remove brand: ``POST /stores/v1/products/{id}/remove-brand``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveProductBrandResponse",
            await call(self._requester, _REMOVE_BRAND, {"id": id}),
        )

    async def remove_product_media(
        self, id: str, media_ids: Sequence[str]
    ) -> _types.RemoveProductMediaResponse:
        """Remove product media: ``POST /stores/v1/products/{id}/media/delete``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveProductMediaResponse",
            await call(self._requester, _REMOVE_PRODUCT_MEDIA, {"id": id, "mediaIds": media_ids}),
        )

    async def remove_product_media_from_choices(
        self, id: str, media: Sequence[Mapping[str, Any]]
    ) -> _types.RemoveProductMediaFromChoicesResponse:
        """Remove product media from choices: ``POST``.

        ``/stores/v1/products/{id}/choices/media/delete``

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveProductMediaFromChoicesResponse",
            await call(
                self._requester, _REMOVE_PRODUCT_MEDIA_FROM_CHOICES, {"id": id, "media": media}
            ),
        )

    async def remove_products_from_collection(
        self, id: str, product_ids: Sequence[str]
    ) -> _types.RemoveProductsFromCollectionResponse:
        """Remove products from collection: ``POST /stores/v1/collections/{id}/productIds/delete``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveProductsFromCollectionResponse",
            await call(
                self._requester,
                _REMOVE_PRODUCTS_FROM_COLLECTION,
                {"id": id, "productIds": product_ids},
            ),
        )

    async def remove_ribbon(self, id: str) -> _types.RemoveProductRibbonResponse:
        """Remove ribbon: ``POST /stores/v1/products/{id}/remove-ribbon``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveProductRibbonResponse",
            await call(self._requester, _REMOVE_RIBBON, {"id": id}),
        )

    async def reset_all_product_variant_data(self, id: str) -> _types.ResetAllVariantDataResponse:
        """Reset all product variant data: ``POST``.

        ``/stores/v1/products/{id}/variants/resetToDefault``

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ResetAllVariantDataResponse",
            await call(self._requester, _RESET_ALL_PRODUCT_VARIANT_DATA, {"id": id}),
        )

    async def update_collection(
        self, id: str, collection: _types.Collection
    ) -> _types.UpdateCollectionResponse:
        """Update collection: ``PATCH /stores/v1/collections/{collection.id}``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCollectionResponse",
            await call(
                self._requester, _UPDATE_COLLECTION, {"collection": {**collection, "id": id}}
            ),
        )

    async def update_product(
        self, id: str, product: _types.Product
    ) -> _types.UpdateProductResponse:
        """Update product: ``PATCH /stores/v1/products/{product.id}``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateProductResponse",
            await call(self._requester, _UPDATE_PRODUCT, {"product": {**product, "id": id}}),
        )

    async def update_product_variants(
        self, id: str, variants: Sequence[Mapping[str, Any]]
    ) -> _types.UpdateVariantsResponse:
        """Update product variants: ``PATCH /stores/v1/products/{id}/variants``.

        Permissions: ``WIX_STORES.MODIFY_PRODUCTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateVariantsResponse",
            await call(self._requester, _UPDATE_PRODUCT_VARIANTS, {"id": id, "variants": variants}),
        )


def bind(client: Requester) -> Products:
    """The ``products`` module for ``client``'s visitor."""
    return Products(client)
