"""The eCom Cart V2 API (``/ecom/v2/carts``), as ``@wix/ecom``'s ``cartV2`` sends it.

Create, get, delete, add / update / remove line items, calculate, estimate, place order
and get checkout URL. A cart belongs to the visitor or member who created it: another
caller asking for it by id gets 404 ``CART_NOT_FOUND``, exactly as for an id that does
not exist (emulator choice, as for V1 carts).

Emulator choices where Wix does not document them: application errors are 400s;
``customItems``, ``coupons`` and ``giftCards`` are not emulated (400 naming the field);
Place Order orders a cart whose ``payNow`` is 0 (free, or paid in person) and answers a
cart with something to pay online with ``EMPTY_PAYMENT_TOKEN`` (``data.total``), or on a
site without a payment method (``Emulator(payments=False)``) ``SITE_NOT_ACCEPTING_PAYMENTS``: a
headless site pays it on the hosted checkout (Get Checkout URL, or a redirect session
whose ``ecomCheckout.checkoutId`` is the cart id).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from aiohttp import web

from ..bookings.book import SlotTakenError
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
from ..redirects.routes import HOSTED
from ..redirects.session import RedirectSession
from .cart_v2 import CartV2
from .cart_v2_items import cart_error, merge_lines, parse_catalog_items
from .cart_v2_orders import order_cart_v2, snapshot_cart_v2

__all__ = ["add_routes"]

_PREFIX = "/ecom/v2/carts"
_CART = _PREFIX + "/{cartId:(?!current$)[^/]+}"  # the current cart V2 is not emulated
_CHANNELS = frozenset({"UNSPECIFIED", "WEB", "POS", "OTHER_PLATFORM", "BACKOFFICE_MERCHANT"})


def _not_found(cart_id: str) -> Refusal:
    description = f"Cart {cart_id} was not found"
    return Refusal(wix_error(404, "Cart not found", "CART_NOT_FOUND", description))


async def _owned(request: web.Request, *, open_only: bool = True) -> tuple[CartV2, dict[str, Any]]:
    """The caller's cart named in the path and the body; a Refusal otherwise.

    ``open_only``: an ordered cart is refused with ``CART_ALREADY_ORDERED``.
    """
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        raise Refusal(caller)
    try:
        body = await read_payload(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None
    cart_id = request.match_info["cartId"]
    cart = request.app[STATE_KEY].carts_v2.owned(cart_id, caller.visitor_id)
    if cart is None:
        raise _not_found(cart_id)
    if open_only and cart.order_id is not None:
        description = f"Cart {cart.id} was already ordered"
        data = {"cartId": cart.id, "orderId": cart.order_id}
        raise cart_error(400, "CART_ALREADY_ORDERED", description, data)
    return cart, body


def _not_emulated(body: Mapping[str, Any], *names: str) -> None:
    for name in names:
        if body.get(name):
            raise Refusal(validation_error(name, f"{name} are not emulated"))


def _answer(cart: CartV2) -> web.Response:
    return json_response({"cart": cart.to_json()})


async def create_cart(request: web.Request) -> web.Response:
    """``POST /ecom/v2/carts`` ``{"cart"?, "catalogItems"?}`` → ``{"cart"}``."""
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    _not_emulated(body, "customItems", "coupons", "giftCards")
    info = body.get("cart")
    info = {} if info is None else info
    if not isinstance(info, Mapping):
        return validation_error("cart", "must be an object")
    source = {} if info.get("source") is None else info["source"]
    if not isinstance(source, Mapping):
        return validation_error("cart.source", "must be an object")
    channel = source.get("channelType", "WEB")
    if channel not in _CHANNELS:
        return validation_error("cart.source.channelType", f"must be one of {sorted(_CHANNELS)}")
    now = state.now()
    cart = CartV2(state.new_id(), caller.visitor_id, channel, now, now)
    items = body.get("catalogItems")
    if items is not None:
        merge_lines(cart, parse_catalog_items(state, caller.visitor_id, cart, items))
    state.carts_v2.carts[cart.id] = cart
    return _answer(cart)


async def get_cart(request: web.Request) -> web.Response:
    """``GET /ecom/v2/carts/{cartId}``: the caller's cart, ordered or not."""
    cart, _ = await _owned(request, open_only=False)
    return _answer(cart)


async def delete_cart(request: web.Request) -> web.Response:
    """``DELETE /ecom/v2/carts/{cartId}`` → ``{}``."""
    cart, _ = await _owned(request, open_only=False)
    del request.app[STATE_KEY].carts_v2.carts[cart.id]
    return json_response({})


async def add_line_items(request: web.Request) -> web.Response:
    """``POST .../{cartId}/add-line-items`` ``{"catalogItems"}``: add, merging a product's lines."""
    cart, body = await _owned(request)
    state = request.app[STATE_KEY]
    _not_emulated(body, "customItems")
    items = body.get("catalogItems")
    if not items:
        description = "There are no line items to add"
        raise cart_error(400, "NO_LINE_ITEMS_TO_ADD", description, {})
    merge_lines(cart, parse_catalog_items(state, cart.owner_id, cart, items))
    cart.touch(state.now())
    return _answer(cart)


def _line_ids(cart: CartV2, ids: list[str]) -> None:
    missing = [line_id for line_id in ids if all(line.id != line_id for line in cart.lines)]
    if missing:
        description = f"Line item {missing[0]} is not in cart {cart.id}"
        data = {"lineItemIds": missing}
        raise cart_error(400, "LINE_ITEM_NOT_FOUND_IN_CART", description, data)


def _quantity_updates(body: Mapping[str, Any]) -> dict[str, int]:
    updates = body.get("lineItems")
    if not updates:
        raise cart_error(400, "EMPTY_LINE_ITEM_UPDATES", "There are no line items to update", {})
    if not isinstance(updates, list):
        raise Refusal(validation_error("lineItems", "must be a list"))
    wanted: dict[str, int] = {}
    for index, update in enumerate(updates):
        where = f"lineItems[{index}]"
        line_id = update.get("lineItemId") if isinstance(update, Mapping) else None
        if not isinstance(line_id, str) or not line_id:
            raise Refusal(validation_error(f"{where}.lineItemId", "is required"))
        quantity = update.get("quantity")
        new = quantity.get("newQuantity") if isinstance(quantity, Mapping) else None
        if not isinstance(new, int) or isinstance(new, bool) or not 0 <= new <= 100_000:
            raise Refusal(validation_error(f"{where}.quantity.newQuantity", "must be 0 to 100000"))
        if line_id in wanted:
            description = f"Line item {line_id} is updated twice"
            data = {"lineItemIds": [line_id]}
            raise cart_error(400, "DUPLICATE_LINE_ITEM_UPDATES", description, data)
        wanted[line_id] = new
    return wanted


async def update_line_items(request: web.Request) -> web.Response:
    """``POST .../{cartId}/update-line-items`` ``{"lineItems": [{lineItemId, quantity}]}``.

    A new quantity of 0 removes the line; a booking's quantity stays 1.
    """
    cart, body = await _owned(request)
    wanted = _quantity_updates(body)
    _line_ids(cart, list(wanted))
    for line in cart.lines:
        if line.id in wanted and line.booking is not None and wanted[line.id] not in (0, 1):
            description = f"Line item {line.id} is a fixed quantity of 1"
            data = {"invalidItems": [{"lineItemId": line.id}]}
            raise cart_error(400, "FIXED_QUANTITY_ITEM", description, data)
    for line in cart.lines:
        line.quantity = wanted.get(line.id, line.quantity)
    cart.lines = [line for line in cart.lines if line.quantity > 0]
    cart.touch(request.app[STATE_KEY].now())
    return _answer(cart)


async def remove_line_items(request: web.Request) -> web.Response:
    """``POST .../{cartId}/remove-line-items`` ``{"lineItemIds"}``."""
    cart, body = await _owned(request)
    ids = body.get("lineItemIds")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        return validation_error("lineItemIds", "must be a non-empty list of ids")
    _line_ids(cart, ids)
    cart.lines = [line for line in cart.lines if line.id not in ids]
    cart.touch(request.app[STATE_KEY].now())
    return _answer(cart)


async def calculate_cart(request: web.Request) -> web.Response:
    """``POST .../{cartId}/calculate`` (and ``/estimate``) → ``{"cart", "summary"}``."""
    cart, _ = await _owned(request)
    summary = cart.summary_json(request.app[STATE_KEY].new_id())
    return json_response({"cart": cart.to_json(), "summary": summary})


async def place_order(request: web.Request) -> web.Response:
    """``POST .../{cartId}/place-order`` → ``{"orderId", "completed"}`` if nothing is due now."""
    cart, _ = await _owned(request)
    state = request.app[STATE_KEY]
    if not cart.lines:
        raise cart_error(400, "EMPTY_CART", f"Cart {cart.id} is empty", {})
    due = cart.subtotal - cart.pay_later
    if due > Decimal() and not state.payments:
        description = "The site has no payment method: it cannot take this payment"
        raise cart_error(400, "SITE_NOT_ACCEPTING_PAYMENTS", description, {})
    if due > Decimal():
        description = "A payment token is required to pay this cart"
        raise cart_error(400, "EMPTY_PAYMENT_TOKEN", description, {"total": str(due)})
    try:
        order = order_cart_v2(state, cart)
    except SlotTakenError:
        description = "A booked slot was taken by another order"
        raise cart_error(400, "VIOLATIONS_WITH_ERROR_SEVERITY", description, {}) from None
    return json_response({"orderId": order.id, "completed": True})


async def get_checkout_url(request: web.Request) -> web.Response:
    """``POST .../{cartId}/get-checkout-url`` → ``{"checkoutUrl"}``: the cart's hosted checkout."""
    cart, _ = await _owned(request)
    state = request.app[STATE_KEY]
    if not cart.lines:
        raise cart_error(400, "EMPTY_CART", f"Cart {cart.id} is empty", {})
    session = RedirectSession(
        state.new_id(), "ecomCheckout", {"checkoutId": cart.id}, {}, cart.owner_id, state.now()
    )
    snapshot_cart_v2(state, cart)
    session.full_url = f"{request.url.origin()}{HOSTED}/checkout/{session.id}"
    state.redirect_sessions[session.id] = session
    return json_response({"checkoutUrl": session.full_url})


def add_routes(app: web.Application) -> None:
    """Serve Cart V2 on the packages' path (``/ecom/v2/carts``)."""
    router = app.router
    router.add_post(_PREFIX, create_cart)
    router.add_get(_CART, get_cart)
    router.add_delete(_CART, delete_cart)
    router.add_post(_CART + "/add-line-items", add_line_items)
    router.add_post(_CART + "/update-line-items", update_line_items)
    router.add_post(_CART + "/remove-line-items", remove_line_items)
    router.add_post(_CART + "/calculate", calculate_cart)
    router.add_post(_CART + "/estimate", calculate_cart)
    router.add_post(_CART + "/place-order", place_order)
    router.add_post(_CART + "/get-checkout-url", get_checkout_url)
