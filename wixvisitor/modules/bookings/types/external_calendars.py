# File generated from @wix/auto_sdk_bookings_external-calendars 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.external_calendars``.

From ``@wix/auto_sdk_bookings_external-calendars``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.external_calendars import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging

CalendarType: TypeAlias = Literal[
    "UNDEFINED", "GOOGLE", "I_CAL", "OUTLOOK", "OFFICE_365", "MICROSOFT", "OTHER"
]
ConnectMethod: TypeAlias = Literal["UNDEFINED", "OAUTH", "CREDENTIALS"]
ErrorReason: TypeAlias = Literal[
    "UNDEFINED", "TOKEN_REVOKED", "EXTERNAL_CALENDAR_CREATION_FAILED", "EXTERNAL_CALENDAR_DELETED"
]
ListEventFromCalendars: TypeAlias = Literal[
    "UNDEFINED", "NOT_SUPPORTED", "PRIMARY_CALENDAR_ONLY", "SPECIFIC_CALENDARS"
]
Status: TypeAlias = Literal[
    "UNDEFINED", "CONNECTED", "SYNC_IN_PROGRESS", "SYNCED", "DISCONNECTED", "ERROR"
]
SyncToCalendar: TypeAlias = Literal[
    "UNDEFINED", "NOT_SUPPORTED", "PRIMARY_CALENDAR_ONLY", "SPECIFIC_CALENDAR", "DEDICATED_CALENDAR"
]


class Calendar(TypedDict, total=False):
    id: str | None
    name: str | None


class Calendars(TypedDict, total=False):
    calendars: list[Calendar]


class ConnectByCredentialsRequest(TypedDict, total=False):
    scheduleId: Required[str | None]
    providerId: Required[str | None]
    email: Required[str | None]
    password: Required[str | None]


class ConnectByCredentialsResponse(TypedDict, total=False):
    connection: Connection


class ConnectByOAuthRequest(TypedDict, total=False):
    scheduleId: Required[str | None]
    providerId: Required[str | None]
    redirectUrl: Required[str | None]


class ConnectByOAuthResponse(TypedDict, total=False):
    oauthUrl: str | None


class Connection(TypedDict, total=False):
    id: str | None
    providerId: str | None
    calendarType: CalendarType
    scheduleId: str | None
    userId: str | None
    appId: str | None
    externalAccountEmail: str | None
    status: Status
    errorReason: ErrorReason
    syncConfig: ConnectionSyncConfig


class ConnectionSyncConfig(TypedDict, total=False):
    listEventFromCalendars: ConnectionSyncConfigListEventFromCalendars
    syncToCalendar: ConnectionSyncConfigSyncToCalendar


class ConnectionSyncConfigListEventFromCalendarsListFromOneOf(TypedDict, total=False):
    primaryCalendar: PrimaryCalendar
    calendars: Calendars


class ConnectionSyncConfigListEventFromCalendars(
    ConnectionSyncConfigListEventFromCalendarsListFromOneOf, total=False
):
    enabled: bool | None


class ConnectionSyncConfigSyncToCalendarSyncToOneOf(TypedDict, total=False):
    primaryCalendar: PrimaryCalendar
    dedicatedCalendar: DedicatedCalendar


class ConnectionSyncConfigSyncToCalendar(
    ConnectionSyncConfigSyncToCalendarSyncToOneOf, total=False
):
    enabled: bool | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class Cursors(TypedDict, total=False):
    next: str | None


class DedicatedCalendar(TypedDict, total=False):
    pass


class DisconnectRequest(TypedDict, total=False):
    connectionId: Required[str | None]


class DisconnectResponse(TypedDict, total=False):
    connection: Connection


class Event(TypedDict, total=False):
    scheduleId: str | None
    calendarType: CalendarType
    calendarName: str | None
    title: str | None
    start: str | None
    end: str | None
    allDay: bool | None
    scheduleOwnerId: str | None
    scheduleOwnerName: str | None


class GetConnectionRequest(TypedDict, total=False):
    connectionId: Required[str | None]


class GetConnectionResponse(TypedDict, total=False):
    connection: Connection


class ListCalendarsRequest(TypedDict, total=False):
    connectionId: Required[str | None]


class ListCalendarsResponse(TypedDict, total=False):
    calendars: list[Calendar]


class ListConnectionsOptions(TypedDict, total=False):
    """What ``listConnections`` reads from ``options``."""

    scheduleIds: list[str] | None
    partialFailure: bool | None


class ListConnectionsRequest(TypedDict, total=False):
    scheduleIds: list[str] | None
    partialFailure: bool | None


class ListConnectionsResponse(TypedDict, total=False):
    connections: list[Connection]
    failedProviderIds: list[str] | None


ListEventsOptions = TypedDict(
    "ListEventsOptions",
    {
        "from": "str | None",
        "to": "str | None",
        "scheduleIds": "list[str] | None",
        "userIds": "list[str] | None",
        "allDay": "bool | None",
        "fieldsets": "list[str]",
        "cursorPaging": "CursorPaging",
        "partialFailure": "bool | None",
    },
    total=False,
)


ListEventsRequest = TypedDict(
    "ListEventsRequest",
    {
        "from": "str | None",
        "to": "str | None",
        "scheduleIds": "list[str] | None",
        "userIds": "list[str] | None",
        "allDay": "bool | None",
        "fieldsets": "list[str]",
        "cursorPaging": "CursorPaging",
        "partialFailure": "bool | None",
    },
    total=False,
)


class ListEventsResponse(TypedDict, total=False):
    events: list[Event]
    pagingMetadata: CursorPagingMetadata
    failedProviderIds: list[str] | None


class ListProvidersRequest(TypedDict, total=False):
    pass


class ListProvidersResponse(TypedDict, total=False):
    providers: list[Provider]


class PrimaryCalendar(TypedDict, total=False):
    pass


class Provider(TypedDict, total=False):
    id: str | None
    name: str | None
    calendarType: CalendarType
    features: ProviderFeatures


class ProviderFeatures(TypedDict, total=False):
    connectMethods: list[ConnectMethod]
    updateSyncConfig: bool | None
    listEventFromCalendars: ListEventFromCalendars
    syncToCalendar: SyncToCalendar


class UpdateSyncConfigRequest(TypedDict, total=False):
    connectionId: Required[str | None]
    syncConfig: Required[ConnectionSyncConfig]


class UpdateSyncConfigResponse(TypedDict, total=False):
    connection: Connection
