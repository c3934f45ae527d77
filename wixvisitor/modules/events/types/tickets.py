# File generated from @wix/auto_sdk_events_tickets 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.tickets``.

From ``@wix/auto_sdk_events_tickets``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.tickets import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import ChannelType as ChannelType
from ._shared import CheckIn as CheckIn
from ._shared import FacetCounts as FacetCounts
from ._shared import FormResponse as FormResponse
from ._shared import GuestDetails as GuestDetails
from ._shared import InputValue as InputValue
from ._shared import Money as Money
from ._shared import OrderStatus as OrderStatus
from ._shared import TicketingTicket as TicketingTicket

State: TypeAlias = Literal[
    "ORDER_ARCHIVED",
    "ORDER_ACTIVE",
    "TICKET_ARCHIVED",
    "TICKET_ACTIVE",
    "CHECKED_IN",
    "NON_CHECKED_IN",
    "FREE",
    "PAID",
    "MEMBER",
]
TicketFieldset: TypeAlias = Literal["GUEST_DETAILS", "TICKET_DETAILS", "GUEST_FORM"]


class BulkUpdateTicketsOptions(TypedDict, total=False):
    """What ``bulkUpdateTickets`` reads from ``options``."""

    eventId: str
    ticketNumber: list[str]
    archived: bool


class BulkUpdateTicketsRequest(TypedDict, total=False):
    eventId: str
    ticketNumber: list[str]
    archived: bool


class BulkUpdateTicketsResponse(TypedDict, total=False):
    tickets: list[TicketingTicket]


class CheckInTicketRequest(TypedDict, total=False):
    eventId: Required[str]
    ticketNumber: list[str]


class CheckInTicketResponse(TypedDict, total=False):
    tickets: list[TicketingTicket]


class CheckInTicketsOptions(TypedDict, total=False):
    """What ``checkInTickets`` reads from ``options``."""

    ticketNumber: list[str]


class DeleteTicketCheckInRequest(TypedDict, total=False):
    eventId: Required[str]
    ticketNumber: list[str]


class DeleteTicketCheckInResponse(TypedDict, total=False):
    tickets: list[TicketingTicket]


class DeleteTicketCheckInsOptions(TypedDict, total=False):
    """What ``deleteTicketCheckIns`` reads from ``options``."""

    ticketNumber: list[str]


class GetTicketOptions(TypedDict, total=False):
    """What ``getTicket`` reads from ``options``."""

    eventId: str
    fieldset: list[TicketFieldset]


class GetTicketRequest(TypedDict, total=False):
    eventId: str
    ticketNumber: Required[str]
    fieldset: list[TicketFieldset]


class GetTicketResponse(TypedDict, total=False):
    ticket: TicketingTicket


class GuestDetailsUpdate(TypedDict, total=False):
    form: FormResponse


class ListTicketsOptions(TypedDict, total=False):
    """What ``listTickets`` reads from ``options``."""

    eventId: list[str]
    offset: int
    limit: int
    orderNumber: list[str]
    ticketNumber: list[str]
    searchPhrase: str
    orderStatus: list[OrderStatus]
    fieldset: list[TicketFieldset]
    state: list[State]
    memberId: list[str]
    facet: list[str]
    sort: str
    contactId: list[str]
    ticketDefinitionId: list[str]
    seatId: list[str]


class ListTicketsRequest(TypedDict, total=False):
    eventId: list[str]
    offset: int
    limit: int
    orderNumber: list[str]
    ticketNumber: list[str]
    searchPhrase: str
    orderStatus: list[OrderStatus]
    fieldset: list[TicketFieldset]
    state: list[State]
    memberId: list[str]
    facet: list[str]
    sort: str
    contactId: list[str]
    ticketDefinitionId: list[str]
    seatId: list[str]


class ListTicketsResponse(TypedDict, total=False):
    total: int
    offset: int
    limit: int
    tickets: list[TicketingTicket]
    facets: dict[str, FacetCounts]


class UpdateTicketRequest(TypedDict, total=False):
    eventId: str
    ticketNumber: Required[str]
    fields: list[str]
    archived: bool
    guestDetails: GuestDetailsUpdate


class UpdateTicketResponse(TypedDict, total=False):
    ticket: TicketingTicket
