"""Checkout: ``create-checkout`` from the current cart, and the hosted checkout page.

``POST /ecom/v1/carts/current/create-checkout`` (or ``/ecom/v1/carts/{id}/...``, see
``ecom/carts_by_id.py``) makes (or brings up to date) the cart's checkout. A redirect
session with the ``ecomCheckout`` intent leads the browser to
``/_hosted/checkout/{session}``: a page listing the lines and total, whose "Place
order" creates an order, confirms the bookings among its lines (their slots are then
taken; a slot another order took first is a 409), deletes the ordered cart (as after a
Wix checkout, the next add starts a new cart) and redirects (303) to
``thankYouPageUrl?orderId=...``; "Cancel" goes to ``postFlowUrl``.

Emulator choices where Wix does not document them: an empty or missing cart cannot
be checked out (400 ``EMPTY_CHECKOUT``, the code Wix's checkout API uses for an
empty checkout); a checkout is ordered at most once; without a ``thankYouPageUrl``
the emulator shows its own thank-you page.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from aiohttp import web

from .._state import AccessGrant, EmulatorState
from ..bookings.book import SlotTakenError
from ..common.http import STATE_KEY, caller_and_body, json_response, validation_error, wix_error
from ..common.money import money
from ..redirects.routes import HOSTED, INTENTS, IntentError
from ..redirects.session import RedirectSession
from .cart_lines import booking_ids
from .cart_v2_orders import mark_ordered, snapshot_cart_v2
from .carts import Cart
from .checkouts import Checkout

__all__ = ["checkout_of", "checkout_page", "create_checkout", "place_order"]

_CHANNELS = frozenset({"WEB", "POS", "OTHER_PLATFORM", "WIX_APP_STORE", "BACKOFFICE_MERCHANT"})


async def create_checkout(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/current/create-checkout`` ``{"channelType"}`` → ``{"checkoutId"}``."""
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    return checkout_of(state, state.carts.get(caller.visitor_id), body)


def checkout_of(state: EmulatorState, cart: Cart | None, body: Mapping[str, Any]) -> web.Response:
    """Answer a Create Checkout body for ``cart`` (the current cart or a cart by id)."""
    channel = body.get("channelType", "WEB")
    if channel not in _CHANNELS:
        return validation_error("channelType", f"must be one of {', '.join(sorted(_CHANNELS))}")
    if cart is None or not cart.line_items:
        description = "Cannot create a checkout from an empty cart"
        return wix_error(400, description, "EMPTY_CHECKOUT", description)
    checkout = state.commerce.checkout_for(cart, state.new_id(), state.now())
    return json_response({"checkoutId": checkout.id})


def _ecom_checkout(
    state: EmulatorState, caller: AccessGrant, session: RedirectSession
) -> tuple[str, dict[str, str]]:
    checkout_id = session.params.get("checkoutId")
    if isinstance(checkout_id, str) and checkout_id not in state.commerce.checkouts:
        cart = state.carts_v2.owned(checkout_id, caller.visitor_id)
        if cart is not None and cart.order_id is None and cart.lines:
            snapshot_cart_v2(state, cart)  # a Cart V2 id: the cart's own checkout
    if not isinstance(checkout_id, str) or checkout_id not in state.commerce.checkouts:
        raise IntentError(404, "CHECKOUT_NOT_FOUND", f"Checkout {checkout_id} was not found")
    return f"{HOSTED}/checkout/{session.id}", {}


INTENTS["ecomCheckout"] = _ecom_checkout


def _session_and_checkout(request: web.Request) -> tuple[RedirectSession, Checkout]:
    state = request.app[STATE_KEY]
    session = state.redirect_sessions.get(request.match_info["session_id"])
    if session is None or session.intent != "ecomCheckout":
        raise web.HTTPNotFound(text="No such checkout session")
    checkout = state.commerce.checkouts.get(session.params["checkoutId"])
    if checkout is None:
        raise web.HTTPGone(text="This checkout was already ordered")
    cart_v2 = state.carts_v2.carts.get(checkout.id)
    if cart_v2 is not None:  # a Cart V2 cart is checked out as it is now
        checkout = snapshot_cart_v2(state, cart_v2)
    return session, checkout


async def checkout_page(request: web.Request) -> web.Response:
    """``GET /_hosted/checkout/{session}``: the order to confirm, Place order and Cancel."""
    session, checkout = _session_and_checkout(request)
    rows = "".join(
        f"<tr><td>{html.escape(line['productName']['original'])}</td>"
        f"<td class=quantity>{int(line['quantity'])}</td>"
        f"<td>{html.escape(line['price']['formattedAmount'])}</td></tr>"
        for line in checkout.line_items
    )
    total = money(checkout.subtotal)["formattedAmount"]
    cancel = session.callbacks.get("postFlowUrl")
    cancel_link = f'<a id="cancel" href="{html.escape(cancel)}">Cancel</a>' if cancel else ""
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>Checkout</title></head>
<body><h1>Checkout</h1><p>Wix emulator: hosted checkout {html.escape(checkout.id)}</p>
<table><tr><th>Item</th><th>Quantity</th><th>Price</th></tr>{rows}</table>
<p>Total: <strong id="total">{html.escape(total)}</strong></p>
<form method="post" action="{HOSTED}/checkout/{html.escape(session.id)}/place-order">
<button id="place-order">Place order</button></form>{cancel_link}</body></html>"""
    return web.Response(text=page, content_type="text/html")


async def place_order(request: web.Request) -> web.Response:
    """``POST /_hosted/checkout/{session}/place-order``: order, empty the cart, thank you."""
    state = request.app[STATE_KEY]
    session, checkout = _session_and_checkout(request)
    bookings = booking_ids(checkout.line_items)
    try:
        state.bookings.check_free(bookings)
    except SlotTakenError:
        raise web.HTTPConflict(text="A booked slot was taken by another order") from None
    order = state.commerce.place_order(checkout, state.new_id(), state.now())
    state.bookings.confirm(bookings, checkout.visitor_id, state.now())
    state.carts.discard_id(checkout.cart_id)  # current or by id, the ordered cart is gone
    mark_ordered(state, checkout.cart_id, order.id)  # a Cart V2 cart stays, ordered
    thank_you = session.callbacks.get("thankYouPageUrl")
    if thank_you is None:
        text = f"Thank you! Order {order.number} ({order.id}) is placed."
        return web.Response(text=text)
    raise web.HTTPSeeOther(_with_query(thank_you, orderId=order.id))


def _with_query(url: str, **params: Any) -> str:
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return urlunsplit(parts._replace(query=query))
