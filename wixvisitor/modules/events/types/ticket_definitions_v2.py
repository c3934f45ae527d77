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

from ._shared import ChangeCurrencyResponse as ChangeCurrencyResponse
from ._shared import CommonMoney as CommonMoney
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import DateAndTimeSettings as DateAndTimeSettings
from ._shared import DeleteTicketDefinitionResponse as DeleteTicketDefinitionResponse
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FacetCounts as FacetCounts
from ._shared import Formatted as Formatted
from ._shared import LocationType as LocationType
from ._shared import Occurrence as Occurrence
from ._shared import PageUrl as PageUrl
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2 as QueryV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Recurrences as Recurrences
from ._shared import RecurrenceStatusStatus as RecurrenceStatusStatus
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import Status as Status

FeeTypeEnumType: TypeAlias = Literal["FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT", "NO_FEE"]
Field: TypeAlias = Literal["SALES_DETAILS", "EVENT_DETAILS", "SEATING_DETAILS"]
PricingTypeEnumType: TypeAlias = Literal["STANDARD", "DONATION"]
SaleStatusEnumStatus: TypeAlias = Literal["SALE_SCHEDULED", "SALE_STARTED", "SALE_ENDED"]


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


class CommonAddressStreetOneOf(TypedDict, total=False):
    streetAddress: CommonStreetAddress
    addressLine: str | None


class CommonAddress(CommonAddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


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


class DeleteTicketDefinitionRequest(TypedDict, total=False):
    ticketDefinitionId: Required[str]


class EventDetails(TypedDict, total=False):
    title: str | None
    shortDescription: str | None
    location: Location
    dateAndTimeSettings: DateAndTimeSettings
    eventPageUrl: PageUrl
    status: Status


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


class OptionDetails(TypedDict, total=False):
    optionId: str | None
    name: str | None
    price: CommonMoney


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
