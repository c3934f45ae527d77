"""Wix Bookings reads a storefront makes: Query Services, Get Service, Query Locations, time slots.

Paths are the ones ``@wix/bookings`` sends (``/_api/bookings/v2/services/query``, the
first ``www.wixapis.com`` mapping) and the REST docs' (``/bookings/v2/services/query``);
both are served. Query Services pages by offset, as the package's query builder does, and filters on
``appId`` (the Wix Bookings app's, as Wix's docs ask storefronts to), ``category.id``,
``locations.business.id`` (``$hasSome``), ``mainSlug.name`` and the other fields of
``SERVICE_FIELDS``; ``conditionalFields: ["STAFF_MEMBER_DETAILS"]`` adds each service's
``staffMemberDetails``.

Time slots (emulator choices where Wix does not document them): only APPOINTMENT
services have slots here (a class's sessions are List Event Time Slots, a course has
none: 400); ``fromLocalDate`` and ``toLocalDate`` are required and at most 90 days
apart; slots before the emulator clock's now and slots a confirmed booking holds are
not listed, so every listed slot is bookable; a cursor carries only the offset, so
the next page repeats the same request with ``cursorPaging.cursor``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from .._state import EmulatorState
from ..common.http import (
    STATE_KEY,
    BadBody,
    Refusal,
    authenticate,
    caller_and_body,
    json_response,
    validation_error,
    wix_error,
)
from ..common.json_query import QueryError, filter_items, page_by_cursor, page_by_offset, sort_items
from ..common.reads import read_payload
from .book import zone_named
from .catalog import (
    BUSINESS_TIME_ZONE,
    LOCATION,
    SERVICES,
    Service,
    Slot,
    service_by_id,
    slots_between,
)

__all__ = [
    "get_service",
    "list_time_slots",
    "query_locations",
    "query_services",
    "service_not_found",
    "services_json",
]

#: Fields Query Services filters and sorts on.
SERVICE_FIELDS = frozenset(
    {"id", "appId", "name", "type", "hidden", "category.id", "category.name", "mainSlug.name",
     "locations.business.id", "locations.type", "form.id", "supportedSlugs.name",
     "onlineBooking.enabled", "payment.rateType", "sortOrder", "tagLine", "defaultCapacity",
     "createdDate", "updatedDate", "schedule.id", "staffMemberIds"}
)  # fmt: skip

#: ``conditionalFields`` Query Services takes (only the staff's details change the answer).
CONDITIONAL_FIELDS = frozenset(
    {"STAFF_MEMBER_DETAILS", "RESOURCE_TYPE_DETAILS", "DISCOUNT_INFO_DETAILS", "RESOURCE_DETAILS"}
)
_MAX_DAYS = 90
_FIRST_YEAR, _LAST_YEAR = 1970, 2999  # dates the emulator can compute slots for
_LOCAL_FORMAT = "%Y-%m-%dT%H:%M:%S"


def service_not_found(service_id: str) -> Refusal:
    """The 404 for a service id the site does not have."""
    description = f"Service {service_id} was not found"
    return Refusal(wix_error(404, description, "SERVICE_NOT_FOUND", description))


def _query_error(exc: QueryError) -> Refusal:
    return Refusal(validation_error(exc.field, exc.description))


def _conditional(body: Mapping[str, Any]) -> frozenset[str]:
    wanted = body.get("conditionalFields") or []
    if isinstance(wanted, str):
        wanted = [wanted]  # one value, as a flat GET sends it
    if not isinstance(wanted, list) or not all(name in CONDITIONAL_FIELDS for name in wanted):
        raise Refusal(
            validation_error("conditionalFields", f"must be some of {sorted(CONDITIONAL_FIELDS)}")
        )
    return frozenset(wanted)


def services_json(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every service as Services V2 returns it, with the ``conditionalFields`` asked for."""
    staff = "STAFF_MEMBER_DETAILS" in _conditional(body)
    found = [s.to_json() for s in SERVICES]
    if staff:
        for service, data in zip(SERVICES, found, strict=True):
            data["staffMemberDetails"] = service.staff_details()
    return found


async def query_services(request: web.Request) -> web.Response:
    """``POST .../v2/services/query`` ``{"query": {filter, sort, paging}, "conditionalFields"}``."""
    _, body = await caller_and_body(request)
    query = body.get("query", {})
    if not isinstance(query, Mapping):
        return validation_error("query", "must be an object")
    try:
        found = filter_items(services_json(body), query.get("filter"), SERVICE_FIELDS)
        found = sort_items(found, query.get("sort"), SERVICE_FIELDS)
        page, meta = page_by_offset(found, query.get("paging"), default=100, most=100)
    except QueryError as exc:
        raise _query_error(exc) from None
    return json_response({"services": page, "pagingMetadata": meta})


async def query_locations(request: web.Request) -> web.Response:
    """``POST .../v2/services/locations/query``: where the services (``filter.services``) happen."""
    _, body = await caller_and_body(request)
    filter_ = {} if body.get("filter") is None else body["filter"]
    if not isinstance(filter_, Mapping):
        return validation_error("filter", "must be an object")
    try:
        services = filter_items(services_json({}), filter_.get("services"), SERVICE_FIELDS)
    except QueryError as exc:
        raise _query_error(QueryError(f"filter.services.{exc.field}", exc.description)) from None
    ids = filter_.get("businessLocationIds")
    if ids is not None and (not isinstance(ids, list) or not all(isinstance(i, str) for i in ids)):
        return validation_error("filter.businessLocationIds", "must be a list of ids")
    locations = {
        location["business"]["id"]: location
        for service in services
        for location in service["locations"]
        if ids is None or location["business"]["id"] in ids
    }
    answer = {
        "businessLocations": {"exists": bool(locations), "locations": list(locations.values())},
        "customLocations": {"exists": False},
        "customerLocations": {"exists": False},
    }
    return json_response(answer)


async def get_service(request: web.Request) -> web.Response:
    """``GET .../v2/services/{serviceId}`` → ``{"service"}``, or 404 ``SERVICE_NOT_FOUND``."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        await read_payload(request)
    except BadBody as exc:
        return validation_error("body", str(exc))
    service = service_by_id(request.match_info["serviceId"])
    if service is None:
        raise service_not_found(request.match_info["serviceId"])
    return json_response({"service": service.to_json()})


def parse_local(value: Any, field: str, zone: datetime.tzinfo) -> float:
    """A local ISO date (``2026-12-07T09:00:00``, or with an offset) as epoch seconds."""
    if not isinstance(value, str):
        raise Refusal(validation_error(field, "is required, as YYYY-MM-DDThh:mm:ss"))
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise Refusal(validation_error(field, "must be a date as YYYY-MM-DDThh:mm:ss")) from None
    if not _FIRST_YEAR <= moment.year <= _LAST_YEAR:
        raise Refusal(validation_error(field, f"must be between {_FIRST_YEAR} and {_LAST_YEAR}"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.timestamp()


def time_zone(value: Any, field: str = "timeZone") -> tuple[str, datetime.tzinfo]:
    """The request's time zone name and zone (the business's when absent)."""
    name = BUSINESS_TIME_ZONE if value in (None, "") else value
    if not isinstance(name, str):
        raise Refusal(validation_error(field, "must be an IANA time zone name"))
    try:
        return name, zone_named(name)
    except ValueError:
        raise Refusal(validation_error(field, f"{name!r} is not an IANA time zone")) from None


def free_slots(state: EmulatorState, service: Service, start: float, end: float) -> list[Slot]:
    """The service's slots in ``[start, end)`` that are in the future and not taken."""
    now = state.now()
    return [
        slot
        for slot in slots_between(service, max(start, now), end)
        if slot.start >= now and not state.bookings.is_taken(slot)
    ]


def _slot_json(slot: Slot, zone: datetime.tzinfo) -> dict[str, Any]:
    start, end = slot.local(zone)
    location = LOCATION
    return {
        "serviceId": slot.service.id,
        "localStartDate": start,
        "localEndDate": end,
        "bookable": True,
        "location": {"id": location["id"], "name": location["name"], "locationType": "BUSINESS"},
        "totalCapacity": 1,
        "remainingCapacity": 1,
        "bookableCapacity": 1,
        "bookingPolicyViolations": {
            "tooEarlyToBook": False,
            "tooLateToBook": False,
            "bookOnlineDisabled": False,
        },
        "availableResources": [],
        "nestedTimeSlots": [],
        "scheduleId": slot.service.schedule_id,
        "allDay": False,
    }


def _per_day(slots: list[Slot], limit: Any, zone: datetime.tzinfo) -> list[Slot]:
    if limit is None:
        return slots
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise Refusal(validation_error("timeSlotsPerDay", "must be a positive integer"))
    kept: list[Slot] = []
    counts: dict[str, int] = {}
    for slot in slots:
        day = slot.local(zone)[0][:10]
        counts[day] = counts.get(day, 0) + 1
        if counts[day] <= limit:
            kept.append(slot)
    return kept


async def list_time_slots(request: web.Request) -> web.Response:
    """``POST .../v2/time-slots``: ``listAvailabilityTimeSlots`` for one appointment service."""
    _, body = await caller_and_body(request)
    service_id = body.get("serviceId")
    if not isinstance(service_id, str) or not service_id:
        return validation_error("serviceId", "is required")
    service = service_by_id(service_id)
    if service is None:
        raise service_not_found(service_id)
    if service.type != "APPOINTMENT":
        description = f"{service.type} services have no availability time slots"
        return validation_error("serviceId", description, "SERVICE_TYPE_NOT_SUPPORTED")
    zone_name, zone = time_zone(body.get("timeZone"))
    start = parse_local(body.get("fromLocalDate"), "fromLocalDate", zone)
    end = parse_local(body.get("toLocalDate"), "toLocalDate", zone)
    if not start < end <= start + _MAX_DAYS * 86_400:
        return validation_error(
            "toLocalDate", f"must be after fromLocalDate, by {_MAX_DAYS} days at most"
        )
    slots = _per_day(
        free_slots(request.app[STATE_KEY], service, start, end), body.get("timeSlotsPerDay"), zone
    )
    if body.get("bookable") is False:
        slots = []  # every listed slot is bookable
    try:
        page, meta = page_by_cursor(slots, body.get("cursorPaging"), default=1000, most=1000)
    except QueryError as exc:
        raise _query_error(exc) from None
    answer = {"timeSlots": [_slot_json(slot, zone) for slot in page], "timeZone": zone_name}
    meta.pop("count", None)  # this API's CursorPagingMetadata: cursors and hasNext only
    return json_response({**answer, "cursorPagingMetadata": meta})
