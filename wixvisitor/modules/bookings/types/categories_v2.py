# File generated from @wix/auto_sdk_bookings_categories-v-2 1.0.60
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.categories_v2``.

From ``@wix/auto_sdk_bookings_categories-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.categories_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

Position: TypeAlias = Literal["LAST", "FIRST", "AFTER_CATEGORY"]


class Category(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    sortOrder: int | None
    extendedFields: ExtendedFields


class CountCategoriesOptions(TypedDict, total=False):
    """What ``countCategories`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountCategoriesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountCategoriesResponse(TypedDict, total=False):
    count: int


class CreateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class CreateCategoryResponse(TypedDict, total=False):
    category: Category


class DeleteCategoryRequest(TypedDict, total=False):
    categoryId: Required[str]


class DeleteCategoryResponse(TypedDict, total=False):
    pass


class GetCategoryRequest(TypedDict, total=False):
    categoryId: Required[str]


class GetCategoryResponse(TypedDict, total=False):
    category: Category


class MoveCategoryOptions(TypedDict, total=False):
    """What ``moveCategory`` reads from ``options``."""

    position: Position
    afterCategoryId: str | None


class MoveCategoryRequest(TypedDict, total=False):
    categoryId: Required[str]
    position: Position
    afterCategoryId: str | None


class MoveCategoryResponse(TypedDict, total=False):
    category: Category


class QueryCategoriesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryCategoriesResponse(TypedDict, total=False):
    categories: list[Category]
    pagingMetadata: CursorPagingMetadata


class UpdateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class UpdateCategoryResponse(TypedDict, total=False):
    category: Category
