"""The seeded Wix Bookings services (Services V2 shape) and the time slots their schedules open.

Four services of the Wix Bookings app: two appointments, a class and a course, in two
bookings categories, at one business location, with two staff members. The business
runs in UTC; a service's slots start every ``duration`` minutes between its opening
hours on its weekdays (a class's slot is one session, with an event id). Slots are
computed, never stored: a slot is booked when a booking for it is confirmed (see
``bookings/book.py``). The booking form's fields are :data:`FORM_TARGETS`.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs

from ..common.money import CURRENCY, iso_date
from ..stores.catalog import CREATED

#: The Wix Bookings app id every bookings ``catalogReference`` carries.
BOOKINGS_APP_ID = "13d21c63-b5ec-5912-8397-c3a5ddb27a97"

#: The emulated business's time zone.
BUSINESS_TIME_ZONE = "UTC"

_SITE_URL = "https://emulator.wixsite.com/store"
#: The one business location.
LOCATION = {"id": "b4b6b2a3-7f0b-4e0c-9d43-7a4f1c9f2a10", "name": "Emulator Studio"}
#: The bookings categories (``categoriesV2``), in their sort order.
CATEGORIES = (
    {"id": "2f9e51b8-3c0c-4a3f-9b57-0a2c1a6f8e21", "name": "Our Services", "sortOrder": 0},
    {"id": "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e44", "name": "Classes", "sortOrder": 1},
)
#: The staff members, by id (the staff resource type's resources).
STAFF = {
    "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a801": "Ada Barber",
    "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b902": "Lin Teacher",
}
#: The staff resource type every service's staff belongs to.
STAFF_RESOURCE_TYPE_ID = "1cd44cf8-756f-41c3-bd90-3e2ffcaf1155"
#: The booking form every service uses, and the targets of its fields.
BOOKING_FORM_ID = "a4b5c6d7-e8f9-4a0b-8c1d-2e3f4a5b6c00"
FORM_TARGETS = ("first_name", "last_name", "email", "phone")


@attrs.frozen
class Service:
    """One bookable service and its weekly schedule."""

    id: str
    schedule_id: str
    type: str  # APPOINTMENT | CLASS | COURSE
    name: str
    tag_line: str
    price: Decimal
    duration: int  # minutes
    weekdays: tuple[int, ...]  # Monday is 0
    opens: int  # hour of the first slot, business time
    closes: int  # hour by which the last slot ends
    capacity: int = 1
    staff: tuple[str, ...] = ()
    category: int = 0  # index in CATEGORIES
    pay_in_person: bool = False  # paid offline, at the business

    @property
    def slug(self) -> str:
        """The service page's slug, from its name."""
        return self.name.lower().replace(" ", "-")

    @property
    def url(self) -> str:
        """The service page on the emulated site."""
        return f"{_SITE_URL}/service-page/{self.slug}"

    def staff_details(self) -> dict[str, Any]:
        """``staffMemberDetails`` (with ``conditionalFields: ["STAFF_MEMBER_DETAILS"]``)."""
        members = [{"staffMemberId": id_, "name": STAFF[id_]} for id_ in self.staff]
        return {"staffMembers": members}

    def to_json(self) -> dict[str, Any]:
        """The service as Services V2 returns it (inside ``{"service": ...}``)."""
        price = {"value": str(self.price), "currency": CURRENCY}
        category = CATEGORIES[self.category]
        return {
            "id": self.id,
            "appId": BOOKINGS_APP_ID,
            "type": self.type,
            "sortOrder": 0,
            "name": self.name,
            "description": f"{self.tag_line}.",
            "tagLine": self.tag_line,
            "defaultCapacity": self.capacity,
            "media": {"items": []},
            "hidden": False,
            "category": {"id": category["id"], "name": category["name"]},
            "form": {"id": BOOKING_FORM_ID},
            "payment": {
                "rateType": "FIXED",
                "fixed": {"price": price},
                "options": {
                    "online": not self.pay_in_person,
                    "inPerson": self.pay_in_person,
                    "deposit": False,
                },
                "pricingPlanIds": [],
            },
            "onlineBooking": {
                "enabled": True,
                "requireManualApproval": False,
                "allowMultipleRequests": False,
            },
            "conferencing": {"enabled": False},
            "locations": [{"type": "BUSINESS", "business": dict(LOCATION)}],
            "schedule": {
                "id": self.schedule_id,
                "availabilityConstraints": {
                    "durations": [{"minutes": self.duration}],
                    "sessionDurations": [self.duration],
                    "timeBetweenSessions": 0,
                },
            },
            "staffMemberIds": list(self.staff),
            "mainSlug": {"name": self.slug},
            "supportedSlugs": [{"name": self.slug}],
            "urls": {"servicePage": {"relativePath": f"/service-page/{self.slug}"}},
            "revision": "1",
            "createdDate": iso_date(CREATED),
            "updatedDate": iso_date(CREATED),
        }


_WEEKDAYS = (0, 1, 2, 3, 4)
_EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
_ADA, _LIN = STAFF

#: The seeded services, in their stable default order. Ids never change.
SERVICES: tuple[Service, ...] = (
    Service(
        "4a5a1c52-6e0e-4b8a-9d2c-0f3a8e5b7c11", "9c1f0e52-2b8d-4a51-8f0e-3d6a7b2c4e01",
        "APPOINTMENT", "Haircut", "A wash, cut and style", Decimal(40), 60, _WEEKDAYS, 9, 17,
        staff=(_ADA,),
    ),
    Service(
        "7b3e9d20-1f4c-4c6e-8a5b-2d9e0f1a3b22", "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e02",
        "APPOINTMENT", "Coffee Consultation", "Find your roast with our barista",
        Decimal("0"), 30, _EVERY_DAY, 10, 14, staff=(_ADA, _LIN),
    ),
    Service(
        "c0d1e2f3-a4b5-4c6d-9e8f-7a6b5c4d3e33", "2e3f4051-6b7c-4d8e-9f0a-1b2c3d4e5f03",
        "CLASS", "Morning Yoga", "An hour of gentle yoga", Decimal(15), 60, (0, 2, 4), 7, 8,
        capacity=10, staff=(_LIN,), category=1, pay_in_person=True,
    ),
    Service(
        "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f4", "3f405162-7c8d-4e9f-a0b1-2c3d4e5f6a04",
        "COURSE", "Pottery Course", "Six evenings at the wheel", Decimal(120), 120, (1,), 18, 20,
        capacity=8, staff=(_LIN,), category=1,
    ),
)  # fmt: skip

_BY_ID = {service.id: service for service in SERVICES}


def service_by_id(service_id: str) -> Service | None:
    """The seeded service with that id, if any."""
    return _BY_ID.get(service_id)


@attrs.frozen
class Slot:
    """One slot: a service and a start and end instant (UTC epoch seconds)."""

    service: Service
    start: float
    end: float

    @property
    def event_id(self) -> str:
        """A class session's event id: the schedule and the start, so it maps back to the slot."""
        return f"{self.service.schedule_id[:8]}-0000-4000-8000-{int(self.start) // 60:012x}"

    def local(self, zone: datetime.tzinfo) -> tuple[str, str]:
        """The start and end as local dates without offset (``2026-12-07T09:00:00``)."""
        return _local(self.start, zone), _local(self.end, zone)


def slot_of_event(event_id: str) -> Slot | None:
    """The class slot an event id (:attr:`Slot.event_id`) names, if it is one."""
    prefix, _, minutes = event_id.rpartition("-")
    service = next(
        (
            s
            for s in SERVICES
            if s.type == "CLASS" and prefix == f"{s.schedule_id[:8]}-0000-4000-8000"
        ),
        None,
    )
    if service is None or len(minutes) != 12:
        return None
    try:
        start = int(minutes, 16) * 60
    except ValueError:
        return None
    found = slots_between(service, start, start + 1) if start < 32_503_680_000 else []
    return found[0] if found and found[0].start == start else None


def _local(epoch: float, zone: datetime.tzinfo) -> str:
    moment = datetime.datetime.fromtimestamp(epoch, tz=zone)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def slots_between(service: Service, start: float, end: float) -> list[Slot]:
    """The service's slots starting in ``[start, end)``, oldest first (epoch seconds)."""
    slots: list[Slot] = []
    day = datetime.datetime.fromtimestamp(start, tz=datetime.UTC).date()
    last = datetime.datetime.fromtimestamp(end, tz=datetime.UTC).date()
    step = datetime.timedelta(minutes=service.duration)
    while day <= last:
        if day.weekday() in service.weekdays:
            moment = datetime.datetime.combine(day, datetime.time(service.opens), datetime.UTC)
            closing = datetime.datetime.combine(day, datetime.time(service.closes), datetime.UTC)
            while moment + step <= closing:
                begins = moment.timestamp()
                if start <= begins < end:
                    slots.append(Slot(service, begins, (moment + step).timestamp()))
                moment += step
        day += datetime.timedelta(days=1)
    return slots
