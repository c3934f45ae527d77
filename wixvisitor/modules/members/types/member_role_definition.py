# File generated from @wix/auto_sdk_members_member-role-definition 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.member_role_definition``.

From ``@wix/auto_sdk_members_member-role-definition``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.member_role_definition import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict


class CreateMemberRoleDefinitionOptions(TypedDict, total=False):
    """What ``createMemberRoleDefinition`` reads from ``options``."""

    roleTitle: str
    blockable: bool


class CreateMemberRoleDefinitionRequest(TypedDict, total=False):
    roleKey: Required[str]
    roleTitle: Required[str]
    blockable: bool


class CreateMemberRoleDefinitionResponse(TypedDict, total=False):
    role: MemberRoleDefinition


class DeleteMemberRoleDefinitionRequest(TypedDict, total=False):
    roleKey: Required[str]


class DeleteMemberRoleDefinitionResponse(TypedDict, total=False):
    pass


class GetMemberRoleDefinitionRequest(TypedDict, total=False):
    roleKey: Required[str]


class GetMemberRoleDefinitionResponse(TypedDict, total=False):
    role: MemberRoleDefinition


class ListMemberRoleDefinitionsRequest(TypedDict, total=False):
    pass


class ListMemberRoleDefinitionsResponse(TypedDict, total=False):
    roles: list[MemberRoleDefinition]


class MemberRoleDefinition(TypedDict, total=False):
    id: str
    roleKey: str
    title: str
    blockable: bool
    revision: str | None


class UpdateMemberRoleDefinitionOptions(TypedDict, total=False):
    """What ``updateMemberRoleDefinition`` reads from ``options``."""

    blockable: bool
    revision: str | None


class UpdateMemberRoleDefinitionRequest(TypedDict, total=False):
    key: Required[str]
    blockable: bool
    revision: Required[str | None]


class UpdateMemberRoleDefinitionResponse(TypedDict, total=False):
    role: MemberRoleDefinition
