"""Every Wix Events route the emulator serves, mounted by :func:`add_routes`."""

from __future__ import annotations

from aiohttp import web

from .catalog_routes import add_catalog_routes
from .checkout import add_checkout_routes
from .order_routes import add_order_routes
from .reservation_routes import add_reservation_routes
from .rsvp_routes import add_rsvp_routes

__all__ = ["add_routes"]


def add_routes(app: web.Application) -> None:
    """Mount Events V3, Ticket Definitions V3, Ticket Reservations, RSVP V2, the checkout."""
    add_catalog_routes(app)
    add_reservation_routes(app)
    add_rsvp_routes(app)
    add_checkout_routes(app)
    add_order_routes(app)
