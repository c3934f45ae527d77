# File generated from @wix/events 1.0.852 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/events`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ChannelType: TypeAlias = Literal["ONLINE", "OFFLINE_POS"]
FeeType: TypeAlias = Literal["FEE_ADDED", "FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT"]
InputControlType: TypeAlias = Literal[
    "INPUT",
    "TEXTAREA",
    "DROPDOWN",
    "RADIO",
    "CHECKBOX",
    "NAME",
    "GUEST_CONTROL",
    "ADDRESS_SHORT",
    "ADDRESS_FULL",
    "DATE",
]
LocationType: TypeAlias = Literal["VENUE", "ONLINE"]
OrderStatus: TypeAlias = Literal[
    "NA_ORDER_STATUS",
    "FREE",
    "PENDING",
    "PAID",
    "OFFLINE_PENDING",
    "INITIATED",
    "CANCELED",
    "DECLINED",
    "AUTHORIZED",
    "VOIDED",
    "PARTIALLY_PAID",
]
RecurrenceStatusStatus: TypeAlias = Literal[
    "ONE_TIME",
    "RECURRING",
    "RECURRING_UPCOMING",
    "RECURRING_RECENTLY_ENDED",
    "RECURRING_RECENTLY_CANCELED",
]
RsvpStatus: TypeAlias = Literal["YES", "NO", "WAITLIST"]
ScheduleStatus: TypeAlias = Literal["SCHEDULED", "CANCELED"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UPCOMING", "STARTED", "ENDED", "CANCELED", "DRAFT"]
TicketDefinitionFieldset: TypeAlias = Literal["POLICY", "DASHBOARD"]
TicketSaleStatus: TypeAlias = Literal["SALE_SCHEDULED", "SALE_STARTED", "SALE_ENDED"]
Type: TypeAlias = Literal["STANDARD", "DONATION"]
ValueType: TypeAlias = Literal["TEXT", "NUMBER", "TEXT_ARRAY", "DATE_TIME", "ADDRESS"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class CalendarLinks(TypedDict, total=False):
    google: str
    ics: str


class ChangeCurrencyResponse(TypedDict, total=False):
    pass


class CheckIn(TypedDict, total=False):
    created: str | None


class CheckoutFormMessages(TypedDict, total=False):
    title: str
    submitActionLabel: str
    confirmation: ResponseConfirmation


class CommonMoney(TypedDict, total=False):
    value: str
    currency: str


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class Dashboard(TypedDict, total=False):
    hidden: bool
    sold: int
    limited: bool
    quantity: int | None
    unsold: int | None
    ticketsSold: int
    ticketsReserved: int


class DateAndTimeSettings(TypedDict, total=False):
    dateAndTimeTbd: bool | None
    dateAndTimeTbdMessage: str | None
    startDate: str | None
    endDate: str | None
    timeZoneId: str | None
    hideEndDate: bool | None
    showTimeZone: bool | None
    recurrenceStatus: RecurrenceStatusStatus
    recurringEvents: Recurrences
    formatted: Formatted


class DeleteRsvpResponse(TypedDict, total=False):
    pass


class DeleteTicketDefinitionResponse(TypedDict, total=False):
    pass


class DiscardDraftRequest(TypedDict, total=False):
    eventId: Required[str]


class DiscardDraftResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FacetCounts(TypedDict, total=False):
    counts: dict[str, int]


class FormResponse(TypedDict, total=False):
    inputValues: list[InputValue]


class Formatted(TypedDict, total=False):
    dateAndTime: str | None
    startDate: str | None
    startTime: str | None
    endDate: str | None
    endTime: str | None


class GuestDetails(TypedDict, total=False):
    guestAssigned: bool
    firstName: str | None
    lastName: str | None
    email: str | None
    form: FormResponse
    contactId: str | None
    phone: str | None


class Input(TypedDict, total=False):
    name: str
    array: bool
    label: str
    additionalLabels: dict[str, str]
    options: list[str]
    mandatory: bool
    maxLength: int
    type: ValueType
    maxSize: int | None
    defaultOptionSelection: OptionSelection
    labels: list[Label]


class InputControl(TypedDict, total=False):
    type: InputControlType
    system: bool
    name: str
    inputs: list[Input]
    label: str
    orderIndex: int
    id: str
    deleted: bool | None


class InputValue(TypedDict, total=False):
    inputName: str
    value: str
    values: list[str]


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class Label(TypedDict, total=False):
    name: str
    label: str


class Money(TypedDict, total=False):
    amount: str
    currency: str
    value: str | None


class Occurrence(TypedDict, total=False):
    startDate: str | None
    endDate: str | None
    timeZoneId: str | None
    showTimeZone: bool


class OnlineConferencingLogin(TypedDict, total=False):
    link: str
    password: str | None


class OptionSelectionSelectedOptionOneOf(TypedDict, total=False):
    optionIndex: int
    placeholderText: str


class OptionSelection(OptionSelectionSelectedOptionOneOf, total=False):
    pass


class PageUrl(TypedDict, total=False):
    base: str
    path: str


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class PricingOption(TypedDict, total=False):
    id: str | None
    name: str | None
    price: Money


class PricingOptions(TypedDict, total=False):
    options: list[PricingOption]


class PublishDraftRequest(TypedDict, total=False):
    eventId: Required[str]


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Recurrences(TypedDict, total=False):
    individualEventDates: list[Occurrence]
    categoryId: str | None


class RegistrationClosedMessages(TypedDict, total=False):
    message: str
    exploreEventsActionLabel: str


class ResponseConfirmation(TypedDict, total=False):
    title: str
    message: str
    downloadTicketsLabel: str
    addToCalendarLabel: str
    shareEventLabel: str


class ResponseMetaData(TypedDict, total=False):
    count: int
    offset: int
    total: int


class ScheduleItem(TypedDict, total=False):
    id: str
    hidden: bool
    name: str
    timeSlot: TimeInterval
    description: str
    stageName: str
    tags: list[str]
    status: ScheduleStatus
    createdDate: str | None
    updatedDate: str | None
    eventId: str
    draft: bool


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TicketPricingPriceOneOf(TypedDict, total=False):
    fixedPrice: Money
    minPrice: Money
    pricingOptions: PricingOptions


class TicketPricing(TicketPricingPriceOneOf, total=False):
    pricingType: Type


class TicketSalePeriod(TypedDict, total=False):
    startDate: str | None
    endDate: str | None
    hideNotOnSale: bool


class TicketingTicket(TypedDict, total=False):
    ticketNumber: str
    orderNumber: str
    ticketDefinitionId: str
    name: str
    price: Money
    free: bool
    policy: str
    checkIn: CheckIn
    orderStatus: OrderStatus
    orderArchived: bool
    orderFullName: str
    guestFullName: str | None
    guestDetails: GuestDetails
    archived: bool
    memberId: str | None
    anonymized: bool
    checkInUrl: str
    ticketPdfUrl: str
    channel: ChannelType
    walletPassUrl: str
    canceled: bool | None


class TicketsUnavailableMessages(TypedDict, total=False):
    message: str
    exploreEventsActionLabel: str


class TimeInterval(TypedDict, total=False):
    start: str | None
    end: str | None
    timeZoneId: str | None


class WixFeeConfig(TypedDict, total=False):
    type: FeeType
