# File generated from @wix/auto_sdk_events_tickets 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""The ``tickets`` module of ``@wix/events`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tickets as _types

_BULK_UPDATE_TICKETS = Route(
    "PATCH", "/events/v1/tickets", "wix.events.ticketing.TicketManagement.BulkUpdateTickets"
)
_CHECK_IN_TICKETS = Route(
    "POST", "/events/v1/tickets/check-in", "wix.events.ticketing.TicketManagement.CheckInTicket"
)
_DELETE_TICKET_CHECK_INS = Route(
    "DELETE",
    "/events/v1/tickets/check-in",
    "wix.events.ticketing.TicketManagement.DeleteTicketCheckIn",
)
_GET_TICKET = Route(
    "GET",
    "/events/v1/tickets/{ticketNumber}",
    "wix.events.ticketing.TicketManagement.GetTicket",
    path_params=("ticketNumber",),
)
_LIST_TICKETS = Route(
    "GET", "/events/v1/tickets", "wix.events.ticketing.TicketManagement.ListTickets"
)
_UPDATE_TICKET = Route(
    "PATCH",
    "/events/v1/tickets/{ticketNumber}",
    "wix.events.ticketing.TicketManagement.UpdateTicket",
    path_params=("ticketNumber",),
)


class Tickets(Module):
    """``tickets`` of ``@wix/events``: ``tickets = events.tickets.bind(wix)``."""

    __slots__ = ()

    async def bulk_update_tickets(
        self, options: _types.BulkUpdateTicketsOptions | None = None
    ) -> _types.BulkUpdateTicketsResponse:
        """Bulk update tickets: ``PATCH /events/v1/tickets``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKETS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateTicketsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TICKETS,
                {**_fields.pick(options, "eventId", "ticketNumber", "archived")},
            ),
        )

    async def check_in_tickets(
        self, event_id: str, options: _types.CheckInTicketsOptions | None = None
    ) -> _types.CheckInTicketResponse:
        """Check in tickets: ``POST /events/v1/tickets/check-in``.

        Permissions: ``WIX_EVENTS.CHECK-IN``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CheckInTicketResponse",
            await call(
                self._requester,
                _CHECK_IN_TICKETS,
                {"eventId": event_id, **_fields.pick(options, "ticketNumber")},
            ),
        )

    async def delete_ticket_check_ins(
        self, event_id: str, options: _types.DeleteTicketCheckInsOptions | None = None
    ) -> _types.DeleteTicketCheckInResponse:
        """Delete ticket check ins: ``DELETE /events/v1/tickets/check-in``.

        Permissions: ``WIX_EVENTS.CHECK-IN``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTicketCheckInResponse",
            await call(
                self._requester,
                _DELETE_TICKET_CHECK_INS,
                {"eventId": event_id, **_fields.pick(options, "ticketNumber")},
            ),
        )

    async def get_ticket(
        self, ticket_number: str, options: _types.GetTicketOptions | None = None
    ) -> _types.GetTicketResponse:
        """Get ticket: ``GET /events/v1/tickets/{ticketNumber}``.

        Permissions: ``WIX_EVENTS.READ_TICKET_DETAILS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTicketResponse",
            await call(
                self._requester,
                _GET_TICKET,
                {"ticketNumber": ticket_number, **_fields.pick(options, "eventId", "fieldset")},
            ),
        )

    async def list_tickets(
        self, options: _types.ListTicketsOptions | None = None
    ) -> _types.ListTicketsResponse:
        """List tickets: ``GET /events/v1/tickets``.

        Permissions: ``WIX_EVENTS.READ_TICKETS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListTicketsResponse",
            await call(
                self._requester,
                _LIST_TICKETS,
                {
                    **_fields.pick(
                        options,
                        "eventId",
                        "offset",
                        "limit",
                        "orderNumber",
                        "ticketNumber",
                        "searchPhrase",
                        "orderStatus",
                        "fieldset",
                        "state",
                        "memberId",
                        "facet",
                        "sort",
                        "contactId",
                        "ticketDefinitionId",
                        "seatId",
                    )
                },
            ),
        )

    async def update_ticket(
        self, ticket_number: str, options: Mapping[str, Any] | None = None
    ) -> _types.UpdateTicketResponse:
        """Update ticket: ``PATCH /events/v1/tickets/{ticketNumber}``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKETS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateTicketResponse",
            await call(
                self._requester,
                _UPDATE_TICKET,
                {
                    "ticketNumber": ticket_number,
                    **_fields.pick(options, "eventId", "fields", "archived", "guestDetails"),
                },
            ),
        )


def bind(client: Requester) -> Tickets:
    """The ``tickets`` module for ``client``'s visitor."""
    return Tickets(client)
