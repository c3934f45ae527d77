# File generated from @wix/auto_sdk_bookings_bookings-settings 1.0.11
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.bookings_settings``.

From ``@wix/auto_sdk_bookings_bookings-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.bookings_settings import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import BasedOn as BasedOn
from ._shared import ExtendedFields as ExtendedFields


class BookingsSettings(TypedDict, total=False):
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    cartCheckout: CartCheckout
    multiServiceAppointments: MultiServiceAppointments
    displayTimeZone: DisplayTimeZone
    extendedFields: ExtendedFields


class CartCheckout(TypedDict, total=False):
    enabled: bool | None


class DisplayTimeZone(TypedDict, total=False):
    customerCanChange: bool | None
    basedOn: BasedOn


class GetBookingsSettingsRequest(TypedDict, total=False):
    pass


class GetBookingsSettingsResponse(TypedDict, total=False):
    bookingsSettings: BookingsSettings


class MultiServiceAppointments(TypedDict, total=False):
    enabled: bool | None


class UpdateBookingsSettingsRequest(TypedDict, total=False):
    bookingsSettings: Required[BookingsSettings]


class UpdateBookingsSettingsResponse(TypedDict, total=False):
    bookingsSettings: BookingsSettings
