"""The ``eventsCheckout`` redirect intent and the emulator's hosted events checkout page.

``createRedirectSession({eventsCheckout: {reservationId, eventSlug}, callbacks})`` leads
the browser to ``/_hosted/events-checkout/{session}``: the event, the reserved tickets
and their total, and a guest form (first name, last name, email). "Pay" (or "Register"
when every ticket is free) makes an order with a Wix-like order number, confirms the
reservation, issues one ticket per seat and sends the browser (303) to
``thankYouPageUrl?orderNumber=…&eventId=…``; "Cancel" goes to ``postFlowUrl``.

Emulator choices where Wix does not document them: the intent needs the caller's own
``PENDING`` reservation (else 404 ``TICKET_RESERVATION_NOT_FOUND``, the package's code)
and the slug of its event (else 404 ``EVENT_NOT_FOUND``); "paying" always succeeds (no
card is asked for); a reservation that expired while the page was open answers 410 with
a link to ``postFlowUrl``; a guest form missing a field is shown again with a 400;
abandoning the page leaves the reservation to expire on its own.
"""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from aiohttp import web

from .._state import AccessGrant, EmulatorState
from ..common.http import STATE_KEY, Refusal
from ..common.money import amount_text
from ..redirects.routes import HOSTED, INTENTS, IntentError
from ..redirects.session import RedirectSession
from .book import Reservation

__all__ = ["add_checkout_routes", "order_json"]

_PAGE = HOSTED + "/events-checkout/{session_id}"
_FIELDS = ("firstName", "lastName", "email")


def _events_checkout(
    state: EmulatorState, caller: AccessGrant, session: RedirectSession
) -> tuple[str, dict[str, str]]:
    book = state.events
    book.sweep(state.now())
    reservation_id = session.params.get("reservationId")
    reservation = (
        book.owned(reservation_id, caller.visitor_id) if isinstance(reservation_id, str) else None
    )
    if reservation is None or reservation.status != "PENDING":
        raise IntentError(
            404, "TICKET_RESERVATION_NOT_FOUND", f"No pending ticket reservation {reservation_id}"
        )
    slug = session.params.get("eventSlug")
    if slug != book.events[reservation.event_id].slug:
        raise IntentError(404, "EVENT_NOT_FOUND", f"Event {slug} is not the reservation's")
    return _PAGE.format(session_id=session.id), {}


INTENTS["eventsCheckout"] = _events_checkout


def _session(request: web.Request) -> tuple[RedirectSession, Reservation]:
    state = request.app[STATE_KEY]
    session = state.redirect_sessions.get(request.match_info["session_id"])
    if session is None or session.intent != "eventsCheckout":
        raise web.HTTPNotFound(text="No such events checkout session")
    state.events.sweep(state.now())
    reservation = state.events.reservations.get(session.params["reservationId"])
    if reservation is None or reservation.status != "PENDING":
        status = reservation.status if reservation is not None else "gone"
        back = session.callbacks.get("postFlowUrl")
        link = f'<p><a id="back" href="{html.escape(back)}">Back</a></p>' if back else ""
        text = f"<p>This ticket reservation is {html.escape(status)}.</p>{link}"
        page = _html("Reservation not available", text)
        raise Refusal(web.Response(text=page, content_type="text/html", status=410))
    return session, reservation


def _html(title: str, body: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title></head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )


def _page(request: web.Request, form: dict[str, str], error: str = "") -> web.Response:
    session, reservation = _session(request)
    book = request.app[STATE_KEY].events
    event = book.events[reservation.event_id]
    rows, total = "", Decimal(0)
    for tier_id, quantity in reservation.lines:
        tier = book.tiers[tier_id]
        total += tier.price * quantity
        rows += (
            f"<tr><td>{html.escape(tier.name)}</td><td class=quantity>{quantity}</td>"
            f"<td>${tier.price * quantity:,.2f}</td></tr>"
        )
    inputs = "".join(
        f'<label>{name}<input name="{name}" value="{html.escape(form.get(name, ""))}"></label>'
        for name in _FIELDS
    )
    action = _PAGE.format(session_id=html.escape(session.id)) + "/pay"
    cancel = session.callbacks.get("postFlowUrl")
    cancel_link = f'<a id="cancel" href="{html.escape(cancel)}">Cancel</a>' if cancel else ""
    button = "Pay" if total else "Register"
    problem = f'<p id="error">{html.escape(error)}</p>' if error else ""
    body = (
        f"<p>Wix emulator: hosted events checkout for <strong id=event>"
        f"{html.escape(event.title)}</strong></p>{problem}"
        f"<table><tr><th>Ticket</th><th>Quantity</th><th>Price</th></tr>{rows}</table>"
        f'<p>Total: <strong id="total">${total:,.2f}</strong></p>'
        f'<form method="post" action="{action}">{inputs}<button id="pay">{button}</button>'
        f"</form>{cancel_link}"
    )
    return web.Response(
        text=_html("Checkout", body), content_type="text/html", status=400 if error else 200
    )


async def checkout_page(request: web.Request) -> web.Response:
    """``GET /_hosted/events-checkout/{session}``: the tickets, the guest form, Pay, Cancel."""
    return _page(request, {})


async def pay(request: web.Request) -> web.Response:
    """``POST .../pay``: order the tickets for the guest, then thank you (303)."""
    session, reservation = _session(request)
    posted = await request.post()
    form = {name: str(posted.get(name, "")).strip()[:100] for name in _FIELDS}
    if not all(form.values()) or "@" not in form["email"]:
        return _page(request, form, "First name, last name and an email address are required")
    state = request.app[STATE_KEY]
    order = state.events.place_order(reservation, form, state.now())
    thank_you = session.callbacks.get("thankYouPageUrl")
    if thank_you is None:
        seats = len(order.tickets)
        text = f"<p>Order <strong id=order>{order.number}</strong>: {seats} ticket(s).</p>"
        return web.Response(text=_html("Thank you", text), content_type="text/html")
    raise web.HTTPSeeOther(
        _with_query(thank_you, orderNumber=order.number, eventId=reservation.event_id)
    )


def _with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return urlunsplit(parts._replace(query=query))


def order_json(state: EmulatorState, index: int) -> dict[str, Any]:
    """An events order as the emulator reports it (``Emulator.event_orders``)."""
    order = state.events.orders[index]
    return {
        "orderNumber": order.number,
        "eventId": order.event_id,
        "reservationId": order.reservation_id,
        "buyer": dict(order.buyer),
        "tickets": [dict(ticket) for ticket in order.tickets],
        "total": amount_text(order.total),
        "owner": order.owner,
    }


def add_checkout_routes(app: web.Application) -> None:
    """Mount the hosted events checkout page (the intent registers itself on import)."""
    app.router.add_get(_PAGE, checkout_page)
    app.router.add_post(_PAGE + "/pay", pay)
