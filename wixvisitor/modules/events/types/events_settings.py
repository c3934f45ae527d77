# File generated from @wix/auto_sdk_events_events-settings 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.events_settings``.

From ``@wix/auto_sdk_events_events-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.events_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

PremiumFeature: TypeAlias = Literal["SELL_TICKETS", "INCLUDE_URL_IN_EMAIL", "HIDE_FOOTER_IN_EMAIL"]
RequestedFields: TypeAlias = Literal[
    "SITE_INFO", "EVENTS_INFO", "SERVICE_FEE_SETTINGS", "PAYMENT_SETTINGS"
]


class DelayedPaymentCaptureSettings(TypedDict, total=False):
    enabled: bool | None


class EventsInfo(TypedDict, total=False):
    firstEventCreated: bool | None
    sellingTickets: bool | None
    sellingPaidTickets: bool | None


class EventsSettings(TypedDict, total=False):
    id: str | None
    createdDate: str | None
    updatedDate: str | None
    revision: str | None
    siteInfo: SiteInfo
    eventsInfo: EventsInfo
    serviceFeeSettings: ServiceFeeSettings
    paymentSettings: PaymentSettings


class GetEventsSettingsOptions(TypedDict, total=False):
    """What ``getEventsSettings`` reads from ``options``."""

    fields: list[RequestedFields]


class GetEventsSettingsRequest(TypedDict, total=False):
    fields: list[RequestedFields]


class GetEventsSettingsResponse(TypedDict, total=False):
    eventsSettings: EventsSettings


class PaymentMethod(TypedDict, total=False):
    methodId: str


class PaymentSettings(TypedDict, total=False):
    ticketSalesEnabled: bool | None
    activePaymentMethods: list[PaymentMethod]
    couponsAccepted: bool | None
    giftCardsAccepted: bool | None
    delayedPaymentCaptureSettings: DelayedPaymentCaptureSettings


class ServiceFeeSettings(TypedDict, total=False):
    serviceFeeEnabled: bool | None


class SiteInfo(TypedDict, total=False):
    locale: str | None
    language: str | None
    premiumFeatures: list[PremiumFeature]


class UpdateEventsSettingsOptions(TypedDict, total=False):
    """What ``updateEventsSettings`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateEventsSettingsRequest(TypedDict, total=False):
    eventsSettings: Required[EventsSettings]
    fields: list[RequestedFields]


class UpdateEventsSettingsResponse(TypedDict, total=False):
    eventsSettings: EventsSettings
