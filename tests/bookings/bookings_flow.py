"""What the storefront bookings tests share: the seeded ids and the steps of a booking."""

from __future__ import annotations

import datetime
from typing import Any

import wixvisitor as wv

BOOKINGS_APP = "13d21c63-b5ec-5912-8397-c3a5ddb27a97"
STORES_APP = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
STAFF_TYPE = "1cd44cf8-756f-41c3-bd90-3e2ffcaf1155"
HAIRCUT, CONSULTATION = (
    "4a5a1c52-6e0e-4b8a-9d2c-0f3a8e5b7c11",
    "7b3e9d20-1f4c-4c6e-8a5b-2d9e0f1a3b22",
)
YOGA, POTTERY = "c0d1e2f3-a4b5-4c6d-9e8f-7a6b5c4d3e33", "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f4"
SHIRT, MUG = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1", "8efbc8a3-1f1a-485b-8452-d6db13c8f344"
LOCATION = "b4b6b2a3-7f0b-4e0c-9d43-7a4f1c9f2a10"
CARTS = "/ecom/v2/carts"
#: Monday 7 December 2026, 08:00 UTC: the emulator clock of these tests.
MONDAY_8AM = datetime.datetime(2026, 12, 7, 8, tzinfo=datetime.UTC).timestamp()
WEEK = {"fromLocalDate": "2026-12-07T00:00:00", "toLocalDate": "2026-12-14T00:00:00"}


async def first_slot(wix: wv.WixClient, service_id: str) -> dict[str, Any]:
    """The service's first free slot this week (an appointment's, or a class session)."""
    if service_id == YOGA:
        body: dict[str, Any] = {"serviceIds": [YOGA], "timeZone": "UTC", **WEEK}
        answer = await wix.request("POST", "/service-availability/v2/time-slots/event", json=body)
    else:
        body = {"serviceId": service_id, "timeZone": "UTC", **WEEK}
        answer = await wix.request("POST", "/service-availability/v2/time-slots", json=body)
    slot: dict[str, Any] = answer["timeSlots"][0]
    return slot


async def book(wix: wv.WixClient, service_id: str) -> dict[str, Any]:
    """Create Booking for the service's first free slot, as Wix's booking flow does."""
    slot = await first_slot(wix, service_id)
    booked = {"serviceId": service_id, "timezone": "UTC", "startDate": slot["localStartDate"]}
    if "eventInfo" in slot:
        booked["eventId"] = slot["eventInfo"]["eventId"]
    booked["resourceSelections"] = [
        {"resourceTypeId": STAFF_TYPE, "selectionMethod": "ANY_RESOURCE"}
    ]
    body = {
        "booking": {"bookedEntity": {"slot": booked}, "totalParticipants": 1},
        "formSubmission": {"first_name": "Grace", "email": "grace@example.com"},
    }
    booking: dict[str, Any] = (await wix.request("POST", "/bookings/v2/bookings", json=body))[
        "booking"
    ]
    return booking


def item(catalog_item_id: str, app_id: str = BOOKINGS_APP, quantity: int = 1) -> dict[str, Any]:
    """A Cart V2 ``catalogItems`` entry."""
    reference = {"catalogItemId": catalog_item_id, "appId": app_id}
    return {"catalogReference": reference, "quantity": quantity}


async def new_cart(wix: wv.WixClient, *items: dict[str, Any]) -> dict[str, Any]:
    """Create Cart for these catalog items (a web cart)."""
    body = {"catalogItems": list(items), "cart": {"source": {"channelType": "WEB"}}}
    cart: dict[str, Any] = (await wix.request("POST", CARTS, json=body))["cart"]
    return cart
