"""Bookings made by visitors and members, and which slots they hold.

A booking is ``CREATED`` by Create Booking (it does not hold its slot yet), goes into a
cart (V1 or V2) as a line item with the Wix Bookings app id, and is ``CONFIRMED`` when
its order is placed (``PAID`` on the hosted checkout; ``EXEMPT`` free or ``NOT_PAID``
paid in person by Cart V2's Place Order): from then on it holds a seat of its slot.
An appointment slot has one seat, a class session its capacity; a slot with no seat
left is taken and no longer listed. Many bookings may be created for one seat; the
first order placed wins.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ..common.money import iso_date
from .catalog import Service, Slot

__all__ = ["Booking", "BookingBook", "SlotTakenError", "zone_named"]


class SlotTakenError(Exception):
    """The booking's slot was taken by an order placed first."""


def zone_named(name: str) -> datetime.tzinfo:
    """The time zone with that IANA name; raises ``ValueError`` for an unknown one."""
    if name == "UTC":
        return datetime.UTC
    import zoneinfo  # here: most emulator runs never need the tz database

    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


@attrs.define
class Booking:
    """One booking of an appointment slot."""

    id: str
    owner_id: str
    slot: Slot
    time_zone: str
    contact_details: dict[str, Any]
    created_at: float
    updated_at: float
    status: str = "CREATED"
    payment_status: str = "UNDEFINED"
    #: The chosen staff member (``{"id", "name", "type"}``), and how it was chosen.
    resource: dict[str, Any] | None = None
    resource_selections: list[dict[str, Any]] = attrs.field(factory=list)
    form_submission: dict[str, Any] = attrs.field(factory=dict)

    @property
    def service(self) -> Service:
        """The booked service."""
        return self.slot.service

    def to_json(self) -> dict[str, Any]:
        """The booking as Bookings V2 returns it."""
        service = self.service
        local_start, local_end = self.slot.local(zone_named(self.time_zone))
        if self.owner_id.startswith("member:"):
            created_by = {"memberId": self.owner_id.removeprefix("member:")}
        else:
            created_by = {"anonymousVisitorId": self.owner_id}
        slot: dict[str, Any] = {
            "serviceId": service.id,
            "scheduleId": service.schedule_id,
            "startDate": local_start,
            "endDate": local_end,
            "timezone": self.time_zone,
            "location": {"locationType": "OWNER_BUSINESS"},
        }
        if service.type == "CLASS":
            slot["eventId"] = self.slot.event_id
        if self.resource is not None:
            slot["resource"] = dict(self.resource)
        if self.resource_selections:
            slot["resourceSelections"] = [dict(s) for s in self.resource_selections]
        tags = ["GROUP"] if service.type == "CLASS" else ["INDIVIDUAL"]
        return {
            "id": self.id,
            "bookedEntity": {"slot": slot, "title": service.name, "tags": tags},
            "contactDetails": dict(self.contact_details),
            "status": self.status,
            "paymentStatus": self.payment_status,
            "selectedPaymentOption": "OFFLINE" if service.pay_in_person else "ONLINE",
            "totalParticipants": 1,
            "startDate": iso_date(self.slot.start),
            "endDate": iso_date(self.slot.end),
            "createdBy": created_by,
            "createdDate": iso_date(self.created_at),
            "updatedDate": iso_date(self.updated_at),
            "revision": "2" if self.status == "CONFIRMED" else "1",
        }


@attrs.define
class BookingBook:
    """Every booking of one emulator, and the slots confirmed bookings hold."""

    bookings: dict[str, Booking] = attrs.field(factory=dict)
    _holders: dict[tuple[str, float], list[str]] = attrs.field(factory=dict)

    def seats_taken(self, slot: Slot) -> int:
        """How many confirmed bookings hold a seat of this slot."""
        return len(self._holders.get((slot.service.id, slot.start), ()))

    def is_taken(self, slot: Slot) -> bool:
        """Whether confirmed bookings hold every seat of this slot."""
        return self.seats_taken(slot) >= slot.service.capacity

    def add(self, booking: Booking) -> Booking:
        """Keep a new ``CREATED`` booking (the caller checked its slot is free)."""
        self.bookings[booking.id] = booking
        return booking

    def owned(self, booking_id: str, owner_id: str) -> Booking | None:
        """The booking with that id if ``owner_id`` made it."""
        booking = self.bookings.get(booking_id)
        return booking if booking is not None and booking.owner_id == owner_id else None

    def of_owner(self, owner_id: str) -> list[Booking]:
        """The bookings ``owner_id`` made, newest first."""
        mine = [b for b in self.bookings.values() if b.owner_id == owner_id]
        return sorted(mine, key=lambda b: b.created_at, reverse=True)

    def check_free(self, booking_ids: list[str]) -> None:
        """Raise :class:`SlotTakenError` if any of these bookings finds no seat left."""
        holders = {key: list(ids) for key, ids in self._holders.items()}
        for booking_id in booking_ids:
            booking = self.bookings.get(booking_id)
            if booking is None:
                continue
            seats = holders.setdefault((booking.service.id, booking.slot.start), [])
            if booking_id in seats:
                continue
            if len(seats) >= booking.service.capacity:
                raise SlotTakenError(booking_id)
            seats.append(booking_id)

    def confirm(
        self, booking_ids: list[str], buyer_id: str, now: float, payment_status: str = "PAID"
    ) -> None:
        """Confirm (an order was placed): each booking holds a seat of its slot.

        The bookings become the buyer's: a visitor who books, logs in and then pays
        finds the booking among the member's bookings (an emulator choice).
        """
        self.check_free(booking_ids)
        for booking_id in booking_ids:
            booking = self.bookings.get(booking_id)
            if booking is None or booking.status == "CONFIRMED":
                continue
            booking.owner_id = buyer_id
            booking.status, booking.payment_status = "CONFIRMED", payment_status
            booking.updated_at = now
            self._holders.setdefault((booking.service.id, booking.slot.start), []).append(
                booking_id
            )

    def clear(self) -> None:
        """Forget every booking."""
        self.bookings.clear()
        self._holders.clear()
