# File generated from @wix/auto_sdk_events_events-settings 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""The ``eventsSettings`` module of ``@wix/events`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import events_settings as _types

_GET_EVENTS_SETTINGS = Route(
    "GET", "/events/v1/settings", "wix.events.settings.v1.EventsSettingsService.GetEventsSettings"
)
_UPDATE_EVENTS_SETTINGS = Route(
    "PATCH",
    "/events/v1/settings/{eventsSettings.id}",
    "wix.events.settings.v1.EventsSettingsService.UpdateEventsSettings",
    path_params=("eventsSettings.id",),
)


class EventsSettings(Module):
    """``eventsSettings`` of ``@wix/events``: ``events.events_settings.bind(wix)``."""

    __slots__ = ()

    async def get_events_settings(
        self, options: _types.GetEventsSettingsOptions | None = None
    ) -> _types.GetEventsSettingsResponse:
        """Get events settings: ``GET /events/v1/settings``.

        Permissions: ``WIX_EVENTS.READ_EVENTS_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetEventsSettingsResponse",
            await call(self._requester, _GET_EVENTS_SETTINGS, {**_fields.pick(options, "fields")}),
        )

    async def update_events_settings(
        self,
        id: str,
        events_settings: _types.EventsSettings,
        options: _types.UpdateEventsSettingsOptions | None = None,
    ) -> _types.UpdateEventsSettingsResponse:
        """Update events settings: ``PATCH /events/v1/settings/{eventsSettings.id}``.

        Permissions: ``WIX_EVENTS.UPDATE_EVENTS_SETTINGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateEventsSettingsResponse",
            await call(
                self._requester,
                _UPDATE_EVENTS_SETTINGS,
                {
                    "eventsSettings": {**events_settings, "id": id},
                    **_fields.pick(options, "fields"),
                },
            ),
        )


def bind(client: Requester) -> EventsSettings:
    """The ``eventsSettings`` module for ``client``'s visitor."""
    return EventsSettings(client)
