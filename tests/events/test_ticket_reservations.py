"""Ticket Reservations on the emulator: stock held, expiry on its clock, owner-only access."""

from __future__ import annotations

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

from ._events import GENERAL, MARKET_ENTRY, STUDENT, VIP, client, tickets


async def _vip_left(wix: wv.WixClient) -> int:
    got = await events.ticket_definitions_v2.bind(wix).get_ticket_definition(
        VIP, {"fields": ["SALES_DETAILS"]}
    )
    unsold: int = got["ticketDefinition"]["salesDetails"]["unsoldCount"]
    return unsold


async def test_a_reservation_holds_stock_until_it_expires(emu: Emulator, client_id: str) -> None:
    """PENDING with an expiration 20 min on; stock deducted; after it, EXPIRED and released."""
    async with client(emu, client_id) as wix:
        module = events.ticket_reservations.bind(wix)
        made = await module.create_ticket_reservation(tickets((VIP, 2), (GENERAL, 1)))
        reservation = made["ticketReservation"]
        assert reservation["status"] == "PENDING"
        assert [(t["ticketName"], t["quantity"]) for t in reservation["tickets"]] == [
            ("VIP", 2),
            ("General", 1),
        ]
        assert reservation["tickets"][0]["subTotal"] == {"value": "160.00", "currency": "USD"}
        assert await _vip_left(wix) == 1
        emu.advance(19 * 60)
        got = await module.get_ticket_reservation(reservation["id"])
        assert got["ticketReservation"]["status"] == "PENDING"
        emu.advance(61)
        got = await module.get_ticket_reservation(reservation["id"])
        assert got["ticketReservation"]["status"] == "EXPIRED"
        assert await _vip_left(wix) == 3


async def test_cancel_and_delete_release_the_tickets(emu: Emulator, client_id: str) -> None:
    """Cancel makes it CANCELED; delete removes it; both give the stock back."""
    async with client(emu, client_id) as wix:
        module = events.ticket_reservations.bind(wix)
        first = (await module.create_ticket_reservation(tickets((VIP, 3))))["ticketReservation"]
        assert await _vip_left(wix) == 0
        canceled = await module.cancel_ticket_reservation(first["id"])
        assert canceled["ticketReservation"]["status"] == "CANCELED"
        assert await _vip_left(wix) == 3
        second = (await module.create_ticket_reservation(tickets((VIP, 1))))["ticketReservation"]
        deleted = await module.delete_ticket_reservation(second["id"])
        assert deleted["ticketReservation"]["id"] == second["id"]
        assert await _vip_left(wix) == 3
        with pytest.raises(wv.errors.WixApiError) as gone:
            await module.get_ticket_reservation(second["id"])
        assert (gone.value.status, gone.value.code) == (404, "TICKET_RESERVATION_NOT_FOUND")


async def test_another_visitor_never_sees_a_reservation(emu: Emulator, client_id: str) -> None:
    """Get, cancel and delete by another visitor: 404, as for an id that does not exist."""
    async with client(emu, client_id) as owner, client(emu, client_id) as stranger:
        made = await events.ticket_reservations.bind(owner).create_ticket_reservation(
            tickets((GENERAL, 2))
        )
        reservation_id = made["ticketReservation"]["id"]
        theirs = events.ticket_reservations.bind(stranger)
        for attempt in (
            theirs.get_ticket_reservation,
            theirs.cancel_ticket_reservation,
            theirs.delete_ticket_reservation,
        ):
            with pytest.raises(wv.errors.WixApiError) as refused:
                await attempt(reservation_id)
            assert (refused.value.status, refused.value.code) == (
                404,
                "TICKET_RESERVATION_NOT_FOUND",
            )
        mine = await events.ticket_reservations.bind(owner).get_ticket_reservation(reservation_id)
        assert mine["ticketReservation"]["status"] == "PENDING"


@pytest.mark.parametrize(
    ("lines", "status", "code", "field"),
    [
        ([("no-such-tier", 1)], 404, "TICKET_DEFINITION_NOT_FOUND", None),
        ([(VIP, 4)], 400, None, "ticketReservation.tickets[0].quantity"),  # only 3 left
        ([(GENERAL, 11)], 400, None, "ticketReservation.tickets[0].quantity"),  # 10 a checkout
        ([(STUDENT, 3)], 400, None, "ticketReservation.tickets[0].quantity"),  # 2 a checkout
        ([(MARKET_ENTRY, 1)], 400, None, "ticketReservation.tickets[0].ticketDefinitionId"),
        ([(GENERAL, 0)], 400, None, "ticketReservation.tickets[0].quantity"),
    ],
)
async def test_what_cannot_be_reserved_is_a_4xx(
    emu: Emulator,
    client_id: str,
    lines: list[tuple[str, int]],
    status: int,
    code: str | None,
    field: str | None,
) -> None:
    """Unknown tier, over stock or limits, an ended event: the Wix error, never a 500."""
    async with client(emu, client_id) as wix:
        module = events.ticket_reservations.bind(wix)
        with pytest.raises(wv.errors.WixApiError) as refused:
            await module.create_ticket_reservation(tickets(*lines))
        assert refused.value.status == status
        if code is not None:
            assert refused.value.code == code
        if field is not None:
            assert field in refused.value.message


async def test_a_sold_out_tier_is_refused_and_shown_sold_out(emu: Emulator, client_id: str) -> None:
    """Another visitor holding every VIP seat: sold out for this one, and in the details."""
    async with client(emu, client_id) as first, client(emu, client_id) as second:
        await events.ticket_reservations.bind(first).create_ticket_reservation(tickets((VIP, 3)))
        with pytest.raises(wv.errors.WixApiError) as refused:
            await events.ticket_reservations.bind(second).create_ticket_reservation(
                tickets((VIP, 1))
            )
        assert refused.value.status == 400 and "sold out" in refused.value.message
        tier = await events.ticket_definitions_v2.bind(second).get_ticket_definition(
            VIP, {"fields": ["SALES_DETAILS"]}
        )
        assert tier["ticketDefinition"]["salesDetails"]["soldOut"] is True
        assert tier["ticketDefinition"]["limitPerCheckout"] == 0
