"""The visitor-scoped APIs: the eCommerce current cart and Catalog V3 Search Products."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ._carts import Cart, LineItem
from ._catalog import STORES_APP_ID, SearchError, product_by_id, search_products
from ._http import STATE_KEY, BadBody, json_response, read_json_object, validation_error, wix_error
from ._state import AccessGrant, AuthError

_MAX_QUANTITY = 100_000


def _authenticate(request: web.Request) -> AccessGrant | web.Response:
    """The caller's access grant, or the 401 to answer instead."""
    try:
        return request.app[STATE_KEY].authenticate(request.headers.get("Authorization"))
    except AuthError as exc:
        return wix_error(401, exc.description, exc.code, exc.description)


async def get_current_cart(request: web.Request) -> web.Response:
    """``GET /ecom/v1/carts/current``: the visitor's cart, 404 until something is added."""
    access = _authenticate(request)
    if isinstance(access, web.Response):
        return access
    cart = request.app[STATE_KEY].carts.get(access.visitor_id)
    if cart is None:
        description = "No cart is owned by the current visitor"
        return wix_error(404, "Cart not found", "OWNED_CART_NOT_FOUND", description)
    return json_response({"cart": cart.to_json()})


def _line_item_errors(index: int, item: Any) -> tuple[str, str] | None:
    where = f"lineItems[{index}]"
    if not isinstance(item, Mapping):
        return where, "must be an object"
    reference = item.get("catalogReference")
    if not isinstance(reference, Mapping):
        return f"{where}.catalogReference", "is required"
    for key in ("catalogItemId", "appId"):
        if not isinstance(reference.get(key), str) or not reference[key]:
            return f"{where}.catalogReference.{key}", "is required"
    options = reference.get("options")
    if options is not None and not isinstance(options, Mapping):
        return f"{where}.catalogReference.options", "must be an object"
    quantity = item.get("quantity", 1)
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        return f"{where}.quantity", "must be an integer"
    if not 1 <= quantity <= _MAX_QUANTITY:
        return f"{where}.quantity", f"must be between 1 and {_MAX_QUANTITY}"
    return None


async def add_to_current_cart(request: web.Request) -> web.Response:
    """``POST /ecom/v1/carts/current/add-to-cart``: add lines, merging repeated items."""
    access = _authenticate(request)
    if isinstance(access, web.Response):
        return access
    state = request.app[STATE_KEY]
    try:
        body = await read_json_object(request)
    except BadBody as exc:
        return validation_error("body", str(exc))
    items = body.get("lineItems")
    if not isinstance(items, list) or not items:
        return validation_error("lineItems", "must be a non-empty list")
    lines: list[LineItem] = []
    for index, item in enumerate(items):
        problem = _line_item_errors(index, item)
        if problem is not None:
            return validation_error(*problem)
        reference = dict(item["catalogReference"])
        product = product_by_id(reference["catalogItemId"])
        if product is None or reference["appId"] != STORES_APP_ID:
            description = f"Catalog item {reference['catalogItemId']} was not found"
            return wix_error(400, description, "CATALOG_ITEM_NOT_FOUND", description)
        lines.append(LineItem(state.new_id(), product, item.get("quantity", 1), reference))
    now = state.now()
    cart = state.carts.get(access.visitor_id)
    if cart is None:
        cart = Cart(state.new_id(), access.visitor_id, now, now)
        state.carts[access.visitor_id] = cart
    for line in lines:
        cart.add(line, now)
    return json_response({"cart": cart.to_json()})


async def search_products_endpoint(request: web.Request) -> web.Response:
    """``POST /stores/v3/products/search`` over the seeded catalog."""
    access = _authenticate(request)
    if isinstance(access, web.Response):
        return access
    try:
        body = await read_json_object(request)
        return json_response(search_products(body))
    except BadBody as exc:
        return validation_error("body", str(exc))
    except SearchError as exc:
        return validation_error(exc.field, exc.description)
