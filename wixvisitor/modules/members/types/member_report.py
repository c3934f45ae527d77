# File generated from @wix/auto_sdk_members_member-report 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.member_report``.

From ``@wix/auto_sdk_members_member-report``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.member_report import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import SortOrder as SortOrder

Category: TypeAlias = Literal["UNKNOWN", "SPAM", "IMPERSONATION", "HARASSMENT", "OTHER"]


class DeleteMemberReportsRequest(TypedDict, total=False):
    memberId: Required[str]


class DeleteMemberReportsResponse(TypedDict, total=False):
    pass


class ListReportedMembersOptions(TypedDict, total=False):
    """What ``listReportedMembers`` reads from ``options``."""

    cursorPaging: CursorPaging


class ListReportedMembersRequestPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class ListReportedMembersRequest(ListReportedMembersRequestPagingMethodOneOf, total=False):
    pass


class ListReportedMembersResponse(TypedDict, total=False):
    reportedMembers: list[ReportedMember]
    pagingMetadata: PagingMetadataV2


class MemberReport(TypedDict, total=False):
    id: str | None
    reportedMemberId: str
    reportingMemberId: str | None
    reason: Reason
    createdDate: str | None


class QueryMemberReportsRequest(TypedDict, total=False):
    query: QueryV2


class QueryMemberReportsResponse(TypedDict, total=False):
    memberReports: list[MemberReport]
    pagingMetadata: PagingMetadataV2


class QueryReportedMembersOptions(TypedDict, total=False):
    """What ``queryReportedMembers`` reads from ``options``."""

    query: QueryV2


class QueryReportedMembersRequest(TypedDict, total=False):
    query: QueryV2


class QueryReportedMembersResponse(TypedDict, total=False):
    reportedMembers: list[ReportedMember]
    pagingMetadata: PagingMetadataV2


class QueryV2(TypedDict, total=False):
    filter: dict[str, Any] | None
    sorting: list[Sorting]
    paging: CursorPaging


class Reason(TypedDict, total=False):
    category: Category
    description: str | None


class ReportMemberRequest(TypedDict, total=False):
    memberReport: Required[MemberReport]


class ReportMemberResponse(TypedDict, total=False):
    memberReport: MemberReport


class ReportedMember(TypedDict, total=False):
    reportedMemberId: str
    reportCount: str
    reviewed: bool
    lastReportDate: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation
