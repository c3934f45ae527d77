"""Class sessions: ``@wix/bookings``' ``eventTimeSlots`` (list them, get one).

A CLASS service's slots are its sessions; each carries ``eventInfo.eventId``, which
Create Booking takes as ``bookedEntity.slot.eventId``. Capacities count confirmed
bookings. Emulator choices: ``fromLocalDate`` and ``toLocalDate`` are required and at
most 90 days apart; ``serviceIds`` may name only CLASS services (400 otherwise), and
without it every class is listed; past sessions are not listed, nor (unless
``includeNonBookable``) full ones.
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
from ..common.json_query import QueryError, page_by_cursor
from ..common.reads import read_payload
from .catalog import LOCATION, SERVICES, Service, Slot, service_by_id, slot_of_event, slots_between
from .services import parse_local, time_zone

__all__ = ["add_routes", "event_slot_json"]

_MAX_DAYS = 90


def event_slot_json(state: EmulatorState, slot: Slot, zone: datetime.tzinfo) -> dict[str, Any]:
    """A class session as ``eventTimeSlots`` lists it."""
    start, end = slot.local(zone)
    left = max(slot.service.capacity - state.bookings.seats_taken(slot), 0)
    return {
        "serviceId": slot.service.id,
        "localStartDate": start,
        "localEndDate": end,
        "bookable": left > 0,
        "location": {"id": LOCATION["id"], "name": LOCATION["name"], "locationType": "BUSINESS"},
        "eventInfo": {"eventId": slot.event_id, "eventTitle": slot.service.name},
        "totalCapacity": slot.service.capacity,
        "remainingCapacity": left,
        "bookableCapacity": left,
        "bookingPolicyViolations": {
            "tooEarlyToBook": False,
            "tooLateToBook": False,
            "bookOnlineDisabled": False,
        },
        "availableResources": [],
        "scheduleId": slot.service.schedule_id,
    }


def _classes(body: Mapping[str, Any]) -> list[Service]:
    ids = body.get("serviceIds")
    if ids is None:
        return [service for service in SERVICES if service.type == "CLASS"]
    if isinstance(ids, str):
        ids = [ids]  # one value, as a flat GET sends it
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise Refusal(validation_error("serviceIds", "must be a list of service ids"))
    found = [service_by_id(i) for i in ids]
    if any(service is None or service.type != "CLASS" for service in found):
        raise Refusal(validation_error("serviceIds", "must name CLASS services"))
    return [service for service in found if service is not None]


async def list_event_time_slots(request: web.Request) -> web.Response:
    """``POST .../v2/time-slots/event``: the sessions of classes between two local dates."""
    _, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    services = _classes(body)
    zone_name, zone = time_zone(body.get("timeZone"))
    start = parse_local(body.get("fromLocalDate"), "fromLocalDate", zone)
    end = parse_local(body.get("toLocalDate"), "toLocalDate", zone)
    if not start < end <= start + _MAX_DAYS * 86_400:
        return validation_error(
            "toLocalDate", f"must be after fromLocalDate, by {_MAX_DAYS} days at most"
        )
    now = state.now()
    slots = sorted(
        (slot for service in services for slot in slots_between(service, max(start, now), end)),
        key=lambda slot: slot.start,
    )
    if body.get("includeNonBookable") is not True:
        slots = [slot for slot in slots if not state.bookings.is_taken(slot)]
    try:
        page, meta = page_by_cursor(slots, body.get("cursorPaging"), default=1000, most=1000)
    except QueryError as exc:
        return validation_error(exc.field, exc.description)
    meta.pop("count", None)  # this API's CursorPagingMetadata: cursors and hasNext only
    answer = [event_slot_json(state, slot, zone) for slot in page]
    return json_response({"timeSlots": answer, "timeZone": zone_name, "pagingMetadata": meta})


async def get_event_time_slot(request: web.Request) -> web.Response:
    """``GET .../v2/time-slots/event/{eventId}`` → ``{"timeSlot", "timeZone"}``."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    try:
        body = await read_payload(request)
    except BadBody as exc:
        return validation_error("body", str(exc))
    slot = slot_of_event(request.match_info["eventId"])
    if slot is None:
        description = f"Event {request.match_info['eventId']} was not found"
        return wix_error(404, description, "EVENT_NOT_FOUND", description)
    zone_name, zone = time_zone(body.get("timeZone"))
    answer = {
        "timeSlot": event_slot_json(request.app[STATE_KEY], slot, zone),
        "timeZone": zone_name,
    }
    return json_response(answer)


def add_routes(app: web.Application) -> None:
    """Serve the class sessions on the packages' and the REST docs' paths."""
    for slots in (
        "/service-availability/v2/time-slots",
        "/_api/service-availability/v2/time-slots",
    ):
        app.router.add_post(slots + "/event", list_event_time_slots)
        app.router.add_get(slots + "/event/{eventId}", get_event_time_slot)
