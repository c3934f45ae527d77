"""Wix Bookings writes and a customer's own bookings: Create Booking, Query Extended Bookings.

A visitor books as Wix's end-to-end flow for headless sites does: List Availability
Time Slots, Create Booking for a slot (``CREATED``), then a cart line item with the
Wix Bookings app id and the booking id (``catalogReference.catalogItemId``), a
checkout, and the hosted checkout page, whose "Place order" confirms the booking and
takes its slot. Query Extended Bookings answers the caller's own bookings only (a
member's, or an anonymous visitor's): on the emulated site nobody else's are visible.

:func:`add_routes` serves these and ``_services_api``'s reads on every path the
packages send or the REST docs show.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from .._state import EmulatorState
from ..common.http import (
    STATE_KEY,
    Refusal,
    caller_and_body,
    json_response,
    validation_error,
    wix_error,
)
from ..common.json_query import QueryError, filter_items, page_by_cursor, sort_items
from . import categories, event_slots, form
from .book import Booking
from .catalog import (
    FORM_TARGETS,
    STAFF,
    STAFF_RESOURCE_TYPE_ID,
    Service,
    Slot,
    service_by_id,
    slot_of_event,
)
from .services import (
    free_slots,
    get_service,
    list_time_slots,
    parse_local,
    query_locations,
    query_services,
    service_not_found,
    time_zone,
)

__all__ = ["add_routes", "create_booking", "query_extended_bookings"]

#: Booking fields Query Extended Bookings filters and sorts on.
BOOKING_FIELDS = frozenset(
    {"id", "status", "paymentStatus", "startDate", "endDate", "createdDate", "updatedDate",
     "bookedEntity.slot.serviceId", "bookedEntity.title", "selectedPaymentOption"}
)  # fmt: skip
_CONTACT_FIELDS = ("firstName", "lastName", "email", "phone", "contactId")
_FORM_TO_CONTACT = {"first_name": "firstName", "last_name": "lastName", "email": "email",
                    "phone": "phone"}  # fmt: skip
_SELECTION_METHODS = frozenset({"ANY_RESOURCE", "SPECIFIC_RESOURCE", "NO_SELECTION"})


def _slot_of(body: Mapping[str, Any]) -> Mapping[str, Any]:
    booking = body.get("booking")
    if not isinstance(booking, Mapping):
        raise Refusal(validation_error("booking", "is required"))
    entity = booking.get("bookedEntity")
    slot = entity.get("slot") if isinstance(entity, Mapping) else None
    if not isinstance(slot, Mapping):
        raise Refusal(validation_error("booking.bookedEntity.slot", "is required"))
    participants = booking.get("totalParticipants", 1)
    if participants != 1 or isinstance(participants, bool):
        raise Refusal(validation_error("booking.totalParticipants", "a booking is for 1 here"))
    return slot


def _contact(body: Mapping[str, Any]) -> dict[str, str]:
    details = body["booking"].get("contactDetails") or {}
    if not isinstance(details, Mapping):
        raise Refusal(validation_error("booking.contactDetails", "must be an object"))
    contact = {}
    for name in _CONTACT_FIELDS:
        value = details.get(name)
        if value is not None and not isinstance(value, str):
            raise Refusal(validation_error(f"booking.contactDetails.{name}", "must be a string"))
        if value:
            contact[name] = value
    return contact


def _slot_unavailable() -> Refusal:
    description = "The requested slot is not available"
    return Refusal(wix_error(400, description, "SLOT_NOT_AVAILABLE", description))


def _resource(service: Service, slot_body: Mapping[str, Any], where: str) -> dict[str, Any] | None:
    """The staff member serving the booking: the one chosen, else any (the first)."""
    chosen = slot_body.get("resource")
    if chosen is not None:
        staff_id = chosen.get("id") if isinstance(chosen, Mapping) else None
        if staff_id not in service.staff:
            raise Refusal(validation_error(f"{where}.resource.id", "is not staff of the service"))
    else:
        staff_id = service.staff[0] if service.staff else None
    return None if staff_id is None else {"id": staff_id, "name": STAFF[staff_id]}


def _selections(slot_body: Mapping[str, Any], where: str) -> list[dict[str, Any]]:
    selections = slot_body.get("resourceSelections")
    if selections is None:
        return []
    if not isinstance(selections, list):
        raise Refusal(validation_error(f"{where}.resourceSelections", "must be a list"))
    for index, selection in enumerate(selections):
        at = f"{where}.resourceSelections[{index}]"
        if not isinstance(selection, Mapping):
            raise Refusal(validation_error(at, "must be an object"))
        if selection.get("resourceTypeId") != STAFF_RESOURCE_TYPE_ID:
            raise Refusal(validation_error(f"{at}.resourceTypeId", "must be the staff type's id"))
        if selection.get("selectionMethod", "ANY_RESOURCE") not in _SELECTION_METHODS:
            raise Refusal(validation_error(f"{at}.selectionMethod", "is not a selection method"))
    return [dict(selection) for selection in selections]


def _form_submission(body: Mapping[str, Any]) -> dict[str, Any]:
    """``formSubmission``: values keyed by the booking form's field targets."""
    submission = body.get("formSubmission")
    if submission is None:
        return {}
    if not isinstance(submission, Mapping):
        raise Refusal(validation_error("formSubmission", "must be an object"))
    for key, value in submission.items():
        if key not in FORM_TARGETS:
            raise Refusal(validation_error(f"formSubmission.{key}", "is not a booking form field"))
        if not isinstance(value, str):
            raise Refusal(validation_error(f"formSubmission.{key}", "must be a string"))
    return dict(submission)


def _find_slot(
    state: EmulatorState, service: Service, slot_body: Mapping[str, Any], where: str
) -> tuple[str, Slot]:
    """The time zone and the free slot the booking names (by ``eventId`` or ``startDate``)."""
    zone_name, zone = time_zone(slot_body.get("timezone"), f"{where}.timezone")
    event_id = slot_body.get("eventId")
    if event_id is not None:
        found = slot_of_event(event_id) if isinstance(event_id, str) else None
        if found is None or found.service is not service:
            raise _slot_unavailable()
        start = found.start
        wanted = slot_body.get("startDate")
        if wanted is not None and parse_local(wanted, f"{where}.startDate", zone) != start:
            raise _slot_unavailable()
    else:
        start = parse_local(slot_body.get("startDate"), f"{where}.startDate", zone)
    wanted_end = slot_body.get("endDate")
    end = None if wanted_end is None else parse_local(wanted_end, f"{where}.endDate", zone)
    slot = next((s for s in free_slots(state, service, start, start + 1) if s.start == start), None)
    if slot is None or (end is not None and end != slot.end):
        raise _slot_unavailable()
    return zone_name, slot


async def create_booking(request: web.Request) -> web.Response:
    """``POST .../v2/bookings`` ``{"booking": {"bookedEntity": {"slot"}, ...}, "formSubmission"}``.

    The slot names an APPOINTMENT service and a ``startDate`` (local, in the slot's
    ``timezone``) one of its free slots starts at, or a CLASS session by its
    ``eventId``; ``endDate``, when given, must be that slot's end. Otherwise 400
    ``SLOT_NOT_AVAILABLE``. ``resourceSelections`` (staff, ``ANY_RESOURCE``) or a chosen
    ``resource`` pick the staff member; ``formSubmission`` fills the contact details.
    """
    caller, body = await caller_and_body(request)
    state = request.app[STATE_KEY]
    slot_body = _slot_of(body)
    where = "booking.bookedEntity.slot"
    service_id = slot_body.get("serviceId")
    if not isinstance(service_id, str) or not service_id:
        return validation_error(f"{where}.serviceId", "is required")
    service = service_by_id(service_id)
    if service is None:
        raise service_not_found(service_id)
    if service.type == "COURSE":
        description = "booking a COURSE is not emulated; appointments and classes are"
        return validation_error(f"{where}.serviceId", description, "SERVICE_TYPE_NOT_SUPPORTED")
    resource, selections = _resource(service, slot_body, where), _selections(slot_body, where)
    form = _form_submission(body)
    zone_name, slot = _find_slot(state, service, slot_body, where)
    contact = {_FORM_TO_CONTACT[k]: v for k, v in form.items() if k in _FORM_TO_CONTACT and v}
    contact |= _contact(body)
    now = state.now()
    booking = Booking(
        state.new_id(), caller.visitor_id, slot, zone_name, contact, now, now,
        resource=resource, resource_selections=selections, form_submission=form,
    )  # fmt: skip
    state.bookings.add(booking)
    return json_response({"booking": booking.to_json()})


async def query_extended_bookings(request: web.Request) -> web.Response:
    """``POST .../v2/extended-bookings/query`` → the caller's ``extendedBookings``, newest first."""
    caller, body = await caller_and_body(request)
    query = body.get("query", {})
    if not isinstance(query, Mapping):
        return validation_error("query", "must be an object")
    mine = [b.to_json() for b in request.app[STATE_KEY].bookings.of_owner(caller.visitor_id)]
    try:
        found = filter_items(mine, query.get("filter"), BOOKING_FIELDS)
        found = sort_items(found, query.get("sort"), BOOKING_FIELDS)
        page, meta = page_by_cursor(found, query.get("cursorPaging"), default=50, most=100)
    except QueryError as exc:
        return validation_error(exc.field, exc.description)
    actions = {"cancel": False, "reschedule": False}
    extended = [{"booking": booking, "allowedActions": dict(actions)} for booking in page]
    return json_response({"extendedBookings": extended, "pagingMetadata": meta})


def add_routes(app: web.Application) -> None:
    """Serve the bookings a storefront uses, on the packages' and the REST docs' paths."""
    for services in ("/bookings/v2/services", "/_api/bookings/v2/services"):
        app.router.add_post(services + "/query", query_services)
        app.router.add_post(services + "/locations/query", query_locations)
        app.router.add_get(services + "/{serviceId}", get_service)
    for slots in (
        "/service-availability/v2/time-slots",
        "/_api/service-availability/v2/time-slots",
    ):
        app.router.add_post(slots, list_time_slots)
    for bookings in ("/bookings/v2/bookings", "/_api/bookings-service/v2/bookings"):
        app.router.add_post(bookings, create_booking)
    for reader in ("/_api/bookings-reader", "/bookings/bookings-reader"):
        app.router.add_post(reader + "/v2/extended-bookings/query", query_extended_bookings)
    event_slots.add_routes(app)
    categories.add_routes(app)
    form.add_routes(app)
