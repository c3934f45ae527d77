# File generated from @wix/auto_sdk_events_schedule-bookmarks 1.0.37
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.schedule_bookmarks``.

From ``@wix/auto_sdk_events_schedule-bookmarks``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.schedule_bookmarks import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

ScheduleStatus: TypeAlias = Literal["SCHEDULED", "CANCELED"]


class CreateBookmarkRequest(TypedDict, total=False):
    eventId: Required[str]
    itemId: Required[str]


class CreateBookmarkResponse(TypedDict, total=False):
    pass


class DeleteBookmarkRequest(TypedDict, total=False):
    eventId: Required[str]
    itemId: Required[str]


class DeleteBookmarkResponse(TypedDict, total=False):
    pass


class ListBookmarksRequest(TypedDict, total=False):
    eventId: Required[str]


class ListBookmarksResponse(TypedDict, total=False):
    items: list[ScheduleItem]


class ScheduleItem(TypedDict, total=False):
    id: str
    hidden: bool
    name: str
    timeSlot: TimeInterval
    description: str
    stageName: str
    tags: list[str]
    status: ScheduleStatus
    createdDate: str | None
    updatedDate: str | None
    eventId: str
    draft: bool


class TimeInterval(TypedDict, total=False):
    start: str | None
    end: str | None
    timeZoneId: str | None
