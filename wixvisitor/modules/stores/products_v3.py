# File generated from @wix/auto_sdk_stores_products-v-3 1.0.226
# by `make apigen` (tools/apigen). Do not edit.
"""The ``productsV3`` module of ``@wix/stores`` (28 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_BULK_ADD_INFO_SECTIONS_TO_PRODUCTS = Route(
    "POST",
    "/stores/v3/bulk/products/add-info-sections",
    "wix.stores.catalog.v3.CatalogApi.BulkAddInfoSectionsToProducts",
)
_BULK_ADD_INFO_SECTIONS_TO_PRODUCTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/add-info-sections-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkAddInfoSectionsToProductsByFilter",
)
_BULK_ADD_PRODUCTS_TO_CATEGORIES_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/add-to-categories-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkAddProductsToCategoriesByFilter",
)
_BULK_ADJUST_PRODUCT_VARIANTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/adjust-variants-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkAdjustProductVariantsByFilter",
)
_BULK_CREATE_PRODUCTS = Route(
    "POST", "/stores/v3/bulk/products/create", "wix.stores.catalog.v3.CatalogApi.BulkCreateProducts"
)
_BULK_CREATE_PRODUCTS_WITH_INVENTORY = Route(
    "POST",
    "/stores/v3/bulk/products-with-inventory/create",
    "wix.stores.catalog.v3.CatalogApi.BulkCreateProductsWithInventory",
)
_BULK_DELETE_PRODUCTS = Route(
    "POST", "/stores/v3/bulk/products/delete", "wix.stores.catalog.v3.CatalogApi.BulkDeleteProducts"
)
_BULK_DELETE_PRODUCTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/delete-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkDeleteProductsByFilter",
)
_BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS = Route(
    "POST",
    "/stores/v3/bulk/products/remove-info-sections",
    "wix.stores.catalog.v3.CatalogApi.BulkRemoveInfoSectionsFromProducts",
)
_BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/remove-info-sections-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkRemoveInfoSectionsFromProductsByFilter",
)
_BULK_REMOVE_PRODUCTS_FROM_CATEGORIES_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/remove-from-categories-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkRemoveProductsFromCategoriesByFilter",
)
_BULK_UPDATE_PRODUCT_TAGS = Route(
    "POST",
    "/stores/v3/bulk/products/update-tags",
    "wix.stores.catalog.v3.CatalogApi.BulkUpdateProductTags",
)
_BULK_UPDATE_PRODUCT_TAGS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/update-tags-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkUpdateProductTagsByFilter",
)
_BULK_UPDATE_PRODUCT_VARIANTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/update-variants-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkUpdateProductVariantsByFilter",
)
_BULK_UPDATE_PRODUCTS = Route(
    "POST", "/stores/v3/bulk/products/update", "wix.stores.catalog.v3.CatalogApi.BulkUpdateProducts"
)
_BULK_UPDATE_PRODUCTS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/products/update-by-filter",
    "wix.stores.catalog.v3.CatalogApi.BulkUpdateProductsByFilter",
)
_BULK_UPDATE_PRODUCTS_WITH_INVENTORY = Route(
    "POST",
    "/stores/v3/bulk/products-with-inventory/update",
    "wix.stores.catalog.v3.CatalogApi.BulkUpdateProductsWithInventory",
)
_COUNT_PRODUCTS = Route(
    "GET",
    "/stores/v3/products/count",
    "wix.stores.catalog.v3.CatalogApi.CountProducts",
    complex=True,
    fallback=True,
)
_CREATE_PRODUCT = Route(
    "POST", "/stores/v3/products", "wix.stores.catalog.v3.CatalogApi.CreateProduct"
)
_CREATE_PRODUCT_WITH_INVENTORY = Route(
    "POST",
    "/stores/v3/products-with-inventory",
    "wix.stores.catalog.v3.CatalogApi.CreateProductWithInventory",
)
_DELETE_PRODUCT = Route(
    "DELETE",
    "/stores/v3/products/{productId}",
    "wix.stores.catalog.v3.CatalogApi.DeleteProduct",
    path_params=("productId",),
)
_GET_ALL_PRODUCTS_CATEGORY = Route(
    "GET",
    "/stores/v3/all-products-category",
    "wix.stores.catalog.v3.CatalogApi.GetAllProductsCategory",
)
_GET_PRODUCT = Route(
    "GET",
    "/stores/v3/products/{productId}",
    "wix.stores.catalog.v3.CatalogApi.GetProduct",
    path_params=("productId",),
)
_GET_PRODUCT_BY_SLUG = Route(
    "GET",
    "/stores/v3/products/slug/{slug}",
    "wix.stores.catalog.v3.CatalogApi.GetProductBySlug",
    path_params=("slug",),
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
)
_SEARCH_PRODUCTS = Route(
    "GET",
    "/stores/v3/products/search",
    "wix.stores.catalog.v3.CatalogApi.SearchProducts",
    complex=True,
    fallback=True,
)
_UPDATE_PRODUCT = Route(
    "PATCH",
    "/stores/v3/products/{product.id}",
    "wix.stores.catalog.v3.CatalogApi.UpdateProduct",
    path_params=("product.id",),
)
_UPDATE_PRODUCT_WITH_INVENTORY = Route(
    "PATCH",
    "/stores/v3/products-with-inventory/{product.id}",
    "wix.stores.catalog.v3.CatalogApi.UpdateProductWithInventory",
    path_params=("product.id",),
)


class ProductsV3(Module):
    """``productsV3`` of ``@wix/stores``: ``products_v3 = stores.products_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_add_info_sections_to_products(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk add info sections to products: ``POST``.

        ``/stores/v3/bulk/products/add-info-sections``
        """
        return await call(
            self._requester,
            _BULK_ADD_INFO_SECTIONS_TO_PRODUCTS,
            {
                "products": products,
                **_fields.pick(options, "infoSectionIds", "returnEntity", "fields"),
            },
        )

    async def bulk_add_info_sections_to_products_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk add info sections to products by filter: ``POST``.

        ``/stores/v3/bulk/products/add-info-sections-by-filter``
        """
        return await call(
            self._requester,
            _BULK_ADD_INFO_SECTIONS_TO_PRODUCTS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "infoSectionIds", "search")},
        )

    async def bulk_add_products_to_categories_by_filter(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk add products to categories by filter: ``POST``.

        ``/stores/v3/bulk/products/add-to-categories-by-filter``
        """
        return await call(
            self._requester,
            _BULK_ADD_PRODUCTS_TO_CATEGORIES_BY_FILTER,
            {**_fields.pick(options, "filter", "categoryIds", "search")},
        )

    async def bulk_adjust_product_variants_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk adjust product variants by filter: ``POST``.

        ``/stores/v3/bulk/products/adjust-variants-by-filter``
        """
        return await call(
            self._requester,
            _BULK_ADJUST_PRODUCT_VARIANTS_BY_FILTER,
            {
                "filter": filter,
                **_fields.pick(
                    options,
                    "cost",
                    "rounding",
                    "search",
                    "actualPrice",
                    "compareAtPrice",
                    "compareAtPriceDiscount",
                ),
            },
        )

    async def bulk_create_products(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create products: ``POST /stores/v3/bulk/products/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_PRODUCTS,
            {"products": products, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def bulk_create_products_with_inventory(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create products with inventory: ``POST``.

        ``/stores/v3/bulk/products-with-inventory/create``
        """
        return await call(
            self._requester,
            _BULK_CREATE_PRODUCTS_WITH_INVENTORY,
            {"products": products, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def bulk_delete_products(self, product_ids: list[str]) -> dict[str, Any]:
        """Bulk delete products: ``POST /stores/v3/bulk/products/delete``."""
        return await call(self._requester, _BULK_DELETE_PRODUCTS, {"productIds": product_ids})

    async def bulk_delete_products_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete products by filter: ``POST /stores/v3/bulk/products/delete-by-filter``."""
        return await call(
            self._requester,
            _BULK_DELETE_PRODUCTS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "search")},
        )

    async def bulk_remove_info_sections_from_products(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk remove info sections from products: ``POST``.

        ``/stores/v3/bulk/products/remove-info-sections``
        """
        return await call(
            self._requester,
            _BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS,
            {
                "products": products,
                **_fields.pick(options, "infoSectionIds", "returnEntity", "fields"),
            },
        )

    async def bulk_remove_info_sections_from_products_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk remove info sections from products by filter: ``POST``.

        ``/stores/v3/bulk/products/remove-info-sections-by-filter``
        """
        return await call(
            self._requester,
            _BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "infoSectionIds", "search")},
        )

    async def bulk_remove_products_from_categories_by_filter(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk remove products from categories by filter: ``POST``.

        ``/stores/v3/bulk/products/remove-from-categories-by-filter``
        """
        return await call(
            self._requester,
            _BULK_REMOVE_PRODUCTS_FROM_CATEGORIES_BY_FILTER,
            {**_fields.pick(options, "filter", "categoryIds", "search")},
        )

    async def bulk_update_product_tags(
        self, product_ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update product tags: ``POST /stores/v3/bulk/products/update-tags``."""
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCT_TAGS,
            {"productIds": product_ids, **_fields.pick(options, "assignTags", "unassignTags")},
        )

    async def bulk_update_product_tags_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update product tags by filter: ``POST``.

        ``/stores/v3/bulk/products/update-tags-by-filter``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCT_TAGS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
        )

    async def bulk_update_product_variants_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update product variants by filter: ``POST``.

        ``/stores/v3/bulk/products/update-variants-by-filter``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCT_VARIANTS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "variant", "search")},
        )

    async def bulk_update_products(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update products: ``POST /stores/v3/bulk/products/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCTS,
            {"products": products, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def bulk_update_products_by_filter(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update products by filter: ``POST /stores/v3/bulk/products/update-by-filter``."""
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCTS_BY_FILTER,
            {**_fields.pick(options, "filter", "product", "search")},
        )

    async def bulk_update_products_with_inventory(
        self, products: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update products with inventory: ``POST``.

        ``/stores/v3/bulk/products-with-inventory/update``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_PRODUCTS_WITH_INVENTORY,
            {"products": products, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def count_products(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Count products: ``GET /stores/v3/products/count``."""
        return await call(
            self._requester,
            _COUNT_PRODUCTS,
            {**_fields.pick(options, "filter", "search", "returnNonVisibleProducts")},
        )

    async def create_product(
        self, product: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create product: ``POST /stores/v3/products``."""
        return await call(
            self._requester,
            _CREATE_PRODUCT,
            {"product": product, **_fields.pick(options, "fields")},
        )

    async def create_product_with_inventory(
        self, product: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create product with inventory: ``POST /stores/v3/products-with-inventory``."""
        return await call(
            self._requester,
            _CREATE_PRODUCT_WITH_INVENTORY,
            {"product": product, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def delete_product(self, product_id: str) -> dict[str, Any]:
        """Delete product: ``DELETE /stores/v3/products/{productId}``."""
        return await call(self._requester, _DELETE_PRODUCT, {"productId": product_id})

    async def get_all_products_category(self) -> dict[str, Any]:
        """Get all products category: ``GET /stores/v3/all-products-category``."""
        return await call(self._requester, _GET_ALL_PRODUCTS_CATEGORY)

    async def get_product(
        self, product_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get product: ``GET /stores/v3/products/{productId}``."""
        return await call(
            self._requester,
            _GET_PRODUCT,
            {"productId": product_id, **_fields.pick(options, "fields")},
        )

    async def get_product_by_slug(
        self, slug: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get product by slug: ``GET /stores/v3/products/slug/{slug}``."""
        return await call(
            self._requester, _GET_PRODUCT_BY_SLUG, {"slug": slug, **_fields.pick(options, "fields")}
        )

    def query_products(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query products: ``GET /stores/v3/products/query``."""
        return QueryBuilder(self._requester, _QUERY_PRODUCTS, options)

    async def search_products(
        self, search: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Search products: ``GET /stores/v3/products/search``."""
        return await call(
            self._requester, _SEARCH_PRODUCTS, {"search": search, **_fields.pick(options, "fields")}
        )

    async def update_product(
        self, id: str, product: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update product: ``PATCH /stores/v3/products/{product.id}``."""
        return await call(
            self._requester,
            _UPDATE_PRODUCT,
            {"product": {**product, "id": id}, **_fields.pick(options, "fields")},
        )

    async def update_product_with_inventory(
        self, id: str, product: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update product with inventory: ``PATCH``.

        ``/stores/v3/products-with-inventory/{product.id}``
        """
        return await call(
            self._requester,
            _UPDATE_PRODUCT_WITH_INVENTORY,
            {"product": {**product, "id": id}, **_fields.pick(options, "returnEntity", "fields")},
        )


def bind(client: Requester) -> ProductsV3:
    """The ``productsV3`` module for ``client``'s visitor."""
    return ProductsV3(client)
