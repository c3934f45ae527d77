"""Fixtures of the storefront bookings, Cart V2 and categories tests: a still clock, a visitor."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from bookings_flow import MONDAY_8AM

import wixvisitor as wv
from wixvisitor.emulator import Emulator


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """An emulator whose clock stands still on a Monday morning."""
    async with Emulator(clock=lambda: MONDAY_8AM) as emulator:
        yield emulator


@pytest.fixture
async def wix(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """A visitor."""
    async with wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as client:
        yield client


@pytest.fixture
async def stranger(emu: Emulator, client_id: str) -> AsyncIterator[wv.WixClient]:
    """Another visitor."""
    async with wv.create_client(client_id, base_url=emu.base_url, clock=emu.now) as client:
        yield client
