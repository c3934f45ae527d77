# File generated from @wix/auto_sdk_members_members 1.0.135
# by `make apigen` (tools/apigen). Do not edit.
"""The ``members`` module of ``@wix/members`` (24 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import members as _types

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

    async def approve_member(self, id: str) -> _types.ApproveMemberResponse:
        """Approve member: ``POST /members/v1/members/{id}/approve``.

        Permissions: ``MEMBERS.MEMBER_APPROVE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ApproveMemberResponse", await call(self._requester, _APPROVE_MEMBER, {"id": id})
        )

    async def block_member(self, id: str) -> _types.BlockMemberResponse:
        """Block member: ``POST /members/v1/members/{id}/block``.

        Permissions: ``MEMBERS.MEMBER_BLOCK``.
        Callable by: ``APP``.
        Application errors: ``MEMBER_SELF_BLOCK_FORBIDDEN``, ``OWNER_MEMBER_BLOCK_FORBIDDEN``,
        ``ACTIVE_SUBSCRIPTION_MEMBER_BLOCK_FORBIDDEN``.
        """
        return cast(
            "_types.BlockMemberResponse", await call(self._requester, _BLOCK_MEMBER, {"id": id})
        )

    async def bulk_approve_members(
        self, filter: Mapping[str, Any]
    ) -> _types.BulkApproveMembersResponse:
        """Bulk approve members: ``POST /members/v1/members/bulk/approve-by-filter``.

        Permissions: ``MEMBERS.MEMBER_APPROVE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkApproveMembersResponse",
            await call(self._requester, _BULK_APPROVE_MEMBERS, {"filter": filter}),
        )

    async def bulk_block_members(
        self, filter: Mapping[str, Any]
    ) -> _types.BulkBlockMembersResponse:
        """Bulk block members: ``POST /members/v1/members/bulk/block-by-filter``.

        Permissions: ``MEMBERS.MEMBER_BLOCK``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkBlockMembersResponse",
            await call(self._requester, _BULK_BLOCK_MEMBERS, {"filter": filter}),
        )

    async def bulk_delete_members(
        self, member_ids: Sequence[str]
    ) -> _types.BulkDeleteMembersResponse:
        """Bulk delete members: ``POST /members/v1/members/bulk/delete``.

        Permissions: ``MEMBERS.MEMBER_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteMembersResponse",
            await call(self._requester, _BULK_DELETE_MEMBERS, {"memberIds": member_ids}),
        )

    async def bulk_delete_members_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkDeleteMembersByFilterOptions | None = None,
    ) -> _types.BulkDeleteMembersByFilterResponse:
        """Bulk delete members by filter: ``POST /members/v1/members/bulk/delete-by-filter``.

        Permissions: ``MEMBERS.MEMBER_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteMembersByFilterResponse",
            await call(
                self._requester,
                _BULK_DELETE_MEMBERS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "contentAssigneeId", "search")},
            ),
        )

    async def create_member(
        self, options: _types.CreateMemberOptions | None = None
    ) -> _types.CreateMemberResponse:
        """Create member: ``POST /members/v1/members``.

        Permissions: ``MEMBERS.MEMBER_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateMemberResponse",
            await call(self._requester, _CREATE_MEMBER, {**_fields.pick(options, "member")}),
        )

    async def delete_member(self, id: str) -> _types.DeleteMemberResponse:
        """Delete member: ``DELETE /members/v1/members/{id}``.

        Permissions: ``MEMBERS.MEMBER_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteMemberResponse", await call(self._requester, _DELETE_MEMBER, {"id": id})
        )

    async def delete_member_addresses(self, id: str) -> _types.DeleteMemberAddressesResponse:
        """Delete member addresses: ``DELETE /members/v1/members/{id}/addresses``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.DeleteMemberAddressesResponse",
            await call(self._requester, _DELETE_MEMBER_ADDRESSES, {"id": id}),
        )

    async def delete_member_emails(self, id: str) -> _types.DeleteMemberEmailsResponse:
        """Delete member emails: ``DELETE /members/v1/members/{id}/emails``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.DeleteMemberEmailsResponse",
            await call(self._requester, _DELETE_MEMBER_EMAILS, {"id": id}),
        )

    async def delete_member_phones(self, id: str) -> _types.DeleteMemberPhonesResponse:
        """Delete member phones: ``DELETE /members/v1/members/{id}/phones``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.DeleteMemberPhonesResponse",
            await call(self._requester, _DELETE_MEMBER_PHONES, {"id": id}),
        )

    async def delete_my_member(
        self, options: _types.DeleteMyMemberOptions | None = None
    ) -> _types.DeleteMyMemberResponse:
        """Delete my member: ``DELETE /members/v1/members/my``.

        Permissions: ``MEMBERS.MEMBER_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteMyMemberResponse",
            await call(
                self._requester, _DELETE_MY_MEMBER, {**_fields.pick(options, "contentAssigneeId")}
            ),
        )

    async def disconnect_member(self, id: str) -> _types.DisconnectMemberResponse:
        """Disconnect member: ``POST /members/v1/members/{id}/disconnect``.

        Permissions: ``MEMBERS.MEMBER_DISCONNECT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DisconnectMemberResponse",
            await call(self._requester, _DISCONNECT_MEMBER, {"id": id}),
        )

    async def get_current_member(
        self, options: _types.GetCurrentMemberOptions | None = None
    ) -> _types.GetMyMemberResponse:
        """Get current member: ``GET /members/v1/members/my``.

        Permissions: ``MEMBERS.MEMBER_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetMyMemberResponse",
            await call(
                self._requester, _GET_CURRENT_MEMBER, {**_fields.pick(options, "fieldsets")}
            ),
        )

    async def get_member(
        self, id: str, options: _types.GetMemberOptions | None = None
    ) -> _types.GetMemberResponse:
        """Get member: ``GET /members/v1/members/{id}``.

        Permissions: ``MEMBERS.MEMBER_READ``.
        Callable by: ``APP``.
        Application errors: ``MEMBER_TO_MEMBER_BLOCKED``.
        """
        return cast(
            "_types.GetMemberResponse",
            await call(
                self._requester, _GET_MEMBER, {"id": id, **_fields.pick(options, "fieldsets")}
            ),
        )

    async def join_community(self) -> _types.JoinCommunityResponse:
        """Join community: ``POST /members/v1/members/join-community``.

        Permissions: ``MEMBERS.MEMBER_JOIN_COMMUNITY``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``COMMUNITY_JOIN_IMPOSSIBLE``.
        """
        return cast("_types.JoinCommunityResponse", await call(self._requester, _JOIN_COMMUNITY))

    async def leave_community(self) -> _types.LeaveCommunityResponse:
        """Leave community: ``POST /members/v1/members/leave-community``.

        Permissions: ``MEMBERS.MEMBER_JOIN_COMMUNITY``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast("_types.LeaveCommunityResponse", await call(self._requester, _LEAVE_COMMUNITY))

    async def list_members(
        self, options: _types.ListMembersOptions | None = None
    ) -> _types.ListMembersResponse:
        """List members: ``GET /members/v1/members``.

        Permissions: ``MEMBERS.MEMBER_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMembersResponse",
            await call(
                self._requester,
                _LIST_MEMBERS,
                {**_fields.pick(options, "paging", "fieldsets", "sorting")},
            ),
        )

    async def mute_member(self, id: str) -> _types.MuteMemberResponse:
        """Mute member: ``POST /members/v1/members/{id}/mute``.

        Permissions: ``MEMBERS.MEMBER_MUTE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.MuteMemberResponse", await call(self._requester, _MUTE_MEMBER, {"id": id})
        )

    def query_members(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.Member]:
        """Query members: ``POST /members/v1/members/query``.

        Permissions: ``MEMBERS.MEMBER_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_MEMBERS, options)

    async def unmute_member(self, id: str) -> _types.UnmuteMemberResponse:
        """Unmute member: ``POST /members/v1/members/{id}/unmute``.

        Permissions: ``MEMBERS.MEMBER_MUTE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UnmuteMemberResponse", await call(self._requester, _UNMUTE_MEMBER, {"id": id})
        )

    async def update_current_member_slug(self, slug: str) -> _types.UpdateMySlugResponse:
        """Update current member slug: ``POST /members/v1/members/my/slug``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.UpdateMySlugResponse",
            await call(self._requester, _UPDATE_CURRENT_MEMBER_SLUG, {"slug": slug}),
        )

    async def update_member(self, id: str, member: _types.Member) -> _types.UpdateMemberResponse:
        """Update member: ``PATCH /members/v1/members/{member.id}``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        """
        return cast(
            "_types.UpdateMemberResponse",
            await call(self._requester, _UPDATE_MEMBER, {"member": {**member, "id": id}}),
        )

    async def update_member_slug(self, id: str, slug: str) -> _types.UpdateMemberSlugResponse:
        """Update member slug: ``POST /members/v1/members/{id}/slug``.

        Permissions: ``MEMBERS.MEMBER_UPDATE``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``SLUG_ALREADY_EXISTS``.
        """
        return cast(
            "_types.UpdateMemberSlugResponse",
            await call(self._requester, _UPDATE_MEMBER_SLUG, {"id": id, "slug": slug}),
        )


def bind(client: Requester) -> Members:
    """The ``members`` module for ``client``'s visitor."""
    return Members(client)
