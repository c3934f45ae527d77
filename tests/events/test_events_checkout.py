"""The eventsCheckout redirect and the hosted events checkout; a site without payments."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events, redirects

from ._events import (
    BACK,
    GENERAL,
    JAZZ_NIGHT,
    STUDENT,
    THANK_YOU,
    client,
    pay_in_the_browser,
    tickets,
)


async def _checkout_url(wix: wv.WixClient, reservation_id: str, slug: str = "jazz-night") -> str:
    session = await redirects.redirects.bind(wix).create_redirect_session(
        {
            "eventsCheckout": {"reservationId": reservation_id, "eventSlug": slug},
            "callbacks": {"thankYouPageUrl": THANK_YOU, "postFlowUrl": BACK},
        }
    )
    url: str = session["redirectSession"]["fullUrl"]
    return url


async def test_the_hosted_checkout_confirms_and_issues_tickets(
    emu: Emulator, client_id: str
) -> None:
    """Reserve 2, redirect, pay as a guest: order number, CONFIRMED, 2 tickets, thank-you URL."""
    async with client(emu, client_id) as wix:
        module = events.ticket_reservations.bind(wix)
        made = await module.create_ticket_reservation(tickets((GENERAL, 2)))
        reservation_id = made["ticketReservation"]["id"]
        url = await _checkout_url(wix, reservation_id)
        async with aiohttp.ClientSession() as browser, browser.get(url) as page:
            text = await page.text()
        assert "Jazz Night" in text and "$50.00" in text and f'href="{BACK}"' in text
        status, location = await pay_in_the_browser(url)
        assert status == 303 and location.startswith(THANK_YOU + "?")
        query = parse_qs(urlsplit(location).query)
        assert query["eventId"] == [JAZZ_NIGHT]
        got = await module.get_ticket_reservation(reservation_id)
        assert got["ticketReservation"]["status"] == "CONFIRMED"
        assert "expirationDate" not in got["ticketReservation"]
        orders = events.orders.bind(wix)
        read = await orders.get_order(
            {"eventId": JAZZ_NIGHT, "orderNumber": query["orderNumber"][0]},
            {"fieldset": ["TICKETS", "DETAILS"]},
        )
        assert read["order"]["status"] == "PAID" and read["order"]["ticketsQuantity"] == 2
        assert read["order"]["totalPrice"]["amount"] == "50"
        assert [t["name"] for t in read["order"]["tickets"]] == ["General", "General"]
    async with client(emu, client_id) as stranger:
        with pytest.raises(wv.errors.WixApiError) as refused:
            await events.orders.bind(stranger).get_order(
                {"eventId": JAZZ_NIGHT, "orderNumber": query["orderNumber"][0]}
            )
        assert refused.value.status == 404
    (order,) = emu.event_orders
    assert order["orderNumber"] == query["orderNumber"][0]
    assert [t["name"] for t in order["tickets"]] == ["General", "General"]
    assert order["buyer"]["email"] == "ada@example.com" and order["total"] == "50"
    emu.advance(3600)  # confirmed tickets never expire
    async with client(emu, client_id) as other:
        tier = await events.ticket_definitions_v2.bind(other).get_ticket_definition(
            GENERAL, {"fields": ["SALES_DETAILS"]}
        )
    assert tier["ticketDefinition"]["salesDetails"]["soldCount"] == 2


async def test_the_checkout_refuses_what_is_not_the_callers(emu: Emulator, client_id: str) -> None:
    """Another visitor's reservation, a wrong slug, an expired page: 404s and a 410."""
    async with client(emu, client_id) as owner, client(emu, client_id) as stranger:
        made = await events.ticket_reservations.bind(owner).create_ticket_reservation(
            tickets((GENERAL, 1))
        )
        reservation_id = made["ticketReservation"]["id"]
        with pytest.raises(wv.errors.WixApiError) as theirs:
            await _checkout_url(stranger, reservation_id)
        assert (theirs.value.status, theirs.value.code) == (404, "TICKET_RESERVATION_NOT_FOUND")
        with pytest.raises(wv.errors.WixApiError) as slug:
            await _checkout_url(owner, reservation_id, "community-picnic")
        assert (slug.value.status, slug.value.code) == (404, "EVENT_NOT_FOUND")
        url = await _checkout_url(owner, reservation_id)
        status, _ = await pay_in_the_browser(url, {"firstName": "", "lastName": "", "email": ""})
        assert status == 400
        emu.advance(21 * 60)
        async with aiohttp.ClientSession() as browser, browser.get(url) as page:
            assert page.status == 410 and "EXPIRED" in await page.text()


async def test_a_site_without_payments_sells_only_free_tickets(client_id: str) -> None:
    """payments=False: a paid tier is 403 No payment method configured; free ones check out."""
    async with Emulator(payments=False) as emu, client(emu, client_id) as wix:
        module = events.ticket_reservations.bind(wix)
        with pytest.raises(wv.errors.WixApiError) as refused:
            await module.create_ticket_reservation(tickets((GENERAL, 1)))
        assert refused.value.status == 403
        assert refused.value.message == "No payment method configured"
        made = await module.create_ticket_reservation(tickets((STUDENT, 1)))
        url = await _checkout_url(wix, made["ticketReservation"]["id"])
        async with aiohttp.ClientSession() as browser, browser.get(url) as page:
            assert 'id="pay">Register<' in await page.text()
        status, _ = await pay_in_the_browser(url)
        assert status == 303
        assert [t["free"] for t in emu.event_orders[0]["tickets"]] == [True]
