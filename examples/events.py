"""Events: a visitor reserves two tickets, comes back in a new process, and checks out.

    python examples/events.py

It runs against a local Wix emulator, so it needs no account and no network. The steps
are Wix's headless events flow, through the generated ``wixvisitor.modules.events``:

1. process one: Query Events (upcoming, soonest first), Get Event By Slug, the event's
   available ticket definitions, Create Ticket Reservation for two tickets (``PENDING``,
   held for the event's reservation window); the visitor's tokens go to a JSON file and
   the process ends;
2. process two: a new process resumes the same visitor from that file and reads the
   reservation (still ``PENDING``, only its owner can read it), then creates an
   ``eventsCheckout`` redirect session: the hosted checkout URL;
3. the visitor's browser opens it, fills in the guest form and pays (here aiohttp plays
   the browser) and lands on ``thankYouPageUrl?orderNumber=…&eventId=…``;
4. the reservation is ``CONFIRMED``.

With your own project, pass your client id and drop ``base_url``.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiohttp

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events, redirects
from wixvisitor.stores import JsonFileTokenStore

CLIENT_ID = "my-client-id"
VISITOR = "visitor-42"  # e.g. the session id your web app keeps in a cookie
THANK_YOU = "https://jazz.example/thanks"
BACK = "https://jazz.example/events"


def visitor(base_url: str, store_path: str) -> wv.WixClient:
    """The visitor's client: tokens loaded from, and saved to, the JSON file."""
    return wv.create_client(
        CLIENT_ID, store=JsonFileTokenStore(store_path), key=VISITOR, base_url=base_url
    )


async def reserve(base_url: str, store_path: str) -> str:
    """Process one: find the next ticketed event and reserve two tickets; the reservation id."""
    async with visitor(base_url, store_path) as wix:
        listing = events.wix_events_v2.bind(wix).query_events({"fields": ["REGISTRATION"]})
        upcoming = (
            await listing.eq("status", "UPCOMING").ascending("dateAndTimeSettings.startDate").find()
        )
        for event in upcoming.items:
            print(f"  {event['slug']}: {event['title']} ({event['registration']['type']})")
        slug = next(e["slug"] for e in upcoming.items if e["registration"]["type"] == "TICKETING")
        event = (
            await events.wix_events_v2.bind(wix).get_event_by_slug(slug, {"fields": ["DETAILS"]})
        )["event"]
        print(f"{event['title']}: {event['dateAndTimeSettings']['formatted']['dateAndTime']}")
        tiers = await events.ticket_definitions_v2.bind(wix).query_available_ticket_definitions(
            {"filter": {"eventId": event["id"]}}
        )
        general = next(t for t in tiers["ticketDefinitions"] if t["name"] == "General")
        price = general["pricingMethod"]["fixedPrice"]
        print(f"tier {general['name']}: {price['value']} {price['currency']}")
        made = await events.ticket_reservations.bind(wix).create_ticket_reservation(
            {"tickets": [{"ticketDefinitionId": general["id"], "quantity": 2}]}
        )
        reservation = made["ticketReservation"]
        print(
            f"process 1: reserved 2 tickets, {reservation['status']} until "
            f"{reservation['expirationDate']}"
        )
        return str(reservation["id"])


async def check_out(base_url: str, store_path: str, reservation_id: str) -> str:
    """Process two: the same visitor from the file, the reservation, the checkout URL."""
    async with visitor(base_url, store_path) as wix:
        got = await events.ticket_reservations.bind(wix).get_ticket_reservation(reservation_id)
        reservation = got["ticketReservation"]
        seats = sum(line.get("quantity") or 0 for line in reservation["tickets"])
        print(f"process 2: same visitor, reservation {reservation['status']} ({seats} tickets)")
        session = await redirects.redirects.bind(wix).create_redirect_session(
            {
                "eventsCheckout": {"reservationId": reservation_id, "eventSlug": "jazz-night"},
                "callbacks": {"thankYouPageUrl": THANK_YOU, "postFlowUrl": BACK},
            }
        )
        return str(session["redirectSession"]["fullUrl"])


async def pay_in_the_browser(url: str) -> str:
    """What the visitor's browser does on Wix's checkout page: the guest form, Pay."""
    origin = url.split("/_hosted/")[0]
    guest = {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(origin + action, data=guest, allow_redirects=False) as paid:
            return paid.headers["Location"]


async def confirmed(base_url: str, store_path: str, reservation_id: str) -> str:
    """The reservation's status after the checkout."""
    async with visitor(base_url, store_path) as wix:
        got = await events.ticket_reservations.bind(wix).get_ticket_reservation(reservation_id)
        return str(got["ticketReservation"]["status"])


async def _process(*arguments: str) -> str:
    """Run this file as a separate process; its last line of output."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, *arguments, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"the {arguments[0]} process failed")
    lines = out.decode().splitlines()
    print("\n".join(lines[:-1]))
    return lines[-1]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store_path = str(Path(folder) / "tokens.json")
        async with Emulator() as emulator:
            print(f"using a local Wix emulator at {emulator.base_url}")
            reservation_id = await _process("reserve", emulator.base_url, store_path)
            url = await _process("check-out", emulator.base_url, store_path, reservation_id)
            print("checkout page:", url.split("?")[0])
            thanks = await pay_in_the_browser(url)
            query = parse_qs(urlsplit(thanks).query)
            print(f"back on the site at {thanks.split('?')[0]}, order {query['orderNumber'][0]}")
            status = await confirmed(emulator.base_url, store_path, reservation_id)
            tickets = len(emulator.event_orders[0]["tickets"])
            print(f"reservation {status}; {tickets} tickets issued")


def _child(command: str, base_url: str, store_path: str, *rest: str) -> None:
    if command == "reserve":
        print(asyncio.run(reserve(base_url, store_path)))
    else:
        print(asyncio.run(check_out(base_url, store_path, rest[0])))


if __name__ == "__main__":
    if sys.argv[1:2] in (["reserve"], ["check-out"]):
        _child(*sys.argv[1:])
    else:
        asyncio.run(main())
