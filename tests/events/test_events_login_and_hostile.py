"""A visitor who logs in keeps their reservations and RSVPs; hostile bodies are 4xx, never 500."""

from __future__ import annotations

import base64
import json

import aiohttp
import pytest

from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

from ._events import GENERAL, JAZZ_NIGHT, PICNIC, client, tickets

CALLBACK = "https://jazz.example/callback"


async def test_a_reservation_and_an_rsvp_follow_the_visitor_who_logs_in(
    emu: Emulator, client_id: str
) -> None:
    """Reserve and RSVP as a visitor, log in as Ada: still hers (memberId), listed as current."""
    async with client(emu, client_id) as wix:
        made = await events.ticket_reservations.bind(wix).create_ticket_reservation(
            tickets((GENERAL, 2))
        )
        rsvp = {
            "eventId": PICNIC,
            "firstName": "Ada",
            "lastName": "Lovelace",
            "email": "ada@example.com",
            "status": "YES",
        }
        answered = await events.rsvp_v2.bind(wix).create_rsvp(rsvp)
        result = await wix.auth.login_member(
            "ada@example.com", "lovelace-1815", redirect_uri=CALLBACK
        )
        assert result.succeeded and wix.auth.logged_in()
        reservation_id = made["ticketReservation"]["id"]
        got = await events.ticket_reservations.bind(wix).get_ticket_reservation(reservation_id)
        assert got["ticketReservation"]["status"] == "PENDING"
        assert got["ticketReservation"]["memberId"]
        current = await events.rsvp_v2.bind(wix).list_current_rsvps([PICNIC])
        assert [r["id"] for r in current["rsvps"]] == [answered["rsvp"]["id"]]


def _packed(body: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")


HOSTILE = [
    ("POST", "/events/v3/events/query", "[]"),
    ("POST", "/events/v3/events/query", '{"query": {"filter": {"nope": 1}}}'),
    ("POST", "/events/v3/events/query", '{"query": {"filter": "{not json"}}'),
    ("POST", "/events/v3/events/query", '{"query": {"paging": {"limit": -1}}}'),
    (
        "POST",
        "/events/v3/events/query",
        '{"query": {"sort": [{"fieldName": "status", "order": 1}]}}',
    ),
    ("POST", "/events/v3/events/query", '{"fields": ["NOPE"]}'),
    ("POST", "/events/v3/events/query", '{"query": {"filter": ' + "[" * 30000 + "]" * 30000 + "}}"),
    (
        "POST",
        "/events/v3/events/query",
        '{"query": {"filter": ' + '{"$not": ' * 200 + "{}" + "}" * 202,
    ),
    ("GET", f"/events/v3/events/{JAZZ_NIGHT}?.r=%%%", ""),
    ("GET", f"/events/v3/events/{JAZZ_NIGHT}?.r=" + _packed([1]), ""),
    ("POST", "/events-ticket-definitions/v3/ticket-definitions/available/query", '{"query": 7}'),
    (
        "POST",
        "/events-ticket-definitions/v3/ticket-definitions/query",
        '{"query": {"cursorPaging": {"cursor": "bogus"}}}',
    ),
    ("POST", "/events/v1/ticket-reservations", "not json"),
    ("POST", "/events/v1/ticket-reservations", '{"ticketReservation": []}'),
    ("POST", "/events/v1/ticket-reservations", '{"ticketReservation": {"tickets": {}}}'),
    ("POST", "/events/v1/ticket-reservations", '{"ticketReservation": {"tickets": [7]}}'),
    (
        "POST",
        "/events/v1/ticket-reservations",
        '{"ticketReservation": {"tickets": [{"ticketDefinitionId": 5, "quantity": 1}]}}',
    ),
    (
        "POST",
        "/events/v1/ticket-reservations",
        f'{{"ticketReservation": {{"tickets": [{{"ticketDefinitionId": "{GENERAL}",'
        ' "quantity": true}]}}',
    ),
    (
        "POST",
        "/events/v1/ticket-reservations",
        f'{{"ticketReservation": {{"tickets": [{{"ticketDefinitionId": "{GENERAL}",'
        ' "quantity": 1, "ticketInfo": {"pricingOptionId": "x"}}]}}',
    ),
    ("POST", "/events/v2/rsvps", '{"rsvp": "yes"}'),
    ("POST", "/events/v2/rsvps", '{"rsvp": {"eventId": ["x"]}}'),
    (
        "POST",
        "/events/v2/rsvps",
        f'{{"rsvp": {{"eventId": "{PICNIC}", "firstName": 1, "lastName": "x", "email": "a@b.c"}}}}',
    ),
    (
        "POST",
        "/events/v2/rsvps",
        f'{{"rsvp": {{"eventId": "{PICNIC}", "firstName": "a", "lastName": "b", "email": "a@b.c",'
        ' "status": "YES", "additionalGuestDetails": {"guestCount": "2"}}}',
    ),
    ("GET", "/events/v2/rsvps/current?.r=!!", ""),
    ("POST", "/_api/redirects-api/v1/redirect-session", '{"eventsCheckout": {"reservationId": 3}}'),
]


@pytest.mark.parametrize(("method", "path", "body"), HOSTILE)
async def test_hostile_bodies_are_answered_4xx(
    emu: Emulator, client_id: str, method: str, path: str, body: str
) -> None:
    """Wrong types, bad JSON, deep nesting, bad cursors: a 4xx in Wix's shape, never a 500."""
    async with client(emu, client_id) as wix:
        headers = await wix.auth.get_auth_headers()
    async with aiohttp.ClientSession() as http:
        headers = {**headers, "Content-Type": "application/json"}
        async with http.request(
            method, emu.base_url + path, data=body or None, headers=headers
        ) as answer:
            assert 400 <= answer.status < 500, await answer.text()
            assert "message" in await answer.json()
