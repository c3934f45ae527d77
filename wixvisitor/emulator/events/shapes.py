"""Ticket definitions, ticket reservations and RSVPs as the Events APIs answer them.

Read from the packages' ``meta.d.ts`` (the ``...Original`` REST types). Ticket Definitions
V3 adds ``SALES_DETAILS`` and ``EVENT_DETAILS`` on request. The event itself is in
``event_shape.py``.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..common.money import iso_date
from .book import EventsBook, Reservation, Rsvp
from .event_shape import event_json, price
from .seed import TicketTier

__all__ = ["reservation_json", "rsvp_json", "tier_json"]


def tier_json(
    book: EventsBook, tier: TicketTier, fields: Collection[str], now: float
) -> dict[str, Any]:
    """A Ticket Definitions V3 ticket definition with the requested field sets."""
    event = book.events[tier.event_id]
    unsold = book.unsold(tier)
    on_sale = event.registration == "TICKETING" and event.open(now)
    per_checkout = (
        tier.limit_per_checkout if unsold is None else min(tier.limit_per_checkout, unsold)
    )
    answer: dict[str, Any] = {
        "id": tier.id,
        "eventId": tier.event_id,
        "revision": "1",
        "createdDate": iso_date(tier.created),
        "updatedDate": iso_date(tier.created),
        "name": tier.name,
        "description": tier.description,
        "hidden": tier.hidden,
        "limited": tier.limit is not None,
        "initialLimit": tier.limit,
        "actualLimit": tier.limit,
        "pricingMethod": {
            "fixedPrice": price(tier.price),
            "pricingType": "STANDARD",
            "free": tier.free,
        },
        "feeType": "NO_FEE" if tier.free else "FEE_INCLUDED",
        "saleStatus": "SALE_STARTED" if on_sale else "SALE_ENDED",
        "limitPerCheckout": per_checkout if on_sale else 0,
    }
    if "SALES_DETAILS" in fields:
        answer["salesDetails"] = {
            "unsoldCount": unsold,
            "soldCount": tier.sold,
            "reservedCount": book.reserved(tier.id),
            "soldOut": unsold == 0,
        }
    if "EVENT_DETAILS" in fields:
        full = event_json(book, event, ("DETAILS", "URLS"), now)
        answer["eventDetails"] = {
            key: full[key]
            for key in (
                "title",
                "shortDescription",
                "location",
                "dateAndTimeSettings",
                "eventPageUrl",
                "status",
            )
        }
    return answer


def reservation_json(book: EventsBook, reservation: Reservation) -> dict[str, Any]:
    """A ticket reservation as Ticket Reservations answers it."""
    lines = []
    for index, (tier_id, quantity) in enumerate(reservation.lines):
        tier = book.tiers[tier_id]
        lines.append(
            {
                "ticketLineItemId": f"{reservation.id[:-4]}{index:04d}",
                "eventId": tier.event_id,
                "ticketDefinitionId": tier.id,
                "quantity": quantity,
                "ticketName": tier.name,
                "price": price(tier.price),
                "subTotal": price(tier.price * quantity),
            }
        )
    owner = reservation.owner
    answer: dict[str, Any] = {
        "id": reservation.id,
        "revision": str(reservation.revision),
        "createdDate": iso_date(reservation.created),
        "updatedDate": iso_date(reservation.updated),
        "status": reservation.status,
        "visitorId": reservation.visitor_id,
        "tickets": lines,
    }
    if reservation.status in ("PENDING", "EXPIRED"):
        answer["expirationDate"] = iso_date(reservation.expires)
    if owner.startswith("member:"):
        answer["memberId"] = owner.removeprefix("member:")
    return answer


def rsvp_json(rsvp: Rsvp) -> dict[str, Any]:
    """An RSVP as RSVP V2 answers it."""
    names = [f"{rsvp.first_name} {rsvp.last_name}", *rsvp.guest_names]
    answer: dict[str, Any] = {
        "id": rsvp.id,
        "revision": "1",
        "eventId": rsvp.event_id,
        "createdDate": iso_date(rsvp.created),
        "updatedDate": iso_date(rsvp.created),
        "firstName": rsvp.first_name,
        "lastName": rsvp.last_name,
        "email": rsvp.email,
        "status": rsvp.status,
        "totalGuests": len(names),
        "guestList": {
            "guests": [
                {"index": i, "fullName": name, "guestId": i + 1} for i, name in enumerate(names)
            ]
        },
        "anonymized": False,
    }
    if rsvp.guest_names:
        answer["additionalGuestDetails"] = {
            "guestCount": len(rsvp.guest_names),
            "guestNames": list(rsvp.guest_names),
        }
    if rsvp.owner.startswith("member:"):
        answer["memberId"] = rsvp.owner.removeprefix("member:")
    return answer
