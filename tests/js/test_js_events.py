"""@wix/events and @wix/redirects, unchanged, on the emulator: tickets, RSVPs, shared sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

if TYPE_CHECKING:
    from js_sdk_support import JsRunner

#: The fixtures `node` and `emu` (a conftest.py here would shadow the suite's).
pytest_plugins = ["js_sdk_support"]

JAZZ_NIGHT = "6f1c2d3e-4a5b-4c6d-8e7f-101112131415"
GENERAL = "a1b2c3d4-0001-4e5f-8a9b-505152535455"
VIP = "a1b2c3d4-0002-4e5f-8a9b-606162636465"
THANK_YOU, BACK = "https://jazz.example/thanks", "https://jazz.example/events/jazz-night"


@pytest.fixture
def events_js(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of events.mjs against the emulator."""
    from js_sdk_support import runner  # imported by pytest first, as a plugin

    return runner(node, "events.mjs", emu, client_id)


def _python(emu: Emulator, client_id: str, tokens: wv.Tokens | None = None) -> wv.WixClient:
    return wv.create_client(client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now)


async def test_the_ticketing_sequence_runs_on_the_official_packages(
    events_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Query, by slug, tiers, reserve 2, eventsCheckout; paid in the browser; Python sees it."""
    answer = await events_js("ticketing", thankYou=THANK_YOU, back=BACK)
    assert answer["ok"], answer
    assert [e["slug"] for e in answer["upcoming"]] == [
        "community-picnic",
        "jazz-night",
        "founders-dinner",
    ]
    assert answer["upcoming"][1] == {"id": JAZZ_NIGHT, "slug": "jazz-night", "type": "TICKETING"}
    assert answer["event"]["status"] == "OPEN_TICKETS" and answer["event"]["start"] is True
    assert answer["tiers"] == [
        {"name": "General", "price": "25.00", "free": False, "left": 100},
        {"name": "VIP", "price": "80.00", "free": False, "left": 3},
        {"name": "Student", "price": "0.00", "free": True, "left": 50},
    ]
    assert answer["reservation"]["status"] == "PENDING" and answer["reservation"]["expires"]
    sent = {(r["method"], r["path"]) for r in answer["sent"]}
    assert ("POST", "/events/v3/events/query") in sent
    assert ("GET", "/events/v3/events/slug/jazz-night") in sent
    assert ("POST", "/events-ticket-definitions/v3/ticket-definitions/available/query") in sent
    assert ("POST", "/events/v1/ticket-reservations") in sent
    assert all(r["status"] == 200 for r in answer["sent"])
    url = answer["fullUrl"]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            action = (await page.text()).split('action="')[1].split('"')[0]
        guest = {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}
        async with browser.post(
            url.split("/_hosted/")[0] + action, data=guest, allow_redirects=False
        ) as paid:
            assert paid.status == 303
            assert paid.headers["Location"].startswith(THANK_YOU + "?orderNumber=")
            assert paid.headers["Location"].endswith(f"&eventId={JAZZ_NIGHT}")
            number = paid.headers["Location"].split("orderNumber=")[1].split("&")[0]
    thanks = await events_js(
        "thank-you", tokens=answer["tokens"], eventId=JAZZ_NIGHT, orderNumber=number
    )
    assert thanks["ok"], thanks
    assert thanks == {
        **thanks,
        "status": "PAID",
        "quantity": 2,
        "total": "50",
        "tickets": ["General", "General"],
        "title": "Jazz Night",
        "reservation": "CONFIRMED",
    }
    tokens = wv.Tokens.from_json(answer["tokens"])
    async with _python(emu, client_id, tokens) as wix:  # JS made it; Python, same tokens, reads it
        got = await events.ticket_reservations.bind(wix).get_ticket_reservation(
            answer["reservation"]["id"]
        )
        assert got["ticketReservation"]["status"] == "CONFIRMED"
    assert len(emu.event_orders[0]["tickets"]) == 2


async def test_a_python_reservation_is_read_in_js_and_expires_on_the_emulator_clock(
    events_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """Python reserves; JS (same tokens) reads PENDING, a stranger is refused; then EXPIRED."""
    async with _python(emu, client_id) as wix:
        made = await events.ticket_reservations.bind(wix).create_ticket_reservation(
            {"tickets": [{"ticketDefinitionId": VIP, "quantity": 2}]}
        )
        reservation_id = made["ticketReservation"]["id"]
        tokens = wix.auth.get_tokens()
        assert tokens is not None
    mine = await events_js(
        "read-reservation", tokens=tokens.to_dict(), reservationId=reservation_id
    )
    assert mine["ok"] and mine["status"] == "PENDING" and mine["id"] == reservation_id
    stranger = await events_js("stranger", reservationId=reservation_id)
    assert stranger["ok"], stranger
    assert (
        stranger["read"]
        == stranger["cancel"]
        == stranger["checkout"]
        == ("TICKET_RESERVATION_NOT_FOUND")
    )
    emu.advance(21 * 60)
    later = await events_js(
        "read-reservation", tokens=tokens.to_dict(), reservationId=reservation_id
    )
    assert later["ok"] and later["status"] == "EXPIRED"


async def test_a_js_reservation_is_continued_in_python(
    events_js: JsRunner, emu: Emulator, client_id: str
) -> None:
    """JS reserves with tokens Python minted; Python reads it and cancels it; JS sees CANCELED."""
    async with _python(emu, client_id) as wix:
        await wix.auth.generate_visitor_tokens()
        tokens = wix.auth.get_tokens()
        assert tokens is not None
        made = await events_js(
            "reserve", tokens=tokens.to_dict(), ticketDefinitionId=GENERAL, quantity=3
        )
        assert made["ok"] and made["status"] == "PENDING", made
        module = events.ticket_reservations.bind(wix)
        got = await module.get_ticket_reservation(made["id"])
        assert got["ticketReservation"]["tickets"][0]["quantity"] == 3
        await module.cancel_ticket_reservation(made["id"])
    after = await events_js("read-reservation", tokens=tokens.to_dict(), reservationId=made["id"])
    assert after["ok"] and after["status"] == "CANCELED"


async def test_an_rsvp_with_the_official_package(events_js: JsRunner) -> None:
    """createRsvp with a guest, getRsvp; the same email twice and a closed event are refused."""
    answer = await events_js("rsvp")
    assert answer["ok"], answer
    assert answer["responseType"] == "YES_AND_NO"
    assert answer["controls"] == ["NAME", "INPUT", "GUEST_CONTROL"]
    assert answer["status"] == "YES" and answer["totalGuests"] == 2 and answer["sameId"]
    assert answer["twice"] == "MEMBER_EMAIL_ALREADY_REGISTERED"
    assert answer["closed"] == "CLOSED_MANUALLY" and answer["late"] == "RSVPS_CLOSED"


async def test_refused_calls_of_the_official_packages_are_4xx_with_codes(
    events_js: JsRunner,
) -> None:
    """Unknown tier, over stock, bad filter, unknown event, RSVP to a ticketed event."""
    answer = await events_js("refusals", vip=VIP, jazz=JAZZ_NIGHT)
    assert answer["ok"], answer
    assert answer["unknown"] == "TICKET_DEFINITION_NOT_FOUND"
    assert "only 3 VIP tickets are left" in answer["tooMany"]
    assert answer["badFilter"] == "FILTER_PARSER_ERROR"
    assert answer["noEvent"] == "EVENT_NOT_FOUND"
    assert answer["rsvpTicketed"] == "INVALID_EVENT_TYPE"
    assert all(r["status"] < 500 for r in answer["sent"])
