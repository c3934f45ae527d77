# File generated from @wix/auto_sdk_stores_products-v-3 1.0.226
# by `make apigen` (tools/apigen). Do not edit.
"""The ``productsV3`` module of ``@wix/stores`` (28 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import products_v3 as _types

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
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkAddInfoSectionsToProductsOptions | None = None,
    ) -> _types.V3BulkAddInfoSectionsToProductsResponse:
        """Bulk add info sections to products: ``POST /stores/v3/bulk/products/add-info-sections``.

        Application errors: ``TOO_MANY_INFO_SECTIONS_ERROR``.
        """
        return cast(
            "_types.V3BulkAddInfoSectionsToProductsResponse",
            await call(
                self._requester,
                _BULK_ADD_INFO_SECTIONS_TO_PRODUCTS,
                {
                    "products": products,
                    **_fields.pick(options, "infoSectionIds", "returnEntity", "fields"),
                },
            ),
        )

    async def bulk_add_info_sections_to_products_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkAddInfoSectionsToProductsByFilterOptions | None = None,
    ) -> _types.V3BulkAddInfoSectionsToProductsByFilterResponse:
        """Bulk add info sections to products by filter: ``POST``.

        ``/stores/v3/bulk/products/add-info-sections-by-filter``

        Application errors: ``TOO_MANY_INFO_SECTIONS_ERROR``.
        """
        return cast(
            "_types.V3BulkAddInfoSectionsToProductsByFilterResponse",
            await call(
                self._requester,
                _BULK_ADD_INFO_SECTIONS_TO_PRODUCTS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "infoSectionIds", "search")},
            ),
        )

    async def bulk_add_products_to_categories_by_filter(
        self, options: _types.BulkAddProductsToCategoriesByFilterOptions | None = None
    ) -> _types.BulkAddProductsToCategoriesByFilterResponse:
        """Bulk add products to categories by filter: ``POST``.

        ``/stores/v3/bulk/products/add-to-categories-by-filter``
        """
        return cast(
            "_types.BulkAddProductsToCategoriesByFilterResponse",
            await call(
                self._requester,
                _BULK_ADD_PRODUCTS_TO_CATEGORIES_BY_FILTER,
                {**_fields.pick(options, "filter", "categoryIds", "search")},
            ),
        )

    async def bulk_adjust_product_variants_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkAdjustProductVariantsByFilterOptions | None = None,
    ) -> _types.V3BulkAdjustProductVariantsByFilterResponse:
        """Bulk adjust product variants by filter: ``POST``.

        ``/stores/v3/bulk/products/adjust-variants-by-filter``

        Application errors: ``ADJUSTED_ACTUAL_PRICE_OUT_OF_RANGE``,
        ``ADJUSTED_COMPARE_AT_PRICE_OUT_OF_RANGE``, ``ADJUSTED_COST_OUT_OF_RANGE``,
        ``CANNOT_ADJUST_PRICE_RESTRICTED_VARIANT``.
        """
        return cast(
            "_types.V3BulkAdjustProductVariantsByFilterResponse",
            await call(
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
            ),
        )

    async def bulk_create_products(
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateProductsOptions | None = None,
    ) -> _types.BulkCreateProductsResponse:
        """Bulk create products: ``POST /stores/v3/bulk/products/create``.

        Application errors: ``MISSING_VARIANT_OPTION_CHOICE``,
        ``DUPLICATE_VARIANT_OPTION_CHOICE``, ``DUPLICATE_PRODUCT_OPTIONS``,
        ``INVALID_DEFAULT_VARIANT``, ``VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT``,
        ``DUPLICATE_SLUG_ERROR``, ``DIGITAL_FILE_NOT_FOUND_ERROR``,
        ``BARCODE_ALREADY_EXIST_ERROR``, ``DUPLICATE_BARCODE_ERROR``,
        ``SKU_ALREADY_EXIST_ERROR``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``INVALID_PRODUCT_TYPE_FOR_SUBSCRIPTION``,
        ``ERROR_ALL_SUBSCRIPTIONS_HIDDEN_FOR_SUBSCRIPTION_ONLY_PRODUCT``,
        ``INVALID_SUBSCRIPTION_DISCOUNT_AMOUNT``, ``SUBSCRIPTION_ID_ALREADY_EXISTS``,
        ``PRODUCTS_LIMIT_EXCEEDED``, ``PRODUCT_MEDIA_NOT_EXIST``, ``ONLY_SPACES_STRING_ERROR``,
        ``BRAND_CREATION_FAILED``, ``RIBBON_NOT_FOUND``, ``RIBBON_CREATION_FAILED``,
        ``INFO_SECTION_CREATION_FAILED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``CUSTOMIZATIONS_CREATION_FAILED``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``,
        ``CHOICE_NOT_EXIST``, ``PRODUCT_OPTION_NAME_AND_TYPE_REQUIRED``,
        ``PRODUCT_OPTION_CHOICE_NAME_AND_TYPE_REQUIRED``, ``MODIFIER_NAME_AND_TYPE_REQUIRED``,
        ``MODIFIER_CHOICE_NAME_AND_TYPE_REQUIRED``, ``TOO_MANY_OPTIONS_IN_REQUEST``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.BulkCreateProductsResponse",
            await call(
                self._requester,
                _BULK_CREATE_PRODUCTS,
                {"products": products, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def bulk_create_products_with_inventory(
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateProductsWithInventoryOptions | None = None,
    ) -> _types.BulkCreateProductsWithInventoryResponse:
        """Bulk create products with inventory: ``POST``.

        ``/stores/v3/bulk/products-with-inventory/create``

        Application errors: ``RIBBON_NOT_FOUND``, ``RIBBON_CREATION_FAILED``,
        ``INFO_SECTION_CREATION_FAILED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``CUSTOMIZATIONS_CREATION_FAILED``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``,
        ``CHOICE_NOT_EXIST``, ``PRODUCT_OPTION_NAME_AND_TYPE_REQUIRED``,
        ``PRODUCT_OPTION_CHOICE_NAME_AND_TYPE_REQUIRED``, ``MODIFIER_NAME_AND_TYPE_REQUIRED``,
        ``MODIFIER_CHOICE_NAME_AND_TYPE_REQUIRED``, ``TOO_MANY_OPTIONS_IN_REQUEST``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.BulkCreateProductsWithInventoryResponse",
            await call(
                self._requester,
                _BULK_CREATE_PRODUCTS_WITH_INVENTORY,
                {"products": products, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def bulk_delete_products(
        self, product_ids: Sequence[str]
    ) -> _types.V3BulkDeleteProductsResponse:
        """Bulk delete products: ``POST /stores/v3/bulk/products/delete``."""
        return cast(
            "_types.V3BulkDeleteProductsResponse",
            await call(self._requester, _BULK_DELETE_PRODUCTS, {"productIds": product_ids}),
        )

    async def bulk_delete_products_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkDeleteProductsByFilterOptions | None = None,
    ) -> _types.V3BulkDeleteProductsByFilterResponse:
        """Bulk delete products by filter: ``POST /stores/v3/bulk/products/delete-by-filter``."""
        return cast(
            "_types.V3BulkDeleteProductsByFilterResponse",
            await call(
                self._requester,
                _BULK_DELETE_PRODUCTS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "search")},
            ),
        )

    async def bulk_remove_info_sections_from_products(
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkRemoveInfoSectionsFromProductsOptions | None = None,
    ) -> _types.V3BulkRemoveInfoSectionsFromProductsResponse:
        """Bulk remove info sections from products: ``POST``.

        ``/stores/v3/bulk/products/remove-info-sections``
        """
        return cast(
            "_types.V3BulkRemoveInfoSectionsFromProductsResponse",
            await call(
                self._requester,
                _BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS,
                {
                    "products": products,
                    **_fields.pick(options, "infoSectionIds", "returnEntity", "fields"),
                },
            ),
        )

    async def bulk_remove_info_sections_from_products_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkRemoveInfoSectionsFromProductsByFilterOptions | None = None,
    ) -> _types.V3BulkRemoveInfoSectionsFromProductsByFilterResponse:
        """Bulk remove info sections from products by filter: ``POST``.

        ``/stores/v3/bulk/products/remove-info-sections-by-filter``
        """
        return cast(
            "_types.V3BulkRemoveInfoSectionsFromProductsByFilterResponse",
            await call(
                self._requester,
                _BULK_REMOVE_INFO_SECTIONS_FROM_PRODUCTS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "infoSectionIds", "search")},
            ),
        )

    async def bulk_remove_products_from_categories_by_filter(
        self, options: _types.BulkRemoveProductsFromCategoriesByFilterOptions | None = None
    ) -> _types.BulkRemoveProductsFromCategoriesByFilterResponse:
        """Bulk remove products from categories by filter: ``POST``.

        ``/stores/v3/bulk/products/remove-from-categories-by-filter``
        """
        return cast(
            "_types.BulkRemoveProductsFromCategoriesByFilterResponse",
            await call(
                self._requester,
                _BULK_REMOVE_PRODUCTS_FROM_CATEGORIES_BY_FILTER,
                {**_fields.pick(options, "filter", "categoryIds", "search")},
            ),
        )

    async def bulk_update_product_tags(
        self, product_ids: Sequence[str], options: _types.BulkUpdateProductTagsOptions | None = None
    ) -> _types.V3BulkUpdateProductTagsResponse:
        """Bulk update product tags: ``POST /stores/v3/bulk/products/update-tags``.

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.V3BulkUpdateProductTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCT_TAGS,
                {"productIds": product_ids, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_product_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateProductTagsByFilterOptions | None = None,
    ) -> _types.V3BulkUpdateProductTagsByFilterResponse:
        """Bulk update product tags by filter: ``POST``.

        ``/stores/v3/bulk/products/update-tags-by-filter``

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.V3BulkUpdateProductTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCT_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_product_variants_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateProductVariantsByFilterOptions | None = None,
    ) -> _types.BulkUpdateProductVariantsByFilterResponse:
        """Bulk update product variants by filter: ``POST``.

        ``/stores/v3/bulk/products/update-variants-by-filter``

        Application errors: ``FIELD_MASK_VALUE_NOT_SUPPORTED``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``.
        """
        return cast(
            "_types.BulkUpdateProductVariantsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCT_VARIANTS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "variant", "search")},
            ),
        )

    async def bulk_update_products(
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateProductsOptions | None = None,
    ) -> _types.BulkUpdateProductsResponse:
        """Bulk update products: ``POST /stores/v3/bulk/products/update``.

        Application errors: ``TOO_MANY_VARIANTS``, ``MISSING_VARIANT_OPTION_CHOICE``,
        ``DUPLICATE_VARIANT_OPTION_CHOICE``, ``DUPLICATE_PRODUCT_OPTIONS``,
        ``INVALID_DEFAULT_VARIANT``, ``FIELD_MASK_VALUE_NOT_SUPPORTED``,
        ``VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT``, ``DUPLICATE_SLUG_ERROR``,
        ``DIGITAL_FILE_NOT_FOUND_ERROR``, ``BARCODE_ALREADY_EXIST_ERROR``,
        ``DUPLICATE_BARCODE_ERROR``, ``SKU_ALREADY_EXIST_ERROR``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``INVALID_PRODUCT_TYPE_FOR_SUBSCRIPTION``,
        ``ERROR_ALL_SUBSCRIPTIONS_HIDDEN_FOR_SUBSCRIPTION_ONLY_PRODUCT``,
        ``INVALID_SUBSCRIPTION_DISCOUNT_AMOUNT``, ``SUBSCRIPTION_ID_ALREADY_EXISTS``,
        ``PREORDER_VALIDATION_ERROR``, ``BRAND_CREATION_FAILED``, ``RIBBON_NOT_FOUND``,
        ``INFO_SECTION_ERROR_OCCURRED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``ADD_CUSTOMIZATION_CHOICES_FAILED``, ``CHOICE_NOT_EXIST``,
        ``TOO_MANY_OPTIONS_IN_REQUEST``, ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.BulkUpdateProductsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCTS,
                {"products": products, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def bulk_update_products_by_filter(
        self, options: _types.BulkUpdateProductsByFilterOptions | None = None
    ) -> _types.V3BulkUpdateProductsByFilterResponse:
        """Bulk update products by filter: ``POST /stores/v3/bulk/products/update-by-filter``.

        Application errors: ``FIELD_MASK_VALUE_NOT_SUPPORTED``,
        ``INVALID_PRODUCT_TYPE_FOR_SUBSCRIPTION``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``ERROR_ALL_SUBSCRIPTIONS_HIDDEN_FOR_SUBSCRIPTION_ONLY_PRODUCT``,
        ``INVALID_SUBSCRIPTION_DISCOUNT_AMOUNT``, ``SUBSCRIPTION_ID_ALREADY_EXISTS``,
        ``BRAND_CREATION_FAILED``, ``RIBBON_NOT_FOUND``, ``INFO_SECTION_ERROR_OCCURRED``,
        ``CUSTOMIZATION_NOT_EXIST``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``, ``CHOICE_NOT_EXIST``,
        ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.V3BulkUpdateProductsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCTS_BY_FILTER,
                {**_fields.pick(options, "filter", "product", "search")},
            ),
        )

    async def bulk_update_products_with_inventory(
        self,
        products: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateProductsWithInventoryOptions | None = None,
    ) -> _types.BulkUpdateProductsWithInventoryResponse:
        """Bulk update products with inventory: ``POST``.

        ``/stores/v3/bulk/products-with-inventory/update``

        Application errors: ``RIBBON_NOT_FOUND``, ``INFO_SECTION_ERROR_OCCURRED``,
        ``CUSTOMIZATION_NOT_EXIST``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``, ``CHOICE_NOT_EXIST``,
        ``PRODUCT_RESTRICTION_ERROR``, ``PREORDER_VALIDATION_ERROR``,
        ``TOO_MANY_OPTIONS_IN_REQUEST``, ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.BulkUpdateProductsWithInventoryResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PRODUCTS_WITH_INVENTORY,
                {"products": products, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def count_products(
        self, options: _types.CountProductsOptions | None = None
    ) -> _types.V3CountProductsResponse:
        """Count products: ``GET /stores/v3/products/count``.

        Application errors: ``NO_PERMISSION_TO_READ_MERCHANT_DATA``,
        ``NO_PERMISSION_TO_INCLUDE_NOT_VISIBLE_PRODUCTS``.
        """
        return cast(
            "_types.V3CountProductsResponse",
            await call(
                self._requester,
                _COUNT_PRODUCTS,
                {**_fields.pick(options, "filter", "search", "returnNonVisibleProducts")},
            ),
        )

    async def create_product(
        self, product: _types.V3Product, options: _types.CreateProductOptions | None = None
    ) -> _types.CreateProductResponse:
        """Create product: ``POST /stores/v3/products``.

        Application errors: ``MISSING_VARIANT_OPTION_CHOICE``,
        ``DUPLICATE_VARIANT_OPTION_CHOICE``, ``DUPLICATE_PRODUCT_OPTIONS``,
        ``INVALID_DEFAULT_VARIANT``, ``VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT``,
        ``DUPLICATE_SLUG_ERROR``, ``DIGITAL_FILE_NOT_FOUND_ERROR``,
        ``BARCODE_ALREADY_EXIST_ERROR``, ``DUPLICATE_BARCODE_ERROR``,
        ``SKU_ALREADY_EXIST_ERROR``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``INVALID_PRODUCT_TYPE_FOR_SUBSCRIPTION``,
        ``ERROR_ALL_SUBSCRIPTIONS_HIDDEN_FOR_SUBSCRIPTION_ONLY_PRODUCT``,
        ``INVALID_SUBSCRIPTION_DISCOUNT_AMOUNT``, ``SUBSCRIPTION_ID_ALREADY_EXISTS``,
        ``PRODUCTS_LIMIT_EXCEEDED``, ``PRODUCT_MEDIA_NOT_EXIST``, ``ONLY_SPACES_STRING_ERROR``,
        ``BRAND_CREATION_FAILED``, ``RIBBON_NOT_FOUND``, ``RIBBON_CREATION_FAILED``,
        ``DUPLICATE_RIBBON_IN_ADDITIONAL``, ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``,
        ``INFO_SECTION_CREATION_FAILED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``CUSTOMIZATIONS_CREATION_FAILED``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``,
        ``CHOICE_NOT_EXIST``, ``PRODUCT_OPTION_NAME_AND_TYPE_REQUIRED``,
        ``PRODUCT_OPTION_CHOICE_NAME_AND_TYPE_REQUIRED``, ``MODIFIER_NAME_AND_TYPE_REQUIRED``,
        ``MODIFIER_CHOICE_NAME_AND_TYPE_REQUIRED``, ``TOO_MANY_OPTIONS_IN_REQUEST``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``.
        """
        return cast(
            "_types.CreateProductResponse",
            await call(
                self._requester,
                _CREATE_PRODUCT,
                {"product": product, **_fields.pick(options, "fields")},
            ),
        )

    async def create_product_with_inventory(
        self,
        product: _types.ProductWithInventory,
        options: _types.CreateProductWithInventoryOptions | None = None,
    ) -> _types.CreateProductWithInventoryResponse:
        """Create product with inventory: ``POST /stores/v3/products-with-inventory``.

        Application errors: ``RIBBON_NOT_FOUND``, ``RIBBON_CREATION_FAILED``,
        ``INFO_SECTION_CREATION_FAILED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``CUSTOMIZATIONS_CREATION_FAILED``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``,
        ``CHOICE_NOT_EXIST``, ``PRODUCT_OPTION_NAME_AND_TYPE_REQUIRED``,
        ``PRODUCT_OPTION_CHOICE_NAME_AND_TYPE_REQUIRED``, ``MODIFIER_NAME_AND_TYPE_REQUIRED``,
        ``MODIFIER_CHOICE_NAME_AND_TYPE_REQUIRED``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.CreateProductWithInventoryResponse",
            await call(
                self._requester,
                _CREATE_PRODUCT_WITH_INVENTORY,
                {"product": product, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def delete_product(self, product_id: str) -> _types.V3DeleteProductResponse:
        """Delete product: ``DELETE /stores/v3/products/{productId}``."""
        return cast(
            "_types.V3DeleteProductResponse",
            await call(self._requester, _DELETE_PRODUCT, {"productId": product_id}),
        )

    async def get_all_products_category(self) -> _types.GetAllProductsCategoryResponse:
        """Get all products category: ``GET /stores/v3/all-products-category``."""
        return cast(
            "_types.GetAllProductsCategoryResponse",
            await call(self._requester, _GET_ALL_PRODUCTS_CATEGORY),
        )

    async def get_product(
        self, product_id: str, options: _types.GetProductOptions | None = None
    ) -> _types.V3GetProductResponse:
        """Get product: ``GET /stores/v3/products/{productId}``.

        Application errors: ``NO_PERMISSION_TO_READ_MERCHANT_DATA``,
        ``NO_PERMISSION_TO_INCLUDE_NOT_VISIBLE_PRODUCTS``.
        """
        return cast(
            "_types.V3GetProductResponse",
            await call(
                self._requester,
                _GET_PRODUCT,
                {"productId": product_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_product_by_slug(
        self, slug: str, options: _types.GetProductBySlugOptions | None = None
    ) -> _types.V3GetProductBySlugResponse:
        """Get product by slug: ``GET /stores/v3/products/slug/{slug}``.

        Application errors: ``NO_PERMISSION_TO_READ_MERCHANT_DATA``,
        ``NO_PERMISSION_TO_INCLUDE_NOT_VISIBLE_PRODUCTS``.
        """
        return cast(
            "_types.V3GetProductBySlugResponse",
            await call(
                self._requester,
                _GET_PRODUCT_BY_SLUG,
                {"slug": slug, **_fields.pick(options, "fields")},
            ),
        )

    def query_products(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.V3Product]:
        """Query products: ``GET /stores/v3/products/query``.

        Application errors: ``NO_PERMISSION_TO_READ_MERCHANT_DATA``,
        ``NO_PERMISSION_TO_INCLUDE_NOT_VISIBLE_PRODUCTS``.
        """
        return QueryBuilder(self._requester, _QUERY_PRODUCTS, options)

    async def search_products(
        self, search: _types.CommonCursorSearch, options: _types.SearchProductsOptions | None = None
    ) -> _types.V3SearchProductsResponse:
        """Search products: ``GET /stores/v3/products/search``.

        Permissions: ``WIX_STORES.PRODUCT_READ``, ``WIX_STORES.PRODUCT_READ_NON_VISIBLE``,
        ``WIX_STORES.PRODUCT_MERCHANT_DATA_READ``.
        Callable by: ``APP``.
        Application errors: ``NO_PERMISSION_TO_READ_MERCHANT_DATA``,
        ``NO_PERMISSION_TO_INCLUDE_NOT_VISIBLE_PRODUCTS``.
        """
        return cast(
            "_types.V3SearchProductsResponse",
            await call(
                self._requester,
                _SEARCH_PRODUCTS,
                {"search": search, **_fields.pick(options, "fields")},
            ),
        )

    async def update_product(
        self, id: str, product: _types.V3Product, options: _types.UpdateProductOptions | None = None
    ) -> _types.UpdateProductResponse:
        """Update product: ``PATCH /stores/v3/products/{product.id}``.

        Application errors: ``MISSING_VARIANT_OPTION_CHOICE``,
        ``DUPLICATE_VARIANT_OPTION_CHOICE``, ``DUPLICATE_PRODUCT_OPTIONS``,
        ``INVALID_DEFAULT_VARIANT``, ``FIELD_MASK_VALUE_NOT_SUPPORTED``,
        ``VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT``, ``DUPLICATE_SLUG_ERROR``,
        ``DIGITAL_FILE_NOT_FOUND_ERROR``, ``BARCODE_ALREADY_EXIST_ERROR``,
        ``DUPLICATE_BARCODE_ERROR``, ``SKU_ALREADY_EXIST_ERROR``, ``VARIANT_ID_ALREADY_EXISTS``,
        ``INVALID_PRODUCT_TYPE_FOR_SUBSCRIPTION``,
        ``ERROR_ALL_SUBSCRIPTIONS_HIDDEN_FOR_SUBSCRIPTION_ONLY_PRODUCT``,
        ``INVALID_SUBSCRIPTION_DISCOUNT_AMOUNT``, ``SUBSCRIPTION_ID_ALREADY_EXISTS``,
        ``PREORDER_VALIDATION_ERROR``, ``BRAND_CREATION_FAILED``, ``RIBBON_NOT_FOUND``,
        ``INFO_SECTION_ERROR_OCCURRED``, ``CUSTOMIZATION_NOT_EXIST``,
        ``ADD_CUSTOMIZATION_CHOICES_FAILED``, ``CHOICE_NOT_EXIST``,
        ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.UpdateProductResponse",
            await call(
                self._requester,
                _UPDATE_PRODUCT,
                {"product": {**product, "id": id}, **_fields.pick(options, "fields")},
            ),
        )

    async def update_product_with_inventory(
        self,
        id: str,
        product: _types.ProductWithInventory,
        options: _types.UpdateProductWithInventoryOptions | None = None,
    ) -> _types.UpdateProductWithInventoryResponse:
        """Update product with inventory: ``PATCH /stores/v3/products-with-inventory/{product.id}``.

        Application errors: ``RIBBON_NOT_FOUND``, ``INFO_SECTION_ERROR_OCCURRED``,
        ``CUSTOMIZATION_NOT_EXIST``, ``ADD_CUSTOMIZATION_CHOICES_FAILED``, ``CHOICE_NOT_EXIST``,
        ``PRODUCT_RESTRICTION_ERROR``, ``PREORDER_VALIDATION_ERROR``,
        ``FIELD_MASK_WITH_FIELD_NOT_PASSED_ERROR``,
        ``COMPARE_AT_PRICE_LOWER_THAN_ACTUAL_PRICE``, ``DUPLICATE_RIBBON_IN_ADDITIONAL``,
        ``DUPLICATE_RIBBON_IN_PRIMARY_AND_ADDITIONAL``.
        """
        return cast(
            "_types.UpdateProductWithInventoryResponse",
            await call(
                self._requester,
                _UPDATE_PRODUCT_WITH_INVENTORY,
                {
                    "product": {**product, "id": id},
                    **_fields.pick(options, "returnEntity", "fields"),
                },
            ),
        )


def bind(client: Requester) -> ProductsV3:
    """The ``productsV3`` module for ``client``'s visitor."""
    return ProductsV3(client)
