# File generated from @wix/auto_sdk_bookings_bookings-settings 1.0.11
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingsSettings`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import bookings_settings as _types

_GET_BOOKINGS_SETTINGS = Route(
    "GET",
    "/_api/bookings-settings/v2/settings",
    "wix.bookings.settings.v2.BookingsSettingsService.GetBookingsSettings",
)
_UPDATE_BOOKINGS_SETTINGS = Route(
    "PATCH",
    "/_api/bookings-settings/v2/bookings-settings",
    "wix.bookings.settings.v2.BookingsSettingsService.UpdateBookingsSettings",
)


class BookingsSettings(Module):
    """``bookingsSettings`` of ``@wix/bookings``: ``bookings.bookings_settings.bind(wix)``."""

    __slots__ = ()

    async def get_bookings_settings(self) -> _types.GetBookingsSettingsResponse:
        """Get bookings settings: ``GET /_api/bookings-settings/v2/settings``.

        Permissions: ``BOOKINGS.SETTINGS_READ``.
        Callable by: ``APP``.
        Application errors: ``BOOKINGS_SETTINGS_NOT_FOUND``.
        """
        return cast(
            "_types.GetBookingsSettingsResponse",
            await call(self._requester, _GET_BOOKINGS_SETTINGS),
        )

    async def update_bookings_settings(
        self, bookings_settings: _types.BookingsSettings
    ) -> _types.UpdateBookingsSettingsResponse:
        """Update bookings settings: ``PATCH /_api/bookings-settings/v2/bookings-settings``.

        Permissions: ``BOOKINGS.SETTINGS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateBookingsSettingsResponse",
            await call(
                self._requester, _UPDATE_BOOKINGS_SETTINGS, {"bookingsSettings": bookings_settings}
            ),
        )


def bind(client: Requester) -> BookingsSettings:
    """The ``bookingsSettings`` module for ``client``'s visitor."""
    return BookingsSettings(client)
