# File generated from @wix/bookings 1.0.1696 by `make apigen` (tools/apigen). Do not edit.
"""The modules of ``@wix/bookings``: ``from wixvisitor.modules import bookings``.

Each module is imported on first use (``bookings.add_ons``), so importing the
package costs nothing until a module is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_ons,
        attendance,
        attribute_definition,
        attribute_value,
        availability_calendar,
        availability_time_slots,
        booking_fees,
        booking_policies,
        booking_policy_snapshots,
        bookings,
        bookings_provisioner,
        bookings_settings,
        catalog_search,
        categories,
        categories_v2,
        event_time_slots,
        extended_bookings,
        external_calendars,
        multi_service_availability_time_slots,
        pricing,
        resource_types,
        resources,
        service_options_and_variants,
        services,
        staff_member_settings,
        staff_members,
        time_slots_configuration,
    )

__all__ = [
    "add_ons",
    "attendance",
    "attribute_definition",
    "attribute_value",
    "availability_calendar",
    "availability_time_slots",
    "booking_fees",
    "booking_policies",
    "booking_policy_snapshots",
    "bookings",
    "bookings_provisioner",
    "bookings_settings",
    "catalog_search",
    "categories",
    "categories_v2",
    "event_time_slots",
    "extended_bookings",
    "external_calendars",
    "multi_service_availability_time_slots",
    "pricing",
    "resource_types",
    "resources",
    "service_options_and_variants",
    "services",
    "staff_member_settings",
    "staff_members",
    "time_slots_configuration",
]


def __getattr__(name: str) -> Any:
    """Import the module ``name`` the first time it is used."""
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
