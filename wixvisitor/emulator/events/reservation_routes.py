"""Ticket Reservations: hold tickets while the visitor checks out.

``POST /events/v1/ticket-reservations`` ``{"ticketReservation": {"tickets": [
{"ticketDefinitionId", "quantity"}]}}`` holds the tickets (``PENDING``, stock deducted)
until ``expirationDate``: the event's reservation window (20 minutes) on the emulator
clock. ``GET .../{id}``, ``POST .../{id}/cancel`` (``CANCELED``) and ``DELETE .../{id}``
serve the visitor who made it. An expired reservation is ``EXPIRED``, its tickets back
on sale.

Errors the package declares: 404 ``TICKET_DEFINITION_NOT_FOUND`` (unknown or hidden
tier), 404 ``EVENT_NOT_FOUND`` (a line's ``eventId`` is not the tier's event), 400
``UNSUPPORTED_PRICING_OPTION`` (a pricing option or guest price on a fixed-price tier),
404 ``TICKET_RESERVATION_NOT_FOUND``. Emulator choices where the package declares no
code: over the stock, over the tier's per-checkout limit or the event's per-order limit,
a sold-out tier, and a tier not on sale (the event ended or is closed) are 400 validation
errors naming the line's field; tiers of two events in one reservation are a 400 too.
Another visitor's reservation is 404 ``TICKET_RESERVATION_NOT_FOUND``, exactly as an
unknown id: an id seen in a URL reveals nothing, as with carts. On a site without a
payment method (``Emulator(payments=False)``) a paid tier is 403 "No payment method
configured", as Wix answers; free tiers still reserve.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    Refusal,
    caller_and_body,
    json_response,
    system_error,
    validation_error,
    wix_error,
)
from .book import Reservation
from .shapes import reservation_json

__all__ = ["add_reservation_routes"]

_MAX_LINES = 50
_MAX_QUANTITY = 50


def _not_found(what: str, code: str) -> Refusal:
    description = f"{what} was not found"
    return Refusal(wix_error(404, description, code, description))


def _line(index: int, item: Any) -> tuple[str, int, Mapping[str, Any]]:
    where = f"ticketReservation.tickets[{index}]"
    if not isinstance(item, Mapping):
        raise Refusal(validation_error(where, "must be an object"))
    tier_id, quantity = item.get("ticketDefinitionId"), item.get("quantity")
    if not isinstance(tier_id, str) or not tier_id:
        raise Refusal(validation_error(f"{where}.ticketDefinitionId", "is required"))
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise Refusal(validation_error(f"{where}.quantity", "must be an integer"))
    if not 1 <= quantity <= _MAX_QUANTITY:
        raise Refusal(validation_error(f"{where}.quantity", f"must be 1 to {_MAX_QUANTITY}"))
    return tier_id, quantity, item


def _lines(body: Mapping[str, Any]) -> list[tuple[str, int, Mapping[str, Any]]]:
    reservation = body.get("ticketReservation")
    if not isinstance(reservation, Mapping):
        raise Refusal(validation_error("ticketReservation", "is required"))
    tickets = reservation.get("tickets")
    if not isinstance(tickets, list) or not 1 <= len(tickets) <= _MAX_LINES:
        raise Refusal(validation_error("ticketReservation.tickets", "must list 1 to 50 lines"))
    return [_line(index, item) for index, item in enumerate(tickets)]


async def create_ticket_reservation(request: web.Request) -> web.Response:
    """``POST /events/v1/ticket-reservations``: a ``PENDING`` reservation, stock held."""
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    book, now = state.events, state.now()
    book.sweep(now)
    lines = _lines(body)
    wanted: dict[str, int] = {}
    event_ids = set()
    for index, (tier_id, quantity, item) in enumerate(lines):
        where = f"ticketReservation.tickets[{index}]"
        tier = book.tiers.get(tier_id)
        if tier is None or tier.hidden:
            raise _not_found(f"Ticket definition {tier_id}", "TICKET_DEFINITION_NOT_FOUND")
        if item.get("eventId") not in (None, tier.event_id):
            raise _not_found(f"Event {item.get('eventId')}", "EVENT_NOT_FOUND")
        info = item.get("ticketInfo")
        if isinstance(info, Mapping) and (info.get("pricingOptionId") or info.get("guestPrice")):
            description = "This ticket has one fixed price: no pricing options or guest price"
            raise Refusal(wix_error(400, description, "UNSUPPORTED_PRICING_OPTION", description))
        if not book.events[tier.event_id].open(now):
            raise Refusal(validation_error(f"{where}.ticketDefinitionId", "is not on sale"))
        event_ids.add(tier.event_id)
        wanted[tier_id] = wanted.get(tier_id, 0) + quantity
    if len(event_ids) > 1:
        raise Refusal(validation_error("ticketReservation.tickets", "must be of one event"))
    event = book.events[event_ids.pop()]
    if not state.payments and any(not book.tiers[t].free for t in wanted):
        raise Refusal(system_error(403, "No payment method configured"))
    if sum(wanted.values()) > event.ticket_limit_per_order:
        limit = event.ticket_limit_per_order
        raise Refusal(validation_error("ticketReservation.tickets", f"at most {limit} an order"))
    for index, (tier_id, _, _) in enumerate(lines):
        tier, where = book.tiers[tier_id], f"ticketReservation.tickets[{index}].quantity"
        unsold = book.unsold(tier)
        if unsold == 0:
            raise Refusal(validation_error(where, f"{tier.name} is sold out"))
        if unsold is not None and wanted[tier_id] > unsold:
            raise Refusal(validation_error(where, f"only {unsold} {tier.name} tickets are left"))
        if wanted[tier_id] > tier.limit_per_checkout:
            most = tier.limit_per_checkout
            raise Refusal(validation_error(where, f"at most {most} {tier.name} per checkout"))
    reservation = book.reserve(
        event, list(wanted.items()), caller.visitor_id, _visitor(caller.visitor_id), now
    )
    return json_response({"ticketReservation": reservation_json(book, reservation)})


def _visitor(owner: str) -> str:
    """The reservation's ``visitorId``: the caller's id (a member's own id once logged in)."""
    return owner.removeprefix("member:")


async def _owned(request: web.Request) -> Reservation:
    caller, _ = await caller_and_body(request)
    state = request.app[STATE_KEY]
    state.events.sweep(state.now())
    reservation_id = request.match_info["ticketReservationId"]
    reservation = state.events.owned(reservation_id, caller.visitor_id)
    if reservation is None:
        raise _not_found(f"Ticket reservation {reservation_id}", "TICKET_RESERVATION_NOT_FOUND")
    return reservation


async def get_ticket_reservation(request: web.Request) -> web.Response:
    """``GET /events/v1/ticket-reservations/{id}``: the caller's reservation, status now."""
    reservation = await _owned(request)
    return json_response(
        {"ticketReservation": reservation_json(request.app[STATE_KEY].events, reservation)}
    )


async def cancel_ticket_reservation(request: web.Request) -> web.Response:
    """``POST .../{id}/cancel``: ``CANCELED``, tickets released.

    Emulator choice: only a ``PENDING`` reservation can be canceled (else a 400).
    """
    reservation = await _owned(request)
    state = request.app[STATE_KEY]
    if reservation.status != "PENDING":
        field, status = "ticketReservationId", reservation.status
        raise Refusal(validation_error(field, f"is {status}: only PENDING can be canceled"))
    reservation.set_status("CANCELED", state.now())
    return json_response({"ticketReservation": reservation_json(state.events, reservation)})


async def delete_ticket_reservation(request: web.Request) -> web.Response:
    """``DELETE .../{id}``: the reservation is gone (a pending one's tickets released)."""
    reservation = await _owned(request)
    book = request.app[STATE_KEY].events
    answer = reservation_json(book, reservation)
    del book.reservations[reservation.id]
    return json_response({"ticketReservation": answer})


def add_reservation_routes(app: web.Application) -> None:
    """Mount Ticket Reservations."""
    base = "/events/v1/ticket-reservations"
    app.router.add_post(base, create_ticket_reservation)
    app.router.add_get(base + "/{ticketReservationId}", get_ticket_reservation)
    app.router.add_post(base + "/{ticketReservationId}/cancel", cancel_ticket_reservation)
    app.router.add_delete(base + "/{ticketReservationId}", delete_ticket_reservation)
