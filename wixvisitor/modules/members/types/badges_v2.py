# File generated from @wix/auto_sdk_members_badges-v-2 1.0.39
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.badges_v2``.

From ``@wix/auto_sdk_members_badges-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.badges_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

Position: TypeAlias = Literal["LAST", "FIRST", "AFTER"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class Badge(TypedDict, total=False):
    id: str | None
    revision: str | None
    title: str | None
    description: str | None
    backgroundColor: str | None
    textColor: str | None
    icon: Image
    permissionsEnabled: bool | None
    slug: str | None
    createdDate: str | None
    updatedDate: str | None


class CreateBadgeRequest(TypedDict, total=False):
    badge: Required[Badge]


class CreateBadgeResponse(TypedDict, total=False):
    badge: Badge


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteBadgeRequest(TypedDict, total=False):
    badgeId: Required[str]


class DeleteBadgeResponse(TypedDict, total=False):
    pass


class GetBadgeRequest(TypedDict, total=False):
    badgeId: Required[str]


class GetBadgeResponse(TypedDict, total=False):
    badge: Badge


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class MoveBadgeOptions(TypedDict, total=False):
    """What ``moveBadge`` reads from ``options``."""

    position: Position
    moveAfterBadgeId: str | None


class MoveBadgeRequest(TypedDict, total=False):
    badgeId: Required[str]
    position: Position
    moveAfterBadgeId: str | None


class MoveBadgeResponse(TypedDict, total=False):
    pass


class QueryBadgesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryBadgesResponse(TypedDict, total=False):
    badges: list[Badge]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdateBadgeRequest(TypedDict, total=False):
    badge: Required[Badge]


class UpdateBadgeResponse(TypedDict, total=False):
    badge: Badge


class UpdateBadgesDisplayOrderRequest(TypedDict, total=False):
    ids: Required[list[str]]


class UpdateBadgesDisplayOrderResponse(TypedDict, total=False):
    badges: list[Badge]
