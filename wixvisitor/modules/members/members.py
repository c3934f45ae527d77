# File generated from @wix/auto_sdk_members_members 1.0.135
# by `make apigen` (tools/apigen). Do not edit.
"""The ``members`` module of ``@wix/members`` (24 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_APPROVE_MEMBER = Route(
    "POST",
    "/members/v1/members/{id}/approve",
    "com.wixpress.members.api.Members.ApproveMember",
    path_params=("id",),
)
_BLOCK_MEMBER = Route(
    "POST",
    "/members/v1/members/{id}/block",
    "com.wixpress.members.api.Members.BlockMember",
    path_params=("id",),
)
_BULK_APPROVE_MEMBERS = Route(
    "POST",
    "/members/v1/members/bulk/approve-by-filter",
    "com.wixpress.members.api.Members.BulkApproveMembers",
)
_BULK_BLOCK_MEMBERS = Route(
    "POST",
    "/members/v1/members/bulk/block-by-filter",
    "com.wixpress.members.api.Members.BulkBlockMembers",
)
_BULK_DELETE_MEMBERS = Route(
    "POST", "/members/v1/members/bulk/delete", "com.wixpress.members.api.Members.BulkDeleteMembers"
)
_BULK_DELETE_MEMBERS_BY_FILTER = Route(
    "POST",
    "/members/v1/members/bulk/delete-by-filter",
    "com.wixpress.members.api.Members.BulkDeleteMembersByFilter",
)
_CREATE_MEMBER = Route(
    "POST", "/members/v1/members", "com.wixpress.members.api.Members.CreateMember"
)
_DELETE_MEMBER = Route(
    "DELETE",
    "/members/v1/members/{id}",
    "com.wixpress.members.api.Members.DeleteMember",
    path_params=("id",),
)
_DELETE_MEMBER_ADDRESSES = Route(
    "DELETE",
    "/members/v1/members/{id}/addresses",
    "com.wixpress.members.api.Members.DeleteMemberAddresses",
    path_params=("id",),
)
_DELETE_MEMBER_EMAILS = Route(
    "DELETE",
    "/members/v1/members/{id}/emails",
    "com.wixpress.members.api.Members.DeleteMemberEmails",
    path_params=("id",),
)
_DELETE_MEMBER_PHONES = Route(
    "DELETE",
    "/members/v1/members/{id}/phones",
    "com.wixpress.members.api.Members.DeleteMemberPhones",
    path_params=("id",),
)
_DELETE_MY_MEMBER = Route(
    "DELETE", "/members/v1/members/my", "com.wixpress.members.api.Members.DeleteMyMember"
)
_DISCONNECT_MEMBER = Route(
    "POST",
    "/members/v1/members/{id}/disconnect",
    "com.wixpress.members.api.Members.DisconnectMember",
    path_params=("id",),
)
_GET_CURRENT_MEMBER = Route(
    "GET", "/members/v1/members/my", "com.wixpress.members.api.Members.GetMyMember"
)
_GET_MEMBER = Route(
    "GET",
    "/members/v1/members/{id}",
    "com.wixpress.members.api.Members.GetMember",
    path_params=("id",),
)
_JOIN_COMMUNITY = Route(
    "POST", "/members/v1/members/join-community", "com.wixpress.members.api.Members.JoinCommunity"
)
_LEAVE_COMMUNITY = Route(
    "POST", "/members/v1/members/leave-community", "com.wixpress.members.api.Members.LeaveCommunity"
)
_LIST_MEMBERS = Route(
    "GET", "/members/v1/members", "com.wixpress.members.api.Members.ListMembers", complex=True
)
_MUTE_MEMBER = Route(
    "POST",
    "/members/v1/members/{id}/mute",
    "com.wixpress.members.api.Members.MuteMember",
    path_params=("id",),
)
_QUERY_MEMBERS = Query(
    Route("POST", "/members/v1/members/query", "com.wixpress.members.api.Members.QueryMembers"),
    items="members",
    paging="OFFSET",
    metadata="metadata",
)
_UNMUTE_MEMBER = Route(
    "POST",
    "/members/v1/members/{id}/unmute",
    "com.wixpress.members.api.Members.UnmuteMember",
    path_params=("id",),
)
_UPDATE_CURRENT_MEMBER_SLUG = Route(
    "POST", "/members/v1/members/my/slug", "com.wixpress.members.api.Members.UpdateMySlug"
)
_UPDATE_MEMBER = Route(
    "PATCH",
    "/members/v1/members/{member.id}",
    "com.wixpress.members.api.Members.UpdateMember",
    path_params=("member.id",),
)
_UPDATE_MEMBER_SLUG = Route(
    "POST",
    "/members/v1/members/{id}/slug",
    "com.wixpress.members.api.Members.UpdateMemberSlug",
    path_params=("id",),
)


class Members(Module):
    """``members`` of ``@wix/members``: ``members = members.members.bind(wix)``."""

    __slots__ = ()

    async def approve_member(self, id: str) -> dict[str, Any]:
        """Approve member: ``POST /members/v1/members/{id}/approve``."""
        return await call(self._requester, _APPROVE_MEMBER, {"id": id})

    async def block_member(self, id: str) -> dict[str, Any]:
        """Block member: ``POST /members/v1/members/{id}/block``."""
        return await call(self._requester, _BLOCK_MEMBER, {"id": id})

    async def bulk_approve_members(self, filter: Mapping[str, Any]) -> dict[str, Any]:
        """Bulk approve members: ``POST /members/v1/members/bulk/approve-by-filter``."""
        return await call(self._requester, _BULK_APPROVE_MEMBERS, {"filter": filter})

    async def bulk_block_members(self, filter: Mapping[str, Any]) -> dict[str, Any]:
        """Bulk block members: ``POST /members/v1/members/bulk/block-by-filter``."""
        return await call(self._requester, _BULK_BLOCK_MEMBERS, {"filter": filter})

    async def bulk_delete_members(self, member_ids: list[str]) -> dict[str, Any]:
        """Bulk delete members: ``POST /members/v1/members/bulk/delete``."""
        return await call(self._requester, _BULK_DELETE_MEMBERS, {"memberIds": member_ids})

    async def bulk_delete_members_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete members by filter: ``POST /members/v1/members/bulk/delete-by-filter``."""
        return await call(
            self._requester,
            _BULK_DELETE_MEMBERS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "contentAssigneeId", "search")},
        )

    async def create_member(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create member: ``POST /members/v1/members``."""
        return await call(self._requester, _CREATE_MEMBER, {**_fields.pick(options, "member")})

    async def delete_member(self, id: str) -> dict[str, Any]:
        """Delete member: ``DELETE /members/v1/members/{id}``."""
        return await call(self._requester, _DELETE_MEMBER, {"id": id})

    async def delete_member_addresses(self, id: str) -> dict[str, Any]:
        """Delete member addresses: ``DELETE /members/v1/members/{id}/addresses``."""
        return await call(self._requester, _DELETE_MEMBER_ADDRESSES, {"id": id})

    async def delete_member_emails(self, id: str) -> dict[str, Any]:
        """Delete member emails: ``DELETE /members/v1/members/{id}/emails``."""
        return await call(self._requester, _DELETE_MEMBER_EMAILS, {"id": id})

    async def delete_member_phones(self, id: str) -> dict[str, Any]:
        """Delete member phones: ``DELETE /members/v1/members/{id}/phones``."""
        return await call(self._requester, _DELETE_MEMBER_PHONES, {"id": id})

    async def delete_my_member(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Delete my member: ``DELETE /members/v1/members/my``."""
        return await call(
            self._requester, _DELETE_MY_MEMBER, {**_fields.pick(options, "contentAssigneeId")}
        )

    async def disconnect_member(self, id: str) -> dict[str, Any]:
        """Disconnect member: ``POST /members/v1/members/{id}/disconnect``."""
        return await call(self._requester, _DISCONNECT_MEMBER, {"id": id})

    async def get_current_member(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Get current member: ``GET /members/v1/members/my``."""
        return await call(
            self._requester, _GET_CURRENT_MEMBER, {**_fields.pick(options, "fieldsets")}
        )

    async def get_member(self, id: str, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Get member: ``GET /members/v1/members/{id}``."""
        return await call(
            self._requester, _GET_MEMBER, {"id": id, **_fields.pick(options, "fieldsets")}
        )

    async def join_community(self) -> dict[str, Any]:
        """Join community: ``POST /members/v1/members/join-community``."""
        return await call(self._requester, _JOIN_COMMUNITY)

    async def leave_community(self) -> dict[str, Any]:
        """Leave community: ``POST /members/v1/members/leave-community``."""
        return await call(self._requester, _LEAVE_COMMUNITY)

    async def list_members(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """List members: ``GET /members/v1/members``."""
        return await call(
            self._requester,
            _LIST_MEMBERS,
            {**_fields.pick(options, "paging", "fieldsets", "sorting")},
        )

    async def mute_member(self, id: str) -> dict[str, Any]:
        """Mute member: ``POST /members/v1/members/{id}/mute``."""
        return await call(self._requester, _MUTE_MEMBER, {"id": id})

    def query_members(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query members: ``POST /members/v1/members/query``."""
        return QueryBuilder(self._requester, _QUERY_MEMBERS, options)

    async def unmute_member(self, id: str) -> dict[str, Any]:
        """Unmute member: ``POST /members/v1/members/{id}/unmute``."""
        return await call(self._requester, _UNMUTE_MEMBER, {"id": id})

    async def update_current_member_slug(self, slug: str) -> dict[str, Any]:
        """Update current member slug: ``POST /members/v1/members/my/slug``."""
        return await call(self._requester, _UPDATE_CURRENT_MEMBER_SLUG, {"slug": slug})

    async def update_member(self, id: str, member: Mapping[str, Any]) -> dict[str, Any]:
        """Update member: ``PATCH /members/v1/members/{member.id}``."""
        return await call(self._requester, _UPDATE_MEMBER, {"member": {**member, "id": id}})

    async def update_member_slug(self, id: str, slug: str) -> dict[str, Any]:
        """Update member slug: ``POST /members/v1/members/{id}/slug``."""
        return await call(self._requester, _UPDATE_MEMBER_SLUG, {"id": id, "slug": slug})


def bind(client: Requester) -> Members:
    """The ``members`` module for ``client``'s visitor."""
    return Members(client)
