# File generated from @wix/auto_sdk_events_wix-events-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``wixEventsV2`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_BULK_CANCEL_EVENTS_BY_FILTER = Route(
    "POST",
    "/events/v3/bulk/events/cancel-by-filter",
    "wix.events.events.v3.EventManagement.BulkCancelEventsByFilter",
)
_BULK_DELETE_EVENTS_BY_FILTER = Route(
    "POST",
    "/events/v3/bulk/events/delete-by-filter",
    "wix.events.events.v3.EventManagement.BulkDeleteEventsByFilter",
)
_CANCEL_EVENT = Route(
    "POST",
    "/events/v3/events/{eventId}/cancel",
    "wix.events.events.v3.EventManagement.CancelEvent",
    path_params=("eventId",),
)
_CLONE_EVENT = Route(
    "POST",
    "/events/v3/events/{eventId}/clone",
    "wix.events.events.v3.EventManagement.CloneEvent",
    path_params=("eventId",),
)
_COUNT_EVENTS_BY_STATUS = Route(
    "POST",
    "/events/v3/events/count-by-status",
    "wix.events.events.v3.EventManagement.CountEventsByStatus",
)
_CREATE_EVENT = Route(
    "POST", "/events/v3/events", "wix.events.events.v3.EventManagement.CreateEvent"
)
_DELETE_EVENT = Route(
    "DELETE",
    "/events/v3/events/{eventId}",
    "wix.events.events.v3.EventManagement.DeleteEvent",
    path_params=("eventId",),
)
_GET_EVENT = Route(
    "GET",
    "/events/v3/events/{eventId}",
    "wix.events.events.v3.EventManagement.GetEvent",
    path_params=("eventId",),
)
_GET_EVENT_BY_SLUG = Route(
    "GET",
    "/events/v3/events/slug/{slug}",
    "wix.events.events.v3.EventManagement.GetEventBySlug",
    path_params=("slug",),
)
_LIST_EVENTS_BY_CATEGORY = Route(
    "GET",
    "/events/v3/events/category/{categoryId}",
    "wix.events.events.v3.EventManagement.ListEventsByCategory",
    path_params=("categoryId",),
)
_PUBLISH_DRAFT_EVENT = Route(
    "POST",
    "/events/v3/events/{eventId}/publish",
    "wix.events.events.v3.EventManagement.PublishDraftEvent",
    path_params=("eventId",),
)
_QUERY_EVENTS = Query(
    Route("POST", "/events/v3/events/query", "wix.events.events.v3.EventManagement.QueryEvents"),
    items="events",
    paging="OFFSET",
    metadata="pagingMetadata",
)
_UPDATE_EVENT = Route(
    "PATCH",
    "/events/v3/events/{event.id}",
    "wix.events.events.v3.EventManagement.UpdateEvent",
    path_params=("event.id",),
)


class WixEventsV2(Module):
    """``wixEventsV2`` of ``@wix/events``: ``wix_events_v2 = events.wix_events_v2.bind(wix)``."""

    __slots__ = ()

    async def bulk_cancel_events_by_filter(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk cancel events by filter: ``POST /events/v3/bulk/events/cancel-by-filter``."""
        return await call(
            self._requester, _BULK_CANCEL_EVENTS_BY_FILTER, {**_fields.pick(options, "filter")}
        )

    async def bulk_delete_events_by_filter(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete events by filter: ``POST /events/v3/bulk/events/delete-by-filter``."""
        return await call(
            self._requester, _BULK_DELETE_EVENTS_BY_FILTER, {**_fields.pick(options, "filter")}
        )

    async def cancel_event(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Cancel event: ``POST /events/v3/events/{eventId}/cancel``."""
        return await call(
            self._requester, _CANCEL_EVENT, {"eventId": event_id, **_fields.pick(options, "fields")}
        )

    async def clone_event(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Clone event: ``POST /events/v3/events/{eventId}/clone``."""
        return await call(
            self._requester,
            _CLONE_EVENT,
            {"eventId": event_id, **_fields.pick(options, "event", "draft", "fields")},
        )

    async def count_events_by_status(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Count events by status: ``POST /events/v3/events/count-by-status``."""
        return await call(
            self._requester,
            _COUNT_EVENTS_BY_STATUS,
            {**_fields.pick(options, "filter", "facet", "includeDrafts")},
        )

    async def create_event(
        self, event: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create event: ``POST /events/v3/events``."""
        return await call(
            self._requester,
            _CREATE_EVENT,
            {"event": event, **_fields.pick(options, "draft", "fields")},
        )

    async def delete_event(self, event_id: str) -> dict[str, Any]:
        """Delete event: ``DELETE /events/v3/events/{eventId}``."""
        return await call(self._requester, _DELETE_EVENT, {"eventId": event_id})

    async def get_event(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get event: ``GET /events/v3/events/{eventId}``."""
        return await call(
            self._requester, _GET_EVENT, {"eventId": event_id, **_fields.pick(options, "fields")}
        )

    async def get_event_by_slug(
        self, slug: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get event by slug: ``GET /events/v3/events/slug/{slug}``."""
        return await call(
            self._requester, _GET_EVENT_BY_SLUG, {"slug": slug, **_fields.pick(options, "fields")}
        )

    async def list_events_by_category(
        self, category_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List events by category: ``GET /events/v3/events/category/{categoryId}``."""
        return await call(
            self._requester,
            _LIST_EVENTS_BY_CATEGORY,
            {"categoryId": category_id, **_fields.pick(options, "paging", "fields")},
        )

    async def publish_draft_event(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Publish draft event: ``POST /events/v3/events/{eventId}/publish``."""
        return await call(
            self._requester,
            _PUBLISH_DRAFT_EVENT,
            {"eventId": event_id, **_fields.pick(options, "fields")},
        )

    def query_events(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query events: ``POST /events/v3/events/query``."""
        return QueryBuilder(self._requester, _QUERY_EVENTS, options)

    async def update_event(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update event: ``PATCH /events/v3/events/{event.id}``."""
        return await call(
            self._requester,
            _UPDATE_EVENT,
            {
                "event": {**_fields.field(options, "event"), "id": id},
                **_fields.pick(options, "fields"),
            },
        )


def bind(client: Requester) -> WixEventsV2:
    """The ``wixEventsV2`` module for ``client``'s visitor."""
    return WixEventsV2(client)
