# File generated from @wix/auto_sdk_bookings_categories-v-2 1.0.60
# by `make apigen` (tools/apigen). Do not edit.
"""The ``categoriesV2`` module of ``@wix/bookings`` (7 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import categories_v2 as _types

_COUNT_CATEGORIES = Route(
    "POST",
    "/bookings/v2/categories/count",
    "wix.bookings.categories.v2.CategoriesService.CountCategories",
)
_CREATE_CATEGORY = Route(
    "POST", "/bookings/v2/categories", "wix.bookings.categories.v2.CategoriesService.CreateCategory"
)
_DELETE_CATEGORY = Route(
    "DELETE",
    "/bookings/v2/categories/{categoryId}",
    "wix.bookings.categories.v2.CategoriesService.DeleteCategory",
    path_params=("categoryId",),
)
_GET_CATEGORY = Route(
    "GET",
    "/bookings/v2/categories/{categoryId}",
    "wix.bookings.categories.v2.CategoriesService.GetCategory",
    path_params=("categoryId",),
)
_MOVE_CATEGORY = Route(
    "POST",
    "/bookings/v2/categories/set-position/{categoryId}",
    "wix.bookings.categories.v2.CategoriesService.MoveCategory",
    path_params=("categoryId",),
)
_QUERY_CATEGORIES = Query(
    Route(
        "GET",
        "/bookings/v2/categories/query",
        "wix.bookings.categories.v2.CategoriesService.QueryCategories",
        complex=True,
        fallback=True,
    ),
    items="categories",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_CATEGORY = Route(
    "PATCH",
    "/bookings/v2/categories/{category.id}",
    "wix.bookings.categories.v2.CategoriesService.UpdateCategory",
    path_params=("category.id",),
)


class CategoriesV2(Module):
    """``categoriesV2`` of ``@wix/bookings``: ``bookings.categories_v2.bind(wix)``."""

    __slots__ = ()

    async def count_categories(
        self, options: _types.CountCategoriesOptions | None = None
    ) -> _types.CountCategoriesResponse:
        """Count categories: ``POST /bookings/v2/categories/count``.

        Permissions: ``BOOKINGS.CATEGORY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountCategoriesResponse",
            await call(self._requester, _COUNT_CATEGORIES, {**_fields.pick(options, "filter")}),
        )

    async def create_category(self, category: _types.Category) -> _types.CreateCategoryResponse:
        """Create category: ``POST /bookings/v2/categories``.

        Permissions: ``BOOKINGS.CATEGORY_CREATE``.
        Callable by: ``APP``.
        Application errors: ``CATEGORY_LIMIT_REACHED``.
        """
        return cast(
            "_types.CreateCategoryResponse",
            await call(self._requester, _CREATE_CATEGORY, {"category": category}),
        )

    async def delete_category(self, category_id: str) -> _types.DeleteCategoryResponse:
        """Delete category: ``DELETE /bookings/v2/categories/{categoryId}``.

        Permissions: ``BOOKINGS.CATEGORY_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCategoryResponse",
            await call(self._requester, _DELETE_CATEGORY, {"categoryId": category_id}),
        )

    async def get_category(self, category_id: str) -> _types.GetCategoryResponse:
        """Get category: ``GET /bookings/v2/categories/{categoryId}``.

        Permissions: ``BOOKINGS.CATEGORY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCategoryResponse",
            await call(self._requester, _GET_CATEGORY, {"categoryId": category_id}),
        )

    async def move_category(
        self, category_id: str, options: _types.MoveCategoryOptions | None = None
    ) -> _types.MoveCategoryResponse:
        """Move category: ``POST /bookings/v2/categories/set-position/{categoryId}``.

        Permissions: ``BOOKINGS.CATEGORY_MOVE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.MoveCategoryResponse",
            await call(
                self._requester,
                _MOVE_CATEGORY,
                {"categoryId": category_id, **_fields.pick(options, "position", "afterCategoryId")},
            ),
        )

    def query_categories(self) -> QueryBuilder[_types.Category]:
        """Query categories: ``GET /bookings/v2/categories/query``.

        Permissions: ``BOOKINGS.CATEGORY_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CATEGORIES)

    async def update_category(
        self, id: str, category: _types.Category
    ) -> _types.UpdateCategoryResponse:
        """Update category: ``PATCH /bookings/v2/categories/{category.id}``.

        Permissions: ``BOOKINGS.CATEGORY_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCategoryResponse",
            await call(self._requester, _UPDATE_CATEGORY, {"category": {**category, "id": id}}),
        )


def bind(client: Requester) -> CategoriesV2:
    """The ``categoriesV2`` module for ``client``'s visitor."""
    return CategoriesV2(client)
