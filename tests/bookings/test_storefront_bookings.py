"""The emulator's Wix Bookings as storefronts book: filters, staff, locations, categories, classes."""

from __future__ import annotations

from typing import Any

import pytest
from bookings_flow import (
    BOOKINGS_APP,
    CONSULTATION,
    HAIRCUT,
    LOCATION,
    POTTERY,
    STAFF_TYPE,
    WEEK,
    YOGA,
    book,
    first_slot,
    item,
    new_cart,
)

import wixvisitor as wv

SERVICES = "/bookings/v2/services"
EVENTS = "/service-availability/v2/time-slots/event"
CLASSES = "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e44"
LIN = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b902"


async def _names(wix: wv.WixClient, body: dict[str, Any]) -> list[str]:
    found = await wix.request("POST", f"{SERVICES}/query", json=body)
    return [service["name"] for service in found["services"]]


async def test_services_filter_as_storefronts_filter(wix: wv.WixClient) -> None:
    """appId, category.id, locations.business.id ($hasSome) and mainSlug.name filter services."""
    everything = ["Haircut", "Coffee Consultation", "Morning Yoga", "Pottery Course"]
    assert await _names(wix, {"query": {"filter": {"appId": BOOKINGS_APP}}}) == everything
    assert await _names(wix, {"query": {"filter": {"appId": "another-app"}}}) == []
    by_category = {"category.id": CLASSES, "appId": {"$eq": BOOKINGS_APP}}
    assert await _names(wix, {"query": {"filter": by_category}}) == [
        "Morning Yoga",
        "Pottery Course",
    ]
    at = {"locations.business.id": {"$hasSome": [LOCATION, "elsewhere"]}}
    assert await _names(wix, {"query": {"filter": at}}) == everything
    nowhere = {"locations.business.id": {"$hasSome": ["elsewhere"]}}
    assert await _names(wix, {"query": {"filter": nowhere}}) == []
    assert await _names(wix, {"query": {"filter": {"mainSlug.name": "morning-yoga"}}}) == [
        "Morning Yoga"
    ]


async def test_staff_details_come_only_when_asked(wix: wv.WixClient) -> None:
    """conditionalFields STAFF_MEMBER_DETAILS puts each service's staff on it."""
    plain = await wix.request("POST", f"{SERVICES}/query", json={"query": {}})
    assert all("staffMemberDetails" not in s for s in plain["services"])
    body = {"query": {"filter": {"id": YOGA}}, "conditionalFields": ["STAFF_MEMBER_DETAILS"]}
    (yoga,) = (await wix.request("POST", f"{SERVICES}/query", json=body))["services"]
    assert yoga["staffMemberDetails"] == {
        "staffMembers": [{"staffMemberId": LIN, "name": "Lin Teacher"}]
    }
    assert yoga["staffMemberIds"] == [LIN] and yoga["appId"] == BOOKINGS_APP
    assert yoga["payment"]["options"]["inPerson"] is True


async def test_locations_categories_and_the_booking_form(wix: wv.WixClient) -> None:
    """queryLocations, categoriesV2 (query, get, count) and the form of the services."""
    locations = await wix.request("POST", f"{SERVICES}/locations/query", json={"filter": {}})
    business = locations["businessLocations"]
    assert business["exists"] is True and [
        loc["business"]["id"] for loc in business["locations"]
    ] == [LOCATION]
    assert locations["customLocations"] == {"exists": False}
    none = {"filter": {"services": {"id": "missing"}}}
    assert (await wix.request("POST", f"{SERVICES}/locations/query", json=none))[
        "businessLocations"
    ]["exists"] is False
    query = {"query": {"sort": [{"fieldName": "sortOrder", "order": "DESC"}]}}
    categories = await wix.request("POST", "/bookings/v2/categories/query", json=query)
    assert [c["name"] for c in categories["categories"]] == ["Classes", "Our Services"]
    got = await wix.request("GET", f"/bookings/v2/categories/{CLASSES}")
    assert got["category"]["name"] == "Classes"
    counted = await wix.request(
        "POST", "/bookings/v2/categories/count", json={"filter": {"name": "Classes"}}
    )
    assert counted == {"count": 1}
    service = (await wix.request("GET", f"{SERVICES}/{HAIRCUT}"))["service"]
    form = (await wix.request("GET", f"/form-schema-service/v4/forms/{service['form']['id']}"))[
        "form"
    ]
    targets = [field["inputOptions"]["target"] for field in form["formFields"]]
    assert targets == ["first_name", "last_name", "email", "phone"]


async def test_a_booking_takes_the_form_and_the_staff(wix: wv.WixClient) -> None:
    """formSubmission fills the contact; ANY_RESOURCE picks staff; a chosen resource is kept."""
    booking = await book(wix, HAIRCUT)
    assert booking["contactDetails"] == {"firstName": "Grace", "email": "grace@example.com"}
    slot = booking["bookedEntity"]["slot"]
    assert slot["resource"]["name"] == "Ada Barber"
    assert slot["resourceSelections"] == [
        {"resourceTypeId": STAFF_TYPE, "selectionMethod": "ANY_RESOURCE"}
    ]
    free = await first_slot(wix, CONSULTATION)
    chosen = {
        "serviceId": CONSULTATION,
        "startDate": free["localStartDate"],
        "resource": {"id": LIN},
    }
    body = {"booking": {"bookedEntity": {"slot": chosen}}}
    made = (await wix.request("POST", "/bookings/v2/bookings", json=body))["booking"]
    assert made["bookedEntity"]["slot"]["resource"] == {"id": LIN, "name": "Lin Teacher"}
    assert made["status"] == "CREATED"


async def test_class_sessions_carry_event_ids_and_fill_up(wix: wv.WixClient) -> None:
    """listEventTimeSlots: eventInfo.eventId, capacity counts placed orders; getEventTimeSlot too."""
    body = {"serviceIds": [YOGA], "timeZone": "UTC", **WEEK}
    sessions = (await wix.request("POST", EVENTS, json=body))["timeSlots"]
    assert [s["localStartDate"] for s in sessions] == ["2026-12-09T07:00:00", "2026-12-11T07:00:00"]
    first = sessions[0]
    assert first["eventInfo"]["eventTitle"] == "Morning Yoga" and first["remainingCapacity"] == 10
    one = await wix.request("GET", f"{EVENTS}/{first['eventInfo']['eventId']}")
    assert one["timeSlot"]["localStartDate"] == first["localStartDate"]
    for _ in range(10):
        booking = await book(wix, YOGA)
        cart = await new_cart(wix, item(booking["id"]))
        await wix.request("POST", f"/ecom/v2/carts/{cart['id']}/place-order", json={})
    left = (await wix.request("POST", EVENTS, json=body))["timeSlots"]
    assert [s["localStartDate"] for s in left] == ["2026-12-11T07:00:00"]
    full = (await wix.request("POST", EVENTS, json={**body, "includeNonBookable": True}))[
        "timeSlots"
    ]
    assert full[0]["remainingCapacity"] == 0 and full[0]["bookable"] is False
    taken = {"serviceId": YOGA, "eventId": first["eventInfo"]["eventId"], "timezone": "UTC"}
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request(
            "POST", "/bookings/v2/bookings", json={"booking": {"bookedEntity": {"slot": taken}}}
        )
    assert caught.value.code == "SLOT_NOT_AVAILABLE"


def _booking(**slot: Any) -> dict[str, Any]:
    return {"booking": {"bookedEntity": {"slot": {"serviceId": HAIRCUT, **slot}}}}


HOSTILE: list[tuple[str, str, Any]] = [
    ("POST", f"{SERVICES}/query", {"query": {}, "conditionalFields": ["EVERYTHING"]}),
    ("POST", f"{SERVICES}/query", {"query": {}, "conditionalFields": 5}),
    ("POST", f"{SERVICES}/query", {"query": {"filter": {"locations.business.id": {"$hasSome": "x"}}}}),
    ("POST", f"{SERVICES}/locations/query", {"filter": []}),
    ("POST", f"{SERVICES}/locations/query", {"filter": {"services": {"nope": 1}}}),
    ("POST", f"{SERVICES}/locations/query", {"filter": {"businessLocationIds": "x"}}),
    ("POST", "/bookings/v2/categories/query", {"query": {"filter": {"colour": "red"}}}),
    ("POST", "/bookings/v2/categories/query", {"query": {"cursorPaging": {"cursor": "???"}}}),
    ("POST", "/bookings/v2/categories/count", {"filter": 5}),
    ("GET", "/bookings/v2/categories/missing", None),
    ("POST", EVENTS, {}),
    ("POST", EVENTS, {"serviceIds": [HAIRCUT], **WEEK}),
    ("POST", EVENTS, {"serviceIds": "x", **WEEK}),
    ("POST", EVENTS, {"fromLocalDate": "2026-12-07T00:00:00", "toLocalDate": "2027-12-07T00:00:00"}),
    ("POST", EVENTS, {**WEEK, "cursorPaging": {"limit": 0}}),
    ("GET", f"{EVENTS}/not-an-event", None),
    ("GET", f"{EVENTS}/2e3f4051-0000-4000-8000-zzzzzzzzzzzz", None),
    ("GET", f"{EVENTS}/2e3f4051-0000-4000-8000-ffffffffffff", None),
    ("POST", "/bookings/v2/bookings", _booking(resourceSelections="x")),
    ("POST", "/bookings/v2/bookings", _booking(resourceSelections=[{"resourceTypeId": "x"}])),
    ("POST", "/bookings/v2/bookings", _booking(resourceSelections=[{"resourceTypeId": STAFF_TYPE,
                                                                    "selectionMethod": "ALL"}])),
    ("POST", "/bookings/v2/bookings", _booking(resourceSelections=[7])),
    ("POST", "/bookings/v2/bookings", _booking(resource={"id": "nobody"})),
    ("POST", "/bookings/v2/bookings", _booking(resource="x")),
    ("POST", "/bookings/v2/bookings", {**_booking(startDate="2026-12-08T09:00:00"),
                                       "formSubmission": {"shoe_size": "9"}}),
    ("POST", "/bookings/v2/bookings", {**_booking(startDate="2026-12-08T09:00:00"),
                                       "formSubmission": {"email": 5}}),
    ("POST", "/bookings/v2/bookings", {**_booking(startDate="2026-12-08T09:00:00"),
                                       "formSubmission": ["email"]}),
    ("POST", "/bookings/v2/bookings", {"booking": {"bookedEntity": {"slot": {"serviceId": YOGA,
                                                                             "eventId": 5}}}}),
    ("POST", "/bookings/v2/bookings", {"booking": {"bookedEntity": {"slot": {"serviceId": HAIRCUT,
                                                                             "eventId": "x"}}}}),
    ("POST", "/bookings/v2/bookings", {"booking": {"bookedEntity": {"slot": {"serviceId": POTTERY}}}}),
    ("GET", "/form-schema-service/v4/forms/another-form", None),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "path", "body"), HOSTILE)
async def test_hostile_bodies_are_4xx_never_500(
    wix: wv.WixClient, verb: str, path: str, body: Any
) -> None:
    """Wrong shapes on the storefront bookings routes are Wix-shaped 4xx answers."""
    with pytest.raises(wv.WixApiError) as caught:
        await wix.request(verb, path, json=body)
    assert 400 <= caught.value.status < 500, caught.value
