# File generated from @wix/auto_sdk_categories_categories 1.0.145
# by `make apigen` (tools/apigen). Do not edit.
"""The ``categories`` module of ``@wix/categories`` (22 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import categories as _types

_BULK_ADD_ITEM_TO_CATEGORIES = Route(
    "POST",
    "/categories/v1/bulk/categories/add-item",
    "com.wix.categories.api.v1.CategoriesService.BulkAddItemToCategories",
)
_BULK_ADD_ITEMS_TO_CATEGORY = Route(
    "POST",
    "/categories/v1/bulk/categories/{categoryId}/add-items",
    "com.wix.categories.api.v1.CategoriesService.BulkAddItemsToCategory",
    path_params=("categoryId",),
)
_BULK_REMOVE_ITEM_FROM_CATEGORIES = Route(
    "POST",
    "/categories/v1/bulk/categories/remove-item",
    "com.wix.categories.api.v1.CategoriesService.BulkRemoveItemFromCategories",
)
_BULK_REMOVE_ITEMS_FROM_CATEGORY = Route(
    "POST",
    "/categories/v1/bulk/categories/{categoryId}/remove-items",
    "com.wix.categories.api.v1.CategoriesService.BulkRemoveItemsFromCategory",
    path_params=("categoryId",),
)
_BULK_SHOW_CATEGORIES = Route(
    "POST",
    "/categories/v1/bulk/categories/show",
    "com.wix.categories.api.v1.CategoriesService.BulkShowCategories",
)
_BULK_UPDATE_CATEGORIES = Route(
    "POST",
    "/categories/v1/bulk/categories/update",
    "com.wix.categories.api.v1.CategoriesService.BulkUpdateCategories",
)
_COUNT_CATEGORIES = Route(
    "POST",
    "/categories/v1/categories/count",
    "com.wix.categories.api.v1.CategoriesService.CountCategories",
)
_CREATE_CATEGORY = Route(
    "POST",
    "/categories/v1/categories",
    "com.wix.categories.api.v1.CategoriesService.CreateCategory",
)
_DELETE_CATEGORY = Route(
    "DELETE",
    "/categories/v1/categories/{categoryId}",
    "com.wix.categories.api.v1.CategoriesService.DeleteCategory",
    path_params=("categoryId",),
)
_GET_ARRANGED_ITEMS = Route(
    "GET",
    "/categories/v1/categories/{categoryId}/arranged-items",
    "com.wix.categories.api.v1.CategoriesService.GetArrangedItems",
    path_params=("categoryId",),
)
_GET_CATEGORY = Route(
    "GET",
    "/categories/v1/categories/{categoryId}",
    "com.wix.categories.api.v1.CategoriesService.GetCategory",
    path_params=("categoryId",),
)
_GET_CATEGORY_BY_SLUG = Route(
    "GET",
    "/categories/v1/categories/slug/{slug}",
    "com.wix.categories.api.v1.CategoriesService.GetCategoryBySlug",
    path_params=("slug",),
)
_LIST_CATEGORIES_FOR_ITEM = Route(
    "GET",
    "/categories/v1/categories/list-categories-for-item",
    "com.wix.categories.api.v1.CategoriesService.ListCategoriesForItem",
    fallback=True,
)
_LIST_CATEGORIES_FOR_ITEMS = Route(
    "GET",
    "/categories/v1/categories/list-categories-for-items",
    "com.wix.categories.api.v1.CategoriesService.ListCategoriesForItems",
    fallback=True,
)
_LIST_ITEMS_IN_CATEGORY = Route(
    "GET",
    "/categories/v1/categories/{categoryId}/list-items",
    "com.wix.categories.api.v1.CategoriesService.ListItemsInCategory",
    path_params=("categoryId",),
    fallback=True,
)
_LIST_TREES = Route(
    "GET",
    "/categories/v1/categories/list-trees",
    "com.wix.categories.api.v1.CategoriesService.ListTrees",
)
_MOVE_CATEGORY = Route(
    "POST",
    "/categories/v1/categories/{categoryId}/move",
    "com.wix.categories.api.v1.CategoriesService.MoveCategory",
    path_params=("categoryId",),
)
_QUERY_CATEGORIES = Query(
    Route(
        "POST",
        "/categories/v1/categories/query",
        "com.wix.categories.api.v1.CategoriesService.QueryCategories",
    ),
    items="categories",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SEARCH_CATEGORIES = Route(
    "POST",
    "/categories/v1/categories/search",
    "com.wix.categories.api.v1.CategoriesService.SearchCategories",
)
_SET_ARRANGED_ITEMS = Route(
    "POST",
    "/categories/v1/categories/{categoryId}/set-arranged-items",
    "com.wix.categories.api.v1.CategoriesService.SetArrangedItems",
    path_params=("categoryId",),
)
_UPDATE_CATEGORY = Route(
    "PATCH",
    "/categories/v1/categories/{category.id}",
    "com.wix.categories.api.v1.CategoriesService.UpdateCategory",
    path_params=("category.id",),
)
_UPDATE_CATEGORY_VISIBILITY = Route(
    "PATCH",
    "/categories/v1/categories/visibility",
    "com.wix.categories.api.v1.CategoriesService.UpdateCategoryVisibility",
)


class Categories(Module):
    """``categories`` of ``@wix/categories``: ``categories = categories.categories.bind(wix)``."""

    __slots__ = ()

    async def bulk_add_item_to_categories(
        self, item: _types.ItemReference, options: _types.BulkAddItemToCategoriesOptions
    ) -> _types.BulkAddItemToCategoriesResponse:
        """Bulk add item to categories: ``POST /categories/v1/bulk/categories/add-item``.

        Application errors: ``MANAGED_CATEGORY_OPERATION_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkAddItemToCategoriesResponse",
            await call(
                self._requester,
                _BULK_ADD_ITEM_TO_CATEGORIES,
                {"item": item, **_fields.pick(options, "categoryIds", "treeReference")},
            ),
        )

    async def bulk_add_items_to_category(
        self,
        category_id: str,
        items: Sequence[Mapping[str, Any]],
        options: _types.BulkAddItemsToCategoryOptions,
    ) -> _types.BulkAddItemsToCategoryResponse:
        """Bulk add items to category: ``POST``.

        ``/categories/v1/bulk/categories/{categoryId}/add-items``

        Application errors: ``MANAGED_CATEGORY_OPERATION_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkAddItemsToCategoryResponse",
            await call(
                self._requester,
                _BULK_ADD_ITEMS_TO_CATEGORY,
                {
                    "categoryId": category_id,
                    "items": items,
                    **_fields.pick(options, "treeReference"),
                },
            ),
        )

    async def bulk_remove_item_from_categories(
        self, item: _types.ItemReference, options: _types.BulkRemoveItemFromCategoriesOptions
    ) -> _types.BulkRemoveItemFromCategoriesResponse:
        """Bulk remove item from categories: ``POST /categories/v1/bulk/categories/remove-item``.

        Application errors: ``MANAGED_CATEGORY_OPERATION_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkRemoveItemFromCategoriesResponse",
            await call(
                self._requester,
                _BULK_REMOVE_ITEM_FROM_CATEGORIES,
                {"item": item, **_fields.pick(options, "categoryIds", "treeReference")},
            ),
        )

    async def bulk_remove_items_from_category(
        self,
        category_id: str,
        items: Sequence[Mapping[str, Any]],
        options: _types.BulkRemoveItemsFromCategoryOptions,
    ) -> _types.BulkRemoveItemsFromCategoryResponse:
        """Bulk remove items from category: ``POST``.

        ``/categories/v1/bulk/categories/{categoryId}/remove-items``

        Application errors: ``MANAGED_CATEGORY_OPERATION_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkRemoveItemsFromCategoryResponse",
            await call(
                self._requester,
                _BULK_REMOVE_ITEMS_FROM_CATEGORY,
                {
                    "categoryId": category_id,
                    "items": items,
                    **_fields.pick(options, "treeReference"),
                },
            ),
        )

    async def bulk_show_categories(
        self, category_ids: Sequence[str], options: _types.BulkShowCategoriesOptions | None = None
    ) -> _types.BulkShowCategoriesResponse:
        """Bulk show categories: ``POST /categories/v1/bulk/categories/show``."""
        return cast(
            "_types.BulkShowCategoriesResponse",
            await call(
                self._requester,
                _BULK_SHOW_CATEGORIES,
                {
                    "categoryIds": category_ids,
                    **_fields.pick(options, "treeReference", "returnEntity", "fields"),
                },
            ),
        )

    async def bulk_update_categories(
        self,
        categories: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateCategoriesOptions | None = None,
    ) -> _types.BulkUpdateCategoriesResponse:
        """Bulk update categories: ``POST /categories/v1/bulk/categories/update``.

        Application errors: ``UPDATE_OF_FIELD_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkUpdateCategoriesResponse",
            await call(
                self._requester,
                _BULK_UPDATE_CATEGORIES,
                {
                    "categories": categories,
                    **_fields.pick(options, "treeReference", "returnEntity", "fields"),
                },
            ),
        )

    async def count_categories(
        self, options: _types.CountCategoriesOptions | None = None
    ) -> _types.CountCategoriesResponse:
        """Count categories: ``POST /categories/v1/categories/count``."""
        return cast(
            "_types.CountCategoriesResponse",
            await call(
                self._requester,
                _COUNT_CATEGORIES,
                {
                    **_fields.pick(
                        options, "filter", "search", "treeReference", "returnNonVisibleCategories"
                    )
                },
            ),
        )

    async def create_category(
        self, category: _types.Category, options: _types.CreateCategoryOptions | None = None
    ) -> _types.CreateCategoryResponse:
        """Create category: ``POST /categories/v1/categories``.

        Application errors: ``NAMESPACE_NOT_FOUND_IN_DEV_CENTER``, ``DUPLICATE_SLUG``,
        ``DUPLICATE_HANDLE``, ``CATEGORIES_LIMIT_PER_TREE_EXCEEDED``,
        ``PARENT_CATEGORY_NOT_IN_TREE``, ``TREES_LIMIT_EXCEEDED``,
        ``CATEGORY_DEPTH_LIMIT_EXCEEDED``, ``PARENT_CATEGORY_HIDDEN``.
        """
        return cast(
            "_types.CreateCategoryResponse",
            await call(
                self._requester,
                _CREATE_CATEGORY,
                {"category": category, **_fields.pick(options, "treeReference", "fields")},
            ),
        )

    async def delete_category(
        self, category_id: str, tree_reference: _types.TreeReference
    ) -> _types.DeleteCategoryResponse:
        """Delete category: ``DELETE /categories/v1/categories/{categoryId}``.

        Application errors: ``MANAGED_CATEGORY_OPERATION_NOT_ALLOWED``.
        """
        return cast(
            "_types.DeleteCategoryResponse",
            await call(
                self._requester,
                _DELETE_CATEGORY,
                {"categoryId": category_id, "treeReference": tree_reference},
            ),
        )

    async def get_arranged_items(
        self, category_id: str, tree_reference: _types.TreeReference
    ) -> _types.GetArrangedItemsResponse:
        """Get arranged items: ``GET /categories/v1/categories/{categoryId}/arranged-items``."""
        return cast(
            "_types.GetArrangedItemsResponse",
            await call(
                self._requester,
                _GET_ARRANGED_ITEMS,
                {"categoryId": category_id, "treeReference": tree_reference},
            ),
        )

    async def get_category(
        self,
        category_id: str,
        tree_reference: _types.TreeReference,
        options: _types.GetCategoryOptions | None = None,
    ) -> _types.GetCategoryResponse:
        """Get category: ``GET /categories/v1/categories/{categoryId}``."""
        return cast(
            "_types.GetCategoryResponse",
            await call(
                self._requester,
                _GET_CATEGORY,
                {
                    "categoryId": category_id,
                    "treeReference": tree_reference,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def get_category_by_slug(
        self,
        slug: str,
        tree_reference: _types.TreeReference,
        options: _types.GetCategoryBySlugOptions | None = None,
    ) -> _types.GetCategoryBySlugResponse:
        """Get category by slug: ``GET /categories/v1/categories/slug/{slug}``."""
        return cast(
            "_types.GetCategoryBySlugResponse",
            await call(
                self._requester,
                _GET_CATEGORY_BY_SLUG,
                {"slug": slug, "treeReference": tree_reference, **_fields.pick(options, "fields")},
            ),
        )

    async def list_categories_for_item(
        self, item: _types.ItemReference, options: _types.ListCategoriesForItemOptions
    ) -> _types.ListCategoriesForItemResponse:
        """List categories for item: ``GET /categories/v1/categories/list-categories-for-item``."""
        return cast(
            "_types.ListCategoriesForItemResponse",
            await call(
                self._requester,
                _LIST_CATEGORIES_FOR_ITEM,
                {"item": item, **_fields.pick(options, "treeReference")},
            ),
        )

    async def list_categories_for_items(
        self, items: Sequence[Mapping[str, Any]], options: _types.ListCategoriesForItemsOptions
    ) -> _types.ListCategoriesForItemsResponse:
        """List categories for items: ``GET``.

        ``/categories/v1/categories/list-categories-for-items``
        """
        return cast(
            "_types.ListCategoriesForItemsResponse",
            await call(
                self._requester,
                _LIST_CATEGORIES_FOR_ITEMS,
                {"items": items, **_fields.pick(options, "treeReference")},
            ),
        )

    async def list_items_in_category(
        self,
        category_id: str,
        tree_reference: _types.TreeReference,
        options: _types.ListItemsInCategoryOptions | None = None,
    ) -> _types.ListItemsInCategoryResponse:
        """List items in category: ``GET /categories/v1/categories/{categoryId}/list-items``."""
        return cast(
            "_types.ListItemsInCategoryResponse",
            await call(
                self._requester,
                _LIST_ITEMS_IN_CATEGORY,
                {
                    "categoryId": category_id,
                    "treeReference": tree_reference,
                    **_fields.pick(
                        options,
                        "useCategoryArrangement",
                        "includeItemsFromSubcategories",
                        "cursorPaging",
                    ),
                },
            ),
        )

    async def list_trees(self) -> _types.ListTreesResponse:
        """List trees: ``GET /categories/v1/categories/list-trees``."""
        return cast("_types.ListTreesResponse", await call(self._requester, _LIST_TREES))

    async def move_category(
        self,
        category_id: str,
        tree_reference: _types.TreeReference,
        options: _types.MoveCategoryOptions | None = None,
    ) -> _types.MoveCategoryResponse:
        """Move category: ``POST /categories/v1/categories/{categoryId}/move``.

        Application errors: ``PARENT_CATEGORY_NOT_IN_TREE``, ``CATEGORY_DEPTH_LIMIT_EXCEEDED``,
        ``TREE_CYCLE_DETECTED``, ``MISSING_AFTER_CATEGORY``, ``AFTER_CATEGORY_NOT_IN_PARENT``.
        """
        return cast(
            "_types.MoveCategoryResponse",
            await call(
                self._requester,
                _MOVE_CATEGORY,
                {
                    "categoryId": category_id,
                    "treeReference": tree_reference,
                    **_fields.pick(options, "parentCategoryId", "position", "moveAfterCategoryId"),
                },
            ),
        )

    def query_categories(self, options: Mapping[str, Any]) -> QueryBuilder[_types.Category]:
        """Query categories: ``POST /categories/v1/categories/query``."""
        return QueryBuilder(self._requester, _QUERY_CATEGORIES, options)

    async def search_categories(
        self, search: _types.CursorSearch, options: _types.SearchCategoriesOptions | None = None
    ) -> _types.SearchCategoriesResponse:
        """Search categories: ``POST /categories/v1/categories/search``.

        Permissions: ``CATEGORIES.CATEGORY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchCategoriesResponse",
            await call(
                self._requester,
                _SEARCH_CATEGORIES,
                {
                    "search": search,
                    **_fields.pick(
                        options, "treeReference", "returnNonVisibleCategories", "fields"
                    ),
                },
            ),
        )

    async def set_arranged_items(
        self,
        category_id: str,
        tree_reference: _types.TreeReference,
        options: _types.SetArrangedItemsOptions | None = None,
    ) -> _types.SetArrangedItemsResponse:
        """Set arranged items: ``POST /categories/v1/categories/{categoryId}/set-arranged-items``.

        Application errors: ``ITEM_NOT_IN_CATEGORY``.
        """
        return cast(
            "_types.SetArrangedItemsResponse",
            await call(
                self._requester,
                _SET_ARRANGED_ITEMS,
                {
                    "categoryId": category_id,
                    "treeReference": tree_reference,
                    **_fields.pick(options, "items"),
                },
            ),
        )

    async def update_category(
        self,
        id: str,
        category: _types.Category,
        options: _types.UpdateCategoryOptions | None = None,
    ) -> _types.UpdateCategoryResponse:
        """Update category: ``PATCH /categories/v1/categories/{category.id}``.

        Application errors: ``DUPLICATE_SLUG``, ``REMOVED_SLUG``.
        """
        return cast(
            "_types.UpdateCategoryResponse",
            await call(
                self._requester,
                _UPDATE_CATEGORY,
                {
                    "category": {**category, "id": id},
                    **_fields.pick(options, "treeReference", "fields"),
                },
            ),
        )

    async def update_category_visibility(
        self, category_id: str, options: _types.UpdateCategoryVisibilityOptions | None = None
    ) -> _types.UpdateCategoryVisibilityResponse:
        """Update category visibility: ``PATCH /categories/v1/categories/visibility``.

        Application errors: ``PARENT_CATEGORY_HIDDEN``.
        """
        return cast(
            "_types.UpdateCategoryVisibilityResponse",
            await call(
                self._requester,
                _UPDATE_CATEGORY_VISIBILITY,
                {
                    "categoryId": category_id,
                    **_fields.pick(options, "visible", "treeReference", "revision", "fields"),
                },
            ),
        )


def bind(client: Requester) -> Categories:
    """The ``categories`` module for ``client``'s visitor."""
    return Categories(client)
