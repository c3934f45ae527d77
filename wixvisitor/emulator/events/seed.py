"""The emulated site's events and ticket tiers (seed data, ids fixed for tests and demos).

=====================  ==========  ==========================================================
slug                   kind        what it is for
=====================  ==========  ==========================================================
``jazz-night``         TICKETING   in 30 days: General $25 (100), VIP $80 (only 3), Student free
``community-picnic``   RSVP        in 14 days: yes or no, 40 guests, up to 2 extra guests each
``winter-market``      TICKETING   ended 30 days ago: registration closed automatically
``founders-dinner``    RSVP        in 60 days: registration closed by the owner
=====================  ==========  ==========================================================

Dates are whole days from the emulator clock when the emulator starts (or is reset), at
19:00 UTC; every event runs in UTC. An event's status and registration status follow
the emulator clock (:meth:`SiteEvent.status`), so ``advance`` can end one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

__all__ = [
    "JAZZ_NIGHT",
    "PICNIC",
    "SiteEvent",
    "TicketTier",
    "seed_events",
]

DAY = 86_400.0
#: Seeded event ids (stable across runs and resets).
JAZZ_NIGHT = "6f1c2d3e-4a5b-4c6d-8e7f-101112131415"
PICNIC = "7a2b3c4d-5e6f-4a1b-9c2d-202122232425"
WINTER_MARKET = "8b3c4d5e-6f7a-4b2c-8d3e-303132333435"
FOUNDERS_DINNER = "9c4d5e6f-7a8b-4c3d-9e4f-404142434445"
#: Seeded ticket tier ids.
GENERAL, VIP, STUDENT = (
    "a1b2c3d4-0001-4e5f-8a9b-505152535455",
    "a1b2c3d4-0002-4e5f-8a9b-606162636465",
    "a1b2c3d4-0003-4e5f-8a9b-707172737475",
)
MARKET_ENTRY = "a1b2c3d4-0004-4e5f-8a9b-808182838485"

Registration = Literal["TICKETING", "RSVP"]


@attrs.define
class SiteEvent:
    """One published event of the emulated site."""

    id: str
    slug: str
    title: str
    short_description: str
    registration: Registration
    start: float
    end: float
    venue: str
    city: str
    created: float
    #: The site owner closed registration (``CLOSED_MANUALLY``).
    closed: bool = False
    #: RSVP events: ``YES_ONLY`` or ``YES_AND_NO``; how many may come; extra guests per RSVP.
    response_type: str = "YES_ONLY"
    rsvp_limit: int | None = None
    max_extra_guests: int = 0
    #: Ticketed events: how long a reservation holds tickets, and tickets per order.
    reservation_minutes: int = 20
    ticket_limit_per_order: int = 20

    def status(self, now: float) -> str:
        """``UPCOMING``, ``STARTED`` or ``ENDED`` on the emulator clock."""
        if now < self.start:
            return "UPCOMING"
        return "STARTED" if now < self.end else "ENDED"

    def registration_status(self, now: float) -> str:
        """Wix's ``registration.status``: open, or closed automatically or by the owner."""
        if self.status(now) == "ENDED":
            return "CLOSED_AUTOMATICALLY"
        if self.closed:
            return "CLOSED_MANUALLY"
        return "OPEN_TICKETS" if self.registration == "TICKETING" else "OPEN_RSVP"

    def open(self, now: float) -> bool:
        """Whether the event takes registrations now."""
        return self.registration_status(now).startswith("OPEN")


@attrs.define
class TicketTier:
    """A ticket definition: price, stock (``limit``, None for unlimited) and what is sold."""

    id: str
    event_id: str
    name: str
    description: str
    price: Decimal
    limit: int | None
    limit_per_checkout: int
    sort_index: int
    created: float
    hidden: bool = False
    sold: int = 0

    @property
    def free(self) -> bool:
        """Whether the ticket costs nothing."""
        return self.price == 0


def seed_events(now: float) -> tuple[list[SiteEvent], list[TicketTier]]:
    """The seeded events and ticket tiers, dated from ``now`` (epoch seconds)."""
    evening = (now // DAY) * DAY + 19 * 3600

    def at(days: int, hours: float = 4) -> tuple[float, float]:
        start = evening + days * DAY
        return start, start + hours * 3600

    created = now - 90 * DAY
    events = [
        SiteEvent(
            JAZZ_NIGHT,
            "jazz-night",
            "Jazz Night",
            "Three sets of live jazz downtown.",
            "TICKETING",
            *at(30),
            "The Blue Room",
            "New Orleans",
            created,
        ),
        SiteEvent(
            PICNIC,
            "community-picnic",
            "Community Picnic",
            "Bring a dish, meet the neighbours.",
            "RSVP",
            *at(14, 5),
            "Riverside Park",
            "Portland",
            created,
            response_type="YES_AND_NO",
            rsvp_limit=40,
            max_extra_guests=2,
        ),
        SiteEvent(
            WINTER_MARKET,
            "winter-market",
            "Winter Market",
            "Crafts, cocoa and carols.",
            "TICKETING",
            *at(-30, 6),
            "Old Town Square",
            "Prague",
            created,
        ),
        SiteEvent(
            FOUNDERS_DINNER,
            "founders-dinner",
            "Founders Dinner",
            "An evening for our founders.",
            "RSVP",
            *at(60, 3),
            "The Long Table",
            "Lisbon",
            created,
            closed=True,
        ),
    ]
    tiers = [
        TicketTier(
            GENERAL, JAZZ_NIGHT, "General", "Standing room", Decimal("25"), 100, 10, 0, created
        ),
        TicketTier(VIP, JAZZ_NIGHT, "VIP", "A table by the stage", Decimal("80"), 3, 4, 1, created),
        TicketTier(
            STUDENT, JAZZ_NIGHT, "Student", "With a student card", Decimal("0"), 50, 2, 2, created
        ),
        TicketTier(
            MARKET_ENTRY,
            WINTER_MARKET,
            "Entry",
            "One day's entry",
            Decimal("10"),
            None,
            10,
            0,
            created,
        ),
    ]
    return events, tiers
