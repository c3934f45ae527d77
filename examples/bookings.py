"""Bookings: a visitor books a free, an in-person and a paid service, as storefronts book today.

    python examples/bookings.py

It runs against a local Wix emulator, so it needs no account and no network. The
steps are Wix's headless booking flow, through the generated modules:

1. the services of the Wix Bookings app (``appId``), with their staff; the booking form;
2. time slots: ``availabilityTimeSlots`` for appointments, ``eventTimeSlots`` for a class;
3. Create Booking with ``resourceSelections`` (any staff member) and a ``formSubmission``
   keyed by the form's field targets (the booking is ``CREATED``);
4. an eCom Cart V2 cart holding the booking, and ``calculateCart``;
5. ``placeOrder`` when nothing is due online (a free service, or one paid in person),
   else Wix's hosted checkout: a redirect session whose ``ecomCheckout.checkoutId`` is
   the cart id (here aiohttp plays the visitor's browser and places the order);
6. the visitor's own bookings, now ``CONFIRMED``.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import aiohttp

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import bookings, ecom, forms

BOOKINGS_APP_ID = "13d21c63-b5ec-5912-8397-c3a5ddb27a97"
STAFF_RESOURCE_TYPE = "1cd44cf8-756f-41c3-bd90-3e2ffcaf1155"
THANK_YOU = "https://salon.example/thanks"


async def first_slot(
    wix: wv.WixClient, service: dict[str, Any], today: datetime.date
) -> dict[str, Any]:
    """The service's first free slot in the next seven days (a class's sessions are events)."""
    window = {
        "fromLocalDate": f"{today + datetime.timedelta(days=1)}T00:00:00",
        "toLocalDate": f"{today + datetime.timedelta(days=8)}T00:00:00",
        "timeZone": "UTC",
    }
    if service["type"] == "CLASS":
        sessions = bookings.event_time_slots.bind(wix)
        found = await sessions.list_event_time_slots({"serviceIds": [service["id"]], **window})
    else:
        slots = bookings.availability_time_slots.bind(wix)
        found = await slots.list_availability_time_slots({"serviceId": service["id"], **window})
    slot: dict[str, Any] = found["timeSlots"][0]
    return slot


async def book(wix: wv.WixClient, slot: dict[str, Any], targets: list[str]) -> dict[str, Any]:
    """Create Booking for the slot: any staff member, the form filled in by its targets."""
    booked = {
        "serviceId": slot["serviceId"],
        "startDate": slot["localStartDate"],
        "endDate": slot["localEndDate"],
        "timezone": "UTC",
        "resourceSelections": [
            {"resourceTypeId": STAFF_RESOURCE_TYPE, "selectionMethod": "ANY_RESOURCE"}
        ],
    }
    if "eventInfo" in slot:
        booked["eventId"] = slot["eventInfo"]["eventId"]
    answers = {"first_name": "Grace", "last_name": "Hopper", "email": "grace@example.com"}
    submission = {target: answers[target] for target in targets if target in answers}
    created = await bookings.bookings.bind(wix).create_booking(
        {"bookedEntity": {"slot": booked}, "totalParticipants": 1},
        {"formSubmission": submission},
    )
    booking: dict[str, Any] = created["booking"]
    return booking


async def pay_in_the_browser(checkout_url: str) -> str:
    """What the visitor's browser does on Wix's checkout page: Place order; the thank-you URL."""
    origin = checkout_url.split("/_hosted/")[0]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(checkout_url) as page:
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(origin + action, allow_redirects=False) as placed:
            return placed.headers["Location"]


async def check_out(wix: wv.WixClient, booking: dict[str, Any]) -> str:
    """A Cart V2 cart for the booking: Place Order if nothing is due now, else hosted checkout."""
    carts = ecom.cart_v2.bind(wix)
    reference = {"catalogItemId": booking["id"], "appId": BOOKINGS_APP_ID}
    cart = (
        await carts.create_cart(
            {
                "catalogItems": [{"catalogReference": reference, "quantity": 1}],
                "cart": {"source": {"channelType": "WEB"}},
            }
        )
    )["cart"]
    summary = (await carts.calculate_cart(cart["id"]))["summary"]
    total = summary["priceSummary"]["total"]["amount"]
    if summary["paymentSummary"]["payNow"]["amount"] == "0":
        order = await carts.place_order(cart["id"])
        later = summary["paymentSummary"]["payLater"]["amount"]
        how = "free" if total == "0" else f"{later} paid in person"
        return f"total {total} ({how}): order {order['orderId'][:8]} placed"
    session = await wix.redirects.create_redirect_session(
        ecom_checkout_id=cart["id"], thank_you_page_url=THANK_YOU
    )
    back = await pay_in_the_browser(session["fullUrl"])
    return f"total {total}: paid on the hosted checkout, back at {back.split('?')[0]}"


async def booking_flow(client_id: str, base_url: str, today: datetime.date) -> None:
    """One visitor books three services, then reads their own bookings."""
    async with wv.create_client(client_id, base_url=base_url) as wix:
        found = await (
            bookings.services.bind(wix)
            .query_services({"conditionalFields": ["STAFF_MEMBER_DETAILS"]})
            .eq("appId", BOOKINGS_APP_ID)
            .limit(100)
            .find()
        )
        by_name = {service["name"]: service for service in found.items}
        for service in found.items:
            price = service["payment"]["fixed"]["price"]
            staff = [
                m["name"] for m in service.get("staffMemberDetails", {}).get("staffMembers", [])
            ]
            print(f"  service: {service['name']} ({price['value']} {price['currency']}), {staff}")
        form = (await forms.forms.bind(wix).get_form(found.items[0]["form"]["id"]))["form"]
        targets = [field["inputOptions"]["target"] for field in form["formFields"]]
        print("booking form fields:", ", ".join(targets))

        for name in ("Coffee Consultation", "Morning Yoga", "Haircut"):
            slot = await first_slot(wix, by_name[name], today)
            booking = await book(wix, slot, targets)
            print(f"{name} at {slot['localStartDate']}: booking {booking['status']}")
            print("  ", await check_out(wix, booking))

        mine = await wix.request(
            "POST", "/_api/bookings-reader/v2/extended-bookings/query", json={"query": {}}
        )
        for extended in mine["extendedBookings"]:
            item = extended["booking"]
            title = item["bookedEntity"]["title"]
            print(f"  my booking: {title} {item['status']} {item['paymentStatus']}")


async def main() -> None:
    async with Emulator() as emulator:
        print(f"using a local Wix emulator at {emulator.base_url}")
        today = datetime.datetime.fromtimestamp(emulator.now(), tz=datetime.UTC).date()
        await booking_flow("my-client-id", emulator.base_url, today)


if __name__ == "__main__":
    asyncio.run(main())
