"""RSVP V2 on the emulator: answers, the declared errors, and whose RSVPs they are."""

from __future__ import annotations

from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

from ._events import FOUNDERS_DINNER, JAZZ_NIGHT, PICNIC, client


def _guest(event_id: str = PICNIC, **more: Any) -> dict[str, Any]:
    return {
        "eventId": event_id,
        "firstName": "Grace",
        "lastName": "Hopper",
        "email": "grace@example.com",
        "status": "YES",
        **more,
    }


async def test_a_visitor_rsvps_and_reads_it_back(emu: Emulator, client_id: str) -> None:
    """createRsvp with two extra guests: YES, 3 guests; getRsvp is the owner's alone."""
    async with client(emu, client_id) as wix, client(emu, client_id) as stranger:
        module = events.rsvp_v2.bind(wix)
        extra = {"guestCount": 2, "guestNames": ["Ada Lovelace", "Alan Turing"]}
        made = await module.create_rsvp(_guest(additionalGuestDetails=extra))
        rsvp = made["rsvp"]
        assert rsvp["status"] == "YES" and rsvp["totalGuests"] == 3
        assert made["calendarLinks"]["ics"].endswith(".ics")
        assert (await module.get_rsvp(rsvp["id"]))["rsvp"]["email"] == "grace@example.com"
        with pytest.raises(wv.errors.WixApiError) as refused:
            await events.rsvp_v2.bind(stranger).get_rsvp(rsvp["id"])
        assert (refused.value.status, refused.value.code) == (404, "RSVP_NOT_FOUND")
        with pytest.raises(wv.errors.WixApiError) as not_member:
            await module.list_current_rsvps([PICNIC])
        assert (not_member.value.status, not_member.value.code) == (
            403,
            "MEMBER_IDENTITY_NOT_FOUND",
        )
        dashboard = await events.wix_events_v2.bind(wix).get_event(
            PICNIC, {"fields": ["DASHBOARD"]}
        )
        assert dashboard["event"]["summaries"]["rsvps"]["yesCount"] == 1


@pytest.mark.parametrize(
    ("rsvp", "status", "code"),
    [
        (_guest("no-such-event"), 404, "EVENT_NOT_FOUND"),
        (_guest(JAZZ_NIGHT), 400, "INVALID_EVENT_TYPE"),
        (_guest(FOUNDERS_DINNER), 400, "RSVPS_CLOSED"),
        (_guest(status="WAITLIST"), 400, "UNEXPECTED_RSVP_STATUS"),
        (
            _guest(additionalGuestDetails={"guestCount": 3, "guestNames": ["a", "b", "c"]}),
            400,
            "GUEST_LIMIT_EXCEEDED",
        ),
        (
            _guest(additionalGuestDetails={"guestCount": 1}),
            400,
            "ADDITIONAL_GUESTS_MUST_HAVE_NAMES",
        ),
        (_guest(firstName=""), 400, None),
        (_guest(email="not-an-email"), 400, None),
    ],
)
async def test_what_an_event_refuses_is_the_declared_error(
    emu: Emulator, client_id: str, rsvp: dict[str, Any], status: int, code: str | None
) -> None:
    """Each refusal is a 4xx with the code CreateRsvpApplicationErrors declares."""
    async with client(emu, client_id) as wix:
        with pytest.raises(wv.errors.WixApiError) as refused:
            await events.rsvp_v2.bind(wix).create_rsvp(rsvp)
        assert refused.value.status == status
        if code is not None:
            assert refused.value.code == code


async def test_the_same_email_twice_and_a_full_event(emu: Emulator, client_id: str) -> None:
    """One email answers once per event (409); NO is taken on YES_AND_NO; 40 guests fill it."""
    async with client(emu, client_id) as wix:
        module = events.rsvp_v2.bind(wix)
        await module.create_rsvp(_guest())
        with pytest.raises(wv.errors.WixApiError) as twice:
            await module.create_rsvp(_guest(firstName="Someone"))
        assert (twice.value.status, twice.value.code) == (409, "MEMBER_EMAIL_ALREADY_REGISTERED")
        declined = await module.create_rsvp(_guest(email="no@example.com", status="NO"))
        assert declined["rsvp"]["status"] == "NO"
        names = {"guestCount": 2, "guestNames": ["A B", "C D"]}
        for index in range(13):  # 1 + 13 * 3 = 40 going
            await module.create_rsvp(
                _guest(email=f"g{index}@example.com", additionalGuestDetails=names)
            )
        with pytest.raises(wv.errors.WixApiError) as full:
            await module.create_rsvp(_guest(email="late@example.com"))
        assert (full.value.status, full.value.code) == (400, "RSVP_LIMIT_EXCEEDED")
