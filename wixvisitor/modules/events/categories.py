# File generated from @wix/auto_sdk_events_categories 1.0.58
# by `make apigen` (tools/apigen). Do not edit.
"""The ``categories`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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

    async def assign_events(self, category_id: str, event_id: list[str]) -> dict[str, Any]:
        """Assign events: ``POST /events/v1/categories/{categoryId}/events``."""
        return await call(
            self._requester, _ASSIGN_EVENTS, {"categoryId": category_id, "eventId": event_id}
        )

    async def bulk_assign_events(
        self, category_id: list[str], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Bulk assign events: ``POST /events/v1/bulk/categories/events``."""
        return await call(
            self._requester,
            _BULK_ASSIGN_EVENTS,
            {"categoryId": category_id, **_fields.pick(options, "eventId")},
        )

    async def bulk_assign_events_async(
        self, category_id: list[str], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Bulk assign events async: ``POST``.

        ``/events/v1/bulk-async/categories/assign-events-by-filter``
        """
        return await call(
            self._requester,
            _BULK_ASSIGN_EVENTS_ASYNC,
            {"categoryId": category_id, **_fields.pick(options, "filter")},
        )

    async def bulk_create_category(self, categories: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """Bulk create category: ``POST /events/v1/bulk/categories/create``."""
        return await call(self._requester, _BULK_CREATE_CATEGORY, {"categories": categories})

    async def bulk_unassign_events(
        self, category_id: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk unassign events: ``DELETE /events/v1/bulk/categories/events``."""
        return await call(
            self._requester,
            _BULK_UNASSIGN_EVENTS,
            {"categoryId": category_id, **_fields.pick(options, "eventId")},
        )

    async def bulk_unassign_events_async(
        self, category_id: list[str], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Bulk unassign events async: ``POST``.

        ``/events/v1/bulk-async/categories/unassign-events-by-filter``
        """
        return await call(
            self._requester,
            _BULK_UNASSIGN_EVENTS_ASYNC,
            {"categoryId": category_id, **_fields.pick(options, "filter")},
        )

    async def create_category(self, category: Mapping[str, Any]) -> dict[str, Any]:
        """Create category: ``POST /events/v1/categories``."""
        return await call(self._requester, _CREATE_CATEGORY, {"category": category})

    async def delete_category(self, category_id: str) -> dict[str, Any]:
        """Delete category: ``DELETE /events/v1/categories/{categoryId}``."""
        return await call(self._requester, _DELETE_CATEGORY, {"categoryId": category_id})

    async def list_event_categories(self, event_id: str) -> dict[str, Any]:
        """List event categories: ``GET /events/v1/categories/{eventId}``."""
        return await call(self._requester, _LIST_EVENT_CATEGORIES, {"eventId": event_id})

    def query_categories(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query categories: ``POST /events/v1/categories/query``."""
        return QueryBuilder(self._requester, _QUERY_CATEGORIES, options)

    async def reorder_category_events(
        self, category_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Reorder category events: ``POST /events/v1/categories/{categoryId}/reorder``."""
        return await call(
            self._requester,
            _REORDER_CATEGORY_EVENTS,
            {
                "categoryId": category_id,
                **_fields.pick(options, "eventId", "beforeEventId", "afterEventId"),
            },
        )

    async def unassign_events(self, category_id: str, event_id: list[str]) -> dict[str, Any]:
        """Unassign events: ``DELETE /events/v1/categories/{categoryId}/events``."""
        return await call(
            self._requester, _UNASSIGN_EVENTS, {"categoryId": category_id, "eventId": event_id}
        )

    async def update_category(self, id: str, category: Mapping[str, Any]) -> dict[str, Any]:
        """Update category: ``PATCH /events/v1/categories/{category.id}``."""
        return await call(self._requester, _UPDATE_CATEGORY, {"category": {**category, "id": id}})


def bind(client: Requester) -> Categories:
    """The ``categories`` module for ``client``'s visitor."""
    return Categories(client)
