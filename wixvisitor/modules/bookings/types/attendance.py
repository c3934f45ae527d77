# File generated from @wix/auto_sdk_bookings_attendance 1.0.74
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.attendance``.

From ``@wix/auto_sdk_bookings_attendance``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.attendance import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import AttendanceStatus as AttendanceStatus
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder


class Attendance(TypedDict, total=False):
    id: str | None
    bookingId: str | None
    sessionId: str | None
    status: AttendanceStatus
    numberOfAttendees: int
    eventId: str | None


class AttendanceDetails(TypedDict, total=False):
    attendance: Attendance
    participantNotification: ParticipantNotification


class BulkAttendanceResult(TypedDict, total=False):
    item: Attendance
    itemMetadata: ItemMetadata


class BulkDeleteAttendancesRequest(TypedDict, total=False):
    attendanceIds: Required[list[str]]


class BulkDeleteAttendancesResponse(TypedDict, total=False):
    results: list[BulkDeleteAttendancesResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteAttendancesResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkSetAttendanceOptions(TypedDict, total=False):
    """What ``bulkSetAttendance`` reads from ``options``."""

    returnFullEntity: bool
    attendanceDetails: list[AttendanceDetails]


class BulkSetAttendanceRequest(TypedDict, total=False):
    returnFullEntity: bool
    attendanceDetails: list[AttendanceDetails]


class BulkSetAttendanceResponse(TypedDict, total=False):
    results: list[BulkAttendanceResult]
    bulkActionMetadata: BulkActionMetadata


class CountAttendancesOptions(TypedDict, total=False):
    """What ``countAttendances`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountAttendancesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountAttendancesResponse(TypedDict, total=False):
    count: int


class CursorPagingMetadata(TypedDict, total=False):
    cursors: Cursors
    hasNext: bool | None


class DeleteAttendanceRequest(TypedDict, total=False):
    attendanceId: Required[str]


class DeleteAttendanceResponse(TypedDict, total=False):
    pass


class GetAttendanceRequest(TypedDict, total=False):
    attendanceId: Required[str]


class GetAttendanceResponse(TypedDict, total=False):
    attendance: Attendance


class ParticipantNotification(TypedDict, total=False):
    notifyParticipants: bool | None
    message: str | None


class QueryAttendanceRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryAttendanceResponse(TypedDict, total=False):
    attendances: list[Attendance]
    pagingMetadata: CursorPagingMetadata


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class SetAttendanceOptions(TypedDict, total=False):
    """What ``setAttendance`` reads from ``options``."""

    participantNotification: ParticipantNotification


class SetAttendanceRequest(TypedDict, total=False):
    attendance: Required[Attendance]
    participantNotification: ParticipantNotification


class SetAttendanceResponse(TypedDict, total=False):
    attendance: Attendance
