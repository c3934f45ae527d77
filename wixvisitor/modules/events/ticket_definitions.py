# File generated from @wix/auto_sdk_events_ticket-definitions 1.0.53
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ticketDefinitions`` module of ``@wix/events`` (8 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import ticket_definitions as _types

_CHANGE_CURRENCY = Route(
    "PUT",
    "/events/v1/ticket-definitions/currency",
    "wix.events.ticketing.TicketDefinitionManagement.ChangeCurrency",
)
_CREATE_TICKET_DEFINITION = Route(
    "POST",
    "/events/v1/ticket-definitions",
    "wix.events.ticketing.TicketDefinitionManagement.CreateTicketDefinition",
)
_DELETE_TICKET_DEFINITION = Route(
    "DELETE",
    "/events/v1/ticket-definitions",
    "wix.events.ticketing.TicketDefinitionManagement.DeleteTicketDefinition",
)
_GET_TICKET_DEFINITION = Route(
    "GET",
    "/events/v1/ticket-definitions/{definitionId}",
    "wix.events.ticketing.TicketDefinitionManagement.GetTicketDefinition",
    path_params=("definitionId",),
)
_LIST_TICKET_DEFINITIONS = Route(
    "GET",
    "/events/v1/ticket-definitions",
    "wix.events.ticketing.TicketDefinitionManagement.ListTicketDefinitions",
)
_QUERY_TICKET_DEFINITIONS = Route(
    "POST",
    "/events/v1/ticket-definitions/query",
    "wix.events.ticketing.TicketDefinitionManagement.QueryTicketDefinitions",
)
_QUERY_TICKET_DEFINITIONS_V2 = Query(
    Route(
        "POST",
        "/events/v2/ticket-definitions/query",
        "wix.events.ticketing.TicketDefinitionManagement.QueryTicketDefinitionsV2",
    ),
    items="definitions",
    paging="CURSOR",
    metadata="metadata",
)
_UPDATE_TICKET_DEFINITION = Route(
    "PATCH",
    "/events/v1/ticket-definitions/{definitionId}",
    "wix.events.ticketing.TicketDefinitionManagement.UpdateTicketDefinition",
    path_params=("definitionId",),
)


class TicketDefinitions(Module):
    """``ticketDefinitions`` of ``@wix/events``: ``events.ticket_definitions.bind(wix)``."""

    __slots__ = ()

    async def change_currency(
        self, options: _types.ChangeCurrencyOptions | None = None
    ) -> _types.ChangeCurrencyResponse:
        """Change currency: ``PUT /events/v1/ticket-definitions/currency``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ChangeCurrencyResponse",
            await call(
                self._requester, _CHANGE_CURRENCY, {**_fields.pick(options, "eventId", "currency")}
            ),
        )

    async def create_ticket_definition(
        self, event_id: str, options: _types.CreateTicketDefinitionOptions
    ) -> _types.CreateTicketDefinitionResponse:
        """Create ticket definition: ``POST /events/v1/ticket-definitions``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateTicketDefinitionResponse",
            await call(
                self._requester,
                _CREATE_TICKET_DEFINITION,
                {"eventId": event_id, **_fields.pick(options, "definition")},
            ),
        )

    async def delete_ticket_definition(
        self, event_id: str, options: _types.DeleteTicketDefinitionOptions | None = None
    ) -> _types.DeleteTicketDefinitionResponse:
        """Delete ticket definition: ``DELETE /events/v1/ticket-definitions``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteTicketDefinitionResponse",
            await call(
                self._requester,
                _DELETE_TICKET_DEFINITION,
                {"eventId": event_id, **_fields.pick(options, "byId", "all")},
            ),
        )

    async def get_ticket_definition(
        self, definition_id: str, options: _types.GetTicketDefinitionOptions | None = None
    ) -> _types.GetTicketDefinitionResponse:
        """Get ticket definition: ``GET /events/v1/ticket-definitions/{definitionId}``.

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetTicketDefinitionResponse",
            await call(
                self._requester,
                _GET_TICKET_DEFINITION,
                {"definitionId": definition_id, **_fields.pick(options, "fieldset")},
            ),
        )

    async def list_ticket_definitions(
        self, options: _types.ListTicketDefinitionsOptions | None = None
    ) -> _types.ListTicketDefinitionsResponse:
        """List ticket definitions: ``GET /events/v1/ticket-definitions``.

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListTicketDefinitionsResponse",
            await call(
                self._requester,
                _LIST_TICKET_DEFINITIONS,
                {
                    **_fields.pick(
                        options,
                        "eventId",
                        "offset",
                        "limit",
                        "fieldset",
                        "eventCreatorId",
                        "state",
                        "sort",
                        "saleStatus",
                        "facet",
                    )
                },
            ),
        )

    async def query_ticket_definitions(
        self, options: _types.QueryTicketDefinitionsOptions | None = None
    ) -> _types.QueryTicketDefinitionsResponse:
        """Query ticket definitions: ``POST /events/v1/ticket-definitions/query``.

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.QueryTicketDefinitionsResponse",
            await call(
                self._requester,
                _QUERY_TICKET_DEFINITIONS,
                {**_fields.pick(options, "offset", "limit", "fieldset", "filter", "sort", "facet")},
            ),
        )

    def query_ticket_definitions_v2(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.TicketDefinition]:
        """Query ticket definitions v2: ``POST /events/v2/ticket-definitions/query``.

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return QueryBuilder(self._requester, _QUERY_TICKET_DEFINITIONS_V2, options)

    async def update_ticket_definition(
        self, definition_id: str, event_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.UpdateTicketDefinitionResponse:
        """Update ticket definition: ``PATCH /events/v1/ticket-definitions/{definitionId}``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateTicketDefinitionResponse",
            await call(
                self._requester,
                _UPDATE_TICKET_DEFINITION,
                {
                    "definitionId": definition_id,
                    "eventId": event_id,
                    **_fields.pick(options, "definition", "fields"),
                },
            ),
        )


def bind(client: Requester) -> TicketDefinitions:
    """The ``ticketDefinitions`` module for ``client``'s visitor."""
    return TicketDefinitions(client)
