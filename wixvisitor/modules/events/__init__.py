# File generated from @wix/events 1.0.852 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/events``: ``from wixvisitor.modules import events``.

Each module is imported on first use (``events.categories``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        categories,
        events_settings,
        forms,
        guests,
        notifications,
        orders,
        policies,
        rsvp,
        rsvp_v2,
        schedule,
        schedule_bookmarks,
        staff_members,
        ticket_definitions,
        ticket_definitions_v2,
        ticket_reservations,
        tickets,
        wix_events_v2,
    )

__all__ = [
    "categories",
    "events_settings",
    "forms",
    "guests",
    "notifications",
    "orders",
    "policies",
    "rsvp",
    "rsvp_v2",
    "schedule",
    "schedule_bookmarks",
    "staff_members",
    "ticket_definitions",
    "ticket_definitions_v2",
    "ticket_reservations",
    "tickets",
    "wix_events_v2",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
