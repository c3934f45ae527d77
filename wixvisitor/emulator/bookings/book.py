"""Bookings made by visitors and members, and which appointment slots they hold.

A booking is ``CREATED`` by Create Booking (it does not hold its slot yet), goes into a
cart as a line item with the Wix Bookings app id, and is ``CONFIRMED`` and ``PAID``
when the hosted checkout places the order: from then on its slot is taken and no
longer listed. Two bookings may be created for one slot; the first order placed wins.
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
        return {
            "id": self.id,
            "bookedEntity": {
                "slot": {
                    "serviceId": service.id,
                    "scheduleId": service.schedule_id,
                    "startDate": local_start,
                    "endDate": local_end,
                    "timezone": self.time_zone,
                    "location": {"locationType": "OWNER_BUSINESS"},
                },
                "title": service.name,
                "tags": ["INDIVIDUAL"],
            },
            "contactDetails": dict(self.contact_details),
            "status": self.status,
            "paymentStatus": self.payment_status,
            "selectedPaymentOption": "ONLINE",
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
    _taken: dict[tuple[str, float], str] = attrs.field(factory=dict)

    def is_taken(self, slot: Slot) -> bool:
        """Whether a confirmed booking holds this slot."""
        return (slot.service.id, slot.start) in self._taken

    def create(
        self, booking_id: str, owner_id: str, slot: Slot, time_zone: str, contact: dict[str, Any],
        now: float,
    ) -> Booking:  # fmt: skip
        """A new ``CREATED`` booking of a slot (the caller checked the slot is free)."""
        booking = Booking(booking_id, owner_id, slot, time_zone, contact, now, now)
        self.bookings[booking_id] = booking
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
        """Raise :class:`SlotTakenError` if any of these bookings' slots is taken by another."""
        holders = dict(self._taken)
        for booking_id in booking_ids:
            booking = self.bookings.get(booking_id)
            if booking is None:
                continue
            holder = holders.setdefault((booking.service.id, booking.slot.start), booking_id)
            if holder != booking_id:
                raise SlotTakenError(booking_id)

    def confirm(self, booking_ids: list[str], buyer_id: str, now: float) -> None:
        """Confirm and mark paid (an order was placed): their slots are taken.

        The bookings become the buyer's: a visitor who books, logs in and then pays
        finds the booking among the member's bookings (an emulator choice).
        """
        self.check_free(booking_ids)
        for booking_id in booking_ids:
            booking = self.bookings.get(booking_id)
            if booking is None or booking.status == "CONFIRMED":
                continue
            booking.owner_id = buyer_id
            booking.status, booking.payment_status = "CONFIRMED", "PAID"
            booking.updated_at = now
            self._taken[(booking.service.id, booking.slot.start)] = booking_id

    def clear(self) -> None:
        """Forget every booking."""
        self.bookings.clear()
        self._taken.clear()
