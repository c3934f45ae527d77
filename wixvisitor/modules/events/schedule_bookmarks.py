# File generated from @wix/auto_sdk_events_schedule-bookmarks 1.0.37
# by `make apigen` (tools/apigen). Do not edit.
"""The ``scheduleBookmarks`` module of ``@wix/events`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import schedule_bookmarks as _types

_CREATE_BOOKMARK = Route(
    "POST",
    "/events/v1/schedule/{itemId}/bookmark",
    "wix.events.schedule.BookmarkManagement.CreateBookmark",
    path_params=("itemId",),
)
_DELETE_BOOKMARK = Route(
    "DELETE",
    "/events/v1/schedule/{itemId}/bookmark",
    "wix.events.schedule.BookmarkManagement.DeleteBookmark",
    path_params=("itemId",),
)
_LIST_BOOKMARKS = Route(
    "GET", "/events/v1/schedule/bookmarks", "wix.events.schedule.BookmarkManagement.ListBookmarks"
)


class ScheduleBookmarks(Module):
    """``scheduleBookmarks`` of ``@wix/events``: ``events.schedule_bookmarks.bind(wix)``."""

    __slots__ = ()

    async def create_bookmark(self, item_id: str, event_id: str) -> _types.CreateBookmarkResponse:
        """Create bookmark: ``POST /events/v1/schedule/{itemId}/bookmark``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA_BOOKMARKS``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.CreateBookmarkResponse",
            await call(self._requester, _CREATE_BOOKMARK, {"itemId": item_id, "eventId": event_id}),
        )

    async def delete_bookmark(self, item_id: str, event_id: str) -> _types.DeleteBookmarkResponse:
        """Delete bookmark: ``DELETE /events/v1/schedule/{itemId}/bookmark``.

        Permissions: ``WIX_EVENTS.MANAGE_AGENDA_BOOKMARKS``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.DeleteBookmarkResponse",
            await call(self._requester, _DELETE_BOOKMARK, {"itemId": item_id, "eventId": event_id}),
        )

    async def list_bookmarks(self, event_id: str) -> _types.ListBookmarksResponse:
        """List bookmarks: ``GET /events/v1/schedule/bookmarks``.

        Permissions: ``WIX_EVENTS.READ_AGENDA_BOOKMARKS``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.ListBookmarksResponse",
            await call(self._requester, _LIST_BOOKMARKS, {"eventId": event_id}),
        )


def bind(client: Requester) -> ScheduleBookmarks:
    """The ``scheduleBookmarks`` module for ``client``'s visitor."""
    return ScheduleBookmarks(client)
