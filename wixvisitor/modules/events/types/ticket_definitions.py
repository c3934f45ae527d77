# File generated from @wix/auto_sdk_events_ticket-definitions 1.0.53
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.ticket_definitions``.

From ``@wix/auto_sdk_events_ticket-definitions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.ticket_definitions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

FeeType: TypeAlias = Literal["FEE_ADDED", "FEE_INCLUDED", "FEE_ADDED_AT_CHECKOUT"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
State: TypeAlias = Literal["VISIBLE", "HIDDEN", "FREE", "PAID"]
TicketDefinitionFieldset: TypeAlias = Literal["POLICY", "DASHBOARD"]
TicketDefinitionStateEnumState: TypeAlias = Literal["INCLUDE_HIDDEN_NOT_ON_SALE"]
TicketSaleStatus: TypeAlias = Literal["SALE_SCHEDULED", "SALE_STARTED", "SALE_ENDED"]
Type: TypeAlias = Literal["STANDARD", "DONATION"]


class ById(TypedDict, total=False):
    definitionId: list[str]


class ChangeCurrencyOptions(TypedDict, total=False):
    """What ``changeCurrency`` reads from ``options``."""

    eventId: str
    currency: str


class ChangeCurrencyRequest(TypedDict, total=False):
    eventId: str
    currency: Required[str]


class ChangeCurrencyResponse(TypedDict, total=False):
    pass


class CreateTicketDefinitionOptions(TypedDict, total=False):
    """What ``createTicketDefinition`` reads from ``options``."""

    definition: Required[TicketDefinitionData]


class CreateTicketDefinitionRequest(TypedDict, total=False):
    eventId: Required[str]
    definition: Required[TicketDefinitionData]


class CreateTicketDefinitionResponse(TypedDict, total=False):
    definition: TicketDefinition


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


class DeleteTicketDefinitionOptions(TypedDict, total=False):
    """What ``deleteTicketDefinition`` reads from ``options``."""

    byId: ById
    all: bool


class DeleteTicketDefinitionRequestDeleteOneOf(TypedDict, total=False):
    byId: ById
    all: bool


class DeleteTicketDefinitionRequest(DeleteTicketDefinitionRequestDeleteOneOf, total=False):
    eventId: Required[str]


class DeleteTicketDefinitionResponse(TypedDict, total=False):
    pass


class FacetCounts(TypedDict, total=False):
    counts: dict[str, int]


class GetTicketDefinitionOptions(TypedDict, total=False):
    """What ``getTicketDefinition`` reads from ``options``."""

    fieldset: list[TicketDefinitionFieldset]


class GetTicketDefinitionRequest(TypedDict, total=False):
    definitionId: Required[str]
    fieldset: list[TicketDefinitionFieldset]


class GetTicketDefinitionResponse(TypedDict, total=False):
    definition: TicketDefinition


class ListTicketDefinitionsOptions(TypedDict, total=False):
    """What ``listTicketDefinitions`` reads from ``options``."""

    eventId: list[str]
    offset: int
    limit: int
    fieldset: list[TicketDefinitionFieldset]
    eventCreatorId: list[str]
    state: list[State]
    sort: str
    saleStatus: list[TicketSaleStatus]
    facet: list[str]


class ListTicketDefinitionsRequest(TypedDict, total=False):
    eventId: list[str]
    offset: int
    limit: int
    fieldset: list[TicketDefinitionFieldset]
    eventCreatorId: list[str]
    state: list[State]
    sort: str
    saleStatus: list[TicketSaleStatus]
    facet: list[str]


class ListTicketDefinitionsResponse(TypedDict, total=False):
    metaData: ResponseMetaData
    definitions: list[TicketDefinition]
    facets: dict[str, FacetCounts]


class Money(TypedDict, total=False):
    amount: str
    currency: str
    value: str | None


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


class QueryTicketDefinitionsOptions(TypedDict, total=False):
    """What ``queryTicketDefinitions`` reads from ``options``."""

    offset: int
    limit: int
    fieldset: list[TicketDefinitionFieldset]
    filter: dict[str, Any] | None
    sort: str
    facet: list[str]


class QueryTicketDefinitionsRequest(TypedDict, total=False):
    offset: int
    limit: int
    fieldset: list[TicketDefinitionFieldset]
    filter: dict[str, Any] | None
    sort: str
    facet: list[str]


class QueryTicketDefinitionsResponse(TypedDict, total=False):
    total: int
    offset: int
    limit: int
    definitions: list[TicketDefinition]
    facets: dict[str, FacetCounts]


class QueryTicketDefinitionsV2Request(TypedDict, total=False):
    query: QueryV2


class QueryTicketDefinitionsV2Response(TypedDict, total=False):
    definitions: list[TicketDefinition]
    metadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class ResponseMetaData(TypedDict, total=False):
    count: int
    offset: int
    total: int


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TicketDefinition(TypedDict, total=False):
    id: str
    price: Money
    free: bool
    name: str
    description: str
    limitPerCheckout: int
    orderIndex: int
    policy: str
    dashboard: Dashboard
    eventId: str
    wixFeeConfig: WixFeeConfig
    salePeriod: TicketSalePeriod
    saleStatus: TicketSaleStatus
    state: list[TicketDefinitionStateEnumState]
    pricing: TicketPricing


class TicketDefinitionData(TypedDict, total=False):
    name: str | None
    price: Money
    description: str | None
    limited: bool
    quantity: int | None
    orderIndex: int
    policy: str | None
    hidden: bool
    wixFeeConfig: WixFeeConfig
    salePeriod: TicketSalePeriod
    pricing: TicketPricing


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


class UpdateTicketDefinitionRequest(TypedDict, total=False):
    eventId: Required[str]
    definitionId: Required[str]
    definition: TicketDefinitionData
    fields: list[str]


class UpdateTicketDefinitionResponse(TypedDict, total=False):
    definition: TicketDefinition


class WixFeeConfig(TypedDict, total=False):
    type: FeeType
