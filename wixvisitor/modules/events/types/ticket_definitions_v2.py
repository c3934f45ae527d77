# File generated from @wix/auto_sdk_events_ticket-definitions-v-2 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.ticket_definitions_v2``.

From ``@wix/auto_sdk_events_ticket-definitions-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.ticket_definitions_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

FeeTypeEnumType: TypeAlias = Literal["FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT", "NO_FEE"]
Field: TypeAlias = Literal["SALES_DETAILS", "EVENT_DETAILS", "SEATING_DETAILS"]
LocationType: TypeAlias = Literal["VENUE", "ONLINE"]
PricingTypeEnumType: TypeAlias = Literal["STANDARD", "DONATION"]
RecurrenceStatusStatus: TypeAlias = Literal[
    "ONE_TIME",
    "RECURRING",
    "RECURRING_UPCOMING",
    "RECURRING_RECENTLY_ENDED",
    "RECURRING_RECENTLY_CANCELED",
]
SaleStatusEnumStatus: TypeAlias = Literal["SALE_SCHEDULED", "SALE_STARTED", "SALE_ENDED"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UPCOMING", "STARTED", "ENDED", "CANCELED", "DRAFT"]


class AvailablePlace(TypedDict, total=False):
    placeId: str
    label: str
    sectionLabel: str | None
    elementLabel: str | None
    availableCapacity: int


class BulkDeleteTicketDefinitionsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]


class BulkDeleteTicketDefinitionsByFilterResponse(TypedDict, total=False):
    pass


class ChangeCurrencyOptions(TypedDict, total=False):
    """What ``changeCurrency`` reads from ``options``."""

    currency: Required[str]


class ChangeCurrencyRequest(TypedDict, total=False):
    eventId: Required[str]
    currency: Required[str]


class ChangeCurrencyResponse(TypedDict, total=False):
    pass


class CommonAddressStreetOneOf(TypedDict, total=False):
    streetAddress: CommonStreetAddress
    addressLine: str | None


class CommonAddress(CommonAddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


class CommonMoney(TypedDict, total=False):
    value: str
    currency: str


class CommonStreetAddress(TypedDict, total=False):
    number: str
    name: str


class CountAvailableTicketDefinitionsOptions(TypedDict, total=False):
    """What ``countAvailableTicketDefinitions`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountAvailableTicketDefinitionsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountAvailableTicketDefinitionsResponse(TypedDict, total=False):
    metadata: PagingMetadataV2


class CountTicketDefinitionsOptions(TypedDict, total=False):
    """What ``countTicketDefinitions`` reads from ``options``."""

    filter: dict[str, Any] | None
    facet: list[str]


class CountTicketDefinitionsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    facet: list[str]


class CountTicketDefinitionsResponse(TypedDict, total=False):
    metadata: PagingMetadataV2
    facets: dict[str, FacetCounts]


class CreateTicketDefinitionOptions(TypedDict, total=False):
    """What ``createTicketDefinition`` reads from ``options``."""

    fields: list[Field]


class CreateTicketDefinitionRequest(TypedDict, total=False):
    ticketDefinition: Required[TicketDefinition]
    fields: list[Field]


class CreateTicketDefinitionResponse(TypedDict, total=False):
    ticketDefinition: TicketDefinition


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


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


class DeleteTicketDefinitionRequest(TypedDict, total=False):
    ticketDefinitionId: Required[str]


class DeleteTicketDefinitionResponse(TypedDict, total=False):
    pass


class EventDetails(TypedDict, total=False):
    title: str | None
    shortDescription: str | None
    location: Location
    dateAndTimeSettings: DateAndTimeSettings
    eventPageUrl: PageUrl
    status: Status


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FacetCounts(TypedDict, total=False):
    counts: dict[str, int]


class Formatted(TypedDict, total=False):
    dateAndTime: str | None
    startDate: str | None
    startTime: str | None
    endDate: str | None
    endTime: str | None


class GetTicketDefinitionOptions(TypedDict, total=False):
    """What ``getTicketDefinition`` reads from ``options``."""

    fields: list[Field]


class GetTicketDefinitionRequest(TypedDict, total=False):
    ticketDefinitionId: Required[str]
    fields: list[Field]


class GetTicketDefinitionResponse(TypedDict, total=False):
    ticketDefinition: TicketDefinition


class Location(TypedDict, total=False):
    name: str | None
    type: LocationType
    address: CommonAddress
    locationTbd: bool | None


class Occurrence(TypedDict, total=False):
    startDate: str | None
    endDate: str | None
    timeZoneId: str | None
    showTimeZone: bool


class OptionDetails(TypedDict, total=False):
    optionId: str | None
    name: str | None
    price: CommonMoney


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


class PricingMethodPriceOneOf(TypedDict, total=False):
    fixedPrice: CommonMoney
    guestPrice: CommonMoney
    pricingOptions: PricingOptions


class PricingMethod(PricingMethodPriceOneOf, total=False):
    pricingType: PricingTypeEnumType
    free: bool


class PricingOptions(TypedDict, total=False):
    optionDetails: list[OptionDetails]


class QueryAvailableTicketDefinitionsOptions(TypedDict, total=False):
    """What ``queryAvailableTicketDefinitions`` reads from ``options``."""

    fields: list[Field]


class QueryAvailableTicketDefinitionsRequest(TypedDict, total=False):
    query: Required[QueryV2]
    fields: list[Field]


class QueryAvailableTicketDefinitionsResponse(TypedDict, total=False):
    ticketDefinitions: list[TicketDefinition]
    metadata: PagingMetadataV2


class QueryTicketDefinitionsRequest(TypedDict, total=False):
    query: Required[QueryV2]
    fields: list[Field]


class QueryTicketDefinitionsResponse(TypedDict, total=False):
    ticketDefinitions: list[TicketDefinition]
    metadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Recurrences(TypedDict, total=False):
    individualEventDates: list[Occurrence]
    categoryId: str | None


class ReorderTicketDefinitionsOptions(TypedDict, total=False):
    """What ``reorderTicketDefinitions`` reads from ``options``."""

    ticketDefinitionId: str
    beforeDefinitionId: str
    afterDefinitionId: str


class ReorderTicketDefinitionsRequestReferenceDefinitionOneOf(TypedDict, total=False):
    beforeDefinitionId: str
    afterDefinitionId: str


class ReorderTicketDefinitionsRequest(
    ReorderTicketDefinitionsRequestReferenceDefinitionOneOf, total=False
):
    eventId: Required[str]
    ticketDefinitionId: Required[str]


class ReorderTicketDefinitionsResponse(TypedDict, total=False):
    pass


class SalePeriod(TypedDict, total=False):
    startDate: str | None
    endDate: str | None
    displayNotOnSale: bool


class SalesDetails(TypedDict, total=False):
    unsoldCount: int | None
    soldCount: int | None
    reservedCount: int | None
    soldOut: bool | None


class SeatingDetails(TypedDict, total=False):
    places: list[AvailablePlace]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TicketDefinition(TypedDict, total=False):
    id: str | None
    eventId: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    description: str | None
    policyText: str | None
    hidden: bool
    limited: bool
    initialLimit: int | None
    actualLimit: int | None
    pricingMethod: PricingMethod
    feeType: FeeTypeEnumType
    salePeriod: SalePeriod
    saleStatus: SaleStatusEnumStatus
    salesDetails: SalesDetails
    limitPerCheckout: int | None
    extendedFields: ExtendedFields
    eventDetails: EventDetails
    seatingDetails: SeatingDetails


class UpdateTicketDefinitionOptions(TypedDict, total=False):
    """What ``updateTicketDefinition`` reads from ``options``."""

    fields: list[Field]


class UpdateTicketDefinitionRequest(TypedDict, total=False):
    ticketDefinition: Required[TicketDefinition]
    fields: list[Field]


class UpdateTicketDefinitionResponse(TypedDict, total=False):
    ticketDefinition: TicketDefinition
