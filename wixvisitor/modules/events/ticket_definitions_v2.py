# File generated from @wix/auto_sdk_events_ticket-definitions-v-2 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ticketDefinitionsV2`` module of ``@wix/events`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import ticket_definitions_v2 as _types

_BULK_DELETE_TICKET_DEFINITIONS_BY_FILTER = Route(
    "POST",
    "/events-ticket-definitions/v3/bulk/ticket-definitions/delete",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.BulkDeleteTicketDefinitionsByFilter",
)
_CHANGE_CURRENCY = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions/currency",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.ChangeCurrency",
)
_COUNT_AVAILABLE_TICKET_DEFINITIONS = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions/available/count",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.CountAvailableTicketDefinitions",
)
_COUNT_TICKET_DEFINITIONS = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions/count",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.CountTicketDefinitions",
)
_CREATE_TICKET_DEFINITION = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.CreateTicketDefinition",
)
_DELETE_TICKET_DEFINITION = Route(
    "DELETE",
    "/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.DeleteTicketDefinition",
    path_params=("ticketDefinitionId",),
)
_GET_TICKET_DEFINITION = Route(
    "GET",
    "/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.GetTicketDefinition",
    path_params=("ticketDefinitionId",),
)
_QUERY_AVAILABLE_TICKET_DEFINITIONS = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions/available/query",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.QueryAvailableTicketDefinitions",
)
_QUERY_TICKET_DEFINITIONS = Query(
    Route(
        "POST",
        "/events-ticket-definitions/v3/ticket-definitions/query",
        "wix.events.ticketdef.v3.TicketDefinitionManagement.QueryTicketDefinitions",
    ),
    items="ticketDefinitions",
    paging="CURSOR",
    metadata="metadata",
)
_REORDER_TICKET_DEFINITIONS = Route(
    "POST",
    "/events-ticket-definitions/v3/ticket-definitions/reorder",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.ReorderTicketDefinitions",
)
_UPDATE_TICKET_DEFINITION = Route(
    "PATCH",
    "/events-ticket-definitions/v3/ticket-definitions/{ticketDefinition.id}",
    "wix.events.ticketdef.v3.TicketDefinitionManagement.UpdateTicketDefinition",
    path_params=("ticketDefinition.id",),
)


class TicketDefinitionsV2(Module):
    """``ticketDefinitionsV2`` of ``@wix/events``: ``events.ticket_definitions_v2.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_ticket_definitions_by_filter(
        self, filter: Mapping[str, Any]
    ) -> _types.BulkDeleteTicketDefinitionsByFilterResponse:
        """Bulk delete ticket definitions by filter: ``POST``.

        ``/events-ticket-definitions/v3/bulk/ticket-definitions/delete``

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteTicketDefinitionsByFilterResponse",
            await call(
                self._requester, _BULK_DELETE_TICKET_DEFINITIONS_BY_FILTER, {"filter": filter}
            ),
        )

    async def change_currency(
        self, event_id: str, options: _types.ChangeCurrencyOptions
    ) -> _types.ChangeCurrencyResponse:
        """Change currency: ``POST /events-ticket-definitions/v3/ticket-definitions/currency``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``CURRENCY_LOCKED``.
        """
        return cast(
            "_types.ChangeCurrencyResponse",
            await call(
                self._requester,
                _CHANGE_CURRENCY,
                {"eventId": event_id, **_fields.pick(options, "currency")},
            ),
        )

    async def count_available_ticket_definitions(
        self, options: _types.CountAvailableTicketDefinitionsOptions | None = None
    ) -> _types.CountAvailableTicketDefinitionsResponse:
        """Count available ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/available/count``

        Permissions: ``WIX_EVENTS.READ_AVAILABLE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``FILTER_PARSER_ERROR``.
        """
        return cast(
            "_types.CountAvailableTicketDefinitionsResponse",
            await call(
                self._requester,
                _COUNT_AVAILABLE_TICKET_DEFINITIONS,
                {**_fields.pick(options, "filter")},
            ),
        )

    async def count_ticket_definitions(
        self, options: _types.CountTicketDefinitionsOptions | None = None
    ) -> _types.CountTicketDefinitionsResponse:
        """Count ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/count``

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``FILTER_PARSER_ERROR``.
        """
        return cast(
            "_types.CountTicketDefinitionsResponse",
            await call(
                self._requester,
                _COUNT_TICKET_DEFINITIONS,
                {**_fields.pick(options, "filter", "facet")},
            ),
        )

    async def create_ticket_definition(
        self,
        ticket_definition: _types.TicketDefinition,
        options: _types.CreateTicketDefinitionOptions | None = None,
    ) -> _types.CreateTicketDefinitionResponse:
        """Create ticket definition: ``POST /events-ticket-definitions/v3/ticket-definitions``.

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_TYPE``, ``TICKET_DEFINITIONS_LIMIT_REACHED``,
        ``INVALID_SALE_PERIOD``.
        """
        return cast(
            "_types.CreateTicketDefinitionResponse",
            await call(
                self._requester,
                _CREATE_TICKET_DEFINITION,
                {"ticketDefinition": ticket_definition, **_fields.pick(options, "fields")},
            ),
        )

    async def delete_ticket_definition(
        self, ticket_definition_id: str
    ) -> _types.DeleteTicketDefinitionResponse:
        """Delete ticket definition: ``DELETE``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}``

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTicketDefinitionResponse",
            await call(
                self._requester,
                _DELETE_TICKET_DEFINITION,
                {"ticketDefinitionId": ticket_definition_id},
            ),
        )

    async def get_ticket_definition(
        self, ticket_definition_id: str, options: _types.GetTicketDefinitionOptions | None = None
    ) -> _types.GetTicketDefinitionResponse:
        """Get ticket definition: ``GET``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}``

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTicketDefinitionResponse",
            await call(
                self._requester,
                _GET_TICKET_DEFINITION,
                {"ticketDefinitionId": ticket_definition_id, **_fields.pick(options, "fields")},
            ),
        )

    async def query_available_ticket_definitions(
        self,
        query: _types.QueryV2,
        options: _types.QueryAvailableTicketDefinitionsOptions | None = None,
    ) -> _types.QueryAvailableTicketDefinitionsResponse:
        """Query available ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/available/query``

        Permissions: ``WIX_EVENTS.READ_AVAILABLE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryAvailableTicketDefinitionsResponse",
            await call(
                self._requester,
                _QUERY_AVAILABLE_TICKET_DEFINITIONS,
                {"query": query, **_fields.pick(options, "fields")},
            ),
        )

    def query_ticket_definitions(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.TicketDefinition]:
        """Query ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/query``

        Permissions: ``WIX_EVENTS.READ_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TICKET_DEFINITIONS, options)

    async def reorder_ticket_definitions(
        self, event_id: str, options: _types.ReorderTicketDefinitionsOptions | None = None
    ) -> _types.ReorderTicketDefinitionsResponse:
        """Reorder ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/reorder``

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_REORDER_INSTRUCTION``.
        """
        return cast(
            "_types.ReorderTicketDefinitionsResponse",
            await call(
                self._requester,
                _REORDER_TICKET_DEFINITIONS,
                {
                    "eventId": event_id,
                    **_fields.pick(
                        options, "ticketDefinitionId", "beforeDefinitionId", "afterDefinitionId"
                    ),
                },
            ),
        )

    async def update_ticket_definition(
        self,
        id: str,
        ticket_definition: _types.TicketDefinition,
        options: _types.UpdateTicketDefinitionOptions | None = None,
    ) -> _types.UpdateTicketDefinitionResponse:
        """Update ticket definition: ``PATCH``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinition.id}``

        Permissions: ``WIX_EVENTS.MANAGE_TICKET_DEFINITIONS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_SALE_PERIOD``.
        """
        return cast(
            "_types.UpdateTicketDefinitionResponse",
            await call(
                self._requester,
                _UPDATE_TICKET_DEFINITION,
                {
                    "ticketDefinition": {**ticket_definition, "id": id},
                    **_fields.pick(options, "fields"),
                },
            ),
        )


def bind(client: Requester) -> TicketDefinitionsV2:
    """The ``ticketDefinitionsV2`` module for ``client``'s visitor."""
    return TicketDefinitionsV2(client)
