# File generated from @wix/auto_sdk_bookings_attendance 1.0.74
# by `make apigen` (tools/apigen). Do not edit.
"""The ``attendance`` module of ``@wix/bookings`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import attendance as _types

_BULK_DELETE_ATTENDANCES = Route(
    "POST",
    "/bookings/v2/bulk/attendance/delete",
    "com.wixpress.bookings.attendance.v2.AttendanceService.BulkDeleteAttendances",
)
_BULK_SET_ATTENDANCE = Route(
    "POST",
    "/bookings/v2/bulk/attendance/set",
    "com.wixpress.bookings.attendance.v2.AttendanceService.BulkSetAttendance",
)
_COUNT_ATTENDANCES = Route(
    "POST",
    "/bookings/bookings-attendance/count",
    "com.wixpress.bookings.attendance.v2.AttendanceService.CountAttendances",
)
_DELETE_ATTENDANCE = Route(
    "DELETE",
    "/bookings/bookings-attendance/{attendanceId}",
    "com.wixpress.bookings.attendance.v2.AttendanceService.DeleteAttendance",
    path_params=("attendanceId",),
)
_GET_ATTENDANCE = Route(
    "GET",
    "/bookings/bookings-attendance/{attendanceId}",
    "com.wixpress.bookings.attendance.v2.AttendanceService.GetAttendance",
    path_params=("attendanceId",),
)
_QUERY_ATTENDANCE = Query(
    Route(
        "POST",
        "/bookings/bookings-attendance/query",
        "com.wixpress.bookings.attendance.v2.AttendanceService.QueryAttendance",
    ),
    items="attendances",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SET_ATTENDANCE = Route(
    "POST",
    "/bookings/bookings-attendance/set",
    "com.wixpress.bookings.attendance.v2.AttendanceService.SetAttendance",
)


class Attendance(Module):
    """``attendance`` of ``@wix/bookings``: ``attendance = bookings.attendance.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_attendances(
        self, attendance_ids: Sequence[str]
    ) -> _types.BulkDeleteAttendancesResponse:
        """Bulk delete attendances: ``POST /bookings/v2/bulk/attendance/delete``.

        Permissions: ``bookings:v2:attendance:attendance:bulk_delete_attendances``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteAttendancesResponse",
            await call(
                self._requester, _BULK_DELETE_ATTENDANCES, {"attendanceIds": attendance_ids}
            ),
        )

    async def bulk_set_attendance(
        self, options: _types.BulkSetAttendanceOptions | None = None
    ) -> _types.BulkSetAttendanceResponse:
        """Bulk set attendance: ``POST /bookings/v2/bulk/attendance/set``.

        Permissions: ``BOOKINGS.ATTENDANCE_SET``.
        Callable by: ``APP``.
        Application errors: ``ATTENDANCES_MISSING_IN_REQUEST``.
        """
        return cast(
            "_types.BulkSetAttendanceResponse",
            await call(
                self._requester,
                _BULK_SET_ATTENDANCE,
                {**_fields.pick(options, "returnFullEntity", "attendanceDetails")},
            ),
        )

    async def count_attendances(
        self, options: _types.CountAttendancesOptions | None = None
    ) -> _types.CountAttendancesResponse:
        """Count attendances: ``POST /bookings/bookings-attendance/count``.

        Permissions: ``BOOKINGS.ATTENDANCE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountAttendancesResponse",
            await call(self._requester, _COUNT_ATTENDANCES, {**_fields.pick(options, "filter")}),
        )

    async def delete_attendance(self, attendance_id: str) -> _types.DeleteAttendanceResponse:
        """Delete attendance: ``DELETE /bookings/bookings-attendance/{attendanceId}``.

        Permissions: ``bookings:v2:attendance:attendance:delete_attendance``.
        Callable by: ``APP``.
        Application errors: ``ATTENDANCE_NOT_FOUND``.
        """
        return cast(
            "_types.DeleteAttendanceResponse",
            await call(self._requester, _DELETE_ATTENDANCE, {"attendanceId": attendance_id}),
        )

    async def get_attendance(self, attendance_id: str) -> _types.GetAttendanceResponse:
        """Get attendance: ``GET /bookings/bookings-attendance/{attendanceId}``.

        Permissions: ``BOOKINGS.ATTENDANCE_READ``.
        Callable by: ``APP``.
        Application errors: ``ATTENDANCE_NOT_FOUND``.
        """
        return cast(
            "_types.GetAttendanceResponse",
            await call(self._requester, _GET_ATTENDANCE, {"attendanceId": attendance_id}),
        )

    def query_attendance(self) -> QueryBuilder[_types.Attendance]:
        """Query attendance: ``POST /bookings/bookings-attendance/query``.

        Permissions: ``BOOKINGS.ATTENDANCE_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_ATTENDANCE)

    async def set_attendance(
        self, attendance: _types.Attendance, options: _types.SetAttendanceOptions | None = None
    ) -> _types.SetAttendanceResponse:
        """Set attendance: ``POST /bookings/bookings-attendance/set``.

        Permissions: ``BOOKINGS.ATTENDANCE_SET``.
        Callable by: ``APP``.
        Application errors: ``SESSION_ID_NOT_PROVIDED``.
        """
        return cast(
            "_types.SetAttendanceResponse",
            await call(
                self._requester,
                _SET_ATTENDANCE,
                {"attendance": attendance, **_fields.pick(options, "participantNotification")},
            ),
        )


def bind(client: Requester) -> Attendance:
    """The ``attendance`` module for ``client``'s visitor."""
    return Attendance(client)
