"""RSVP V2: a guest answers a free event (first and last name, email, yes or no).

``POST /events/v2/rsvps`` ``{"rsvp": {"eventId", "firstName", "lastName", "email",
"status", "additionalGuestDetails"?}}``, ``GET /events/v2/rsvps/{rsvpId}`` (the caller's
own), ``GET /events/v2/rsvps/current?eventId=…`` (a member's own RSVPs).

Errors, all from the package's ``CreateRsvpApplicationErrors`` unless said: 404
``EVENT_NOT_FOUND``; 400 ``INVALID_EVENT_TYPE`` (a ticketed event); 400 ``RSVPS_CLOSED``
(ended, or closed by the owner); 400 ``UNEXPECTED_RSVP_STATUS`` (``NO`` on a ``YES_ONLY``
event, or a ``WAITLIST`` asked for); 400 ``GUEST_LIMIT_EXCEEDED`` (more extra guests than
the form allows, ``data.maxRsvpSize``); 400 ``ADDITIONAL_GUESTS_MUST_HAVE_NAMES``; 400
``RSVP_LIMIT_EXCEEDED`` (the event is full, no waitlist); 409
``MEMBER_EMAIL_ALREADY_REGISTERED`` (the same email twice for one event) and 409
``MEMBER_ALREADY_REGISTERED`` (a member answering twice). Missing names or email are 400
validation errors. Another visitor's RSVP is 404 ``RSVP_NOT_FOUND`` (the package's code
for an unknown RSVP). List Current RSVPs is a member's read, as the package says
(``MEMBER`` identity): an anonymous visitor gets 403 ``MEMBER_IDENTITY_NOT_FOUND``.
Emulator choice: every answer carries the whole RSVP, whatever ``fields`` asks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web

from ..common.http import (
    STATE_KEY,
    BadBody,
    Refusal,
    caller_and_body,
    json_response,
    validation_error,
)
from ..common.reads import read_payload
from .book import Rsvp
from .event_shape import SITE
from .shapes import rsvp_json

__all__ = ["add_rsvp_routes"]


def _refuse(status: int, code: str, description: str, **data: Any) -> Refusal:
    details = {"applicationError": {"code": code, "description": description, "data": data}}
    return Refusal(json_response({"message": description, "details": details}, status))


def _text(rsvp: Mapping[str, Any], name: str, most: int) -> str:
    value = rsvp.get(name)
    if not isinstance(value, str) or not value.strip():
        raise Refusal(validation_error(f"rsvp.{name}", "must not be empty"))
    if len(value) > most:
        raise Refusal(validation_error(f"rsvp.{name}", f"must be at most {most} characters"))
    return value.strip()


def _guests(rsvp: Mapping[str, Any], most: int) -> list[str]:
    details = rsvp.get("additionalGuestDetails")
    if details is None:
        return []
    if not isinstance(details, Mapping):
        raise Refusal(validation_error("rsvp.additionalGuestDetails", "must be an object"))
    count, names = details.get("guestCount", 0) or 0, details.get("guestNames") or []
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise Refusal(validation_error("rsvp.additionalGuestDetails.guestCount", "must be >= 0"))
    if count > most:
        raise _refuse(
            400,
            "GUEST_LIMIT_EXCEEDED",
            f"At most {most} extra guests per RSVP",
            maxRsvpSize=most + 1,
        )
    if (
        not isinstance(names, list)
        or len(names) != count
        or not all(isinstance(n, str) and n.strip() for n in names)
    ):
        raise _refuse(400, "ADDITIONAL_GUESTS_MUST_HAVE_NAMES", "Name every extra guest")
    return [n.strip()[:101] for n in names]


async def create_rsvp(request: web.Request) -> web.Response:
    """``POST /events/v2/rsvps``: the guest's answer, checked as Wix checks it."""
    caller, body = await caller_and_body(request)
    rsvp = body.get("rsvp")
    if not isinstance(rsvp, Mapping):
        raise Refusal(validation_error("rsvp", "is required"))
    state = request.app[STATE_KEY]
    book, now = state.events, state.now()
    event_id = rsvp.get("eventId")
    event = book.events.get(event_id) if isinstance(event_id, str) else None
    if event is None:
        raise _refuse(404, "EVENT_NOT_FOUND", f"Event {rsvp.get('eventId')} was not found")
    if event.registration != "RSVP":
        raise _refuse(400, "INVALID_EVENT_TYPE", "This event sells tickets: it takes no RSVPs")
    first, last = _text(rsvp, "firstName", 50), _text(rsvp, "lastName", 50)
    email = _text(rsvp, "email", 255)
    if "@" not in email or len(email) < 4:
        raise Refusal(validation_error("rsvp.email", "must be an email address"))
    status = rsvp.get("status")
    if status not in ("YES", "NO", "WAITLIST"):
        raise Refusal(validation_error("rsvp.status", "must be YES or NO"))
    if not event.open(now):
        raise _refuse(400, "RSVPS_CLOSED", "Registration for this event is closed")
    if status == "WAITLIST" or (status == "NO" and event.response_type == "YES_ONLY"):
        raise _refuse(400, "UNEXPECTED_RSVP_STATUS", f"This event does not take {status}")
    guests = _guests(rsvp, event.max_extra_guests)
    mine = [r for r in book.rsvps.values() if r.event_id == event.id]
    if caller.visitor_id.startswith("member:") and any(r.owner == caller.visitor_id for r in mine):
        raise _refuse(409, "MEMBER_ALREADY_REGISTERED", "This member already answered")
    if any(r.email.lower() == email.lower() for r in mine):
        raise _refuse(409, "MEMBER_EMAIL_ALREADY_REGISTERED", "This email already answered")
    limit = event.rsvp_limit
    if status == "YES" and limit is not None and book.going(event.id) + 1 + len(guests) > limit:
        raise _refuse(400, "RSVP_LIMIT_EXCEEDED", "The event is full")
    answer = Rsvp(
        state.new_id(), event.id, caller.visitor_id, first, last, email, str(status), guests, now
    )
    book.add_rsvp(answer)
    links = {
        "google": f"{SITE}/calendar/{event.id}/google",
        "ics": f"{SITE}/calendar/{event.id}.ics",
    }
    return json_response({"rsvp": rsvp_json(answer), "calendarLinks": links})


async def get_rsvp(request: web.Request) -> web.Response:
    """``GET /events/v2/rsvps/{rsvpId}``: the caller's own RSVP; anyone else's is 404."""
    caller, _ = await caller_and_body(request)
    rsvp = request.app[STATE_KEY].events.rsvps.get(request.match_info["rsvpId"])
    if rsvp is None or rsvp.owner != caller.visitor_id:
        raise _refuse(404, "RSVP_NOT_FOUND", "RSVP was not found")
    return json_response({"rsvp": rsvp_json(rsvp)})


async def list_current_rsvps(request: web.Request) -> web.Response:
    """``GET /events/v2/rsvps/current?eventId=…``: the member's RSVPs to those events."""
    caller, _ = await caller_and_body(request)
    if not caller.visitor_id.startswith("member:"):
        raise _refuse(403, "MEMBER_IDENTITY_NOT_FOUND", "Only a logged-in member has RSVPs here")
    try:
        query = await read_payload(request)
    except BadBody as exc:
        raise Refusal(validation_error("body", str(exc))) from None
    wanted = query.get("eventId")
    wanted = [wanted] if isinstance(wanted, str) else wanted
    if not isinstance(wanted, list) or not 1 <= len(wanted) <= 25:
        raise Refusal(validation_error("eventId", "must list 1 to 25 event ids"))
    book = request.app[STATE_KEY].events
    rsvps = [
        rsvp_json(r)
        for r in book.rsvps.values()
        if r.owner == caller.visitor_id and r.event_id in wanted
    ]
    meta = {"count": len(rsvps), "cursors": {}, "hasNext": False}
    return json_response({"rsvps": rsvps, "pagingMetadata": meta})


def add_rsvp_routes(app: web.Application) -> None:
    """Mount RSVP V2 (``current`` before ``{rsvpId}``, which would take it)."""
    app.router.add_post("/events/v2/rsvps", create_rsvp)
    app.router.add_get("/events/v2/rsvps/current", list_current_rsvps)
    app.router.add_get("/events/v2/rsvps/{rsvpId}", get_rsvp)
