# File generated from @wix/auto_sdk_events_notifications 1.0.78
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.notifications``.

From ``@wix/auto_sdk_events_notifications``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.notifications import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

EmailNotificationReminderTime: TypeAlias = Literal[
    "INSTANT",
    "BEFORE_1_DAY",
    "BEFORE_3_DAYS",
    "BEFORE_1_WEEK",
    "BEFORE_1_HOUR",
    "BEFORE_30_MINUTES",
]
EmailNotificationType: TypeAlias = Literal[
    "EMAIL_RSVP_CONFIRMATION",
    "EMAIL_NEW_SPOTS_AVAILABLE",
    "EMAIL_EVENT_CANCELATION",
    "EMAIL_UPCOMING_EVENT_REMINDER",
    "EMAIL_ORDER_CONFIRMATION",
    "EMAIL_TICKET_CONFIRMATION",
    "EMAIL_INVOICE",
]
PushNotificationType: TypeAlias = Literal[
    "PUSH_EVENT_UPDATED",
    "PUSH_EVENT_CANCELATION",
    "PUSH_UPCOMING_EVENT_REMINDER",
    "PUSH_EVENT_CREATED",
]


class EmailNotificationConfig(TypedDict, total=False):
    notificationType: EmailNotificationType
    template: EmailTemplate
    reminderTime: EmailNotificationReminderTime
    sendingEnabled: bool | None


class EmailTemplate(TypedDict, total=False):
    subject: str | None
    body: str | None
    descriptionLink: Link
    calendarLink: Link
    onlineConferencingLink: Link
    includeTickets: bool | None


class EventGuests(TypedDict, total=False):
    eventId: str


class Link(TypedDict, total=False):
    display: bool | None
    linkText: str | None


class NotificationConfig(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    rsvpConfirmation: EmailNotificationConfig
    newSpotsAvailable: EmailNotificationConfig
    eventCancelation: EmailNotificationConfig
    upcomingEventReminder: EmailNotificationConfig
    orderConfirmation: EmailNotificationConfig
    ticketConfirmation: EmailNotificationConfig
    invoice: EmailNotificationConfig
    orderConfirmationWithTicketsLink: EmailNotificationConfig


class OrderGuest(TypedDict, total=False):
    eventId: str
    orderNumber: str


class ResolveNotificationConfigRequest(TypedDict, total=False):
    notificationConfigId: Required[str]


class ResolveNotificationConfigResponse(TypedDict, total=False):
    notificationConfig: NotificationConfig


class RsvpGuest(TypedDict, total=False):
    eventId: str
    rsvpId: str


class TicketGuest(TypedDict, total=False):
    eventId: str
    orderNumber: str | None
    ticketNumber: list[str]


class TriggerNotificationOptions(TypedDict, total=False):
    """What ``triggerNotification`` reads from ``options``."""

    emailNotificationType: EmailNotificationType
    pushNotificationType: PushNotificationType
    rsvpGuest: RsvpGuest
    orderGuest: OrderGuest
    eventGuests: EventGuests
    ticketGuest: TicketGuest


class TriggerNotificationRequestNotificationOneOf(TypedDict, total=False):
    emailNotificationType: EmailNotificationType
    pushNotificationType: PushNotificationType


class TriggerNotificationRequestGuestsOneOf(TypedDict, total=False):
    rsvpGuest: RsvpGuest
    orderGuest: OrderGuest
    eventGuests: EventGuests
    ticketGuest: TicketGuest


class TriggerNotificationRequest(
    TriggerNotificationRequestNotificationOneOf, TriggerNotificationRequestGuestsOneOf, total=False
):
    pass


class TriggerNotificationResponse(TypedDict, total=False):
    pass


class UpsertNotificationConfigRequest(TypedDict, total=False):
    notificationConfig: Required[NotificationConfig]


class UpsertNotificationConfigResponse(TypedDict, total=False):
    notificationConfig: NotificationConfig
