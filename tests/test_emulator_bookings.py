"""The emulator's Wix Bookings: services, time slots, a booking through the hosted checkout."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

BOOKINGS_APP = "13d21c63-b5ec-5912-8397-c3a5ddb27a97"
HAIRCUT, CONSULTATION = (
    "4a5a1c52-6e0e-4b8a-9d2c-0f3a8e5b7c11",
    "7b3e9d20-1f4c-4c6e-8a5b-2d9e0f1a3b22",
)
YOGA = "c0d1e2f3-a4b5-4c6d-9e8f-7a6b5c4d3e33"
POTTERY = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f4"
#: Monday 7 December 2026, 08:00 UTC: the emulator clock of these tests.
MONDAY_8AM = datetime.datetime(2026, 12, 7, 8, tzinfo=datetime.UTC).timestamp()
SERVICES = "/bookings/v2/services"
SLOTS = "/service-availability/v2/time-slots"
BOOKINGS = "/bookings/v2/bookings"
EXTENDED = "/_api/bookings-reader/v2/extended-bookings/query"
ADA, ADA_PASSWORD = "ada@example.com", "lovelace-1815"


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """An emulator whose clock stands still on a Monday morning."""
    async with Emulator(clock=lambda: MONDAY_8AM) as emulator:
        yield emulator


def _client(emu: Emulator, client_id: str) -> wv.WixClient:
    return wv.create_client(client_id, base_url=emu.base_url, clock=emu.now)


@pytest.fixture
async def wix(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """A visitor."""
    async with _client(emu, client_id) as client:
        yield client


async def slots(wix: wv.WixClient, service: str = HAIRCUT, **extra: Any) -> list[dict[str, Any]]:
    """Monday's and Tuesday's slots of a service (UTC)."""
    body = {"serviceId": service, "fromLocalDate": "2026-12-07T00:00:00"}
    body |= {"toLocalDate": "2026-12-09T00:00:00", "timeZone": "UTC", **extra}
    answer = await wix.request("POST", SLOTS, json=body)
    result: list[dict[str, Any]] = answer["timeSlots"]
    return result


async def book(wix: wv.WixClient, slot: dict[str, Any]) -> dict[str, Any]:
    """Create Booking for a listed slot, as a headless site does."""
    entity = {"slot": {"serviceId": slot["serviceId"], "startDate": slot["localStartDate"]}}
    entity["slot"] |= {"endDate": slot["localEndDate"], "timezone": "UTC"}
    contact = {"firstName": "Grace", "email": "grace@example.com"}
    body = {"booking": {"bookedEntity": entity, "contactDetails": contact}}
    booking: dict[str, Any] = (await wix.request("POST", BOOKINGS, json=body))["booking"]
    return booking


async def check_out(wix: wv.WixClient, booking_id: str) -> int:
    """Add the booking to the current cart, check out, Place order; the page's status."""
    reference = {"catalogItemId": booking_id, "appId": BOOKINGS_APP}
    await wix.current_cart.add([{"catalogReference": reference, "quantity": 1}])
    session = await wix.redirects.create_redirect_session(
        ecom_checkout_id=await wix.current_cart.create_checkout(),
        thank_you_page_url="https://salon.example/thanks",
    )
    url = session["fullUrl"]
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(url.split("/_hosted/")[0] + action, allow_redirects=False) as done:
            return done.status


async def test_query_services_answers_the_seeded_services(wix: wv.WixClient) -> None:
    """Four services in the Services V2 shape; filter by type, sort by name, page by offset."""
    everything = await wix.request("POST", f"{SERVICES}/query", json={"query": {}})
    assert [s["type"] for s in everything["services"]] == [
        "APPOINTMENT",
        "APPOINTMENT",
        "CLASS",
        "COURSE",
    ]
    assert everything["pagingMetadata"] == {
        "count": 4,
        "offset": 0,
        "total": 4,
        "tooManyToCount": False,
    }
    haircut = everything["services"][0]
    assert haircut["payment"]["fixed"]["price"] == {"value": "40", "currency": "USD"}
    assert haircut["schedule"]["availabilityConstraints"]["sessionDurations"] == [60]
    query = {
        "filter": {"type": {"$in": ["APPOINTMENT", "CLASS"]}},
        "sort": [{"fieldName": "name", "order": "DESC"}],
        "paging": {"limit": 2, "offset": 1},
    }
    page = await wix.request("POST", "/_api/bookings/v2/services/query", json={"query": query})
    assert [s["name"] for s in page["services"]] == ["Haircut", "Coffee Consultation"]
    assert page["pagingMetadata"]["total"] == 3


async def test_get_service_and_an_unknown_one(wix: wv.WixClient) -> None:
    """Get Service answers {service}; an unknown id is 404 SERVICE_NOT_FOUND."""
    service = (await wix.request("GET", f"{SERVICES}/{YOGA}"))["service"]
    assert (service["name"], service["type"], service["defaultCapacity"]) == (
        "Morning Yoga",
        "CLASS",
        10,
    )
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("GET", f"{SERVICES}/no-such-service")
    assert (caught.value.status, caught.value.code) == (404, "SERVICE_NOT_FOUND")


async def test_time_slots_follow_the_schedule_and_the_emulator_clock(
    wix: wv.WixClient, emu: Emulator
) -> None:
    """Haircut: hourly 09:00-17:00 on weekdays, in the asked time zone; past slots are gone."""
    listed = await slots(wix)
    starts = [s["localStartDate"] for s in listed]
    assert starts[:2] == ["2026-12-07T09:00:00", "2026-12-07T10:00:00"]
    assert len(starts) == 16 and starts[-1] == "2026-12-08T16:00:00"
    assert all(s["bookable"] and s["remainingCapacity"] == 1 for s in listed)
    in_new_york = await slots(wix, timeZone="America/New_York", fromLocalDate="2026-12-07T04:00:00")
    assert in_new_york[0]["localStartDate"] == "2026-12-07T04:00:00"
    emu.advance(3 * 3600)  # 11:00: the 09:00 and 10:00 slots have passed
    later = [s["localStartDate"] for s in await slots(wix)]
    assert later[0] == "2026-12-07T11:00:00"
    per_day = await slots(wix, timeSlotsPerDay=1)
    assert [s["localStartDate"][:10] for s in per_day] == ["2026-12-07", "2026-12-08"]


async def test_time_slots_page_by_cursor(wix: wv.WixClient) -> None:
    """cursorPaging.limit 5: three pages cover the sixteen slots, in order."""
    seen: list[str] = []
    cursor = None
    for _ in range(4):
        body = {"serviceId": HAIRCUT, "fromLocalDate": "2026-12-07T00:00:00"}
        body |= {
            "toLocalDate": "2026-12-09T00:00:00",
            "cursorPaging": {"limit": 5, "cursor": cursor},
        }
        answer = await wix.request("POST", "/_api/service-availability/v2/time-slots", json=body)
        seen += [s["localStartDate"] for s in answer["timeSlots"]]
        cursor = answer["cursorPagingMetadata"]["cursors"]["next"]
        if cursor is None:
            break
    assert seen == [s["localStartDate"] for s in await slots(wix)]


async def test_a_visitor_books_a_slot_through_the_hosted_checkout(
    wix: wv.WixClient, emu: Emulator, client_id: str
) -> None:
    """Create Booking, cart line, checkout, Place order: CONFIRMED and PAID, the slot is taken."""
    first = (await slots(wix))[0]
    booking = await book(wix, first)
    assert (booking["status"], booking["bookedEntity"]["slot"]["serviceId"]) == ("CREATED", HAIRCUT)
    assert booking["startDate"] == "2026-12-07T09:00:00.000Z"
    assert first in await slots(wix)  # a booking not yet ordered does not hold its slot
    cart = await wix.current_cart.get()
    assert cart is None
    assert await check_out(wix, booking["id"]) == 303
    (order,) = emu.orders
    (item,) = order["lineItems"]
    assert item["catalogReference"] == {"catalogItemId": booking["id"], "appId": BOOKINGS_APP}
    assert (
        item["itemType"] == {"preset": "SERVICE"}
        and order["priceSummary"]["total"]["amount"] == "40"
    )
    assert first["localStartDate"] not in [s["localStartDate"] for s in await slots(wix)]
    async with _client(emu, client_id) as other:
        assert first["localStartDate"] not in [s["localStartDate"] for s in await slots(other)]
        with pytest.raises(wv.WixApiError) as caught:
            await book(other, first)
        assert (caught.value.status, caught.value.code) == (400, "SLOT_NOT_AVAILABLE")
    mine = await wix.request("POST", EXTENDED, json={"query": {}})
    (extended,) = mine["extendedBookings"]
    assert (extended["booking"]["status"], extended["booking"]["paymentStatus"]) == (
        "CONFIRMED",
        "PAID",
    )


async def test_the_first_order_wins_a_slot_booked_twice(emu: Emulator, client_id: str) -> None:
    """Two visitors create bookings of one slot; the second Place order is a 409."""
    async with _client(emu, client_id) as ada, _client(emu, client_id) as bob:
        slot = (await slots(ada))[2]
        ada_booking, bob_booking = await book(ada, slot), await book(bob, slot)
        assert await check_out(ada, ada_booking["id"]) == 303
        assert await check_out(bob, bob_booking["id"]) == 409
    assert len(emu.orders) == 1


async def test_a_member_sees_their_own_bookings_only(emu: Emulator, client_id: str) -> None:
    """A logged-in member books; Query Extended Bookings shows it to them, not to a visitor."""
    async with _client(emu, client_id) as member, _client(emu, client_id) as visitor:
        result = await member.auth.login_member(
            ADA, ADA_PASSWORD, redirect_uri="https://salon.example/cb"
        )
        assert result.succeeded
        booking = await book(member, (await slots(member, CONSULTATION))[0])
        assert "memberId" in booking["createdBy"]
        assert await check_out(member, booking["id"]) == 303
        query = {"filter": {"status": "CONFIRMED"}, "cursorPaging": {"limit": 10}}
        for path in (EXTENDED, "/bookings/bookings-reader/v2/extended-bookings/query"):
            answer = await member.request("POST", path, json={"query": query})
            assert [e["booking"]["id"] for e in answer["extendedBookings"]] == [booking["id"]]
        theirs = await visitor.request("POST", EXTENDED, json={"query": {}})
        assert theirs["extendedBookings"] == []


async def test_another_visitors_booking_cannot_go_in_my_cart(emu: Emulator, client_id: str) -> None:
    """A booking id made by someone else is CATALOG_ITEM_NOT_FOUND; twice in a cart is a 400."""
    async with _client(emu, client_id) as ada, _client(emu, client_id) as bob:
        booking = await book(ada, (await slots(ada))[0])
        reference = {"catalogItemId": booking["id"], "appId": BOOKINGS_APP}
        with pytest.raises(wv.WixApiError) as caught:
            await bob.current_cart.add([{"catalogReference": reference}])
        assert caught.value.code == "CATALOG_ITEM_NOT_FOUND"
        await ada.current_cart.add([{"catalogReference": reference}])
        with pytest.raises(wv.WixApiError) as twice:
            await ada.current_cart.add([{"catalogReference": reference}])
        assert twice.value.code == "BOOKING_ALREADY_IN_CART"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (SLOTS, {}, "serviceId"),
        (SLOTS, {"serviceId": YOGA}, "serviceId"),
        (SLOTS, {"serviceId": HAIRCUT, "fromLocalDate": "yesterday"}, "fromLocalDate"),
        (SLOTS, {"serviceId": HAIRCUT, "fromLocalDate": "2026-12-07T00:00:00"}, "toLocalDate"),
        (
            SLOTS,
            {
                "serviceId": HAIRCUT,
                "fromLocalDate": "2026-12-07T00:00:00",
                "toLocalDate": "2027-12-07T00:00:00",
            },
            "toLocalDate",
        ),
        (SLOTS, {"serviceId": HAIRCUT, "timeZone": "Mars/Olympus"}, "timeZone"),
        (
            SLOTS,
            {
                "serviceId": HAIRCUT,
                "fromLocalDate": "9999-12-30T00:00:00",
                "toLocalDate": "9999-12-31T00:00:00",
            },
            "fromLocalDate",
        ),
        (
            SLOTS,
            {
                "serviceId": HAIRCUT,
                "fromLocalDate": "2026-12-07T00:00:00",
                "toLocalDate": "2026-12-08T00:00:00",
                "cursorPaging": {"limit": 0},
            },
            "cursorPaging.limit",
        ),
        (SLOTS, {"serviceId": HAIRCUT, "timeZone": 7}, "timeZone"),
        (
            SLOTS,
            {
                "serviceId": HAIRCUT,
                "fromLocalDate": "2026-12-07T00:00:00",
                "toLocalDate": "2026-12-08T00:00:00",
                "cursorPaging": {"cursor": "@@"},
            },
            "cursorPaging.cursor",
        ),
        (f"{SERVICES}/query", {"query": []}, "query"),
        (f"{SERVICES}/query", {"query": {"filter": {"price": 3}}}, "filter.price"),
        (f"{SERVICES}/query", {"query": {"filter": "{oops"}}, "filter"),
        (f"{SERVICES}/query", {"query": {"filter": {"name": {"$regex": "."}}}}, "name"),
        (f"{SERVICES}/query", {"query": {"filter": {"type": {"$in": "CLASS"}}}}, "type"),
        (f"{SERVICES}/query", {"query": {"filter": {"sortOrder": {"$gt": {}}}}}, "sortOrder"),
        (
            f"{SERVICES}/query",
            {"query": {"sort": [{"fieldName": "name", "order": "UP"}]}},
            "sort[0].order",
        ),
        (f"{SERVICES}/query", {"query": {"paging": {"limit": -1}}}, "paging.limit"),
        (f"{SERVICES}/query", {"query": {"paging": {"offset": "x"}}}, "paging.offset"),
        (BOOKINGS, {}, "booking"),
        (BOOKINGS, {"booking": {"bookedEntity": {}}}, "booking.bookedEntity.slot"),
        (BOOKINGS, {"booking": {"bookedEntity": {"slot": {}}}}, "serviceId"),
        (BOOKINGS, {"booking": {"bookedEntity": {"slot": {"serviceId": POTTERY}}}}, "serviceId"),
        (BOOKINGS, {"booking": {"bookedEntity": {"slot": {"serviceId": HAIRCUT}}}}, "startDate"),
        (
            BOOKINGS,
            {"booking": {"totalParticipants": 3, "bookedEntity": {"slot": {"serviceId": HAIRCUT}}}},
            "totalParticipants",
        ),
        (
            BOOKINGS,
            {
                "booking": {
                    "contactDetails": {"email": 5},
                    "bookedEntity": {
                        "slot": {"serviceId": HAIRCUT, "startDate": "2026-12-07T09:00:00"}
                    },
                }
            },
            "contactDetails.email",
        ),
        (EXTENDED, {"query": {"filter": {"$and": {}}}}, "filter.$and"),
        (EXTENDED, {"query": {"sort": "createdDate"}}, "sort"),
    ],
)
async def test_hostile_bodies_are_400s_naming_the_field(
    wix: wv.WixClient, path: str, body: dict[str, Any], field: str
) -> None:
    """Wrong shapes on every bookings route are Wix-shaped 400s naming the field, never 500s."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request("POST", path, json=body)
    assert caught.value.status == 400
    assert field in str(caught.value)


async def test_a_slot_that_is_not_on_the_schedule_is_not_available(wix: wv.WixClient) -> None:
    """A start between slots, on a Sunday, in the past, or with the wrong end: SLOT_NOT_AVAILABLE."""
    for start, end in [
        ("2026-12-07T09:30:00", None),
        ("2026-12-06T09:00:00", None),
        ("2026-12-07T07:00:00", None),
        ("2026-12-07T09:00:00", "2026-12-07T11:00:00"),
    ]:
        slot: dict[str, Any] = {"serviceId": HAIRCUT, "startDate": start}
        if end:
            slot["endDate"] = end
        with pytest.raises(wv.WixApiError) as caught:
            await wix.request("POST", BOOKINGS, json={"booking": {"bookedEntity": {"slot": slot}}})
        assert caught.value.code == "SLOT_NOT_AVAILABLE", start


async def test_a_visitor_who_books_then_logs_in_finds_it_among_the_members_bookings(
    emu: Emulator, client_id: str
) -> None:
    """Booked as a visitor, carried into the member's cart at login, paid: the member's booking."""
    async with _client(emu, client_id) as wix:
        booking = await book(wix, (await slots(wix))[0])
        reference = {"catalogItemId": booking["id"], "appId": BOOKINGS_APP}
        await wix.current_cart.add([{"catalogReference": reference}])
        result = await wix.auth.login_member(
            ADA, ADA_PASSWORD, redirect_uri="https://salon.example/cb"
        )
        assert result.succeeded
        url = await wix.current_cart.checkout_url(thank_you_page_url="https://salon.example/t")
        async with aiohttp.ClientSession() as browser:
            async with browser.get(url) as page:
                action = (await page.text()).split('action="')[1].split('"')[0]
            async with browser.post(url.split("/_hosted/")[0] + action, allow_redirects=False):
                pass
        mine = (await wix.request("POST", EXTENDED, json={"query": {}}))["extendedBookings"]
        assert [(e["booking"]["id"], e["booking"]["status"]) for e in mine] == [
            (booking["id"], "CONFIRMED")
        ]
        assert "memberId" in mine[0]["booking"]["createdBy"]


async def test_a_booking_line_has_quantity_one(wix: wv.WixClient) -> None:
    """Updating a booking line to 2 is a 400 naming the quantity; 0 removes it."""
    booking = await book(wix, (await slots(wix))[0])
    reference = {"catalogItemId": booking["id"], "appId": BOOKINGS_APP}
    with pytest.raises(wv.WixApiError) as caught:
        await wix.current_cart.add([{"catalogReference": reference, "quantity": 2}])
    assert "lineItems[0].quantity" in str(caught.value)
    cart = await wix.current_cart.add([{"catalogReference": reference}])
    (line,) = cart["lineItems"]
    assert line["itemType"] == {"preset": "SERVICE"}
    assert line["serviceProperties"]["scheduledDate"] == booking["startDate"]
    with pytest.raises(wv.WixApiError) as caught:
        await wix.current_cart.update_quantity({line["id"]: 2})
    assert caught.value.status == 400 and "quantity" in str(caught.value)
    emptied = await wix.current_cart.update_quantity({line["id"]: 0})
    assert emptied["lineItems"] == []
