"""Events V3 and Ticket Definitions V3 reads through the generated modules."""

from __future__ import annotations

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

from ._events import GENERAL, JAZZ_NIGHT, STUDENT, VIP, WINTER_MARKET, client


async def test_upcoming_events_are_queried_sorted_and_paged(emu: Emulator, client_id: str) -> None:
    """status $in UPCOMING/STARTED, sorted by start date, paged: the past event is left out."""
    async with client(emu, client_id) as wix:
        query = events.wix_events_v2.bind(wix).query_events({"fields": ["DETAILS"]})
        found = await (
            query.in_("status", ["UPCOMING", "STARTED"])
            .ascending("dateAndTimeSettings.startDate")
            .limit(2)
            .find()
        )
        assert [e["slug"] for e in found.items] == ["community-picnic", "jazz-night"]
        assert found.total_count == 3 and found.items[0]["shortDescription"]
        rest = await found.next()
        assert [e["slug"] for e in rest.items] == ["founders-dinner"]
        ended = await events.wix_events_v2.bind(wix).query_events().eq("status", "ENDED").find()
        assert [e["id"] for e in ended.items] == [WINTER_MARKET]


async def test_an_event_by_slug_carries_what_a_storefront_reads(
    emu: Emulator, client_id: str
) -> None:
    """getEventBySlug with fields: registration, formatted date, location, image, page URL."""
    async with client(emu, client_id) as wix:
        module = events.wix_events_v2.bind(wix)
        fields = ["DETAILS", "TEXTS", "REGISTRATION", "URLS", "FORM"]
        event = (await module.get_event_by_slug("jazz-night", {"fields": fields}))["event"]
        assert event["id"] == JAZZ_NIGHT and event["status"] == "UPCOMING"
        registration = event["registration"]
        assert registration["initialType"] == "TICKETING"
        assert registration["status"] == "OPEN_TICKETS"
        assert registration["tickets"]["reservationDurationInMinutes"] == 20
        assert registration["tickets"]["lowestPrice"]["value"] == "0.00"
        assert event["dateAndTimeSettings"]["formatted"]["dateAndTime"].endswith("11:00 PM")
        assert event["location"]["name"] == "The Blue Room" and event["mainImage"]["url"]
        assert event["eventPageUrl"]["path"] == "/event-details/jazz-night"
        plain = (await module.get_event(JAZZ_NIGHT))["event"]
        assert "registration" not in plain and "shortDescription" not in plain
        with pytest.raises(wv.errors.WixApiError) as missing:
            await module.get_event_by_slug("no-such-event")
        assert (missing.value.status, missing.value.code) == (404, "EVENT_NOT_FOUND")


async def test_ticket_definitions_show_prices_stock_and_limits(
    emu: Emulator, client_id: str
) -> None:
    """Available tiers of the event: price as a string, free, sold-out details, limits."""
    async with client(emu, client_id) as wix:
        tiers = events.ticket_definitions_v2.bind(wix)
        query = {"filter": {"eventId": JAZZ_NIGHT}, "sort": [{"fieldName": "sortIndex"}]}
        found = await tiers.query_available_ticket_definitions(query, {"fields": ["SALES_DETAILS"]})
        by_id = {t["id"]: t for t in found["ticketDefinitions"]}
        assert list(by_id) == [GENERAL, VIP, STUDENT]
        assert by_id[GENERAL]["pricingMethod"]["fixedPrice"]["value"] == "25.00"
        assert by_id[STUDENT]["pricingMethod"]["free"] is True
        assert by_id[VIP]["salesDetails"] == {
            "unsoldCount": 3,
            "soldCount": 0,
            "reservedCount": 0,
            "soldOut": False,
        }
        assert by_id[VIP]["limitPerCheckout"] == 3  # the stock is below the per-checkout 4
        got = await tiers.get_ticket_definition(GENERAL, {"fields": ["EVENT_DETAILS"]})
        assert got["ticketDefinition"]["eventDetails"]["title"] == "Jazz Night"
        every = await tiers.query_ticket_definitions().eq("eventId", WINTER_MARKET).find()
        assert [t["saleStatus"] for t in every.items] == ["SALE_ENDED"]
        ended = {"filter": {"eventId": WINTER_MARKET}}
        assert (await tiers.query_available_ticket_definitions(ended))["ticketDefinitions"] == []
