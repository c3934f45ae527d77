# File generated from @wix/auto_sdk_bookings_staff-members 1.0.131
# by `make apigen` (tools/apigen). Do not edit.
"""The ``staffMembers`` module of ``@wix/bookings`` (20 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import staff_members as _types

_ASSIGN_CUSTOM_SCHEDULE = Route(
    "POST",
    "/bookings/v1/staff-members/{staffMemberId}/assign-custom-schedule",
    "wix.bookings.staff.v1.StaffMembersService.AssignCustomSchedule",
    path_params=("staffMemberId",),
)
_ASSIGN_WORKING_HOURS_SCHEDULE = Route(
    "POST",
    "/bookings/v1/staff-members/{staffMemberId}/assign-working-hours-schedule",
    "wix.bookings.staff.v1.StaffMembersService.AssignWorkingHoursSchedule",
    path_params=("staffMemberId",),
)
_BULK_UPDATE_STAFF_MEMBER_TAGS = Route(
    "POST",
    "/bookings/v1/bulk/staff-members/update-tags",
    "wix.bookings.staff.v1.StaffMembersService.BulkUpdateStaffMemberTags",
)
_BULK_UPDATE_STAFF_MEMBER_TAGS_BY_FILTER = Route(
    "POST",
    "/bookings/v1/bulk/staff-members/update-tags-by-filter",
    "wix.bookings.staff.v1.StaffMembersService.BulkUpdateStaffMemberTagsByFilter",
)
_CONNECT_STAFF_MEMBER_TO_USER = Route(
    "POST",
    "/bookings/v1/staff-members/{staffMemberId}/connect-staff-member-to-user",
    "wix.bookings.staff.v1.StaffMembersService.ConnectStaffMemberToUser",
    path_params=("staffMemberId",),
)
_COUNT_STAFF_MEMBERS = Route(
    "POST",
    "/bookings/v1/staff-members/count",
    "wix.bookings.staff.v1.StaffMembersService.CountStaffMembers",
)
_COUNT_STAFF_MEMBERS_V2 = Route(
    "POST",
    "/bookings/staff/v2/staff-members/count",
    "wix.bookings.staff.v1.StaffMembersService.CountStaffMembersV2",
)
_CREATE_STAFF_MEMBER = Route(
    "POST",
    "/bookings/v1/staff-members",
    "wix.bookings.staff.v1.StaffMembersService.CreateStaffMember",
)
_DELETE_STAFF_MEMBER = Route(
    "DELETE",
    "/bookings/v1/staff-members/{staffMemberId}",
    "wix.bookings.staff.v1.StaffMembersService.DeleteStaffMember",
    path_params=("staffMemberId",),
)
_DISCONNECT_STAFF_MEMBER_FROM_USER = Route(
    "POST",
    "/bookings/v1/staff-members/{staffMemberId}/disconnect-staff-member-from-user",
    "wix.bookings.staff.v1.StaffMembersService.DisconnectStaffMemberFromUser",
    path_params=("staffMemberId",),
)
_GET_DELETED_STAFF_MEMBER = Route(
    "GET",
    "/bookings/staff/v2/staff-members/trash-bin/{staffMemberId}",
    "wix.bookings.staff.v1.StaffMembersService.GetDeletedStaffMember",
    path_params=("staffMemberId",),
)
_GET_STAFF_MEMBER = Route(
    "GET",
    "/bookings/v1/staff-members/{staffMemberId}",
    "wix.bookings.staff.v1.StaffMembersService.GetStaffMember",
    path_params=("staffMemberId",),
)
_LIST_DELETED_STAFF_MEMBERS = Route(
    "GET",
    "/bookings/staff/v2/staff-members/trash-bin",
    "wix.bookings.staff.v1.StaffMembersService.ListDeletedStaffMembers",
)
_QUERY_STAFF_MEMBERS = Query(
    Route(
        "POST",
        "/bookings/v1/staff-members/query",
        "wix.bookings.staff.v1.StaffMembersService.QueryStaffMembers",
    ),
    items="staffMembers",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_QUERY_STAFF_MEMBERS_V2 = Route(
    "POST",
    "/bookings/staff/v2/staff-members/query",
    "wix.bookings.staff.v1.StaffMembersService.QueryStaffMembersV2",
)
_REMOVE_STAFF_MEMBER_FROM_TRASH_BIN = Route(
    "DELETE",
    "/bookings/staff/v2/staff-members/trash-bin/{staffMemberId}",
    "wix.bookings.staff.v1.StaffMembersService.RemoveStaffMemberFromTrashBin",
    path_params=("staffMemberId",),
)
_SEARCH_STAFF_MEMBERS = Route(
    "POST",
    "/bookings/v1/staff-members/search",
    "wix.bookings.staff.v1.StaffMembersService.SearchStaffMembers",
)
_SEARCH_STAFF_MEMBERS_V2 = Route(
    "POST",
    "/bookings/staff/v2/staff-members/search",
    "wix.bookings.staff.v1.StaffMembersService.SearchStaffMembersV2",
)
_SET_SERVICE_PROVIDER = Route(
    "POST",
    "/bookings/v1/staff-members/{staffMemberId}/set-service-provider",
    "wix.bookings.staff.v1.StaffMembersService.SetServiceProvider",
    path_params=("staffMemberId",),
)
_UPDATE_STAFF_MEMBER = Route(
    "PATCH",
    "/bookings/v1/staff-members/{staffMember.id}",
    "wix.bookings.staff.v1.StaffMembersService.UpdateStaffMember",
    path_params=("staffMember.id",),
)


class StaffMembers(Module):
    """``staffMembers`` of ``@wix/bookings``: ``bookings.staff_members.bind(wix)``."""

    __slots__ = ()

    async def assign_custom_schedule(
        self,
        staff_member_id: str,
        schedule_id: str,
        options: _types.AssignCustomScheduleOptions | None = None,
    ) -> _types.AssignCustomScheduleResponse:
        """Assign custom schedule: ``POST``.

        ``/bookings/v1/staff-members/{staffMemberId}/assign-custom-schedule``
        """
        return cast(
            "_types.AssignCustomScheduleResponse",
            await call(
                self._requester,
                _ASSIGN_CUSTOM_SCHEDULE,
                {
                    "staffMemberId": staff_member_id,
                    "scheduleId": schedule_id,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def assign_working_hours_schedule(
        self,
        staff_member_id: str,
        schedule_id: str,
        options: _types.AssignWorkingHoursScheduleOptions | None = None,
    ) -> _types.AssignWorkingHoursScheduleResponse:
        """Assign working hours schedule: ``POST``.

        ``/bookings/v1/staff-members/{staffMemberId}/assign-working-hours-schedule``
        """
        return cast(
            "_types.AssignWorkingHoursScheduleResponse",
            await call(
                self._requester,
                _ASSIGN_WORKING_HOURS_SCHEDULE,
                {
                    "staffMemberId": staff_member_id,
                    "scheduleId": schedule_id,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def bulk_update_staff_member_tags(
        self, ids: Sequence[str], options: _types.BulkUpdateStaffMemberTagsOptions | None = None
    ) -> _types.BulkUpdateStaffMemberTagsResponse:
        """Bulk update staff member tags: ``POST /bookings/v1/bulk/staff-members/update-tags``.

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateStaffMemberTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_STAFF_MEMBER_TAGS,
                {"ids": ids, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_staff_member_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateStaffMemberTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateStaffMemberTagsByFilterResponse:
        """Bulk update staff member tags by filter: ``POST``.

        ``/bookings/v1/bulk/staff-members/update-tags-by-filter``

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateStaffMemberTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_STAFF_MEMBER_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def connect_staff_member_to_user(
        self, staff_member_id: str, options: _types.ConnectStaffMemberToUserOptions | None = None
    ) -> _types.ConnectStaffMemberToUserResponse:
        """Connect staff member to user: ``POST``.

        ``/bookings/v1/staff-members/{staffMemberId}/connect-staff-member-to-user``

        Application errors: ``STAFF_INVITE_REQUIRES_ROLE``.
        """
        return cast(
            "_types.ConnectStaffMemberToUserResponse",
            await call(
                self._requester,
                _CONNECT_STAFF_MEMBER_TO_USER,
                {
                    "staffMemberId": staff_member_id,
                    **_fields.pick(options, "email", "fields", "roleIds"),
                },
            ),
        )

    async def count_staff_members(
        self, options: _types.CountStaffMembersOptions | None = None
    ) -> _types.CountStaffMembersResponse:
        """Count staff members: ``POST /bookings/v1/staff-members/count``."""
        return cast(
            "_types.CountStaffMembersResponse",
            await call(self._requester, _COUNT_STAFF_MEMBERS, {**_fields.pick(options, "filter")}),
        )

    async def count_staff_members_v2(
        self, options: _types.CountStaffMembersV2Options | None = None
    ) -> _types.CountStaffMembersV2Response:
        """Count staff members v2: ``POST /bookings/staff/v2/staff-members/count``."""
        return cast(
            "_types.CountStaffMembersV2Response",
            await call(
                self._requester, _COUNT_STAFF_MEMBERS_V2, {**_fields.pick(options, "filter")}
            ),
        )

    async def create_staff_member(
        self,
        staff_member: _types.StaffMember,
        options: _types.CreateStaffMemberOptions | None = None,
    ) -> _types.CreateStaffMemberResponse:
        """Create staff member: ``POST /bookings/v1/staff-members``."""
        return cast(
            "_types.CreateStaffMemberResponse",
            await call(
                self._requester,
                _CREATE_STAFF_MEMBER,
                {"staffMember": staff_member, **_fields.pick(options, "fields", "serviceProvider")},
            ),
        )

    async def delete_staff_member(self, staff_member_id: str) -> _types.DeleteStaffMemberResponse:
        """Delete staff member: ``DELETE /bookings/v1/staff-members/{staffMemberId}``."""
        return cast(
            "_types.DeleteStaffMemberResponse",
            await call(self._requester, _DELETE_STAFF_MEMBER, {"staffMemberId": staff_member_id}),
        )

    async def disconnect_staff_member_from_user(
        self,
        staff_member_id: str,
        options: _types.DisconnectStaffMemberFromUserOptions | None = None,
    ) -> _types.DisconnectStaffMemberFromUserResponse:
        """Disconnect staff member from user: ``POST``.

        ``/bookings/v1/staff-members/{staffMemberId}/disconnect-staff-member-from-user``
        """
        return cast(
            "_types.DisconnectStaffMemberFromUserResponse",
            await call(
                self._requester,
                _DISCONNECT_STAFF_MEMBER_FROM_USER,
                {"staffMemberId": staff_member_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_deleted_staff_member(
        self, staff_member_id: str, options: _types.GetDeletedStaffMemberOptions | None = None
    ) -> _types.GetDeletedStaffMemberResponse:
        """Get deleted staff member: ``GET``.

        ``/bookings/staff/v2/staff-members/trash-bin/{staffMemberId}``
        """
        return cast(
            "_types.GetDeletedStaffMemberResponse",
            await call(
                self._requester,
                _GET_DELETED_STAFF_MEMBER,
                {"staffMemberId": staff_member_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_staff_member(
        self, staff_member_id: str, options: _types.GetStaffMemberOptions | None = None
    ) -> _types.GetStaffMemberResponse:
        """Get staff member: ``GET /bookings/v1/staff-members/{staffMemberId}``."""
        return cast(
            "_types.GetStaffMemberResponse",
            await call(
                self._requester,
                _GET_STAFF_MEMBER,
                {"staffMemberId": staff_member_id, **_fields.pick(options, "fields")},
            ),
        )

    async def list_deleted_staff_members(
        self, options: _types.ListDeletedStaffMembersOptions | None = None
    ) -> _types.ListDeletedStaffMembersResponse:
        """List deleted staff members: ``GET /bookings/staff/v2/staff-members/trash-bin``."""
        return cast(
            "_types.ListDeletedStaffMembersResponse",
            await call(
                self._requester,
                _LIST_DELETED_STAFF_MEMBERS,
                {**_fields.pick(options, "staffMemberIds", "paging", "fields")},
            ),
        )

    def query_staff_members(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.StaffMember]:
        """Query staff members: ``POST /bookings/v1/staff-members/query``."""
        return QueryBuilder(self._requester, _QUERY_STAFF_MEMBERS, options)

    async def query_staff_members_v2(
        self, options: _types.QueryStaffMembersV2Options | None = None
    ) -> _types.QueryStaffMembersV2Response:
        """Query staff members v2: ``POST /bookings/staff/v2/staff-members/query``."""
        return cast(
            "_types.QueryStaffMembersV2Response",
            await call(
                self._requester,
                _QUERY_STAFF_MEMBERS_V2,
                {**_fields.pick(options, "query", "fields")},
            ),
        )

    async def remove_staff_member_from_trash_bin(
        self, staff_member_id: str
    ) -> _types.RemoveStaffMemberFromTrashBinResponse:
        """Remove staff member from trash bin: ``DELETE``.

        ``/bookings/staff/v2/staff-members/trash-bin/{staffMemberId}``
        """
        return cast(
            "_types.RemoveStaffMemberFromTrashBinResponse",
            await call(
                self._requester,
                _REMOVE_STAFF_MEMBER_FROM_TRASH_BIN,
                {"staffMemberId": staff_member_id},
            ),
        )

    async def search_staff_members(
        self, search: _types.CursorSearch, options: _types.SearchStaffMembersOptions | None = None
    ) -> _types.SearchStaffMembersResponse:
        """Search staff members: ``POST /bookings/v1/staff-members/search``.

        Permissions: ``BOOKINGS.STAFF_MEMBER_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchStaffMembersResponse",
            await call(
                self._requester,
                _SEARCH_STAFF_MEMBERS,
                {"search": search, **_fields.pick(options, "fields")},
            ),
        )

    async def search_staff_members_v2(
        self, search: _types.CursorSearch, options: _types.SearchStaffMembersV2Options | None = None
    ) -> _types.SearchStaffMembersV2Response:
        """Search staff members v2: ``POST /bookings/staff/v2/staff-members/search``."""
        return cast(
            "_types.SearchStaffMembersV2Response",
            await call(
                self._requester,
                _SEARCH_STAFF_MEMBERS_V2,
                {"search": search, **_fields.pick(options, "fields")},
            ),
        )

    async def set_service_provider(
        self,
        staff_member_id: str,
        service_provider: bool,
        options: _types.SetServiceProviderOptions | None = None,
    ) -> _types.SetServiceProviderResponse:
        """Set service provider: ``POST``.

        ``/bookings/v1/staff-members/{staffMemberId}/set-service-provider``
        """
        return cast(
            "_types.SetServiceProviderResponse",
            await call(
                self._requester,
                _SET_SERVICE_PROVIDER,
                {
                    "staffMemberId": staff_member_id,
                    "serviceProvider": service_provider,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def update_staff_member(
        self,
        id: str,
        staff_member: _types.StaffMember,
        options: _types.UpdateStaffMemberOptions | None = None,
    ) -> _types.UpdateStaffMemberResponse:
        """Update staff member: ``PATCH /bookings/v1/staff-members/{staffMember.id}``."""
        return cast(
            "_types.UpdateStaffMemberResponse",
            await call(
                self._requester,
                _UPDATE_STAFF_MEMBER,
                {"staffMember": {**staff_member, "id": id}, **_fields.pick(options, "fields")},
            ),
        )


def bind(client: Requester) -> StaffMembers:
    """The ``staffMembers`` module for ``client``'s visitor."""
    return StaffMembers(client)
