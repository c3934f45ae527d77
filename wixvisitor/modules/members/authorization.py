# File generated from @wix/auto_sdk_members_authorization 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""The ``authorization`` module of ``@wix/members`` (4 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_ASSIGN_ROLE = Route(
    "POST",
    "/members/v1/roles/members/{memberId}",
    "com.wixpress.members.memberroles.MemberRoles.AssignRole",
    path_params=("memberId",),
)
_GET_ROLES = Route(
    "GET",
    "/members/v1/roles/members/{memberId}",
    "com.wixpress.members.memberroles.MemberRoles.GetRoles",
    path_params=("memberId",),
)
_QUERY_ROLES = Route(
    "POST",
    "/members/v1/roles/members/query",
    "com.wixpress.members.memberroles.MemberRoles.QueryRoles",
)
_UNASSIGN_ROLE = Route(
    "DELETE",
    "/members/v1/roles/members/{memberId}",
    "com.wixpress.members.memberroles.MemberRoles.UnassignRole",
    path_params=("memberId",),
)


class Authorization(Module):
    """``authorization`` of ``@wix/members``: ``members.authorization.bind(wix)``."""

    __slots__ = ()

    async def assign_role(self, member_id: str, role_key: str) -> dict[str, Any]:
        """Assign role: ``POST /members/v1/roles/members/{memberId}``."""
        return await call(
            self._requester, _ASSIGN_ROLE, {"memberId": member_id, "roleKey": role_key}
        )

    async def get_roles(self, member_id: str) -> dict[str, Any]:
        """Get roles: ``GET /members/v1/roles/members/{memberId}``."""
        return await call(self._requester, _GET_ROLES, {"memberId": member_id})

    async def query_roles(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Query roles: ``POST /members/v1/roles/members/query``."""
        return await call(self._requester, _QUERY_ROLES, {**_fields.pick(options, "query")})

    async def unassign_role(self, member_id: str, role_key: str) -> dict[str, Any]:
        """Unassign role: ``DELETE /members/v1/roles/members/{memberId}``."""
        return await call(
            self._requester, _UNASSIGN_ROLE, {"memberId": member_id, "roleKey": role_key}
        )


def bind(client: Requester) -> Authorization:
    """The ``authorization`` module for ``client``'s visitor."""
    return Authorization(client)
