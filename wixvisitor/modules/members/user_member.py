# File generated from @wix/auto_sdk_members_user-member 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""The ``userMember`` module of ``@wix/members`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route

if TYPE_CHECKING:
    from .types import user_member as _types

_QUERY_USER_MEMBERS = Query(
    Route(
        "POST",
        "/members/v1/user-members/query",
        "wix.members.usermembers.v1.UserMembers.QueryUserMembers",
    ),
    items="userMembers",
    paging="CURSOR",
    metadata="metadata",
)


class UserMember(Module):
    """``userMember`` of ``@wix/members``: ``user_member = members.user_member.bind(wix)``."""

    __slots__ = ()

    def query_user_members(self) -> QueryBuilder[_types.UserMember]:
        """Query user members: ``POST /members/v1/user-members/query``.

        Permissions: ``MEMBERS.USER_MEMBER_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_USER_MEMBERS)


def bind(client: Requester) -> UserMember:
    """The ``userMember`` module for ``client``'s visitor."""
    return UserMember(client)
