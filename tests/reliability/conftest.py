"""Fixtures of the reliability suite: a token-call-counting session and recorded figures."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import aiohttp
import pytest

from ._hostile import HostileServer, hostile_server
from ._support import count_token_attempt, count_token_sent

_FIGURES: dict[str, dict[str, Any]] = {}


@pytest.fixture
async def counting_session() -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP session that counts each flow's token requests in `flow_token_calls`.

    Both what the SDK attempted and what was actually sent (see `TokenCalls`).
    """
    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(count_token_attempt)
    trace.on_request_chunk_sent.append(count_token_sent)
    session = aiohttp.ClientSession(
        trace_configs=[trace], connector=aiohttp.TCPConnector(limit=200)
    )
    yield session
    await session.close()


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Iterator[Callable[..., None]]:
    """Record a scenario's figures: printed now and in the terminal summary."""

    def record(scenario: str, **numbers: Any) -> None:
        _FIGURES[scenario] = numbers
        print(f"\n[figures] {scenario}: {json.dumps(numbers)}")

    return record


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print every recorded figure; also write them to $WIXVISITOR_FIGURES if set."""
    if not _FIGURES:
        return
    terminalreporter.section("reliability figures")
    for scenario, numbers in sorted(_FIGURES.items()):
        terminalreporter.write_line(f"{scenario}: {json.dumps(numbers)}")
    path = os.environ.get("WIXVISITOR_FIGURES")
    if path:
        try:
            with open(path, encoding="utf-8") as existing:
                merged = json.load(existing)
        except (OSError, ValueError):
            merged = {}
        merged.update(_FIGURES)
        with open(path, "w", encoding="utf-8") as out:
            json.dump(merged, out, indent=2, sort_keys=True)


@pytest.fixture
async def hostile() -> AsyncIterator[HostileServer]:
    """A real loopback server answering what the test scripts (scenario 8)."""
    async for server in hostile_server():
        yield server
