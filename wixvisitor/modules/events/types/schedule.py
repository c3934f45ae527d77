# File generated from @wix/auto_sdk_events_schedule 1.0.45
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.schedule``.

From ``@wix/auto_sdk_events_schedule``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.schedule import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import Cursors as Cursors
from ._shared import DiscardDraftRequest as DiscardDraftRequest
from ._shared import DiscardDraftResponse as DiscardDraftResponse
from ._shared import FacetCounts as FacetCounts
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import PublishDraftRequest as PublishDraftRequest
from ._shared import ScheduleItem as ScheduleItem
from ._shared import ScheduleStatus as ScheduleStatus
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TimeInterval as TimeInterval

StateFilter: TypeAlias = Literal["PUBLISHED", "DRAFT", "VISIBLE", "HIDDEN"]


class AddScheduleItemOptions(TypedDict, total=False):
    """What ``addScheduleItem`` reads from ``options``."""

    item: ScheduleItemData


class AddScheduleItemRequest(TypedDict, total=False):
    eventId: Required[str]
    item: ScheduleItemData


class AddScheduleItemResponse(TypedDict, total=False):
    item: ScheduleItem


class DeleteScheduleItemOptions(TypedDict, total=False):
    """What ``deleteScheduleItem`` reads from ``options``."""

    itemIds: list[str]


class DeleteScheduleItemRequest(TypedDict, total=False):
    eventId: Required[str]
    itemIds: list[str]


class DeleteScheduleItemResponse(TypedDict, total=False):
    pass


class GetScheduleItemOptions(TypedDict, total=False):
    """What ``getScheduleItem`` reads from ``options``."""

    eventId: str
    includeDraft: bool


class GetScheduleItemRequest(TypedDict, total=False):
    eventId: str
    itemId: Required[str]
    includeDraft: bool


class GetScheduleItemResponse(TypedDict, total=False):
    item: ScheduleItem
    draft: ScheduleItem


class ListScheduleItemsRequest(TypedDict, total=False):
    eventId: list[str]
    state: list[StateFilter]
    startingFrom: str | None
    startingBefore: str | None
    offset: int
    limit: int
    facet: list[str]
    itemId: list[str]
    tag: list[str]
    stageName: list[str]
    paging: Paging


class ListScheduleItemsResponse(TypedDict, total=False):
    total: int
    limit: int
    offset: int
    items: list[ScheduleItem]
    facets: dict[str, FacetCounts]
    draftNotPublished: bool | None
    pagingMetadata: PagingMetadataV2


class PublishDraftResponse(TypedDict, total=False):
    pass


class QueryScheduleItemsRequest(TypedDict, total=False):
    query: QueryV2


class QueryScheduleItemsResponse(TypedDict, total=False):
    pagingMetadata: PagingMetadataV2
    items: list[ScheduleItem]


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class RescheduleDraftOptions(TypedDict, total=False):
    """What ``rescheduleDraft`` reads from ``options``."""

    timeZoneId: str


class RescheduleDraftRequest(TypedDict, total=False):
    eventId: Required[str]
    timeZoneId: Required[str]
    timeSlotOffset: Any


class RescheduleDraftResponse(TypedDict, total=False):
    pass


class ScheduleItemData(TypedDict, total=False):
    hidden: bool
    name: str
    timeSlot: TimeInterval
    description: str
    stageName: str
    tags: list[str]
    status: ScheduleStatus


class UpdateScheduleItemRequest(TypedDict, total=False):
    eventId: Required[str]
    itemId: Required[str]
    item: ScheduleItemData
    fields: list[str]


class UpdateScheduleItemResponse(TypedDict, total=False):
    item: ScheduleItem
