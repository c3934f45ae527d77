# File generated from @wix/auto_sdk_events_staff-members 1.0.52
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.staff_members``.

From ``@wix/auto_sdk_events_staff-members``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.staff_members import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

Fieldset: TypeAlias = Literal["LOGIN_LINK"]
Permission: TypeAlias = Literal[
    "CHECK_IN_GUESTS", "SELL_TICKETS", "ADD_GUESTS", "READ_ANALYTICS", "READ_GUEST_FORM"
]
Status: TypeAlias = Literal["PENDING", "HAS_ACCESS", "ACCESS_PAUSED"]


class AccessStaffMemberRequest(TypedDict, total=False):
    accessToken: Required[str]


class AccessStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class AllEvents(TypedDict, total=False):
    pass


class CreateStaffMemberRequest(TypedDict, total=False):
    staffMember: Required[StaffMember]


class CreateStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class DeleteStaffMemberRequest(TypedDict, total=False):
    staffMemberId: Required[str]


class DeleteStaffMemberResponse(TypedDict, total=False):
    pass


class GetStaffMemberOptions(TypedDict, total=False):
    """What ``getStaffMember`` reads from ``options``."""

    fieldsets: list[Fieldset]


class GetStaffMemberRequest(TypedDict, total=False):
    staffMemberId: Required[str]
    fieldsets: list[Fieldset]


class GetStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember


class JoinStaffMemberRequest(TypedDict, total=False):
    joinToken: Required[str]


class JoinStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember
    accessToken: str
    deviceId: str


class LoginStaffMemberRequest(TypedDict, total=False):
    loginToken: Required[str]


class LoginStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember
    accessToken: str
    deviceId: str


class QueryStaffMembersRequest(TypedDict, total=False):
    query: QueryV2
    fieldsets: list[Fieldset]


class QueryStaffMembersResponse(TypedDict, total=False):
    staffMembers: list[StaffMember]
    pagingMetadata: PagingMetadataV2


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fieldsets: list[str]


class SpecificEvents(TypedDict, total=False):
    events: list[str]


class StaffMemberEventAccessOneOf(TypedDict, total=False):
    allEvents: AllEvents
    specificEvents: SpecificEvents


class StaffMember(StaffMemberEventAccessOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    status: Status
    extendedFields: ExtendedFields
    permissions: list[Permission]
    loginLink: str | None


class UpdateStaffMemberRequest(TypedDict, total=False):
    staffMember: Required[StaffMember]


class UpdateStaffMemberResponse(TypedDict, total=False):
    staffMember: StaffMember
