# File generated from @wix/auto_sdk_bookings_categories 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.categories``.

From ``@wix/auto_sdk_bookings_categories``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.categories import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

Status: TypeAlias = Literal["CREATED", "DELETED"]


class Category(TypedDict, total=False):
    id: str | None
    name: str | None
    status: Status
    sortOrder: int | None


class CreateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class CreateCategoryResponse(TypedDict, total=False):
    category: Category


class DeleteCategoryOptions(TypedDict, total=False):
    """What ``deleteCategory`` reads from ``options``."""

    deleteServices: bool | None


class DeleteCategoryRequest(TypedDict, total=False):
    id: Required[str | None]
    deleteServices: bool | None


class DeleteCategoryResponse(TypedDict, total=False):
    id: str | None


class ListCategoriesOptions(TypedDict, total=False):
    """What ``listCategories`` reads from ``options``."""

    categoryIds: list[str]
    includeDeleted: bool | None


class ListCategoryRequest(TypedDict, total=False):
    categoryIds: list[str]
    includeDeleted: bool | None


class ListCategoryResponse(TypedDict, total=False):
    categories: list[Category]


class UpdateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class UpdateCategoryResponse(TypedDict, total=False):
    category: Category
