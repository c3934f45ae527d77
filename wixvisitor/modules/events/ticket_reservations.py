# File generated from @wix/auto_sdk_events_ticket-reservations 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ticketReservations`` module of ``@wix/events`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_BULK_UPDATE_TICKET_RESERVATION_TAGS = Route(
    "POST",
    "/events/v1/bulk/ticket-reservations/update-tags",
    "wix.events.ticketreservations.v1.TicketReservationManagement.BulkUpdateTicketReservationTags",
)
_BULK_UPDATE_TICKET_RESERVATION_TAGS_BY_FILTER = Route(
    "POST",
    "/events/v1/bulk/ticket-reservations/update-tags-by-filter",
    "wix.events.ticketreservations.v1.TicketReservationManagement.BulkUpdateTicketReservationTagsByFilter",
)
_CANCEL_TICKET_RESERVATION = Route(
    "POST",
    "/events/v1/ticket-reservations/{ticketReservationId}/cancel",
    "wix.events.ticketreservations.v1.TicketReservationManagement.CancelTicketReservation",
    path_params=("ticketReservationId",),
)
_CREATE_TICKET_RESERVATION = Route(
    "POST",
    "/events/v1/ticket-reservations",
    "wix.events.ticketreservations.v1.TicketReservationManagement.CreateTicketReservation",
)
_DELETE_TICKET_RESERVATION = Route(
    "DELETE",
    "/events/v1/ticket-reservations/{ticketReservationId}",
    "wix.events.ticketreservations.v1.TicketReservationManagement.DeleteTicketReservation",
    path_params=("ticketReservationId",),
)
_GET_TICKET_RESERVATION = Route(
    "GET",
    "/events/v1/ticket-reservations/{ticketReservationId}",
    "wix.events.ticketreservations.v1.TicketReservationManagement.GetTicketReservation",
    path_params=("ticketReservationId",),
)


class TicketReservations(Module):
    """``ticketReservations`` of ``@wix/events``: ``events.ticket_reservations.bind(wix)``."""

    __slots__ = ()

    async def bulk_update_ticket_reservation_tags(
        self, ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update ticket reservation tags: ``POST``.

        ``/events/v1/bulk/ticket-reservations/update-tags``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_TICKET_RESERVATION_TAGS,
            {"ids": ids, **_fields.pick(options, "assignTags", "unassignTags")},
        )

    async def bulk_update_ticket_reservation_tags_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update ticket reservation tags by filter: ``POST``.

        ``/events/v1/bulk/ticket-reservations/update-tags-by-filter``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_TICKET_RESERVATION_TAGS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
        )

    async def cancel_ticket_reservation(self, ticket_reservation_id: str) -> dict[str, Any]:
        """Cancel ticket reservation: ``POST``.

        ``/events/v1/ticket-reservations/{ticketReservationId}/cancel``
        """
        return await call(
            self._requester,
            _CANCEL_TICKET_RESERVATION,
            {"ticketReservationId": ticket_reservation_id},
        )

    async def create_ticket_reservation(
        self, ticket_reservation: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Create ticket reservation: ``POST /events/v1/ticket-reservations``."""
        return await call(
            self._requester, _CREATE_TICKET_RESERVATION, {"ticketReservation": ticket_reservation}
        )

    async def delete_ticket_reservation(self, ticket_reservation_id: str) -> dict[str, Any]:
        """Delete ticket reservation: ``DELETE``.

        ``/events/v1/ticket-reservations/{ticketReservationId}``
        """
        return await call(
            self._requester,
            _DELETE_TICKET_RESERVATION,
            {"ticketReservationId": ticket_reservation_id},
        )

    async def get_ticket_reservation(self, ticket_reservation_id: str) -> dict[str, Any]:
        """Get ticket reservation: ``GET /events/v1/ticket-reservations/{ticketReservationId}``."""
        return await call(
            self._requester, _GET_TICKET_RESERVATION, {"ticketReservationId": ticket_reservation_id}
        )


def bind(client: Requester) -> TicketReservations:
    """The ``ticketReservations`` module for ``client``'s visitor."""
    return TicketReservations(client)
