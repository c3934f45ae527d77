# File generated from @wix/auto_sdk_events_schedule-bookmarks 1.0.37
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.schedule_bookmarks``.

From ``@wix/auto_sdk_events_schedule-bookmarks``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.schedule_bookmarks import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ScheduleItem as ScheduleItem
from ._shared import ScheduleStatus as ScheduleStatus
from ._shared import TimeInterval as TimeInterval


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
