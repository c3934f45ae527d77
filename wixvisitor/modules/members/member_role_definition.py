# File generated from @wix/auto_sdk_members_member-role-definition 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""The ``memberRoleDefinition`` module of ``@wix/members`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import member_role_definition as _types

_CREATE_MEMBER_ROLE_DEFINITION = Route(
    "POST",
    "/members/v1/roles/definitions",
    "com.wixpress.members.memberroles.MemberRoleDefinitions.CreateMemberRoleDefinition",
)
_DELETE_MEMBER_ROLE_DEFINITION = Route(
    "DELETE",
    "/members/v1/roles/definitions/{roleKey}",
    "com.wixpress.members.memberroles.MemberRoleDefinitions.DeleteMemberRoleDefinition",
    path_params=("roleKey",),
)
_GET_MEMBER_ROLE_DEFINITION = Route(
    "GET",
    "/members/v1/roles/definitions/{roleKey}",
    "com.wixpress.members.memberroles.MemberRoleDefinitions.GetMemberRoleDefinition",
    path_params=("roleKey",),
)
_LIST_MEMBER_ROLE_DEFINITIONS = Route(
    "GET",
    "/members/v1/roles/definitions",
    "com.wixpress.members.memberroles.MemberRoleDefinitions.ListMemberRoleDefinitions",
)
_UPDATE_MEMBER_ROLE_DEFINITION = Route(
    "PATCH",
    "/members/v1/roles/definitions/{key}",
    "com.wixpress.members.memberroles.MemberRoleDefinitions.UpdateMemberRoleDefinition",
    path_params=("key",),
)


class MemberRoleDefinition(Module):
    """``memberRoleDefinition`` of ``@wix/members``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def create_member_role_definition(
        self, role_key: str, options: _types.CreateMemberRoleDefinitionOptions | None = None
    ) -> _types.CreateMemberRoleDefinitionResponse:
        """Create member role definition: ``POST /members/v1/roles/definitions``.

        Permissions: ``MEMBERS.ROLES_MANAGE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateMemberRoleDefinitionResponse",
            await call(
                self._requester,
                _CREATE_MEMBER_ROLE_DEFINITION,
                {"roleKey": role_key, **_fields.pick(options, "roleTitle", "blockable")},
            ),
        )

    async def delete_member_role_definition(
        self, role_key: str
    ) -> _types.DeleteMemberRoleDefinitionResponse:
        """Delete member role definition: ``DELETE /members/v1/roles/definitions/{roleKey}``.

        Permissions: ``MEMBERS.ROLES_MANAGE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_DELETE_SYSTEM_ROLE``.
        """
        return cast(
            "_types.DeleteMemberRoleDefinitionResponse",
            await call(self._requester, _DELETE_MEMBER_ROLE_DEFINITION, {"roleKey": role_key}),
        )

    async def get_member_role_definition(
        self, role_key: str
    ) -> _types.GetMemberRoleDefinitionResponse:
        """Get member role definition: ``GET /members/v1/roles/definitions/{roleKey}``.

        Permissions: ``MEMBERS.ROLES_MANAGE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetMemberRoleDefinitionResponse",
            await call(self._requester, _GET_MEMBER_ROLE_DEFINITION, {"roleKey": role_key}),
        )

    async def list_member_role_definitions(self) -> _types.ListMemberRoleDefinitionsResponse:
        """List member role definitions: ``GET /members/v1/roles/definitions``.

        Permissions: ``MEMBERS.ROLES_MANAGE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMemberRoleDefinitionsResponse",
            await call(self._requester, _LIST_MEMBER_ROLE_DEFINITIONS),
        )

    async def update_member_role_definition(
        self, key: str, options: _types.UpdateMemberRoleDefinitionOptions | None = None
    ) -> _types.UpdateMemberRoleDefinitionResponse:
        """Update member role definition: ``PATCH /members/v1/roles/definitions/{key}``.

        Permissions: ``MEMBERS.ROLES_MANAGE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_UPDATE_SYSTEM_ROLE``.
        """
        return cast(
            "_types.UpdateMemberRoleDefinitionResponse",
            await call(
                self._requester,
                _UPDATE_MEMBER_ROLE_DEFINITION,
                {"key": key, **_fields.pick(options, "blockable", "revision")},
            ),
        )


def bind(client: Requester) -> MemberRoleDefinition:
    """The ``memberRoleDefinition`` module for ``client``'s visitor."""
    return MemberRoleDefinition(client)
