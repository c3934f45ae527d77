"""Bookings: a visitor picks a service, books a time slot and pays on Wix's hosted checkout.

    python examples/bookings.py

It runs against a local Wix emulator, so it needs no account and no network. The
steps are Wix's end-to-end booking flow for headless sites:

1. Query Services, and pick an appointment;
2. List Availability Time Slots for the next week;
3. Create Booking for the first free slot (the booking is ``CREATED``);
4. add it to the visitor's cart (a line item with the Wix Bookings app id and the
   booking id), create the checkout and a redirect session: the checkout URL;
5. the visitor's browser opens that URL and places the order (here aiohttp plays the
   browser): the booking is ``CONFIRMED`` and its slot is no longer listed;
6. Query Extended Bookings: the visitor's own bookings.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import aiohttp

import wixvisitor as wv
from wixvisitor.emulator import Emulator

BOOKINGS_APP_ID = "13d21c63-b5ec-5912-8397-c3a5ddb27a97"
THANK_YOU = "https://salon.example/thanks"


async def list_slots(wix: wv.WixClient, service_id: str, today: datetime.date) -> list[str]:
    """The start of each free slot of the service in the next seven days (UTC)."""
    body = {
        "serviceId": service_id,
        "fromLocalDate": f"{today + datetime.timedelta(days=1)}T00:00:00",
        "toLocalDate": f"{today + datetime.timedelta(days=8)}T00:00:00",
        "timeZone": "UTC",
    }
    answer = await wix.request("POST", "/service-availability/v2/time-slots", json=body)
    return [slot["localStartDate"] for slot in answer["timeSlots"]]


async def book(wix: wv.WixClient, service_id: str, start: str) -> dict[str, Any]:
    """Create Booking for the slot starting at ``start``."""
    slot = {"serviceId": service_id, "startDate": start, "timezone": "UTC"}
    contact = {"firstName": "Grace", "email": "grace@example.com"}
    body = {"booking": {"bookedEntity": {"slot": slot}, "contactDetails": contact}}
    booking: dict[str, Any] = (await wix.request("POST", "/bookings/v2/bookings", json=body))[
        "booking"
    ]
    return booking


async def place_order_in_the_browser(checkout_url: str) -> str:
    """What the visitor's browser does on Wix's checkout page: Place order; the thank-you URL."""
    origin = checkout_url.split("/_hosted/")[0]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(checkout_url) as page:
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(origin + action, allow_redirects=False) as placed:
            return placed.headers["Location"]


async def booking_flow(client_id: str, base_url: str, today: datetime.date) -> None:
    """One visitor's booking, from the services list to their own bookings."""
    async with wv.create_client(client_id, base_url=base_url) as wix:
        query = {"filter": {"type": "APPOINTMENT"}, "paging": {"limit": 10}}
        found = await wix.request("POST", "/bookings/v2/services/query", json={"query": query})
        for service in found["services"]:
            price = service["payment"]["fixed"]["price"]
            print(f"  service: {service['name']} ({price['value']} {price['currency']})")
        service = found["services"][0]

        slots = await list_slots(wix, service["id"], today)
        print(f"{service['name']}: {len(slots)} free slots next week, first {slots[0]}")

        booking = await book(wix, service["id"], slots[0])
        print(f"booking {booking['status']} for {booking['bookedEntity']['slot']['startDate']}")

        reference = {"catalogItemId": booking["id"], "appId": BOOKINGS_APP_ID}
        await wix.current_cart.add([{"catalogReference": reference, "quantity": 1}])
        url = await wix.current_cart.checkout_url(thank_you_page_url=THANK_YOU)
        print("checkout page:", url.split("?")[0])
        thanks = await place_order_in_the_browser(url)
        print("back on the site at", thanks.split("?")[0])

        left = await list_slots(wix, service["id"], today)
        taken = slots[0] not in left
        print(f"{service['name']}: {len(left)} free slots now; {slots[0]} taken: {taken}")
        mine = await wix.request(
            "POST", "/_api/bookings-reader/v2/extended-bookings/query", json={"query": {}}
        )
        for extended in mine["extendedBookings"]:
            item = extended["booking"]
            title = item["bookedEntity"]["title"]
            print(f"  my booking: {title} {item['startDate']} {item['status']}")


async def main() -> None:
    async with Emulator() as emulator:
        print(f"using a local Wix emulator at {emulator.base_url}")
        today = datetime.datetime.fromtimestamp(emulator.now(), tz=datetime.UTC).date()
        await booking_flow("my-client-id", emulator.base_url, today)


if __name__ == "__main__":
    asyncio.run(main())
