"""The eCommerce Current Cart API: the visitor's own cart, scoped by access token.

Get, add, update quantities, remove lines, estimate totals and delete, as the JS SDK's
``currentCart`` sends them. Where Wix does not document a behaviour the emulator
chooses, and each handler's docstring says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    BadBody,
    Refusal,
    authenticate,
    caller_and_body,
    json_response,
    validation_error,
    wix_error,
)
from ..common.reads import read_payload
from .cart_lines import BookingLine, parse_line_items
from .carts import Cart

_MAX_QUANTITY = 100_000


def _no_cart() -> web.Response:
    description = "No cart is owned by the current visitor"
    return wix_error(404, "Cart not found", "OWNED_CART_NOT_FOUND", description)


async def get_current_cart(request: web.Request) -> web.Response:
    """``GET /ecom/v1/carts/current``: the visitor's cart, 404 until something is added.

    The request has no fields, but a ``.r`` parameter is still decoded: a malformed one
    is a 400 as on every other read.
    """
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    try:
        await read_payload(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None
    cart = request.app[STATE_KEY].carts.get(access.visitor_id)
    if cart is None:
        return _no_cart()
    return json_response({"cart": cart.to_json()})


async def add_to_current_cart(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/current/add-to-cart``: add lines, merging repeated items.

    Lines are Stores products or the caller's bookings (see ``ecom/cart_lines.py``).
    """
    access, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    current = state.carts.get(access.visitor_id)
    lines = parse_line_items(state, access.visitor_id, current, body.get("lineItems"))
    now = state.now()
    cart = state.carts.get(access.visitor_id)
    if cart is None:
        cart = Cart(state.new_id(), access.visitor_id, now, now)
        state.carts[access.visitor_id] = cart
    for line in lines:
        cart.add(line, now)
    return json_response({"cart": cart.to_json()})


async def _owned_cart(request: web.Request) -> tuple[Cart, dict[str, Any]]:
    """The caller's cart and the request body, or a Refusal."""
    access, body = await caller_and_body(request)
    cart = request.app[STATE_KEY].carts.get(access.visitor_id)
    if cart is None:
        raise Refusal(_no_cart())
    return cart, body


async def update_line_items_quantity(request: web.Request) -> web.Response:
    """``POST .../update-line-items-quantity`` ``{"lineItems": [{"id", "quantity"}]}``.

    Emulator choice (Wix does not document it): quantity 0 removes the line, and an
    id that is not in the cart is a 400 naming it.
    """
    cart, body = await _owned_cart(request)
    return set_line_quantities(cart, body, request.app[STATE_KEY].now())


def set_line_quantities(cart: Cart, body: Mapping[str, Any], now: float) -> web.Response:
    """Apply an Update Line Items Quantity body to ``cart`` (current or by id)."""
    items = body.get("lineItems")
    if not isinstance(items, list) or not items:
        return validation_error("lineItems", "must be a non-empty list")
    known = {line.id for line in cart.line_items}
    bookings = {line.id for line in cart.line_items if isinstance(line, BookingLine)}
    quantities: dict[str, int] = {}
    for index, item in enumerate(items):
        where = f"lineItems[{index}]"
        line_id = item.get("id") if isinstance(item, Mapping) else None
        quantity = item.get("quantity") if isinstance(item, Mapping) else None
        if not isinstance(line_id, str) or line_id not in known:
            return validation_error(f"{where}.id", "is not a line item of the cart")
        if not isinstance(quantity, int) or isinstance(quantity, bool):
            return validation_error(f"{where}.quantity", "must be an integer")
        if not 0 <= quantity <= _MAX_QUANTITY:
            return validation_error(f"{where}.quantity", f"must be between 0 and {_MAX_QUANTITY}")
        if line_id in bookings and quantity > 1:
            return validation_error(f"{where}.quantity", "a booking's is 0 or 1")
        quantities[line_id] = quantity
    cart.set_quantities(quantities, now)
    return json_response({"cart": cart.to_json()})


async def remove_line_items(request: web.Request) -> web.Response:
    """``POST .../remove-line-items`` ``{"lineItemIds": [...]}``; unknown ids are ignored."""
    cart, body = await _owned_cart(request)
    return remove_lines(cart, body, request.app[STATE_KEY].now())


def remove_lines(cart: Cart, body: Mapping[str, Any], now: float) -> web.Response:
    """Apply a Remove Line Items body to ``cart`` (current or by id)."""
    ids = body.get("lineItemIds")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        return validation_error("lineItemIds", "must be a non-empty list of line item ids")
    cart.remove(set(ids), now)
    return json_response({"cart": cart.to_json()})


async def estimate_totals(request: web.Request) -> web.Response:
    """``POST .../estimate-totals``: the JS SDK's ``estimateCurrentCartTotals``.

    Emulator choice: the emulated site charges no tax and no shipping and has no
    discounts, so the total is the subtotal; shipping and billing addresses are ignored.
    """
    cart, _ = await _owned_cart(request)
    return json_response(cart.totals_json())


async def delete_current_cart(request: web.Request) -> web.Response:
    """``DELETE /ecom/v1/carts/current``: the JS SDK's ``deleteCurrentCart``; answers ``{}``.

    Emulator choice: with no cart to delete the answer is 404 ``OWNED_CART_NOT_FOUND``.
    Afterwards the visitor has no cart, as before their first add.
    """
    access = authenticate(request)
    if isinstance(access, web.Response):
        return access
    carts = request.app[STATE_KEY].carts
    if carts.pop(access.visitor_id, None) is None:
        return _no_cart()
    return json_response({})
