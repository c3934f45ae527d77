# File generated from @wix/auto_sdk_members_members-about 1.0.80
# by `make apigen` (tools/apigen). Do not edit.
"""The ``membersAbout`` module of ``@wix/members`` (6 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import members_about as _types

_CREATE_MEMBER_ABOUT = Route(
    "POST", "/members/v2/abouts", "wix.members.about.v2.MembersAbout.CreateMemberAbout"
)
_DELETE_MEMBER_ABOUT = Route(
    "DELETE",
    "/members/v2/abouts/{id}",
    "wix.members.about.v2.MembersAbout.DeleteMemberAbout",
    path_params=("id",),
)
_GET_MEMBER_ABOUT = Route(
    "GET",
    "/members/v2/abouts/{id}",
    "wix.members.about.v2.MembersAbout.GetMemberAbout",
    path_params=("id",),
)
_GET_MY_MEMBER_ABOUT = Route(
    "GET", "/members/v2/abouts/my", "wix.members.about.v2.MembersAbout.GetMyMemberAbout"
)
_QUERY_MEMBER_ABOUTS = Query(
    Route(
        "POST", "/members/v2/abouts/query", "wix.members.about.v2.MembersAbout.QueryMemberAbouts"
    ),
    items="memberAbouts",
    paging="CURSOR",
    metadata="metadata",
)
_UPDATE_MEMBER_ABOUT = Route(
    "PATCH",
    "/members/v2/abouts/{memberAbout.id}",
    "wix.members.about.v2.MembersAbout.UpdateMemberAbout",
    path_params=("memberAbout.id",),
)


class MembersAbout(Module):
    """``membersAbout`` of ``@wix/members``: ``members_about = members.members_about.bind(wix)``."""

    __slots__ = ()

    async def create_member_about(
        self, member_about: _types.MemberAbout
    ) -> _types.CreateMemberAboutResponse:
        """Create member about: ``POST /members/v2/abouts``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_CREATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.CreateMemberAboutResponse",
            await call(self._requester, _CREATE_MEMBER_ABOUT, {"memberAbout": member_about}),
        )

    async def delete_member_about(self, id: str) -> _types.DeleteMemberAboutResponse:
        """Delete member about: ``DELETE /members/v2/abouts/{id}``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_DELETE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.DeleteMemberAboutResponse",
            await call(self._requester, _DELETE_MEMBER_ABOUT, {"id": id}),
        )

    async def get_member_about(self, id: str) -> _types.GetMemberAboutResponse:
        """Get member about: ``GET /members/v2/abouts/{id}``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetMemberAboutResponse",
            await call(self._requester, _GET_MEMBER_ABOUT, {"id": id}),
        )

    async def get_my_member_about(self) -> _types.GetMyMemberAboutResponse:
        """Get my member about: ``GET /members/v2/abouts/my``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetMyMemberAboutResponse", await call(self._requester, _GET_MY_MEMBER_ABOUT)
        )

    def query_member_abouts(self) -> QueryBuilder[_types.MemberAbout]:
        """Query member abouts: ``POST /members/v2/abouts/query``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_MEMBER_ABOUTS)

    async def update_member_about(
        self, id: str, member_about: _types.MemberAbout
    ) -> _types.UpdateMemberAboutResponse:
        """Update member about: ``PATCH /members/v2/abouts/{memberAbout.id}``.

        Permissions: ``MEMBERS.MEMBER_ABOUT_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.UpdateMemberAboutResponse",
            await call(
                self._requester, _UPDATE_MEMBER_ABOUT, {"memberAbout": {**member_about, "id": id}}
            ),
        )


def bind(client: Requester) -> MembersAbout:
    """The ``membersAbout`` module for ``client``'s visitor."""
    return MembersAbout(client)
