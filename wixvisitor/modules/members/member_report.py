# File generated from @wix/auto_sdk_members_member-report 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""The ``memberReport`` module of ``@wix/members`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import member_report as _types

_DELETE_MEMBER_REPORTS = Route(
    "DELETE",
    "/members/v1/member-reports/members/{memberId}",
    "com.wixpress.members.memberreports.MemberReports.DeleteMemberReports",
    path_params=("memberId",),
)
_LIST_REPORTED_MEMBERS = Route(
    "GET",
    "/members/v1/member-reports/members",
    "com.wixpress.members.memberreports.MemberReports.ListReportedMembers",
)
_QUERY_MEMBER_REPORTS = Query(
    Route(
        "POST",
        "/members/v1/member-reports/query",
        "com.wixpress.members.memberreports.MemberReports.QueryMemberReports",
    ),
    items="memberReports",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_QUERY_REPORTED_MEMBERS = Route(
    "POST",
    "/members/v1/member-reports/members/query",
    "com.wixpress.members.memberreports.MemberReports.QueryReportedMembers",
)
_REPORT_MEMBER = Route(
    "POST",
    "/members/v1/member-reports",
    "com.wixpress.members.memberreports.MemberReports.ReportMember",
)


class MemberReport(Module):
    """``memberReport`` of ``@wix/members``: ``member_report = members.member_report.bind(wix)``."""

    __slots__ = ()

    async def delete_member_reports(self, member_id: str) -> _types.DeleteMemberReportsResponse:
        """Delete member reports: ``DELETE /members/v1/member-reports/members/{memberId}``.

        Permissions: ``MEMBERS.REPORTS_DELETE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_DELETE_MEMBER_REPORTS``.
        """
        return cast(
            "_types.DeleteMemberReportsResponse",
            await call(self._requester, _DELETE_MEMBER_REPORTS, {"memberId": member_id}),
        )

    async def list_reported_members(
        self, options: _types.ListReportedMembersOptions | None = None
    ) -> _types.ListReportedMembersResponse:
        """List reported members: ``GET /members/v1/member-reports/members``.

        Permissions: ``MEMBERS.REPORTS_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListReportedMembersResponse",
            await call(
                self._requester, _LIST_REPORTED_MEMBERS, {**_fields.pick(options, "cursorPaging")}
            ),
        )

    def query_member_reports(self) -> QueryBuilder[_types.MemberReport]:
        """Query member reports: ``POST /members/v1/member-reports/query``.

        Permissions: ``MEMBERS.REPORTS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_MEMBER_REPORTS)

    async def query_reported_members(
        self, options: _types.QueryReportedMembersOptions | None = None
    ) -> _types.QueryReportedMembersResponse:
        """Query reported members: ``POST /members/v1/member-reports/members/query``.

        Permissions: ``MEMBERS.REPORTS_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.QueryReportedMembersResponse",
            await call(
                self._requester, _QUERY_REPORTED_MEMBERS, {**_fields.pick(options, "query")}
            ),
        )

    async def report_member(
        self, member_report: _types.MemberReport
    ) -> _types.ReportMemberResponse:
        """Report member: ``POST /members/v1/member-reports``.

        Permissions: ``MEMBERS.REPORTS_WRITE``.
        Callable by: ``APP``, ``MEMBER``.
        Application errors: ``SELF_REPORTING_FORBIDDEN``, ``CANNOT_REPORT_BLOCKED_MEMBER``.
        """
        return cast(
            "_types.ReportMemberResponse",
            await call(self._requester, _REPORT_MEMBER, {"memberReport": member_report}),
        )


def bind(client: Requester) -> MemberReport:
    """The ``memberReport`` module for ``client``'s visitor."""
    return MemberReport(client)
