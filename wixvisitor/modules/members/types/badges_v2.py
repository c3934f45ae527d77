# File generated from @wix/auto_sdk_members_badges-v-2 1.0.39
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.badges_v2``.

From ``@wix/auto_sdk_members_badges-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.badges_v2 import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import DeleteBadgeResponse as DeleteBadgeResponse
from ._shared import Image as Image
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

Position: TypeAlias = Literal["LAST", "FIRST", "AFTER"]


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


class DeleteBadgeRequest(TypedDict, total=False):
    badgeId: Required[str]


class GetBadgeRequest(TypedDict, total=False):
    badgeId: Required[str]


class GetBadgeResponse(TypedDict, total=False):
    badge: Badge


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


class UpdateBadgeRequest(TypedDict, total=False):
    badge: Required[Badge]


class UpdateBadgeResponse(TypedDict, total=False):
    badge: Badge


class UpdateBadgesDisplayOrderRequest(TypedDict, total=False):
    ids: Required[list[str]]


class UpdateBadgesDisplayOrderResponse(TypedDict, total=False):
    badges: list[Badge]
