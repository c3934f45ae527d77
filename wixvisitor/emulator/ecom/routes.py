"""The routes of eCommerce: the current cart, carts by id, checkout and the hosted checkout page."""

from __future__ import annotations

from aiohttp import web

from ..redirects.routes import HOSTED
from . import cart_v2_routes, carts_by_id, current_cart
from .checkout import checkout_page, create_checkout, place_order

_CURRENT = "/ecom/v1/carts/current"


def add_routes(app: web.Application) -> None:
    """Mount the eCommerce routes on ``app`` (``/carts/current`` before ``/carts/{id}``)."""
    router = app.router
    router.add_get(_CURRENT, current_cart.get_current_cart)
    router.add_post(_CURRENT + "/add-to-cart", current_cart.add_to_current_cart)
    router.add_post(
        _CURRENT + "/update-line-items-quantity", current_cart.update_line_items_quantity
    )
    router.add_post(_CURRENT + "/remove-line-items", current_cart.remove_line_items)
    router.add_post(_CURRENT + "/estimate-totals", current_cart.estimate_totals)
    router.add_delete(_CURRENT, current_cart.delete_current_cart)
    router.add_post(_CURRENT + "/create-checkout", create_checkout)
    router.add_get(HOSTED + "/checkout/{session_id}", checkout_page)
    router.add_post(HOSTED + "/checkout/{session_id}/place-order", place_order)
    carts_by_id.add_routes(app)
    cart_v2_routes.add_routes(app)
