# File generated from @wix/auto_sdk_bookings_external-calendars 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""The ``externalCalendars`` module of ``@wix/bookings`` (9 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import external_calendars as _types

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
    ) -> _types.ConnectByCredentialsResponse:
        """Connect by credentials: ``POST``.

        ``/bookings/v2/external-calendars/connections:connectByCredentials``

        Permissions: ``CALENDAR.MANAGE_OWN_EXTERNAL_CALENDAR_CONNECTIONS``,
        ``CALENDAR.MANAGE_ALL_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        Application errors: ``BAD_CREDENTIALS``, ``NOT_SUPPORTED_BY_PROVIDER``,
        ``PREMIUM_FEATURE_NOT_ENABLED``.
        """
        return cast(
            "_types.ConnectByCredentialsResponse",
            await call(
                self._requester,
                _CONNECT_BY_CREDENTIALS,
                {
                    "providerId": provider_id,
                    "scheduleId": schedule_id,
                    "email": email,
                    "password": password,
                },
            ),
        )

    async def connect_by_o_auth(
        self, provider_id: str, schedule_id: str, redirect_url: str
    ) -> _types.ConnectByOAuthResponse:
        """Connect by o auth: ``POST /bookings/v2/external-calendars/connections:connectByOAuth``.

        Permissions: ``CALENDAR.MANAGE_OWN_EXTERNAL_CALENDAR_CONNECTIONS``,
        ``CALENDAR.MANAGE_ALL_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        Application errors: ``NOT_SUPPORTED_BY_PROVIDER``.
        """
        return cast(
            "_types.ConnectByOAuthResponse",
            await call(
                self._requester,
                _CONNECT_BY_O_AUTH,
                {"providerId": provider_id, "scheduleId": schedule_id, "redirectUrl": redirect_url},
            ),
        )

    async def disconnect(self, connection_id: str) -> _types.DisconnectResponse:
        """Disconnect: ``POST``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/disconnect``

        Permissions: ``CALENDAR.MANAGE_OWN_EXTERNAL_CALENDAR_CONNECTIONS``,
        ``CALENDAR.MANAGE_ALL_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        Application errors: ``CONNECTION_ALREADY_DISCONNECTED``.
        """
        return cast(
            "_types.DisconnectResponse",
            await call(self._requester, _DISCONNECT, {"connectionId": connection_id}),
        )

    async def get_connection(self, connection_id: str) -> _types.GetConnectionResponse:
        """Get connection: ``GET /bookings/v2/external-calendars/connections/{connectionId}``.

        Permissions: ``CALENDAR.READ_OWN_EXTERNAL_CALENDAR_CONNECTIONS``,
        ``CALENDAR.READ_ALL_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetConnectionResponse",
            await call(self._requester, _GET_CONNECTION, {"connectionId": connection_id}),
        )

    async def list_calendars(self, connection_id: str) -> _types.ListCalendarsResponse:
        """List calendars: ``GET``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/calendars``

        Permissions: ``CALENDAR.READ_OWN_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        Application errors: ``CONNECTION_NOT_CONNECTED``, ``NOT_SUPPORTED_BY_PROVIDER``,
        ``PREMIUM_FEATURE_NOT_ENABLED``.
        """
        return cast(
            "_types.ListCalendarsResponse",
            await call(self._requester, _LIST_CALENDARS, {"connectionId": connection_id}),
        )

    async def list_connections(
        self, options: _types.ListConnectionsOptions | None = None
    ) -> _types.ListConnectionsResponse:
        """List connections: ``GET /bookings/v2/external-calendars/connections``.

        Permissions: ``CALENDAR.READ_OWN_EXTERNAL_CALENDAR_CONNECTIONS``,
        ``CALENDAR.READ_ALL_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListConnectionsResponse",
            await call(
                self._requester,
                _LIST_CONNECTIONS,
                {**_fields.pick(options, "scheduleIds", "partialFailure")},
            ),
        )

    async def list_events(
        self, options: _types.ListEventsOptions | None = None
    ) -> _types.ListEventsResponse:
        """List events: ``GET /bookings/v2/external-calendars/events``.

        Permissions: ``CALENDAR.READ_EXTERNAL_CALENDAR_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListEventsResponse",
            await call(
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
            ),
        )

    async def list_providers(self) -> _types.ListProvidersResponse:
        """List providers: ``GET /bookings/v2/external-calendars/providers``.

        Permissions: ``CALENDAR.LIST_EXTERNAL_CALENDAR_PROVIDERS``.
        Callable by: ``APP``.
        """
        return cast("_types.ListProvidersResponse", await call(self._requester, _LIST_PROVIDERS))

    async def update_sync_config(
        self, connection_id: str, sync_config: _types.ConnectionSyncConfig
    ) -> _types.UpdateSyncConfigResponse:
        """Update sync config: ``PATCH``.

        ``/bookings/v2/external-calendars/connections/{connectionId}/sync-config``

        Permissions: ``CALENDAR.MANAGE_OWN_EXTERNAL_CALENDAR_CONNECTIONS``.
        Callable by: ``APP``.
        Application errors: ``NOT_SUPPORTED_BY_PROVIDER``.
        """
        return cast(
            "_types.UpdateSyncConfigResponse",
            await call(
                self._requester,
                _UPDATE_SYNC_CONFIG,
                {"connectionId": connection_id, "syncConfig": sync_config},
            ),
        )


def bind(client: Requester) -> ExternalCalendars:
    """The ``externalCalendars`` module for ``client``'s visitor."""
    return ExternalCalendars(client)
