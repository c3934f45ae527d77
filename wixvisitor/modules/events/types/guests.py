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

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import FormResponse as FormResponse
from ._shared import InputValue as InputValue
from ._shared import OnlineConferencingLogin as OnlineConferencingLogin
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import RsvpStatus as RsvpStatus
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

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


class AdditionalDetails(TypedDict, total=False):
    createdDate: str | None
    updatedDate: str | None
    rsvpStatus: RsvpStatus
    orderStatus: OrderStatus


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


class QueryEventGuestsRequest(TypedDict, total=False):
    query: Required[QueryV2]
    fields: list[RequestedFieldsEnumRequestedFields]


class QueryEventGuestsResponse(TypedDict, total=False):
    guests: list[EventGuest]
    pagingMetadata: PagingMetadataV2


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fieldsets: list[str]


class TicketDetails(TypedDict, total=False):
    number: str
    definitionId: str | None
    name: str | None
