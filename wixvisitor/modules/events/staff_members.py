# File generated from @wix/auto_sdk_events_staff-members 1.0.52
# by `make apigen` (tools/apigen). Do not edit.
"""The ``staffMembers`` module of ``@wix/events`` (8 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import staff_members as _types

_ACCESS_STAFF_MEMBER = Route(
    "POST",
    "/events/v1/staff-members/access",
    "wix.events.staffmembers.v1.StaffMemberManagement.AccessStaffMember",
)
_CREATE_STAFF_MEMBER = Route(
    "POST",
    "/events/v1/staff-members",
    "wix.events.staffmembers.v1.StaffMemberManagement.CreateStaffMember",
)
_DELETE_STAFF_MEMBER = Route(
    "DELETE",
    "/events/v1/staff-members/{staffMemberId}",
    "wix.events.staffmembers.v1.StaffMemberManagement.DeleteStaffMember",
    path_params=("staffMemberId",),
)
_GET_STAFF_MEMBER = Route(
    "GET",
    "/events/v1/staff-members/{staffMemberId}",
    "wix.events.staffmembers.v1.StaffMemberManagement.GetStaffMember",
    path_params=("staffMemberId",),
)
_JOIN_STAFF_MEMBER = Route(
    "POST",
    "/events/v1/staff-members/join",
    "wix.events.staffmembers.v1.StaffMemberManagement.JoinStaffMember",
)
_LOGIN_STAFF_MEMBER = Route(
    "POST",
    "/events/v1/staff-members/login",
    "wix.events.staffmembers.v1.StaffMemberManagement.LoginStaffMember",
)
_QUERY_STAFF_MEMBERS = Query(
    Route(
        "POST",
        "/events/v1/staff-members/query",
        "wix.events.staffmembers.v1.StaffMemberManagement.QueryStaffMembers",
    ),
    items="staffMembers",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_STAFF_MEMBER = Route(
    "PATCH",
    "/events/v1/staff-members/{staffMember.id}",
    "wix.events.staffmembers.v1.StaffMemberManagement.UpdateStaffMember",
    path_params=("staffMember.id",),
)


class StaffMembers(Module):
    """``staffMembers`` of ``@wix/events``: ``staff_members = events.staff_members.bind(wix)``."""

    __slots__ = ()

    async def access_staff_member(self, access_token: str) -> _types.AccessStaffMemberResponse:
        """Access staff member: ``POST /events/v1/staff-members/access``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_ACTIVATE``.
        Callable by: ``APP``.
        Application errors: ``STAFF_MEMBER_SUSPENDED``.
        """
        return cast(
            "_types.AccessStaffMemberResponse",
            await call(self._requester, _ACCESS_STAFF_MEMBER, {"accessToken": access_token}),
        )

    async def create_staff_member(
        self, staff_member: _types.StaffMember
    ) -> _types.CreateStaffMemberResponse:
        """Create staff member: ``POST /events/v1/staff-members``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateStaffMemberResponse",
            await call(self._requester, _CREATE_STAFF_MEMBER, {"staffMember": staff_member}),
        )

    async def delete_staff_member(self, staff_member_id: str) -> _types.DeleteStaffMemberResponse:
        """Delete staff member: ``DELETE /events/v1/staff-members/{staffMemberId}``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteStaffMemberResponse",
            await call(self._requester, _DELETE_STAFF_MEMBER, {"staffMemberId": staff_member_id}),
        )

    async def get_staff_member(
        self, staff_member_id: str, options: _types.GetStaffMemberOptions | None = None
    ) -> _types.GetStaffMemberResponse:
        """Get staff member: ``GET /events/v1/staff-members/{staffMemberId}``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetStaffMemberResponse",
            await call(
                self._requester,
                _GET_STAFF_MEMBER,
                {"staffMemberId": staff_member_id, **_fields.pick(options, "fieldsets")},
            ),
        )

    async def join_staff_member(self, join_token: str) -> _types.JoinStaffMemberResponse:
        """Join staff member: ``POST /events/v1/staff-members/join``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_ACTIVATE``.
        Callable by: ``APP``.
        Application errors: ``STAFF_MEMBER_SUSPENDED``.
        Deprecated in the package.
        """
        return cast(
            "_types.JoinStaffMemberResponse",
            await call(self._requester, _JOIN_STAFF_MEMBER, {"joinToken": join_token}),
        )

    async def login_staff_member(self, login_token: str) -> _types.LoginStaffMemberResponse:
        """Login staff member: ``POST /events/v1/staff-members/login``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_ACTIVATE``.
        Callable by: ``APP``.
        Application errors: ``STAFF_MEMBER_SUSPENDED``.
        """
        return cast(
            "_types.LoginStaffMemberResponse",
            await call(self._requester, _LOGIN_STAFF_MEMBER, {"loginToken": login_token}),
        )

    def query_staff_members(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.StaffMember]:
        """Query staff members: ``POST /events/v1/staff-members/query``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_STAFF_MEMBERS, options)

    async def update_staff_member(
        self, id: str, staff_member: _types.StaffMember
    ) -> _types.UpdateStaffMemberResponse:
        """Update staff member: ``PATCH /events/v1/staff-members/{staffMember.id}``.

        Permissions: ``WIX_EVENTS.STAFF_MEMBER_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateStaffMemberResponse",
            await call(
                self._requester, _UPDATE_STAFF_MEMBER, {"staffMember": {**staff_member, "id": id}}
            ),
        )


def bind(client: Requester) -> StaffMembers:
    """The ``staffMembers`` module for ``client``'s visitor."""
    return StaffMembers(client)
