# File generated from @wix/auto_sdk_events_categories 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.categories``.

From ``@wix/auto_sdk_events_categories``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.categories import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

CategoryFieldset: TypeAlias = Literal["COUNTS"]
State: TypeAlias = Literal["MANUAL", "AUTO", "RECURRING_EVENT", "HIDDEN"]


class AssignEventsRequest(TypedDict, total=False):
    categoryId: Required[str]
    eventId: Required[list[str]]


class AssignEventsResponse(TypedDict, total=False):
    pass


class BulkAssignEventsAsyncOptions(TypedDict, total=False):
    """What ``bulkAssignEventsAsync`` reads from ``options``."""

    filter: Required[dict[str, Any] | None]


class BulkAssignEventsAsyncRequest(TypedDict, total=False):
    categoryId: Required[list[str]]
    filter: Required[dict[str, Any] | None]


class BulkAssignEventsAsyncResponse(TypedDict, total=False):
    pass


class BulkAssignEventsOptions(TypedDict, total=False):
    """What ``bulkAssignEvents`` reads from ``options``."""

    eventId: Required[list[str]]


class BulkAssignEventsRequest(TypedDict, total=False):
    categoryId: Required[list[str]]
    eventId: Required[list[str]]


class BulkAssignEventsResponse(TypedDict, total=False):
    results: list[BulkCategoryResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCategoryResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Category


class BulkCreateCategoryRequest(TypedDict, total=False):
    categories: Required[list[Category]]


class BulkCreateCategoryResponse(TypedDict, total=False):
    results: list[BulkCategoryResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUnassignEventsAsyncOptions(TypedDict, total=False):
    """What ``bulkUnassignEventsAsync`` reads from ``options``."""

    filter: Required[dict[str, Any] | None]


class BulkUnassignEventsAsyncRequest(TypedDict, total=False):
    categoryId: Required[list[str]]
    filter: Required[dict[str, Any] | None]


class BulkUnassignEventsAsyncResponse(TypedDict, total=False):
    pass


class BulkUnassignEventsOptions(TypedDict, total=False):
    """What ``bulkUnassignEvents`` reads from ``options``."""

    eventId: list[str]


class BulkUnassignEventsRequest(TypedDict, total=False):
    categoryId: Required[list[str]]
    eventId: list[str]


class BulkUnassignEventsResponse(TypedDict, total=False):
    results: list[BulkCategoryResult]
    bulkActionMetadata: BulkActionMetadata


class Category(TypedDict, total=False):
    id: str
    name: str
    createdDate: str | None
    counts: CategoryCounts
    states: list[State]


class CategoryCounts(TypedDict, total=False):
    assignedEventsCount: int | None
    assignedDraftEventsCount: int | None


class CreateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class CreateCategoryResponse(TypedDict, total=False):
    category: Category


class DeleteCategoryRequest(TypedDict, total=False):
    categoryId: Required[str]


class DeleteCategoryResponse(TypedDict, total=False):
    pass


class ListEventCategoriesRequest(TypedDict, total=False):
    eventId: Required[str]


class ListEventCategoriesResponse(TypedDict, total=False):
    categories: list[Category]


class QueryCategoriesRequest(TypedDict, total=False):
    query: Required[QueryV2]
    fieldset: list[CategoryFieldset]


class QueryCategoriesResponse(TypedDict, total=False):
    categories: list[Category]
    metaData: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class ReorderCategoryEventsOptions(TypedDict, total=False):
    """What ``reorderCategoryEvents`` reads from ``options``."""

    eventId: str
    beforeEventId: str
    afterEventId: str


class ReorderCategoryEventsRequestReferenceEventOneOf(TypedDict, total=False):
    beforeEventId: str
    afterEventId: str


class ReorderCategoryEventsRequest(ReorderCategoryEventsRequestReferenceEventOneOf, total=False):
    categoryId: Required[str]
    eventId: str


class ReorderCategoryEventsResponse(TypedDict, total=False):
    pass


class UnassignEventsRequest(TypedDict, total=False):
    categoryId: Required[str]
    eventId: Required[list[str]]


class UnassignEventsResponse(TypedDict, total=False):
    pass


class UpdateCategoryRequest(TypedDict, total=False):
    category: Required[Category]


class UpdateCategoryResponse(TypedDict, total=False):
    category: Category
