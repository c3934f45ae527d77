# File generated from @wix/auto_sdk_events_schedule 1.0.45
# by `make apigen` (tools/apigen). Do not edit.
"""The ``schedule`` module of ``@wix/events`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import schedule as _types

_ADD_SCHEDULE_ITEM = Route(
    "POST", "/events/v1/schedule/draft", "wix.events.schedule.ScheduleManagement.AddScheduleItem"
)
_DELETE_SCHEDULE_ITEM = Route(
    "DELETE",
    "/events/v1/schedule/draft/items",
    "wix.events.schedule.ScheduleManagement.DeleteScheduleItem",
)
_DISCARD_DRAFT = Route(
    "DELETE", "/events/v1/schedule/draft", "wix.events.schedule.ScheduleManagement.DiscardDraft"
)
_GET_SCHEDULE_ITEM = Route(
    "GET",
    "/events/v1/schedule/{itemId}",
    "wix.events.schedule.ScheduleManagement.GetScheduleItem",
    path_params=("itemId",),
)
_LIST_SCHEDULE_ITEMS = Route(
    "GET", "/events/v1/schedule", "wix.events.schedule.ScheduleManagement.ListScheduleItems"
)
_PUBLISH_DRAFT = Route(
    "POST", "/events/v1/schedule/publish", "wix.events.schedule.ScheduleManagement.PublishDraft"
)
_QUERY_SCHEDULE_ITEMS = Query(
    Route(
        "POST",
        "/events/v1/schedule/query",
        "wix.events.schedule.ScheduleManagement.QueryScheduleItems",
    ),
    items="items",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_RESCHEDULE_DRAFT = Route(
    "POST",
    "/events/v1/schedule/draft/reschedule",
    "wix.events.schedule.ScheduleManagement.RescheduleDraft",
)
_UPDATE_SCHEDULE_ITEM = Route(
    "PATCH",
    "/events/v1/schedule/draft/{itemId}",
    "wix.events.schedule.ScheduleManagement.UpdateScheduleItem",
    path_params=("itemId",),
)


class Schedule(Module):
    """``schedule`` of ``@wix/events``: ``schedule = events.schedule.bind(wix)``."""

    __slots__ = ()

    async def add_schedule_item(
        self, event_id: str, options: _types.AddScheduleItemOptions | None = None
    ) -> _types.AddScheduleItemResponse:
        """Add schedule item: ``POST /events/v1/schedule/draft``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.AddScheduleItemResponse",
            await call(
                self._requester,
                _ADD_SCHEDULE_ITEM,
                {"eventId": event_id, **_fields.pick(options, "item")},
            ),
        )

    async def delete_schedule_item(
        self, event_id: str, options: _types.DeleteScheduleItemOptions | None = None
    ) -> _types.DeleteScheduleItemResponse:
        """Delete schedule item: ``DELETE /events/v1/schedule/draft/items``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteScheduleItemResponse",
            await call(
                self._requester,
                _DELETE_SCHEDULE_ITEM,
                {"eventId": event_id, **_fields.pick(options, "itemIds")},
            ),
        )

    async def discard_draft(self, event_id: str) -> _types.DiscardDraftResponse:
        """Discard draft: ``DELETE /events/v1/schedule/draft``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DiscardDraftResponse",
            await call(self._requester, _DISCARD_DRAFT, {"eventId": event_id}),
        )

    async def get_schedule_item(
        self, item_id: str, options: _types.GetScheduleItemOptions | None = None
    ) -> _types.GetScheduleItemResponse:
        """Get schedule item: ``GET /events/v1/schedule/{itemId}``.

        Permissions: ``WIX_EVENTS.READ_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetScheduleItemResponse",
            await call(
                self._requester,
                _GET_SCHEDULE_ITEM,
                {"itemId": item_id, **_fields.pick(options, "eventId", "includeDraft")},
            ),
        )

    async def list_schedule_items(
        self, options: Mapping[str, Any] | None = None
    ) -> _types.ListScheduleItemsResponse:
        """List schedule items: ``GET /events/v1/schedule``.

        Permissions: ``WIX_EVENTS.READ_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListScheduleItemsResponse",
            await call(
                self._requester,
                _LIST_SCHEDULE_ITEMS,
                {
                    **_fields.pick(
                        options,
                        "eventId",
                        "state",
                        "startingFrom",
                        "startingBefore",
                        "offset",
                        "limit",
                        "facet",
                        "itemId",
                        "tag",
                        "stageName",
                        "paging",
                    )
                },
            ),
        )

    async def publish_draft(self, event_id: str) -> _types.PublishDraftResponse:
        """Publish draft: ``POST /events/v1/schedule/publish``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.PublishDraftResponse",
            await call(self._requester, _PUBLISH_DRAFT, {"eventId": event_id}),
        )

    def query_schedule_items(self) -> QueryBuilder[_types.ScheduleItem]:
        """Query schedule items: ``POST /events/v1/schedule/query``.

        Permissions: ``WIX_EVENTS.READ_AGENDA``.
        Callable by: ``APP``.
        Application errors: ``FILTER_PARSER_ERROR``.
        """
        return QueryBuilder(self._requester, _QUERY_SCHEDULE_ITEMS)

    async def reschedule_draft(
        self, event_id: str, options: _types.RescheduleDraftOptions | None = None
    ) -> _types.RescheduleDraftResponse:
        """Reschedule draft: ``POST /events/v1/schedule/draft/reschedule``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RescheduleDraftResponse",
            await call(
                self._requester,
                _RESCHEDULE_DRAFT,
                {
                    "eventId": event_id,
                    **_fields.pick(options, "timeZoneId"),
                    "timeSlotOffset": "0s",
                },
            ),
        )

    async def update_schedule_item(
        self, item_id: str, event_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.UpdateScheduleItemResponse:
        """Update schedule item: ``PATCH /events/v1/schedule/draft/{itemId}``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateScheduleItemResponse",
            await call(
                self._requester,
                _UPDATE_SCHEDULE_ITEM,
                {"itemId": item_id, "eventId": event_id, **_fields.pick(options, "item", "fields")},
            ),
        )


def bind(client: Requester) -> Schedule:
    """The ``schedule`` module for ``client``'s visitor."""
    return Schedule(client)
