"""The eCommerce Cart API: carts by id (``/ecom/v1/carts/{id}``), as ``@wix/ecom``'s ``cart`` sends.

Create, get, add to cart, update quantities, remove lines, estimate totals, create
checkout and delete. A cart belongs to the visitor or member who created it:

- Create Cart makes the new cart its creator's current cart, so ``createCart`` then
  ``getCurrentCart`` is the same cart; a current cart (made by ``addToCurrentCart``)
  is reachable by its id too. A cart replaced as current stays its owner's, by id.
- Another caller asking for a cart by id gets 404 ``CART_NOT_FOUND``, exactly as for an
  id that does not exist (emulator choice): a 403 would tell a stranger the id is real.
- Checkout from a cart by id goes to the same hosted checkout page; placing the order
  deletes that cart.
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
from .cart_lines import parse_line_items
from .carts import Cart
from .checkout import checkout_of
from .current_cart import remove_lines, set_line_quantities

__all__ = ["add_routes"]

_PREFIX = "/ecom/v1/carts"


def _not_found(cart_id: str) -> Refusal:
    description = f"Cart {cart_id} was not found"
    return Refusal(wix_error(404, "Cart not found", "CART_NOT_FOUND", description))


async def _owned(request: web.Request) -> tuple[Cart, dict[str, Any]]:
    """The cart named in the path if the caller owns it, and the body; else a Refusal."""
    caller, body = await caller_and_body(request)
    cart_id = request.match_info["id"]
    cart = request.app[STATE_KEY].carts.by_id(cart_id)
    if cart is None or cart.visitor_id != caller.visitor_id:
        raise _not_found(cart_id)
    return cart, body


async def create_cart(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts`` ``{"cartInfo"?, "lineItems"?}`` → ``{"cart"}``: a new current cart.

    ``cartInfo`` fields other than the lines are accepted and not kept (the emulated
    site has one currency, no coupons and no buyer notes); ``customLineItems`` are not
    emulated (400).
    """
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    info = body.get("cartInfo")
    if info is not None and not isinstance(info, Mapping):
        return validation_error("cartInfo", "must be an object")
    if body.get("customLineItems"):
        return validation_error("customLineItems", "custom line items are not emulated")
    now = state.now()
    cart = Cart(state.new_id(), caller.visitor_id, now, now)
    if body.get("lineItems") is not None:
        for line in parse_line_items(state, caller.visitor_id, cart, body["lineItems"]):
            cart.add(line, now)
    state.carts[caller.visitor_id] = cart
    return json_response({"cart": cart.to_json()})


async def get_cart(request: web.Request) -> web.Response:
    """``GET /ecom/v1/carts/{id}``: the caller's cart with that id."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        await read_payload(request)  # a malformed .r is a 400, as on every read
    except BadBody as exc:
        return validation_error("body", str(exc))
    cart_id = request.match_info["id"]
    cart = request.app[STATE_KEY].carts.by_id(cart_id)
    if cart is None or cart.visitor_id != caller.visitor_id:
        raise _not_found(cart_id)
    return json_response({"cart": cart.to_json()})


async def add_to_cart(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/{id}/add-to-cart`` ``{"lineItems"}``: add, merging repeated items."""
    cart, body = await _owned(request)
    state = request.app[STATE_KEY]
    lines = parse_line_items(state, cart.visitor_id, cart, body.get("lineItems"))
    now = state.now()
    for line in lines:
        cart.add(line, now)
    return json_response({"cart": cart.to_json()})


async def update_quantities(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/{id}/update-line-items-quantity``: as on the current cart."""
    cart, body = await _owned(request)
    return set_line_quantities(cart, body, request.app[STATE_KEY].now())


async def remove_line_items(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/{id}/remove-line-items`` ``{"lineItemIds"}``."""
    cart, body = await _owned(request)
    return remove_lines(cart, body, request.app[STATE_KEY].now())


async def estimate_totals(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/{id}/estimate-totals``: no tax, shipping or discounts."""
    cart, _ = await _owned(request)
    return json_response(cart.totals_json())


async def create_checkout(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/{id}/create-checkout`` ``{"channelType"}`` → ``{"checkoutId"}``."""
    cart, body = await _owned(request)
    return checkout_of(request.app[STATE_KEY], cart, body)


async def delete_cart(request: web.Request) -> web.Response:
    """``DELETE /ecom/v1/carts/{id}`` → ``{}``; if it was current, the owner has no cart."""
    cart, _ = await _owned(request)
    request.app[STATE_KEY].carts.discard_id(cart.id)
    return json_response({})


def add_routes(app: web.Application) -> None:
    """Serve the Cart API on ``app`` (after the ``/current`` routes, which win)."""
    app.router.add_post(_PREFIX, create_cart)
    app.router.add_get(_PREFIX + "/{id}", get_cart)
    app.router.add_delete(_PREFIX + "/{id}", delete_cart)
    app.router.add_post(_PREFIX + "/{id}/add-to-cart", add_to_cart)
    app.router.add_post(_PREFIX + "/{id}/update-line-items-quantity", update_quantities)
    app.router.add_post(_PREFIX + "/{id}/remove-line-items", remove_line_items)
    app.router.add_post(_PREFIX + "/{id}/estimate-totals", estimate_totals)
    app.router.add_post(_PREFIX + "/{id}/create-checkout", create_checkout)
