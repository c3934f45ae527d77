# File generated from @wix/auto_sdk_events_notifications 1.0.78
# by `make apigen` (tools/apigen). Do not edit.
"""The ``notifications`` module of ``@wix/events`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import notifications as _types

_RESOLVE_NOTIFICATION_CONFIG = Route(
    "GET",
    "/events-notifications/v2/notification-configs/resolve/{notificationConfigId}",
    "wix.events.notifications.v2.NotificationConfigManagement.ResolveNotificationConfig",
    path_params=("notificationConfigId",),
)
_TRIGGER_NOTIFICATION = Route(
    "POST",
    "/events-notifications/v2/notifications/trigger",
    "wix.events.notifications.v2.NotificationService.TriggerNotification",
)
_UPSERT_NOTIFICATION_CONFIG = Route(
    "POST",
    "/events-notifications/v2/notification-configs/{notificationConfig.id}",
    "wix.events.notifications.v2.NotificationConfigManagement.UpsertNotificationConfig",
    path_params=("notificationConfig.id",),
)


class Notifications(Module):
    """``notifications`` of ``@wix/events``: ``notifications = events.notifications.bind(wix)``."""

    __slots__ = ()

    async def resolve_notification_config(
        self, notification_config_id: str
    ) -> _types.ResolveNotificationConfigResponse:
        """Resolve notification config: ``GET``.

        ``/events-notifications/v2/notification-configs/resolve/{notificationConfigId}``

        Permissions: ``WIX_EVENTS.READ_NOTIFICATION_CONFIG``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ResolveNotificationConfigResponse",
            await call(
                self._requester,
                _RESOLVE_NOTIFICATION_CONFIG,
                {"notificationConfigId": notification_config_id},
            ),
        )

    async def trigger_notification(
        self, options: _types.TriggerNotificationOptions
    ) -> _types.TriggerNotificationResponse:
        """Trigger notification: ``POST /events-notifications/v2/notifications/trigger``.

        Permissions: ``WIX_EVENTS.MANAGE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.TriggerNotificationResponse",
            await call(
                self._requester,
                _TRIGGER_NOTIFICATION,
                {
                    **_fields.pick(
                        options,
                        "emailNotificationType",
                        "pushNotificationType",
                        "rsvpGuest",
                        "orderGuest",
                        "eventGuests",
                        "ticketGuest",
                    )
                },
            ),
        )

    async def upsert_notification_config(
        self, id: str, notification_config: _types.NotificationConfig
    ) -> _types.UpsertNotificationConfigResponse:
        """Upsert notification config: ``POST``.

        ``/events-notifications/v2/notification-configs/{notificationConfig.id}``

        Permissions: ``WIX_EVENTS.UPDATE_NOTIFICATION_CONFIG``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpsertNotificationConfigResponse",
            await call(
                self._requester,
                _UPSERT_NOTIFICATION_CONFIG,
                {"notificationConfig": {**notification_config, "id": id}},
            ),
        )


def bind(client: Requester) -> Notifications:
    """The ``notifications`` module for ``client``'s visitor."""
    return Notifications(client)
