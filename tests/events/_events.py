"""What the events tests share: the seeded ids, a client on the emulator, a browser checkout."""

from __future__ import annotations

from typing import Any

import aiohttp

import wixvisitor as wv
from wixvisitor.emulator import Emulator

JAZZ_NIGHT = "6f1c2d3e-4a5b-4c6d-8e7f-101112131415"
PICNIC = "7a2b3c4d-5e6f-4a1b-9c2d-202122232425"
WINTER_MARKET = "8b3c4d5e-6f7a-4b2c-8d3e-303132333435"
FOUNDERS_DINNER = "9c4d5e6f-7a8b-4c3d-9e4f-404142434445"
GENERAL = "a1b2c3d4-0001-4e5f-8a9b-505152535455"
VIP = "a1b2c3d4-0002-4e5f-8a9b-606162636465"
STUDENT = "a1b2c3d4-0003-4e5f-8a9b-707172737475"
MARKET_ENTRY = "a1b2c3d4-0004-4e5f-8a9b-808182838485"
THANK_YOU = "https://jazz.example/thanks"
BACK = "https://jazz.example/events/jazz-night"


def client(emu: Emulator, client_id: str, tokens: wv.Tokens | None = None) -> wv.WixClient:
    """A Python client of one visitor on the emulator (on the emulator's clock)."""
    return wv.create_client(client_id, tokens=tokens, base_url=emu.base_url, clock=emu.now)


def tickets(*lines: tuple[str, int]) -> dict[str, Any]:
    """A ticket reservation body's ``ticketReservation``."""
    return {"tickets": [{"ticketDefinitionId": t, "quantity": q} for t, q in lines]}


async def pay_in_the_browser(url: str, guest: dict[str, str] | None = None) -> tuple[int, str]:
    """What the visitor's browser does on the hosted events checkout: fill in, Pay."""
    origin = url.split("/_hosted/")[0]
    form = guest or {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"}
    async with aiohttp.ClientSession() as browser:
        async with browser.get(url) as page:
            assert page.status == 200, await page.text()
            action = (await page.text()).split('action="')[1].split('"')[0]
        async with browser.post(origin + action, data=form, allow_redirects=False) as paid:
            return paid.status, paid.headers.get("Location", await paid.text())
