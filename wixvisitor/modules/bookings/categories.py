# File generated from @wix/auto_sdk_bookings_categories 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""The ``categories`` module of ``@wix/bookings`` (4 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import categories as _types

_CREATE_CATEGORY = Route(
    "POST",
    "/bookings/v1/categories",
    "com.wixpress.bookings.services.api.v1.CategoriesService.Create",
)
_DELETE_CATEGORY = Route(
    "DELETE",
    "/bookings/v1/categories/{id}",
    "com.wixpress.bookings.services.api.v1.CategoriesService._delete",
    path_params=("id",),
)
_LIST_CATEGORIES = Route(
    "GET", "/bookings/v1/categories", "com.wixpress.bookings.services.api.v1.CategoriesService.List"
)
_UPDATE_CATEGORY = Route(
    "PUT",
    "/bookings/v1/categories/{category.id}",
    "com.wixpress.bookings.services.api.v1.CategoriesService.Update",
    path_params=("category.id",),
)


class Categories(Module):
    """``categories`` of ``@wix/bookings``: ``categories = bookings.categories.bind(wix)``."""

    __slots__ = ()

    async def create_category(self, category: _types.Category) -> _types.CreateCategoryResponse:
        """Create category: ``POST /bookings/v1/categories``.

        Permissions: ``BOOKINGS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateCategoryResponse",
            await call(self._requester, _CREATE_CATEGORY, {"category": category}),
        )

    async def delete_category(
        self, id: str, options: _types.DeleteCategoryOptions | None = None
    ) -> _types.DeleteCategoryResponse:
        """Delete category: ``DELETE /bookings/v1/categories/{id}``.

        Permissions: ``BOOKINGS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteCategoryResponse",
            await call(
                self._requester,
                _DELETE_CATEGORY,
                {"id": id, **_fields.pick(options, "deleteServices")},
            ),
        )

    async def list_categories(
        self, options: _types.ListCategoriesOptions | None = None
    ) -> _types.ListCategoryResponse:
        """List categories: ``GET /bookings/v1/categories``.

        Permissions: ``BOOKINGS.CATEGORIES_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListCategoryResponse",
            await call(
                self._requester,
                _LIST_CATEGORIES,
                {**_fields.pick(options, "categoryIds", "includeDeleted")},
            ),
        )

    async def update_category(
        self, id: str, category: _types.Category
    ) -> _types.UpdateCategoryResponse:
        """Update category: ``PUT /bookings/v1/categories/{category.id}``.

        Permissions: ``BOOKINGS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateCategoryResponse",
            await call(self._requester, _UPDATE_CATEGORY, {"category": {**category, "id": id}}),
        )


def bind(client: Requester) -> Categories:
    """The ``categories`` module for ``client``'s visitor."""
    return Categories(client)
