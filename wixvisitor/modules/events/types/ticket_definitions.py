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

from ._shared import ChangeCurrencyResponse as ChangeCurrencyResponse
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import Dashboard as Dashboard
from ._shared import DeleteTicketDefinitionResponse as DeleteTicketDefinitionResponse
from ._shared import FacetCounts as FacetCounts
from ._shared import FeeType as FeeType
from ._shared import Money as Money
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import PricingOption as PricingOption
from ._shared import PricingOptions as PricingOptions
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import ResponseMetaData as ResponseMetaData
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TicketDefinitionFieldset as TicketDefinitionFieldset
from ._shared import TicketPricing as TicketPricing
from ._shared import TicketPricingPriceOneOf as TicketPricingPriceOneOf
from ._shared import TicketSalePeriod as TicketSalePeriod
from ._shared import TicketSaleStatus as TicketSaleStatus
from ._shared import Type as Type
from ._shared import WixFeeConfig as WixFeeConfig

State: TypeAlias = Literal["VISIBLE", "HIDDEN", "FREE", "PAID"]
TicketDefinitionStateEnumState: TypeAlias = Literal["INCLUDE_HIDDEN_NOT_ON_SALE"]


class ById(TypedDict, total=False):
    definitionId: list[str]


class ChangeCurrencyOptions(TypedDict, total=False):
    """What ``changeCurrency`` reads from ``options``."""

    eventId: str
    currency: str


class ChangeCurrencyRequest(TypedDict, total=False):
    eventId: str
    currency: Required[str]


class CreateTicketDefinitionOptions(TypedDict, total=False):
    """What ``createTicketDefinition`` reads from ``options``."""

    definition: Required[TicketDefinitionData]


class CreateTicketDefinitionRequest(TypedDict, total=False):
    eventId: Required[str]
    definition: Required[TicketDefinitionData]


class CreateTicketDefinitionResponse(TypedDict, total=False):
    definition: TicketDefinition


class DeleteTicketDefinitionOptions(TypedDict, total=False):
    """What ``deleteTicketDefinition`` reads from ``options``."""

    byId: ById
    all: bool


class DeleteTicketDefinitionRequestDeleteOneOf(TypedDict, total=False):
    byId: ById
    all: bool


class DeleteTicketDefinitionRequest(DeleteTicketDefinitionRequestDeleteOneOf, total=False):
    eventId: Required[str]


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


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


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


class UpdateTicketDefinitionRequest(TypedDict, total=False):
    eventId: Required[str]
    definitionId: Required[str]
    definition: TicketDefinitionData
    fields: list[str]


class UpdateTicketDefinitionResponse(TypedDict, total=False):
    definition: TicketDefinition
