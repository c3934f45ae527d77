# File generated from @wix/auto_sdk_members_authorization 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.authorization``.

From ``@wix/auto_sdk_members_authorization``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.authorization import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict


class AssignRoleRequest(TypedDict, total=False):
    memberId: Required[str]
    roleKey: Required[str]


class AssignRoleResponse(TypedDict, total=False):
    roleKey: str


class GetRolesRequest(TypedDict, total=False):
    memberId: Required[str]


class GetRolesResponse(TypedDict, total=False):
    roles: list[Role]


class MemberRole(TypedDict, total=False):
    roles: list[Role]


class Query(TypedDict, total=False):
    filter: Any


class QueryRolesOptions(TypedDict, total=False):
    """What ``queryRoles`` reads from ``options``."""

    query: Query


class QueryRolesRequest(TypedDict, total=False):
    query: Query


class QueryRolesResponse(TypedDict, total=False):
    rolesByMemberId: dict[str, MemberRole]


class Role(TypedDict, total=False):
    roleKey: str
    title: str


class UnassignRoleRequest(TypedDict, total=False):
    memberId: Required[str]
    roleKey: Required[str]


class UnassignRoleResponse(TypedDict, total=False):
    roleKey: str
