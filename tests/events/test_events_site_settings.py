"""The site's settings for Events: `--no-payments` from the command line, and a reset."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules import events

from ._events import GENERAL, STUDENT, VIP, client, tickets


async def test_the_command_line_serves_a_site_without_payments(client_id: str) -> None:
    """`wixvisitor emulator --no-payments` says so and refuses a paid ticket with 403."""
    process = subprocess.Popen(
        [sys.executable, "-m", "wixvisitor", "emulator", "--port", "0", "--no-payments"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        found = re.search(r"serving at (http://127\.0\.0\.1:\d+)", banner)
        assert found is not None, banner
        while "Ctrl-C" not in banner:
            banner += process.stdout.readline()
        assert "payments:   off" in banner
        async with wv.create_client(client_id, base_url=found[1]) as wix:
            module = events.ticket_reservations.bind(wix)
            with pytest.raises(wv.errors.WixApiError) as refused:
                await module.create_ticket_reservation(tickets((GENERAL, 1)))
            assert (refused.value.status, refused.value.message) == (
                403,
                "No payment method configured",
            )
            free = await module.create_ticket_reservation(tickets((STUDENT, 1)))
            assert free["ticketReservation"]["status"] == "PENDING"
    finally:
        process.terminate()
        process.communicate(timeout=30)


async def test_a_reset_puts_the_seeded_events_back(emu: Emulator, client_id: str) -> None:
    """After reset, the tickets held are on sale again and the reservation is gone."""
    async with client(emu, client_id) as wix:
        await events.ticket_reservations.bind(wix).create_ticket_reservation(tickets((VIP, 3)))
    emu.reset()
    async with client(emu, client_id) as wix:
        tier = await events.ticket_definitions_v2.bind(wix).get_ticket_definition(
            VIP, {"fields": ["SALES_DETAILS"]}
        )
    assert tier["ticketDefinition"]["salesDetails"]["unsoldCount"] == 3
    assert emu.event_orders == []
