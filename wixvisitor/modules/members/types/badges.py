# File generated from @wix/auto_sdk_members_badges 1.0.54
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.badges``.

From ``@wix/auto_sdk_members_badges``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.badges import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import DeleteBadgeResponse as DeleteBadgeResponse
from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata


class AssignBadgeRequest(TypedDict, total=False):
    id: Required[str]
    memberIds: Required[list[str]]


class AssignBadgeResponse(TypedDict, total=False):
    memberIds: list[str]


class Badge(TypedDict, total=False):
    id: str
    title: str | None
    description: str | None
    backgroundColor: str | None
    textColor: str | None
    icon: str | None
    permissionsEnabled: bool | None
    slug: str | None
    createdDate: str | None
    updatedDate: str | None


class BadgeMemberCount(TypedDict, total=False):
    badgeId: str
    memberCount: int


class CreateBadgeRequest(TypedDict, total=False):
    badge: Required[Badge]


class CreateBadgeResponse(TypedDict, total=False):
    badge: Badge


class DeleteBadgeRequest(TypedDict, total=False):
    id: Required[str]


class GetBadgeRequest(TypedDict, total=False):
    id: Required[str]


class GetBadgeResponse(TypedDict, total=False):
    badge: Badge


class GetMemberCountsPerBadgeRequest(TypedDict, total=False):
    pass


class GetMemberCountsPerBadgeResponse(TypedDict, total=False):
    badgeMemberCounts: list[BadgeMemberCount]


class ListBadgesOptions(TypedDict, total=False):
    """What ``listBadges`` reads from ``options``."""

    paging: Paging


class ListBadgesRequest(TypedDict, total=False):
    paging: Paging


class ListBadgesResponse(TypedDict, total=False):
    badges: list[Badge]
    metadata: PagingMetadata


class ListMembersBadgeIdsRequest(TypedDict, total=False):
    memberIds: Required[list[str]]


class ListMembersBadgeIdsResponse(TypedDict, total=False):
    memberBadgeIds: list[MemberBadgeIds]


class ListMembersByBadgeOptions(TypedDict, total=False):
    """What ``listMembersByBadge`` reads from ``options``."""

    paging: Paging


class ListMembersRequest(TypedDict, total=False):
    id: Required[str]
    paging: Paging


class ListMembersResponse(TypedDict, total=False):
    memberIds: list[str]
    metadata: PagingMetadata


class MemberBadgeIds(TypedDict, total=False):
    memberId: str
    badgeIds: list[str]


class UnassignBadgeRequest(TypedDict, total=False):
    id: Required[str]
    memberIds: Required[list[str]]


class UnassignBadgeResponse(TypedDict, total=False):
    pass


class UpdateBadgeRequest(TypedDict, total=False):
    badge: Required[Badge]


class UpdateBadgeResponse(TypedDict, total=False):
    badge: Badge


class UpdateBadgesDisplayOrderRequest(TypedDict, total=False):
    badgeIds: Required[list[str]]


class UpdateBadgesDisplayOrderResponse(TypedDict, total=False):
    badges: list[Badge]
