# File generated from @wix/auto_sdk_events_ticket-reservations 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.ticket_reservations``.

From ``@wix/auto_sdk_events_ticket-reservations``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.ticket_reservations import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CommonMoney as CommonMoney
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata

PromotionType: TypeAlias = Literal[
    "UNKNOWN_PROMOTION_TYPE", "OTHER", "COUPON_CODE", "PAID_PLAN_BENEFIT", "GIFT_CARD"
]
ReservationStatus: TypeAlias = Literal[
    "PENDING", "CONFIRMED", "CANCELED", "CANCELED_MANUALLY", "EXPIRED"
]


class AdditionalReservationSettings(TypedDict, total=False):
    disableTicketLimitValidation: bool | None
    enableHiddenTicketReservation: bool | None


class BulkUpdateTicketReservationTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateTicketReservationTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTicketReservationTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Required[Tags]
    unassignTags: Tags


class BulkUpdateTicketReservationTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateTicketReservationTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateTicketReservationTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTicketReservationTagsRequest(TypedDict, total=False):
    ids: Required[list[str]]
    assignTags: Required[Tags]
    unassignTags: Tags


class BulkUpdateTicketReservationTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateTicketReservationTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateTicketReservationTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class CancelTicketReservationRequest(TypedDict, total=False):
    ticketReservationId: Required[str]


class CancelTicketReservationResponse(TypedDict, total=False):
    ticketReservation: TicketReservation


class CreateTicketReservationRequest(TypedDict, total=False):
    ticketReservation: Required[TicketReservation]


class CreateTicketReservationResponse(TypedDict, total=False):
    ticketReservation: TicketReservation
    promotionErrors: PromotionErrors


class DeleteTicketReservationRequest(TypedDict, total=False):
    ticketReservationId: Required[str]


class DeleteTicketReservationResponse(TypedDict, total=False):
    ticketReservation: TicketReservation


class Error(TypedDict, total=False):
    promotionType: PromotionType
    code: str | None
    message: str | None


class EventSettingsSnapshot(TypedDict, total=False):
    pass


class GetTicketReservationRequest(TypedDict, total=False):
    ticketReservationId: Required[str]


class GetTicketReservationResponse(TypedDict, total=False):
    ticketReservation: TicketReservation
    promotionErrors: PromotionErrors


class PricingPlan(TypedDict, total=False):
    orderId: str
    planId: str


class PromotionErrors(TypedDict, total=False):
    error: list[Error]


class SeatInfo(TypedDict, total=False):
    sectionLabel: str | None
    areaLabel: str | None
    tableLabel: str | None
    rowLabel: str | None
    seatLabel: str | None
    configurationId: str | None


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TicketInfo(TypedDict, total=False):
    seatId: str | None
    seatInfo: SeatInfo
    guestPrice: str | None
    pricingOptionId: str | None
    pricingOptionName: str | None
    pricingPlan: PricingPlan
    priceOverride: str | None


class TicketLineItem(TypedDict, total=False):
    ticketLineItemId: str | None
    eventId: str | None
    ticketDefinitionId: str | None
    quantity: int | None
    ticketInfo: TicketInfo
    eventSettingsSnapshot: EventSettingsSnapshot
    removedQuantity: int | None
    policy: str | None
    ticketName: str | None
    price: CommonMoney
    subTotal: CommonMoney


class TicketReservation(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    expirationDate: str | None
    status: ReservationStatus
    memberId: str | None
    visitorId: str | None
    tickets: list[TicketLineItem]
    additionalReservationSettings: AdditionalReservationSettings
    extendedFields: ExtendedFields
    tags: Tags
