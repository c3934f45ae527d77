# File generated from @wix/auto_sdk_events_ticket-reservations 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ticketReservations`` module of ``@wix/events`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import ticket_reservations as _types

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
        self,
        ids: Sequence[str],
        options: _types.BulkUpdateTicketReservationTagsOptions | None = None,
    ) -> _types.BulkUpdateTicketReservationTagsResponse:
        """Bulk update ticket reservation tags: ``POST``.

        ``/events/v1/bulk/ticket-reservations/update-tags``

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateTicketReservationTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TICKET_RESERVATION_TAGS,
                {"ids": ids, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_ticket_reservation_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateTicketReservationTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateTicketReservationTagsByFilterResponse:
        """Bulk update ticket reservation tags by filter: ``POST``.

        ``/events/v1/bulk/ticket-reservations/update-tags-by-filter``

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateTicketReservationTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TICKET_RESERVATION_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def cancel_ticket_reservation(
        self, ticket_reservation_id: str
    ) -> _types.CancelTicketReservationResponse:
        """Cancel ticket reservation: ``POST``.

        ``/events/v1/ticket-reservations/{ticketReservationId}/cancel``

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_UPDATE_OWN``.
        Callable by: ``APP``.
        Application errors: ``TICKET_RESERVATION_NOT_FOUND``.
        """
        return cast(
            "_types.CancelTicketReservationResponse",
            await call(
                self._requester,
                _CANCEL_TICKET_RESERVATION,
                {"ticketReservationId": ticket_reservation_id},
            ),
        )

    async def create_ticket_reservation(
        self, ticket_reservation: _types.TicketReservation
    ) -> _types.CreateTicketReservationResponse:
        """Create ticket reservation: ``POST /events/v1/ticket-reservations``.

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``TICKET_DEFINITION_NOT_FOUND``, ``EVENT_NOT_FOUND``,
        ``UNSUPPORTED_PRICING_OPTION``.
        """
        return cast(
            "_types.CreateTicketReservationResponse",
            await call(
                self._requester,
                _CREATE_TICKET_RESERVATION,
                {"ticketReservation": ticket_reservation},
            ),
        )

    async def delete_ticket_reservation(
        self, ticket_reservation_id: str
    ) -> _types.DeleteTicketReservationResponse:
        """Delete ticket reservation: ``DELETE``.

        ``/events/v1/ticket-reservations/{ticketReservationId}``

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTicketReservationResponse",
            await call(
                self._requester,
                _DELETE_TICKET_RESERVATION,
                {"ticketReservationId": ticket_reservation_id},
            ),
        )

    async def get_ticket_reservation(
        self, ticket_reservation_id: str
    ) -> _types.GetTicketReservationResponse:
        """Get ticket reservation: ``GET /events/v1/ticket-reservations/{ticketReservationId}``.

        Permissions: ``WIX_EVENTS.TICKET_RESERVATION_READ_OWN``.
        Callable by: ``APP``.
        Application errors: ``TICKET_RESERVATION_NOT_FOUND``.
        """
        return cast(
            "_types.GetTicketReservationResponse",
            await call(
                self._requester,
                _GET_TICKET_RESERVATION,
                {"ticketReservationId": ticket_reservation_id},
            ),
        )


def bind(client: Requester) -> TicketReservations:
    """The ``ticketReservations`` module for ``client``'s visitor."""
    return TicketReservations(client)
