# File generated from @wix/auto_sdk_events_categories 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""The ``categories`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import categories as _types

_ASSIGN_EVENTS = Route(
    "POST",
    "/events/v1/categories/{categoryId}/events",
    "wix.events.categories.CategoryManagement.AssignEvents",
    path_params=("categoryId",),
)
_BULK_ASSIGN_EVENTS = Route(
    "POST",
    "/events/v1/bulk/categories/events",
    "wix.events.categories.CategoryManagement.BulkAssignEvents",
)
_BULK_ASSIGN_EVENTS_ASYNC = Route(
    "POST",
    "/events/v1/bulk-async/categories/assign-events-by-filter",
    "wix.events.categories.CategoryManagement.BulkAssignEventsAsync",
)
_BULK_CREATE_CATEGORY = Route(
    "POST",
    "/events/v1/bulk/categories/create",
    "wix.events.categories.CategoryManagement.BulkCreateCategory",
)
_BULK_UNASSIGN_EVENTS = Route(
    "DELETE",
    "/events/v1/bulk/categories/events",
    "wix.events.categories.CategoryManagement.BulkUnassignEvents",
)
_BULK_UNASSIGN_EVENTS_ASYNC = Route(
    "POST",
    "/events/v1/bulk-async/categories/unassign-events-by-filter",
    "wix.events.categories.CategoryManagement.BulkUnassignEventsAsync",
)
_CREATE_CATEGORY = Route(
    "POST", "/events/v1/categories", "wix.events.categories.CategoryManagement.CreateCategory"
)
_DELETE_CATEGORY = Route(
    "DELETE",
    "/events/v1/categories/{categoryId}",
    "wix.events.categories.CategoryManagement.DeleteCategory",
    path_params=("categoryId",),
)
_LIST_EVENT_CATEGORIES = Route(
    "GET",
    "/events/v1/categories/{eventId}",
    "wix.events.categories.CategoryManagement.ListEventCategories",
    path_params=("eventId",),
)
_QUERY_CATEGORIES = Query(
    Route(
        "POST",
        "/events/v1/categories/query",
        "wix.events.categories.CategoryManagement.QueryCategories",
    ),
    items="categories",
    paging="OFFSET",
    metadata="metaData",
)
_REORDER_CATEGORY_EVENTS = Route(
    "POST",
    "/events/v1/categories/{categoryId}/reorder",
    "wix.events.categories.CategoryManagement.ReorderCategoryEvents",
    path_params=("categoryId",),
)
_UNASSIGN_EVENTS = Route(
    "DELETE",
    "/events/v1/categories/{categoryId}/events",
    "wix.events.categories.CategoryManagement.UnassignEvents",
    path_params=("categoryId",),
)
_UPDATE_CATEGORY = Route(
    "PATCH",
    "/events/v1/categories/{category.id}",
    "wix.events.categories.CategoryManagement.UpdateCategory",
    path_params=("category.id",),
)


class Categories(Module):
    """``categories`` of ``@wix/events``: ``categories = events.categories.bind(wix)``."""

    __slots__ = ()

    async def assign_events(
        self, category_id: str, event_id: Sequence[str]
    ) -> _types.AssignEventsResponse:
        """Assign events: ``POST /events/v1/categories/{categoryId}/events``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AssignEventsResponse",
            await call(
                self._requester, _ASSIGN_EVENTS, {"categoryId": category_id, "eventId": event_id}
            ),
        )

    async def bulk_assign_events(
        self, category_id: Sequence[str], options: _types.BulkAssignEventsOptions
    ) -> _types.BulkAssignEventsResponse:
        """Bulk assign events: ``POST /events/v1/bulk/categories/events``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkAssignEventsResponse",
            await call(
                self._requester,
                _BULK_ASSIGN_EVENTS,
                {"categoryId": category_id, **_fields.pick(options, "eventId")},
            ),
        )

    async def bulk_assign_events_async(
        self, category_id: Sequence[str], options: _types.BulkAssignEventsAsyncOptions
    ) -> _types.BulkAssignEventsAsyncResponse:
        """Bulk assign events async: ``POST``.

        ``/events/v1/bulk-async/categories/assign-events-by-filter``

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkAssignEventsAsyncResponse",
            await call(
                self._requester,
                _BULK_ASSIGN_EVENTS_ASYNC,
                {"categoryId": category_id, **_fields.pick(options, "filter")},
            ),
        )

    async def bulk_create_category(
        self, categories: Sequence[Mapping[str, Any]]
    ) -> _types.BulkCreateCategoryResponse:
        """Bulk create category: ``POST /events/v1/bulk/categories/create``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateCategoryResponse",
            await call(self._requester, _BULK_CREATE_CATEGORY, {"categories": categories}),
        )

    async def bulk_unassign_events(
        self, category_id: Sequence[str], options: _types.BulkUnassignEventsOptions | None = None
    ) -> _types.BulkUnassignEventsResponse:
        """Bulk unassign events: ``DELETE /events/v1/bulk/categories/events``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUnassignEventsResponse",
            await call(
                self._requester,
                _BULK_UNASSIGN_EVENTS,
                {"categoryId": category_id, **_fields.pick(options, "eventId")},
            ),
        )

    async def bulk_unassign_events_async(
        self, category_id: Sequence[str], options: _types.BulkUnassignEventsAsyncOptions
    ) -> _types.BulkUnassignEventsAsyncResponse:
        """Bulk unassign events async: ``POST``.

        ``/events/v1/bulk-async/categories/unassign-events-by-filter``

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUnassignEventsAsyncResponse",
            await call(
                self._requester,
                _BULK_UNASSIGN_EVENTS_ASYNC,
                {"categoryId": category_id, **_fields.pick(options, "filter")},
            ),
        )

    async def create_category(self, category: _types.Category) -> _types.CreateCategoryResponse:
        """Create category: ``POST /events/v1/categories``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateCategoryResponse",
            await call(self._requester, _CREATE_CATEGORY, {"category": category}),
        )

    async def delete_category(self, category_id: str) -> _types.DeleteCategoryResponse:
        """Delete category: ``DELETE /events/v1/categories/{categoryId}``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCategoryResponse",
            await call(self._requester, _DELETE_CATEGORY, {"categoryId": category_id}),
        )

    async def list_event_categories(self, event_id: str) -> _types.ListEventCategoriesResponse:
        """List event categories: ``GET /events/v1/categories/{eventId}``.

        Permissions: ``WIX_EVENTS.READ_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListEventCategoriesResponse",
            await call(self._requester, _LIST_EVENT_CATEGORIES, {"eventId": event_id}),
        )

    def query_categories(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.Category]:
        """Query categories: ``POST /events/v1/categories/query``.

        Permissions: ``WIX_EVENTS.READ_CATEGORIES``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CATEGORIES, options)

    async def reorder_category_events(
        self, category_id: str, options: _types.ReorderCategoryEventsOptions | None = None
    ) -> _types.ReorderCategoryEventsResponse:
        """Reorder category events: ``POST /events/v1/categories/{categoryId}/reorder``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        Application errors: ``INVALID_REORDER_INSTRUCTION``.
        """
        return cast(
            "_types.ReorderCategoryEventsResponse",
            await call(
                self._requester,
                _REORDER_CATEGORY_EVENTS,
                {
                    "categoryId": category_id,
                    **_fields.pick(options, "eventId", "beforeEventId", "afterEventId"),
                },
            ),
        )

    async def unassign_events(
        self, category_id: str, event_id: Sequence[str]
    ) -> _types.UnassignEventsResponse:
        """Unassign events: ``DELETE /events/v1/categories/{categoryId}/events``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UnassignEventsResponse",
            await call(
                self._requester, _UNASSIGN_EVENTS, {"categoryId": category_id, "eventId": event_id}
            ),
        )

    async def update_category(
        self, id: str, category: _types.Category
    ) -> _types.UpdateCategoryResponse:
        """Update category: ``PATCH /events/v1/categories/{category.id}``.

        Permissions: ``WIX_EVENTS.MANAGE_CATEGORIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCategoryResponse",
            await call(self._requester, _UPDATE_CATEGORY, {"category": {**category, "id": id}}),
        )


def bind(client: Requester) -> Categories:
    """The ``categories`` module for ``client``'s visitor."""
    return Categories(client)
