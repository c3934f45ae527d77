# File generated from @wix/auto_sdk_members_authorization 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""The ``authorization`` module of ``@wix/members`` (4 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import authorization as _types

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

    async def assign_role(self, member_id: str, role_key: str) -> _types.AssignRoleResponse:
        """Assign role: ``POST /members/v1/roles/members/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_ROLES_MANAGE``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``ROLE_DOES_NOT_EXIST``, ``MEMBER_BLOCKED``.
        """
        return cast(
            "_types.AssignRoleResponse",
            await call(self._requester, _ASSIGN_ROLE, {"memberId": member_id, "roleKey": role_key}),
        )

    async def get_roles(self, member_id: str) -> _types.GetRolesResponse:
        """Get roles: ``GET /members/v1/roles/members/{memberId}``.

        Permissions: ``MEMBERS.ROLES_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetRolesResponse",
            await call(self._requester, _GET_ROLES, {"memberId": member_id}),
        )

    async def query_roles(
        self, options: _types.QueryRolesOptions | None = None
    ) -> _types.QueryRolesResponse:
        """Query roles: ``POST /members/v1/roles/members/query``.

        Permissions: ``MEMBERS.ROLES_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryRolesResponse",
            await call(self._requester, _QUERY_ROLES, {**_fields.pick(options, "query")}),
        )

    async def unassign_role(self, member_id: str, role_key: str) -> _types.UnassignRoleResponse:
        """Unassign role: ``DELETE /members/v1/roles/members/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_ROLES_MANAGE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.UnassignRoleResponse",
            await call(
                self._requester, _UNASSIGN_ROLE, {"memberId": member_id, "roleKey": role_key}
            ),
        )


def bind(client: Requester) -> Authorization:
    """The ``authorization`` module for ``client``'s visitor."""
    return Authorization(client)
