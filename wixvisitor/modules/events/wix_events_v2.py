# File generated from @wix/auto_sdk_events_wix-events-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``wixEventsV2`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import wix_events_v2 as _types

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
        self, options: _types.BulkCancelEventsByFilterOptions | None = None
    ) -> _types.BulkCancelEventsByFilterResponse:
        """Bulk cancel events by filter: ``POST /events/v3/bulk/events/cancel-by-filter``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCancelEventsByFilterResponse",
            await call(
                self._requester, _BULK_CANCEL_EVENTS_BY_FILTER, {**_fields.pick(options, "filter")}
            ),
        )

    async def bulk_delete_events_by_filter(
        self, options: _types.BulkDeleteEventsByFilterOptions | None = None
    ) -> _types.BulkDeleteEventsByFilterResponse:
        """Bulk delete events by filter: ``POST /events/v3/bulk/events/delete-by-filter``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteEventsByFilterResponse",
            await call(
                self._requester, _BULK_DELETE_EVENTS_BY_FILTER, {**_fields.pick(options, "filter")}
            ),
        )

    async def cancel_event(
        self, event_id: str, options: _types.CancelEventOptions | None = None
    ) -> _types.CancelEventResponse:
        """Cancel event: ``POST /events/v3/events/{eventId}/cancel``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_STATUS_TRANSITION``.
        """
        return cast(
            "_types.CancelEventResponse",
            await call(
                self._requester,
                _CANCEL_EVENT,
                {"eventId": event_id, **_fields.pick(options, "fields")},
            ),
        )

    async def clone_event(
        self, event_id: str, options: _types.CloneEventOptions | None = None
    ) -> _types.CloneEventResponse:
        """Clone event: ``POST /events/v3/events/{eventId}/clone``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CloneEventResponse",
            await call(
                self._requester,
                _CLONE_EVENT,
                {"eventId": event_id, **_fields.pick(options, "event", "draft", "fields")},
            ),
        )

    async def count_events_by_status(
        self, options: _types.CountEventsByStatusOptions | None = None
    ) -> _types.CountEventsByStatusResponse:
        """Count events by status: ``POST /events/v3/events/count-by-status``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``FILTER_PARSER_ERROR``.
        """
        return cast(
            "_types.CountEventsByStatusResponse",
            await call(
                self._requester,
                _COUNT_EVENTS_BY_STATUS,
                {**_fields.pick(options, "filter", "facet", "includeDrafts")},
            ),
        )

    async def create_event(
        self, event: _types.Event, options: _types.CreateEventOptions | None = None
    ) -> _types.CreateEventResponse:
        """Create event: ``POST /events/v3/events``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_SLUG_FORMAT``, ``EVENT_LIMIT_REACHED``,
        ``SLUG_ALREADY_IN_USE``.
        """
        return cast(
            "_types.CreateEventResponse",
            await call(
                self._requester,
                _CREATE_EVENT,
                {"event": event, **_fields.pick(options, "draft", "fields")},
            ),
        )

    async def delete_event(self, event_id: str) -> _types.DeleteEventResponse:
        """Delete event: ``DELETE /events/v3/events/{eventId}``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteEventResponse",
            await call(self._requester, _DELETE_EVENT, {"eventId": event_id}),
        )

    async def get_event(
        self, event_id: str, options: _types.GetEventOptions | None = None
    ) -> _types.GetEventResponse:
        """Get event: ``GET /events/v3/events/{eventId}``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetEventResponse",
            await call(
                self._requester,
                _GET_EVENT,
                {"eventId": event_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_event_by_slug(
        self, slug: str, options: _types.GetEventBySlugOptions | None = None
    ) -> _types.GetEventBySlugResponse:
        """Get event by slug: ``GET /events/v3/events/slug/{slug}``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetEventBySlugResponse",
            await call(
                self._requester,
                _GET_EVENT_BY_SLUG,
                {"slug": slug, **_fields.pick(options, "fields")},
            ),
        )

    async def list_events_by_category(
        self, category_id: str, options: _types.ListEventsByCategoryOptions | None = None
    ) -> _types.ListEventsByCategoryResponse:
        """List events by category: ``GET /events/v3/events/category/{categoryId}``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListEventsByCategoryResponse",
            await call(
                self._requester,
                _LIST_EVENTS_BY_CATEGORY,
                {"categoryId": category_id, **_fields.pick(options, "paging", "fields")},
            ),
        )

    async def publish_draft_event(
        self, event_id: str, options: _types.PublishDraftEventOptions | None = None
    ) -> _types.PublishDraftEventResponse:
        """Publish draft event: ``POST /events/v3/events/{eventId}/publish``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_STATUS_TRANSITION``, ``EVENT_ALREADY_PUBLISHED``.
        """
        return cast(
            "_types.PublishDraftEventResponse",
            await call(
                self._requester,
                _PUBLISH_DRAFT_EVENT,
                {"eventId": event_id, **_fields.pick(options, "fields")},
            ),
        )

    def query_events(self, options: Mapping[str, Any] | None = None) -> QueryBuilder[_types.Event]:
        """Query events: ``POST /events/v3/events/query``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``FILTER_PARSER_ERROR``.
        """
        return QueryBuilder(self._requester, _QUERY_EVENTS, options)

    async def update_event(
        self, id: str, options: _types.UpdateEventOptions | None = None
    ) -> _types.UpdateEventResponse:
        """Update event: ``PATCH /events/v3/events/{event.id}``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_STATUS_TRANSITION``, ``INVALID_SLUG_FORMAT``,
        ``SLUG_ALREADY_IN_USE``.
        """
        return cast(
            "_types.UpdateEventResponse",
            await call(
                self._requester,
                _UPDATE_EVENT,
                {
                    "event": {**_fields.field(options, "event"), "id": id},
                    **_fields.pick(options, "fields"),
                },
            ),
        )


def bind(client: Requester) -> WixEventsV2:
    """The ``wixEventsV2`` module for ``client``'s visitor."""
    return WixEventsV2(client)
