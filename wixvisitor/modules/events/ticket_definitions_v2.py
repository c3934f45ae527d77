# File generated from @wix/auto_sdk_events_ticket-definitions-v-2 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ticketDefinitionsV2`` module of ``@wix/events`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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
    ) -> dict[str, Any]:
        """Bulk delete ticket definitions by filter: ``POST``.

        ``/events-ticket-definitions/v3/bulk/ticket-definitions/delete``
        """
        return await call(
            self._requester, _BULK_DELETE_TICKET_DEFINITIONS_BY_FILTER, {"filter": filter}
        )

    async def change_currency(self, event_id: str, options: Mapping[str, Any]) -> dict[str, Any]:
        """Change currency: ``POST /events-ticket-definitions/v3/ticket-definitions/currency``."""
        return await call(
            self._requester,
            _CHANGE_CURRENCY,
            {"eventId": event_id, **_fields.pick(options, "currency")},
        )

    async def count_available_ticket_definitions(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Count available ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/available/count``
        """
        return await call(
            self._requester,
            _COUNT_AVAILABLE_TICKET_DEFINITIONS,
            {**_fields.pick(options, "filter")},
        )

    async def count_ticket_definitions(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Count ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/count``
        """
        return await call(
            self._requester, _COUNT_TICKET_DEFINITIONS, {**_fields.pick(options, "filter", "facet")}
        )

    async def create_ticket_definition(
        self, ticket_definition: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create ticket definition: ``POST /events-ticket-definitions/v3/ticket-definitions``."""
        return await call(
            self._requester,
            _CREATE_TICKET_DEFINITION,
            {"ticketDefinition": ticket_definition, **_fields.pick(options, "fields")},
        )

    async def delete_ticket_definition(self, ticket_definition_id: str) -> dict[str, Any]:
        """Delete ticket definition: ``DELETE``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}``
        """
        return await call(
            self._requester, _DELETE_TICKET_DEFINITION, {"ticketDefinitionId": ticket_definition_id}
        )

    async def get_ticket_definition(
        self, ticket_definition_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get ticket definition: ``GET``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinitionId}``
        """
        return await call(
            self._requester,
            _GET_TICKET_DEFINITION,
            {"ticketDefinitionId": ticket_definition_id, **_fields.pick(options, "fields")},
        )

    async def query_available_ticket_definitions(
        self, query: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Query available ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/available/query``
        """
        return await call(
            self._requester,
            _QUERY_AVAILABLE_TICKET_DEFINITIONS,
            {"query": query, **_fields.pick(options, "fields")},
        )

    def query_ticket_definitions(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/query``
        """
        return QueryBuilder(self._requester, _QUERY_TICKET_DEFINITIONS, options)

    async def reorder_ticket_definitions(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Reorder ticket definitions: ``POST``.

        ``/events-ticket-definitions/v3/ticket-definitions/reorder``
        """
        return await call(
            self._requester,
            _REORDER_TICKET_DEFINITIONS,
            {
                "eventId": event_id,
                **_fields.pick(
                    options, "ticketDefinitionId", "beforeDefinitionId", "afterDefinitionId"
                ),
            },
        )

    async def update_ticket_definition(
        self,
        id: str,
        ticket_definition: Mapping[str, Any],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Update ticket definition: ``PATCH``.

        ``/events-ticket-definitions/v3/ticket-definitions/{ticketDefinition.id}``
        """
        return await call(
            self._requester,
            _UPDATE_TICKET_DEFINITION,
            {
                "ticketDefinition": {**ticket_definition, "id": id},
                **_fields.pick(options, "fields"),
            },
        )


def bind(client: Requester) -> TicketDefinitionsV2:
    """The ``ticketDefinitionsV2`` module for ``client``'s visitor."""
    return TicketDefinitionsV2(client)
