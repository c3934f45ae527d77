# File generated from @wix/auto_sdk_members_member-followers 1.0.46
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.member_followers``.

From ``@wix/auto_sdk_members_member-followers``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.member_followers import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors


class ConnectedMembers(TypedDict, total=False):
    connectedMemberId: str
    followedByMember: bool
    followingMember: bool


class FollowMemberRequest(TypedDict, total=False):
    memberId: Required[str]


class FollowMemberResponse(TypedDict, total=False):
    pass


class ListCurrentMemberFollowersOptions(TypedDict, total=False):
    """What ``listCurrentMemberFollowers`` reads from ``options``."""

    paging: CursorPaging


class ListCurrentMemberFollowingOptions(TypedDict, total=False):
    """What ``listCurrentMemberFollowing`` reads from ``options``."""

    paging: CursorPaging


class ListMemberFollowersOptions(TypedDict, total=False):
    """What ``listMemberFollowers`` reads from ``options``."""

    paging: CursorPaging


class ListMemberFollowersRequest(TypedDict, total=False):
    memberId: Required[str]
    paging: CursorPaging


class ListMemberFollowersResponse(TypedDict, total=False):
    memberIds: list[str]
    pagingMetadata: PagingMetadataV2


class ListMemberFollowingOptions(TypedDict, total=False):
    """What ``listMemberFollowing`` reads from ``options``."""

    paging: CursorPaging


class ListMemberFollowingRequest(TypedDict, total=False):
    memberId: Required[str]
    paging: CursorPaging


class ListMemberFollowingResponse(TypedDict, total=False):
    memberIds: list[str]
    pagingMetadata: PagingMetadataV2


class ListMyMemberFollowersRequest(TypedDict, total=False):
    paging: CursorPaging


class ListMyMemberFollowersResponse(TypedDict, total=False):
    memberIds: list[str]
    pagingMetadata: PagingMetadataV2


class ListMyMemberFollowingRequest(TypedDict, total=False):
    paging: CursorPaging


class ListMyMemberFollowingResponse(TypedDict, total=False):
    memberIds: list[str]
    pagingMetadata: PagingMetadataV2


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    cursors: Cursors


class QueryMemberConnectionsRequest(TypedDict, total=False):
    connectedMemberIds: Required[list[str]]
    memberId: Required[str]


class QueryMemberConnectionsResponse(TypedDict, total=False):
    connectedMembers: list[ConnectedMembers]


class QueryMyMemberConnectionsRequest(TypedDict, total=False):
    connectedMemberIds: Required[list[str]]


class QueryMyMemberConnectionsResponse(TypedDict, total=False):
    connectedMembers: list[ConnectedMembers]


class UnfollowMemberRequest(TypedDict, total=False):
    memberId: Required[str]


class UnfollowMemberResponse(TypedDict, total=False):
    pass
