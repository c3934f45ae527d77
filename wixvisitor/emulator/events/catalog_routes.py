"""Events V3 reads and Ticket Definitions V3 reads: what an events storefront lists.

- ``POST /events/v3/events/query`` (Query Events: filter, sort, offset paging, ``fields``);
- ``GET /events/v3/events/{eventId}`` and ``GET /events/v3/events/slug/{slug}``;
- ``POST /events-ticket-definitions/v3/ticket-definitions/query`` and ``.../available/query``
  (cursor paging, ``fields``: ``SALES_DETAILS``, ``EVENT_DETAILS``), and
  ``GET .../ticket-definitions/{id}``.

A bad filter is 400 ``FILTER_PARSER_ERROR`` (the code the packages declare for queries);
other bad shapes are 400 validation errors naming the field; unknown ids are 404.
Emulator choices: Query Events without ``paging.limit`` returns no events (as Wix's own
headless recipe reports; the SDKs' query builders always send a limit); every read is
open to any visitor, including the management query of ticket definitions, which Wix's
recipe reports refused to visitors (use the ``available`` query, as storefronts do).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    BadBody,
    Refusal,
    authenticate,
    json_response,
    validation_error,
    wix_error,
)
from ..common.json_query import QueryError, filter_items, page_by_cursor, page_by_offset, sort_items
from ..common.reads import read_payload
from .event_shape import event_json
from .shapes import tier_json

__all__ = ["add_catalog_routes"]

EVENT_FIELDS = frozenset(
    {
        "DETAILS",
        "TEXTS",
        "REGISTRATION",
        "URLS",
        "FORM",
        "DASHBOARD",
        "FEED",
        "ONLINE_CONFERENCING_SESSION",
        "SEO_SETTINGS",
        "AGENDA",
        "CATEGORIES",
    }
)
TIER_FIELDS = frozenset({"SALES_DETAILS", "EVENT_DETAILS", "SEATING_DETAILS"})
_EVENT_FILTERS = (
    "id",
    "slug",
    "title",
    "status",
    "dateAndTimeSettings.startDate",
    "dateAndTimeSettings.endDate",
    "createdDate",
    "updatedDate",
    "publishedDate",
    "registration.type",
    "registration.initialType",
    "registration.status",
    "categories.id",
)
_TIER_FILTERS = (
    "id",
    "eventId",
    "name",
    "hidden",
    "limited",
    "saleStatus",
    "pricingMethod.free",
    "sortIndex",
    "createdDate",
    "updatedDate",
    "limitPerCheckout",
)
#: The JS SDK's names of system fields, as they may reach a filter or a sort.
_SDK_NAMES = {"_id": "id", "_createdDate": "createdDate", "_updatedDate": "updatedDate"}


async def _caller_payload(request: web.Request) -> tuple[str, dict[str, Any]]:
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        raise Refusal(caller)
    try:
        return caller.visitor_id, await read_payload(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None


def requested(value: Any, known: frozenset[str], where: str = "fields") -> frozenset[str]:
    """The ``fields`` of a request (a list, or one value as a GET parameter carries it)."""
    if value is None:
        return frozenset()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v in known for v in values):
        raise Refusal(validation_error(where, f"must be a list of {', '.join(sorted(known))}"))
    return frozenset(values)


def _renamed(filter_: Any) -> Any:
    if isinstance(filter_, Mapping):
        return {_SDK_NAMES.get(str(k), k): _renamed(v) for k, v in filter_.items()}
    if isinstance(filter_, list):
        return [_renamed(part) for part in filter_]
    return filter_


def _sort(sort: Any) -> Any:
    if not isinstance(sort, list):
        return sort
    specs = []
    for spec in sort:
        if isinstance(spec, Mapping):
            spec = dict(spec)
            if "order" not in spec and "direction" in spec:  # the older Sorting spelling
                spec["order"] = spec.pop("direction")
            name = spec.get("fieldName")
            if isinstance(name, str):
                spec["fieldName"] = _SDK_NAMES.get(name, name)
        specs.append(spec)
    return specs


def _query(
    items: list[dict[str, Any]], query: Any, filters: tuple[str, ...], *, offset_default: int
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Filter, sort and page ``items`` as a ``QueryV2`` says."""
    query = query if query is not None else {}
    if not isinstance(query, Mapping):
        raise Refusal(validation_error("query", "must be an object"))
    try:
        kept = filter_items(items, _renamed(query.get("filter")), filters)
    except QueryError as exc:
        raise Refusal(
            wix_error(400, exc.description, "FILTER_PARSER_ERROR", f"{exc.field} {exc.description}")
        ) from None
    try:
        ordered = sort_items(list(kept), _sort(query.get("sort")), filters)
        if query.get("cursorPaging") is not None:
            return page_by_cursor(ordered, query.get("cursorPaging"))
        return page_by_offset(ordered, query.get("paging"), default=offset_default)
    except QueryError as exc:
        raise Refusal(validation_error(f"query.{exc.field}", exc.description)) from None


async def query_events(request: web.Request) -> web.Response:
    """``POST /events/v3/events/query``: ``{"query", "fields", "includeDrafts"}``."""
    _, body = await _caller_payload(request)
    fields = requested(body.get("fields"), EVENT_FIELDS)
    state = request.app[STATE_KEY]
    book, now = state.events, state.now()
    full = [event_json(book, event, EVENT_FIELDS, now) for event in book.events.values()]
    page, meta = _query(full, body.get("query"), _EVENT_FILTERS, offset_default=0)
    events = [event_json(book, book.events[item["id"]], fields, now) for item in page]
    return json_response({"events": events, "pagingMetadata": meta})


async def _event_answer(request: web.Request, key: str) -> web.Response:
    _, payload = await _caller_payload(request)
    fields = requested(payload.get("fields"), EVENT_FIELDS)
    state = request.app[STATE_KEY]
    wanted = request.match_info[key]
    event = state.events.events.get(wanted) if key == "eventId" else state.events.by_slug(wanted)
    if event is None:
        description = f"Event {wanted} was not found"
        return wix_error(404, description, "EVENT_NOT_FOUND", description)
    return json_response({"event": event_json(state.events, event, fields, state.now())})


async def get_event(request: web.Request) -> web.Response:
    """``GET /events/v3/events/{eventId}`` with ``fields``."""
    return await _event_answer(request, "eventId")


async def get_event_by_slug(request: web.Request) -> web.Response:
    """``GET /events/v3/events/slug/{slug}`` with ``fields``."""
    return await _event_answer(request, "slug")


async def _query_tiers(request: web.Request, *, available: bool) -> web.Response:
    _, body = await _caller_payload(request)
    fields = requested(body.get("fields"), TIER_FIELDS)
    state = request.app[STATE_KEY]
    book, now = state.events, state.now()
    book.sweep(now)
    tiers = [t for t in book.tiers.values() if not (available and t.hidden)]
    # sortIndex sorts and filters (the dashboard's order) but is not a field of the answer.
    items = [
        {**tier_json(book, t, TIER_FIELDS - {"SEATING_DETAILS"}, now), "sortIndex": t.sort_index}
        for t in tiers
    ]
    if available:
        items = [item for item in items if item["saleStatus"] == "SALE_STARTED"]
    page, meta = _query(items, body.get("query"), _TIER_FILTERS, offset_default=50)
    answer = [tier_json(book, book.tiers[item["id"]], fields, now) for item in page]
    return json_response({"ticketDefinitions": answer, "metadata": meta})


async def query_ticket_definitions(request: web.Request) -> web.Response:
    """``POST .../ticket-definitions/query``: every tier, hidden ones included."""
    return await _query_tiers(request, available=False)


async def query_available_ticket_definitions(request: web.Request) -> web.Response:
    """``POST .../ticket-definitions/available/query``: the tiers on sale, not hidden."""
    return await _query_tiers(request, available=True)


async def get_ticket_definition(request: web.Request) -> web.Response:
    """``GET .../ticket-definitions/{ticketDefinitionId}`` with ``fields``."""
    _, payload = await _caller_payload(request)
    fields = requested(payload.get("fields"), TIER_FIELDS)
    state = request.app[STATE_KEY]
    state.events.sweep(state.now())
    tier = state.events.tiers.get(request.match_info["ticketDefinitionId"])
    if tier is None:
        description = "Ticket definition was not found"
        return wix_error(404, description, "TICKET_DEFINITION_NOT_FOUND", description)
    return json_response({"ticketDefinition": tier_json(state.events, tier, fields, state.now())})


def add_catalog_routes(app: web.Application) -> None:
    """Mount the Events V3 and Ticket Definitions V3 reads."""
    app.router.add_post("/events/v3/events/query", query_events)
    app.router.add_get("/events/v3/events/slug/{slug}", get_event_by_slug)
    app.router.add_get("/events/v3/events/{eventId}", get_event)
    tiers = "/events-ticket-definitions/v3/ticket-definitions"
    app.router.add_post(f"{tiers}/query", query_ticket_definitions)
    app.router.add_post(f"{tiers}/available/query", query_available_ticket_definitions)
    app.router.add_get(tiers + "/{ticketDefinitionId}", get_ticket_definition)
