"""The events book: events, ticket tiers, reservations, orders and RSVPs, and their rules.

A reservation holds tickets while it is ``PENDING``: ``reserved`` counts them against a
tier's stock until the reservation is confirmed (the tickets are then ``sold``),
canceled, deleted, or expires. Expiry is lazy: :meth:`EventsBook.sweep` turns every
``PENDING`` reservation past its ``expirationDate`` into ``EXPIRED`` (tickets released)
and runs before every read or write, so moving the emulator clock is enough.

Reservations and RSVPs are owned by the visitor (or ``member:<id>``) who made them;
:meth:`EventsBook.follow_login` hands a visitor's to the member they log in as.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from .seed import SiteEvent, TicketTier, seed_events

__all__ = ["EventOrder", "EventsBook", "Reservation", "Rsvp"]


@attrs.define
class Reservation:
    """A ticket reservation: ``lines`` are ``(tier id, quantity)`` of one event."""

    id: str
    event_id: str
    owner: str
    visitor_id: str
    lines: list[tuple[str, int]]
    created: float
    expires: float
    status: str = "PENDING"
    updated: float = 0.0
    revision: int = 1

    def __attrs_post_init__(self) -> None:
        self.updated = self.updated or self.created

    def set_status(self, status: str, now: float) -> None:
        """Move to ``status`` (bumps the revision)."""
        self.status, self.updated, self.revision = status, now, self.revision + 1


@attrs.define
class EventOrder:
    """An order the hosted events checkout made: the buyer, the tickets issued."""

    number: str
    event_id: str
    reservation_id: str
    owner: str
    buyer: dict[str, str]
    tickets: list[dict[str, Any]]
    total: Decimal
    created: float


@attrs.define
class Rsvp:
    """A guest's answer to an RSVP event."""

    id: str
    event_id: str
    owner: str
    first_name: str
    last_name: str
    email: str
    status: str
    guest_names: list[str]
    created: float


class EventsBook:
    """Everything the Events area of the emulator keeps (one per emulator)."""

    def __init__(self, now: float, new_id: Callable[[], str]) -> None:
        self._new_id = new_id
        self.events: dict[str, SiteEvent] = {}
        self.tiers: dict[str, TicketTier] = {}
        self.reservations: dict[str, Reservation] = {}
        self.orders: list[EventOrder] = []
        self.rsvps: dict[str, Rsvp] = {}
        self.seed(now)

    def seed(self, now: float) -> None:
        """Forget everything and load the seeded events, dated from ``now``."""
        events, tiers = seed_events(now)
        self.events = {event.id: event for event in events}
        self.tiers = {tier.id: tier for tier in tiers}
        self.reservations.clear()
        self.orders.clear()
        self.rsvps.clear()

    # -- reads --------------------------------------------------------------

    def by_slug(self, slug: str) -> SiteEvent | None:
        """The event with that slug."""
        return next((e for e in self.events.values() if e.slug == slug), None)

    def tiers_of(self, event_id: str) -> list[TicketTier]:
        """An event's ticket tiers in their display order."""
        return sorted(
            (t for t in self.tiers.values() if t.event_id == event_id), key=lambda t: t.sort_index
        )

    def reserved(self, tier_id: str) -> int:
        """Tickets of a tier held by ``PENDING`` reservations."""
        return sum(
            quantity
            for reservation in self.reservations.values()
            if reservation.status == "PENDING"
            for line_tier, quantity in reservation.lines
            if line_tier == tier_id
        )

    def unsold(self, tier: TicketTier) -> int | None:
        """Tickets still to be had (None: unlimited)."""
        if tier.limit is None:
            return None
        return max(tier.limit - tier.sold - self.reserved(tier.id), 0)

    def owned(self, reservation_id: str, owner: str) -> Reservation | None:
        """The caller's reservation; another owner's is as good as absent."""
        reservation = self.reservations.get(reservation_id)
        return reservation if reservation is not None and reservation.owner == owner else None

    # -- writes -------------------------------------------------------------

    def sweep(self, now: float) -> None:
        """Expire every ``PENDING`` reservation whose time is up, releasing its tickets."""
        for reservation in self.reservations.values():
            if reservation.status == "PENDING" and now >= reservation.expires:
                reservation.set_status("EXPIRED", now)

    def reserve(
        self, event: SiteEvent, lines: list[tuple[str, int]], owner: str, visitor: str, now: float
    ) -> Reservation:
        """A new ``PENDING`` reservation expiring after the event's reservation window."""
        expires = now + event.reservation_minutes * 60
        reservation = Reservation(self._new_id(), event.id, owner, visitor, lines, now, expires)
        self.reservations[reservation.id] = reservation
        return reservation

    def place_order(
        self, reservation: Reservation, buyer: dict[str, str], now: float
    ) -> EventOrder:
        """Confirm the reservation, sell its tickets and issue one ticket per seat."""
        reservation.set_status("CONFIRMED", now)
        tickets: list[dict[str, Any]] = []
        total = Decimal(0)
        number = self._order_number()
        for tier_id, quantity in reservation.lines:
            tier = self.tiers[tier_id]
            tier.sold += quantity
            total += tier.price * quantity
            for _ in range(quantity):
                tickets.append(
                    {
                        "ticketNumber": f"{number}-{len(tickets) + 1:02d}",
                        "ticketDefinitionId": tier.id,
                        "name": tier.name,
                        "price": f"{tier.price:.2f}",
                        "free": tier.free,
                    }
                )
        order = EventOrder(
            number,
            reservation.event_id,
            reservation.id,
            reservation.owner,
            buyer,
            tickets,
            total,
            now,
        )
        self.orders.append(order)
        return order

    def _order_number(self) -> str:
        """A Wix-like order number (``3F2A-9B1C-7D4``), from a fresh id."""
        digits = self._new_id().replace("-", "").upper()
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:11]}"

    def add_rsvp(self, rsvp: Rsvp) -> None:
        """Keep an RSVP."""
        self.rsvps[rsvp.id] = rsvp

    def going(self, event_id: str) -> int:
        """Guests (extra guests included) who answered yes to an event."""
        return sum(
            1 + len(r.guest_names)
            for r in self.rsvps.values()
            if r.event_id == event_id and r.status == "YES"
        )

    def follow_login(self, visitor_id: str, owner_id: str) -> None:
        """The visitor logged in as ``owner_id``: their reservations and RSVPs go with them."""
        for reservation in self.reservations.values():
            if reservation.owner == visitor_id:
                reservation.owner = owner_id
        for rsvp in self.rsvps.values():
            if rsvp.owner == visitor_id:
                rsvp.owner = owner_id
