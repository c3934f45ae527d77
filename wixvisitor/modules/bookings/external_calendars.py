# File generated from @wix/auto_sdk_bookings_external-calendars 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""The ``externalCalendars`` module of ``@wix/bookings`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_CONNECT_BY_CREDENTIALS = Route(
    "POST",
    "/bookings/v2/external-calendars/connections:connectByCredentials",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ConnectByCredentials",
)
_CONNECT_BY_O_AUTH = Route(
    "POST",
    "/bookings/v2/external-calendars/connections:connectByOAuth",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ConnectByOAuth",
)
_DISCONNECT = Route(
    "POST",
    "/bookings/v2/external-calendars/connections/{connectionId}/disconnect",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.Disconnect",
    path_params=("connectionId",),
)
_GET_CONNECTION = Route(
    "GET",
    "/bookings/v2/external-calendars/connections/{connectionId}",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.GetConnection",
    path_params=("connectionId",),
)
_LIST_CALENDARS = Route(
    "GET",
    "/bookings/v2/external-calendars/connections/{connectionId}/calendars",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ListCalendars",
    path_params=("connectionId",),
)
_LIST_CONNECTIONS = Route(
    "GET",
    "/bookings/v2/external-calendars/connections",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ListConnections",
)
_LIST_EVENTS = Route(
    "GET",
    "/bookings/v2/external-calendars/events",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ListEvents",
)
_LIST_PROVIDERS = Route(
    "GET",
    "/bookings/v2/external-calendars/providers",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.ListProviders",
)
_UPDATE_SYNC_CONFIG = Route(
    "PATCH",
    "/bookings/v2/external-calendars/connections/{connectionId}/sync-config",
    "com.wix.bookings.externalcalendar.api.v2.ExternalCalendarService.UpdateSyncConfig",
    path_params=("connectionId",),
)


class ExternalCalendars(Module):
    """``externalCalendars`` of ``@wix/bookings``: ``bookings.external_calendars.bind(wix)``."""

    __slots__ = ()

    async def connect_by_credentials(
        self, provider_id: str, schedule_id: str, email: str, password: str
    ) -> dict[str, Any]:
        """Connect by credentials: ``POST``.

        ``/bookings/v2/external-calendars/connections:connectByCredentials``
        """
        return await call(
            self._requester,
            _CONNECT_BY_CREDENTIALS,
            {
                "providerId": provider_id,
                "scheduleId": schedule_id,
                "email": email,
                "password": password,
            },
        )

    async def connect_by_o_auth(
        self, provider_id: str, schedule_id: str, redirect_url: str
    ) -> dict[str, Any]:
        """Connect by o auth: ``POST``.

        ``/bookings/v2/external-calendars/connections:connectByOAuth``
        """
        return await call(
            self._requester,
            _CONNECT_BY_O_AUTH,
            {"providerId": provider_id, "scheduleId": schedule_id, "redirectUrl": redirect_url},
        )

    async def disconnect(self, connection_id: str) -> dict[str, Any]:
        """Disconnect: ``POST``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/disconnect``
        """
        return await call(self._requester, _DISCONNECT, {"connectionId": connection_id})

    async def get_connection(self, connection_id: str) -> dict[str, Any]:
        """Get connection: ``GET /bookings/v2/external-calendars/connections/{connectionId}``."""
        return await call(self._requester, _GET_CONNECTION, {"connectionId": connection_id})

    async def list_calendars(self, connection_id: str) -> dict[str, Any]:
        """List calendars: ``GET``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/calendars``
        """
        return await call(self._requester, _LIST_CALENDARS, {"connectionId": connection_id})

    async def list_connections(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """List connections: ``GET /bookings/v2/external-calendars/connections``."""
        return await call(
            self._requester,
            _LIST_CONNECTIONS,
            {**_fields.pick(options, "scheduleIds", "partialFailure")},
        )

    async def list_events(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """List events: ``GET /bookings/v2/external-calendars/events``."""
        return await call(
            self._requester,
            _LIST_EVENTS,
            {
                **_fields.pick(
                    options,
                    "from",
                    "to",
                    "scheduleIds",
                    "userIds",
                    "allDay",
                    "fieldsets",
                    "cursorPaging",
                    "partialFailure",
                )
            },
        )

    async def list_providers(self) -> dict[str, Any]:
        """List providers: ``GET /bookings/v2/external-calendars/providers``."""
        return await call(self._requester, _LIST_PROVIDERS)

    async def update_sync_config(
        self, connection_id: str, sync_config: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update sync config: ``PATCH``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/sync-config``
        """
        return await call(
            self._requester,
            _UPDATE_SYNC_CONFIG,
            {"connectionId": connection_id, "syncConfig": sync_config},
        )


def bind(client: Requester) -> ExternalCalendars:
    """The ``externalCalendars`` module for ``client``'s visitor."""
    return ExternalCalendars(client)
