# File generated from @wix/auto_sdk_events_guests 1.0.62
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.guests``.

From ``@wix/auto_sdk_events_guests``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.guests import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AttendanceStatus: TypeAlias = Literal["NOT_ATTENDING", "ATTENDING", "IN_WAITLIST"]
GuestType: TypeAlias = Literal["RSVP", "BUYER", "TICKET_HOLDER"]
OrderStatus: TypeAlias = Literal[
    "UNKNOW_ORDER_STATUS",
    "FREE",
    "PENDING",
    "PAID",
    "OFFLINE_PENDING",
    "INITIATED",
    "CANCELED",
    "DECLINED",
    "AUTHORIZED",
    "VOIDED",
    "PARTIALLY_PAID",
]
RequestedFieldsEnumRequestedFields: TypeAlias = Literal["GUEST_DETAILS", "GUEST_TOTAL"]
RsvpStatus: TypeAlias = Literal["YES", "NO", "WAITLIST"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class AdditionalDetails(TypedDict, total=False):
    createdDate: str | None
    updatedDate: str | None
    rsvpStatus: RsvpStatus
    orderStatus: OrderStatus


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class EventGuest(TypedDict, total=False):
    id: str | None
    eventId: str | None
    rsvpId: str | None
    orderNumber: str | None
    ticketNumber: str | None
    tickets: list[TicketDetails]
    contactId: str | None
    guestDetails: GuestDetails
    attendanceStatus: AttendanceStatus
    secondaryLanguageCode: str | None
    createdDate: str | None
    updatedDate: str | None
    attendanceStatusUpdatedDate: str | None
    memberId: str | None
    guestType: GuestType
    locale: str | None
    totalGuests: int | None
    revision: str | None
    additionalDetails: AdditionalDetails


class FormResponse(TypedDict, total=False):
    inputValues: list[InputValue]


class GuestCheckInDetails(TypedDict, total=False):
    checkedIn: bool
    checkInDate: str | None
    checkInCanceledDate: str | None
    checkedInBy: str | None
    checkInCanceledBy: str | None
    checkedInByStaffMember: str | None
    checkInCanceledByStaffMember: str | None
    fullName: str | None


class GuestDetails(TypedDict, total=False):
    email: str | None
    firstName: str | None
    lastName: str | None
    formResponse: FormResponse
    checkedIn: bool
    onlineConferencingLogin: OnlineConferencingLogin
    phone: str | None
    address: str | None
    checkInDetails: list[GuestCheckInDetails]


class InputValue(TypedDict, total=False):
    inputName: str
    value: str
    values: list[str]


class OnlineConferencingLogin(TypedDict, total=False):
    link: str
    password: str | None


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class QueryEventGuestsRequest(TypedDict, total=False):
    query: Required[QueryV2]
    fields: list[RequestedFieldsEnumRequestedFields]


class QueryEventGuestsResponse(TypedDict, total=False):
    guests: list[EventGuest]
    pagingMetadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fieldsets: list[str]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TicketDetails(TypedDict, total=False):
    number: str
    definitionId: str | None
    name: str | None
