"""The order the hosted events checkout made, as a thank-you page reads it (Orders V1).

``GET /events/v1/events/{eventId}/orders/{orderNumber}`` (``orders.getOrder``) answers
``{"order", "calendarLinks"}``: the buyer, ``status`` (``PAID``, or ``FREE`` when nothing
was charged), ``ticketsQuantity``, ``totalPrice`` and, with ``fieldset`` ``TICKETS``, the
tickets issued (number, tier, price). Emulator choices where the package is silent: the
order is its buyer's alone (the visitor or member who reserved); anyone else, a wrong
event or an unknown number get a 404 (the package declares no code for it); the
``INVOICE`` and ``FORM`` fieldsets add nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    BadBody,
    Refusal,
    authenticate,
    json_response,
    system_error,
    validation_error,
)
from ..common.money import CURRENCY, amount_text, iso_date
from ..common.reads import read_payload
from .book import EventOrder
from .event_shape import SITE

__all__ = ["add_order_routes"]

_FIELDSETS = frozenset({"TICKETS", "DETAILS", "FORM", "INVOICE"})


def _money(value: Decimal) -> dict[str, str]:
    return {"amount": amount_text(value), "currency": CURRENCY, "value": f"{value:.2f}"}


def order_answer(order: EventOrder, fieldset: frozenset[str]) -> dict[str, Any]:
    """An Orders V1 order (REST shape) with the requested fieldsets."""
    status = "FREE" if order.total == 0 else "PAID"
    buyer = order.buyer
    full_name = f"{buyer['firstName']} {buyer['lastName']}"
    answer: dict[str, Any] = {
        "orderNumber": order.number,
        "reservationId": order.reservation_id,
        "eventId": order.event_id,
        "created": iso_date(order.created),
        "updated": iso_date(order.created),
        "firstName": buyer["firstName"],
        "lastName": buyer["lastName"],
        "fullName": full_name,
        "email": buyer["email"],
        "confirmed": True,
        "status": status,
        "ticketsQuantity": len(order.tickets),
        "totalPrice": _money(order.total),
        "channel": "ONLINE",
        "archived": False,
        "anonymized": False,
    }
    if order.owner.startswith("member:"):
        answer["memberId"] = order.owner.removeprefix("member:")
    if "TICKETS" in fieldset:
        answer["tickets"] = [
            {
                "ticketNumber": ticket["ticketNumber"],
                "orderNumber": order.number,
                "ticketDefinitionId": ticket["ticketDefinitionId"],
                "name": ticket["name"],
                "price": _money(Decimal(ticket["price"])),
                "free": ticket["free"],
                "orderStatus": status,
                "orderFullName": full_name,
                "archived": False,
                "anonymized": False,
                "ticketPdfUrl": f"{SITE}/tickets/{ticket['ticketNumber']}.pdf",
            }
            for ticket in order.tickets
        ]
    return answer


async def get_order(request: web.Request) -> web.Response:
    """``GET /events/v1/events/{eventId}/orders/{orderNumber}`` with ``fieldset``."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        payload = await read_payload(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None
    wanted = payload.get("fieldset")
    wanted = [wanted] if isinstance(wanted, str) else wanted if wanted is not None else []
    if not isinstance(wanted, list) or not all(v in _FIELDSETS for v in wanted):
        return validation_error("fieldset", f"must be a list of {', '.join(sorted(_FIELDSETS))}")
    book = request.app[STATE_KEY].events
    event_id, number = request.match_info["eventId"], request.match_info["orderNumber"]
    order = next((o for o in book.orders if o.number == number), None)
    if order is None or order.event_id != event_id or order.owner != caller.visitor_id:
        return system_error(404, f"Order {number} was not found")
    links = {
        "google": f"{SITE}/calendar/{event_id}/google",
        "ics": f"{SITE}/calendar/{event_id}.ics",
    }
    return json_response({"order": order_answer(order, frozenset(wanted)), "calendarLinks": links})


def add_order_routes(app: web.Application) -> None:
    """Mount Orders V1's Get Order."""
    app.router.add_get("/events/v1/events/{eventId}/orders/{orderNumber}", get_order)
