"""Fixtures shared by the whole suite: a running local Wix emulator and log hygiene."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest

from wixvisitor.emulator import Emulator

CLIENT_ID = "5b0ff6c8-1c41-4f8a-9f3e-0a9b2c7d1e55"


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """A fresh emulator on a free loopback port."""
    async with Emulator() as emulator:
        yield emulator


@pytest.fixture
def client_id() -> str:
    """The OAuth client id the tests use."""
    return CLIENT_ID


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every wixvisitor record down to DEBUG."""
    with caplog.at_level(logging.DEBUG):
        yield caplog
