# File generated from @wix/auto_sdk_members_members 1.0.135
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.members``.

From ``@wix/auto_sdk_members_members``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.members import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ActivityStatusStatus as ActivityStatusStatus
from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata
from ._shared import PrivacyStatusStatus as PrivacyStatusStatus
from ._shared import SortOrder as SortOrder
from ._shared import Status as Status

Set: TypeAlias = Literal["PUBLIC", "EXTENDED", "FULL"]


class AddressStreetOneOf(TypedDict, total=False):
    streetAddress: StreetAddress
    addressLine: str | None


class Address(AddressStreetOneOf, total=False):
    id: str | None
    addressLine2: str | None
    city: str | None
    subdivision: str | None
    country: str | None
    postalCode: str | None


class ApproveMemberRequest(TypedDict, total=False):
    id: Required[str]


class ApproveMemberResponse(TypedDict, total=False):
    member: Member


class BlockMemberRequest(TypedDict, total=False):
    id: Required[str]


class BlockMemberResponse(TypedDict, total=False):
    member: Member


class BulkApproveMembersRequest(TypedDict, total=False):
    filter: Required[Any]


class BulkApproveMembersResponse(TypedDict, total=False):
    jobId: str


class BulkBlockMembersRequest(TypedDict, total=False):
    filter: Required[Any]


class BulkBlockMembersResponse(TypedDict, total=False):
    jobId: str


class BulkDeleteMembersByFilterOptions(TypedDict, total=False):
    """What ``bulkDeleteMembersByFilter`` reads from ``options``."""

    contentAssigneeId: str | None
    search: Search


class BulkDeleteMembersByFilterRequest(TypedDict, total=False):
    filter: Required[Any]
    contentAssigneeId: str | None
    search: Search


class BulkDeleteMembersByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkDeleteMembersRequest(TypedDict, total=False):
    memberIds: Required[list[str]]


class BulkDeleteMembersResponse(TypedDict, total=False):
    results: list[BulkMemberResult]
    bulkActionMetadata: BulkActionMetadata


class BulkMemberResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class Contact(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phones: list[str] | None
    emails: list[str] | None
    addresses: list[Address]
    birthdate: str | None
    company: str | None
    jobTitle: str | None
    customFields: dict[str, CustomField]


class CreateMemberOptions(TypedDict, total=False):
    """What ``createMember`` reads from ``options``."""

    member: Member


class CreateMemberRequest(TypedDict, total=False):
    member: Member


class CreateMemberResponse(TypedDict, total=False):
    member: Member


class CustomField(TypedDict, total=False):
    name: str | None
    value: Any


class DeleteMemberAddressesRequest(TypedDict, total=False):
    id: Required[str]


class DeleteMemberAddressesResponse(TypedDict, total=False):
    member: Member


class DeleteMemberEmailsRequest(TypedDict, total=False):
    id: Required[str]


class DeleteMemberEmailsResponse(TypedDict, total=False):
    member: Member


class DeleteMemberPhonesRequest(TypedDict, total=False):
    id: Required[str]


class DeleteMemberPhonesResponse(TypedDict, total=False):
    member: Member


class DeleteMemberRequest(TypedDict, total=False):
    id: Required[str]


class DeleteMemberResponse(TypedDict, total=False):
    pass


class DeleteMyMemberOptions(TypedDict, total=False):
    """What ``deleteMyMember`` reads from ``options``."""

    contentAssigneeId: str | None


class DeleteMyMemberRequest(TypedDict, total=False):
    contentAssigneeId: str | None


class DeleteMyMemberResponse(TypedDict, total=False):
    pass


class DisconnectMemberRequest(TypedDict, total=False):
    id: Required[str]


class DisconnectMemberResponse(TypedDict, total=False):
    member: Member


class GetCurrentMemberOptions(TypedDict, total=False):
    """What ``getCurrentMember`` reads from ``options``."""

    fieldsets: list[Set]


class GetMemberOptions(TypedDict, total=False):
    """What ``getMember`` reads from ``options``."""

    fieldsets: list[Set]


class GetMemberRequest(TypedDict, total=False):
    id: Required[str]
    fieldsets: list[Set]


class GetMemberResponse(TypedDict, total=False):
    member: Member


class GetMyMemberRequest(TypedDict, total=False):
    fieldsets: list[Set]


class GetMyMemberResponse(TypedDict, total=False):
    member: Member


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    offsetX: int | None
    offsetY: int | None


class JoinCommunityRequest(TypedDict, total=False):
    pass


class JoinCommunityResponse(TypedDict, total=False):
    member: Member


class LeaveCommunityRequest(TypedDict, total=False):
    pass


class LeaveCommunityResponse(TypedDict, total=False):
    member: Member


class ListMembersOptions(TypedDict, total=False):
    """What ``listMembers`` reads from ``options``."""

    paging: Paging
    fieldsets: list[Set]
    sorting: list[Sorting]


class ListMembersRequest(TypedDict, total=False):
    paging: Paging
    fieldsets: list[Set]
    sorting: list[Sorting]


class ListMembersResponse(TypedDict, total=False):
    members: list[Member]
    metadata: PagingMetadata


class Member(TypedDict, total=False):
    id: str | None
    loginEmail: str | None
    loginEmailVerified: bool | None
    status: Status
    contactId: str | None
    contact: Contact
    profile: Profile
    privacyStatus: PrivacyStatusStatus
    activityStatus: ActivityStatusStatus
    createdDate: str | None
    updatedDate: str | None
    lastLoginDate: str | None


class MuteMemberRequest(TypedDict, total=False):
    id: Required[str]


class MuteMemberResponse(TypedDict, total=False):
    member: Member


class Profile(TypedDict, total=False):
    nickname: str | None
    slug: str | None
    photo: Image
    cover: Image
    title: str | None


class Query(TypedDict, total=False):
    filter: Any
    paging: Paging
    sorting: list[Sorting]


class QueryMembersRequest(TypedDict, total=False):
    query: Query
    fieldsets: list[Set]
    search: Search


class QueryMembersResponse(TypedDict, total=False):
    members: list[Member]
    metadata: PagingMetadata


class Search(TypedDict, total=False):
    expression: str | None
    fields: list[str]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class UnmuteMemberRequest(TypedDict, total=False):
    id: Required[str]


class UnmuteMemberResponse(TypedDict, total=False):
    member: Member


class UpdateMemberRequest(TypedDict, total=False):
    member: Member


class UpdateMemberResponse(TypedDict, total=False):
    member: Member


class UpdateMemberSlugRequest(TypedDict, total=False):
    id: Required[str]
    slug: Required[str]


class UpdateMemberSlugResponse(TypedDict, total=False):
    member: Member


class UpdateMySlugRequest(TypedDict, total=False):
    slug: Required[str]


class UpdateMySlugResponse(TypedDict, total=False):
    member: Member
