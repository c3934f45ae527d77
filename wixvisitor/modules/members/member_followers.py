# File generated from @wix/auto_sdk_members_member-followers 1.0.46
# by `make apigen` (tools/apigen). Do not edit.
"""The ``memberFollowers`` module of ``@wix/members`` (8 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import member_followers as _types

_FOLLOW_MEMBER = Route(
    "POST",
    "/members/v3/followers/{memberId}",
    "com.wixpress.members.follow.v3.MemberFollowers.FollowMember",
    path_params=("memberId",),
)
_LIST_CURRENT_MEMBER_FOLLOWERS = Route(
    "GET",
    "/members/v3/followers/my",
    "com.wixpress.members.follow.v3.MemberFollowers.ListMyMemberFollowers",
)
_LIST_CURRENT_MEMBER_FOLLOWING = Route(
    "GET",
    "/members/v3/followers/my/following",
    "com.wixpress.members.follow.v3.MemberFollowers.ListMyMemberFollowing",
)
_LIST_MEMBER_FOLLOWERS = Route(
    "GET",
    "/members/v3/followers/{memberId}",
    "com.wixpress.members.follow.v3.MemberFollowers.ListMemberFollowers",
    path_params=("memberId",),
)
_LIST_MEMBER_FOLLOWING = Route(
    "GET",
    "/members/v3/followers/{memberId}/following",
    "com.wixpress.members.follow.v3.MemberFollowers.ListMemberFollowing",
    path_params=("memberId",),
)
_QUERY_CURRENT_MEMBER_CONNECTIONS = Route(
    "POST",
    "/members/v3/followers/my/connections",
    "com.wixpress.members.follow.v3.MemberFollowers.QueryMyMemberConnections",
)
_QUERY_MEMBER_CONNECTIONS = Route(
    "POST",
    "/members/v3/followers/{memberId}/connections",
    "com.wixpress.members.follow.v3.MemberFollowers.QueryMemberConnections",
    path_params=("memberId",),
)
_UNFOLLOW_MEMBER = Route(
    "DELETE",
    "/members/v3/followers/{memberId}",
    "com.wixpress.members.follow.v3.MemberFollowers.UnfollowMember",
    path_params=("memberId",),
)


class MemberFollowers(Module):
    """``memberFollowers`` of ``@wix/members``: ``members.member_followers.bind(wix)``."""

    __slots__ = ()

    async def follow_member(self, member_id: str) -> _types.FollowMemberResponse:
        """Follow member: ``POST /members/v3/followers/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_FOLLOW``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.FollowMemberResponse",
            await call(self._requester, _FOLLOW_MEMBER, {"memberId": member_id}),
        )

    async def list_current_member_followers(
        self, options: _types.ListCurrentMemberFollowersOptions | None = None
    ) -> _types.ListMyMemberFollowersResponse:
        """List current member followers: ``GET /members/v3/followers/my``.

        Permissions: ``MEMBERS.FOLLOW_READ_MY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMyMemberFollowersResponse",
            await call(
                self._requester, _LIST_CURRENT_MEMBER_FOLLOWERS, {**_fields.pick(options, "paging")}
            ),
        )

    async def list_current_member_following(
        self, options: _types.ListCurrentMemberFollowingOptions | None = None
    ) -> _types.ListMyMemberFollowingResponse:
        """List current member following: ``GET /members/v3/followers/my/following``.

        Permissions: ``MEMBERS.FOLLOW_READ_MY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMyMemberFollowingResponse",
            await call(
                self._requester, _LIST_CURRENT_MEMBER_FOLLOWING, {**_fields.pick(options, "paging")}
            ),
        )

    async def list_member_followers(
        self, member_id: str, options: _types.ListMemberFollowersOptions | None = None
    ) -> _types.ListMemberFollowersResponse:
        """List member followers: ``GET /members/v3/followers/{memberId}``.

        Permissions: ``MEMBERS.FOLLOW_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMemberFollowersResponse",
            await call(
                self._requester,
                _LIST_MEMBER_FOLLOWERS,
                {"memberId": member_id, **_fields.pick(options, "paging")},
            ),
        )

    async def list_member_following(
        self, member_id: str, options: _types.ListMemberFollowingOptions | None = None
    ) -> _types.ListMemberFollowingResponse:
        """List member following: ``GET /members/v3/followers/{memberId}/following``.

        Permissions: ``MEMBERS.FOLLOW_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMemberFollowingResponse",
            await call(
                self._requester,
                _LIST_MEMBER_FOLLOWING,
                {"memberId": member_id, **_fields.pick(options, "paging")},
            ),
        )

    async def query_current_member_connections(
        self, connected_member_ids: Sequence[str]
    ) -> _types.QueryMyMemberConnectionsResponse:
        """Query current member connections: ``POST /members/v3/followers/my/connections``.

        Permissions: ``MEMBERS.FOLLOW_READ_MY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryMyMemberConnectionsResponse",
            await call(
                self._requester,
                _QUERY_CURRENT_MEMBER_CONNECTIONS,
                {"connectedMemberIds": connected_member_ids},
            ),
        )

    async def query_member_connections(
        self, member_id: str, connected_member_ids: Sequence[str]
    ) -> _types.QueryMemberConnectionsResponse:
        """Query member connections: ``POST /members/v3/followers/{memberId}/connections``.

        Permissions: ``MEMBERS.FOLLOW_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryMemberConnectionsResponse",
            await call(
                self._requester,
                _QUERY_MEMBER_CONNECTIONS,
                {"memberId": member_id, "connectedMemberIds": connected_member_ids},
            ),
        )

    async def unfollow_member(self, member_id: str) -> _types.UnfollowMemberResponse:
        """Unfollow member: ``DELETE /members/v3/followers/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_FOLLOW``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.UnfollowMemberResponse",
            await call(self._requester, _UNFOLLOW_MEMBER, {"memberId": member_id}),
        )


def bind(client: Requester) -> MemberFollowers:
    """The ``memberFollowers`` module for ``client``'s visitor."""
    return MemberFollowers(client)
