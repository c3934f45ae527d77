"""The Events V3 event as the API answers it, read from the package's ``meta.d.ts``.

A base event, plus the field sets a request asks for (``fields``: ``DETAILS``, ``TEXTS``,
``REGISTRATION``, ``URLS``, ``FORM``, ``DASHBOARD``, ``CATEGORIES``). Amounts are decimal
strings in the site currency (USD); dates are ISO strings; every event runs in UTC.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from typing import Any

from ..common.money import CURRENCY, iso_date
from .book import EventsBook
from .seed import SiteEvent

__all__ = ["SITE", "event_json", "price"]

#: Where the emulated site's event pages live (``eventPageUrl``).
SITE = "https://events.example.com"


def price(value: Any) -> dict[str, str]:
    """A Wix money object (decimal string value, currency) in the site currency."""
    return {"value": f"{value:.2f}", "currency": CURRENCY}


def _formatted(event: SiteEvent) -> dict[str, str]:
    start = datetime.datetime.fromtimestamp(event.start, tz=datetime.UTC)
    end = datetime.datetime.fromtimestamp(event.end, tz=datetime.UTC)

    def day(moment: datetime.datetime) -> str:
        return f"{moment:%B} {moment.day}, {moment.year}"

    def time(moment: datetime.datetime) -> str:
        return f"{(moment.hour % 12) or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"

    return {
        "dateAndTime": f"{day(start)}, {time(start)} - {time(end)}",
        "startDate": day(start),
        "startTime": time(start),
        "endDate": day(end),
        "endTime": time(end),
    }


def _form(event: SiteEvent) -> dict[str, Any]:
    def control(
        kind: str, name: str, label: str, index: int, *inputs: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            "type": kind,
            "system": True,
            "name": name,
            "label": label,
            "orderIndex": index,
            "id": name,
            "inputs": list(inputs),
        }

    def text(name: str, label: str, **more: Any) -> dict[str, Any]:
        return {
            "name": name,
            "label": label,
            "mandatory": True,
            "maxLength": 50,
            "type": "TEXT",
            **more,
        }

    controls = [
        control(
            "NAME",
            "name",
            "Name",
            0,
            text("firstName", "First name"),
            text("lastName", "Last name"),
        ),
        control("INPUT", "email", "Email", 1, text("email", "Email", maxLength=255)),
    ]
    if event.max_extra_guests:
        guests = {
            "name": "additionalGuests",
            "label": "Guests",
            "mandatory": False,
            "type": "NUMBER",
            "maxSize": event.max_extra_guests,
        }
        controls.append(control("GUEST_CONTROL", "additionalGuests", "Guests", 2, guests))
    return {"controls": controls}


def _registration(book: EventsBook, event: SiteEvent, now: float) -> dict[str, Any]:
    registration: dict[str, Any] = {
        "type": event.registration,
        "initialType": event.registration,
        "status": event.registration_status(now),
        "allowedGuestTypes": "VISITOR_OR_MEMBER",
        "registrationPaused": False,
        "registrationDisabled": False,
    }
    if event.registration == "RSVP":
        registration["rsvp"] = {
            "responseType": event.response_type,
            "limit": event.rsvp_limit,
            "waitlistEnabled": False,
        }
        return registration
    tiers = [tier for tier in book.tiers_of(event.id) if not tier.hidden]
    prices = sorted(tier.price for tier in tiers)
    registration["tickets"] = {
        "guestsAssignedSeparately": False,
        "ticketLimitPerOrder": event.ticket_limit_per_order,
        "currency": CURRENCY,
        "soldOut": all(book.unsold(tier) == 0 for tier in tiers),
        "reservationDurationInMinutes": event.reservation_minutes,
        **(
            {"lowestPrice": _money(prices[0]), "highestPrice": _money(prices[-1])} if prices else {}
        ),
    }
    return registration


def _money(value: Any) -> dict[str, str]:
    return {**price(value), "formattedValue": f"${value:,.2f}"}


def _location(event: SiteEvent) -> dict[str, Any]:
    address = {"city": event.city, "addressLine": f"{event.venue}, {event.city}"}
    return {"name": event.venue, "type": "VENUE", "address": address, "locationTbd": False}


def event_json(
    book: EventsBook, event: SiteEvent, fields: Collection[str], now: float
) -> dict[str, Any]:
    """An Events V3 event with the requested field sets."""
    answer: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "slug": event.slug,
        "status": event.status(now),
        "location": _location(event),
        "dateAndTimeSettings": {
            "dateAndTimeTbd": False,
            "startDate": iso_date(event.start),
            "endDate": iso_date(event.end),
            "timeZoneId": "Etc/UTC",
            "hideEndDate": False,
            "showTimeZone": False,
            "recurrenceStatus": "ONE_TIME",
            "formatted": _formatted(event),
        },
        "createdDate": iso_date(event.created),
        "updatedDate": iso_date(event.created),
        "publishedDate": iso_date(event.created),
        "instanceId": "emulated-events-instance",
    }
    if "DETAILS" in fields:
        image = f"events-{event.slug}.jpg"
        answer["shortDescription"] = event.short_description
        answer["mainImage"] = {
            "id": image,
            "url": f"{SITE}/media/{image}",
            "height": 800,
            "width": 1200,
            "altText": event.title,
        }
        answer["calendarUrls"] = {
            "google": f"{SITE}/calendar/{event.id}/google",
            "ics": f"{SITE}/calendar/{event.id}.ics",
        }
    if "TEXTS" in fields:
        answer["detailedDescription"] = event.short_description
        paragraph = {
            "type": "PARAGRAPH",
            "id": "p1",
            "nodes": [
                {
                    "type": "TEXT",
                    "id": "",
                    "nodes": [],
                    "textData": {"text": event.short_description, "decorations": []},
                }
            ],
        }
        answer["description"] = {"nodes": [paragraph]}
    if "REGISTRATION" in fields:
        answer["registration"] = _registration(book, event, now)
    if "URLS" in fields:
        answer["eventPageUrl"] = {"base": SITE, "path": f"/event-details/{event.slug}"}
    if "FORM" in fields:
        answer["form"] = _form(event)
    if "DASHBOARD" in fields:
        rsvps = [r for r in book.rsvps.values() if r.event_id == event.id]
        counts = {s: sum(1 for r in rsvps if r.status == s) for s in ("YES", "NO", "WAITLIST")}
        sold = sum(tier.sold for tier in book.tiers_of(event.id))
        answer["summaries"] = {
            "rsvps": {
                "totalCount": len(rsvps),
                "yesCount": counts["YES"],
                "noCount": counts["NO"],
                "waitlistCount": counts["WAITLIST"],
            },
            "tickets": {
                "ticketsSold": sold,
                "totalOrders": sum(1 for order in book.orders if order.event_id == event.id),
            },
        }
    if "CATEGORIES" in fields:
        answer["categories"] = {"categories": []}
    return answer
