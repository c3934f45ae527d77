"""Log records carry stable logger and event names; nothing exported holds a token value."""

from __future__ import annotations

import asyncio
import logging

import pytest
from _otel_support import Otel, mint
from reliability._scan import SecretScan

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import MemoryTokenStore

KEY = "store-key-5d1c9e07"


async def busy_day(emu: Emulator, client_id: str, otel: Otel, scan: SecretScan) -> None:
    """Mints, a 1,000-caller renewal, a reset, a 401 recovery, retries, a login, API calls."""
    store = MemoryTokenStore()
    seeded = await mint(emu, client_id)
    scan.remember(seeded)
    await store.save(KEY, seeded)
    emu.advance(5 * 3600)
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
        await asyncio.gather(*(visitors.client(KEY).auth.get_auth_headers() for _ in range(1000)))
        wix = visitors.client(KEY)
        held = await wix.auth.generate_visitor_tokens()
        scan.remember(held)
        emu.revoke(held.access_token.value)
        await wix.current_cart.get()  # a 401, recovered
        scan.remember(wix.auth.get_tokens())
        emu.revoke(held.refresh_token.value)
        emu.advance(5 * 3600)
        emu.fail_next(1, status=503)
        await wix.auth.get_auth_headers()  # a retry, a refused refresh, a reset
        scan.remember(wix.auth.get_tokens())
        with pytest.raises(wv.WixApiError):
            await wix.request("GET", "/ecom/v1/carts/current", params={"q": "x"})
        result = await wix.auth.login_member(
            "ada@example.com", "lovelace-1815", redirect_uri="https://shop.example/callback"
        )
        assert result.succeeded
        scan.remember(wix.auth.get_tokens(), result.session_token)


async def test_every_event_has_a_stable_logger_and_event_name(
    emu: Emulator, client_id: str, otel: Otel, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Token requests, retries, renewals, resets and API calls: each its logger and event name."""
    await busy_day(emu, client_id, otel, SecretScan())
    events = {
        (record.name, record.__dict__.get("event.name"))
        for record in debug_logs.records
        if record.name.startswith("wixvisitor")
    }
    assert {
        ("wixvisitor.token", "wixvisitor.token.request"),
        ("wixvisitor.token", "wixvisitor.token.retry"),
        ("wixvisitor.renewal", "wixvisitor.renewal"),
        ("wixvisitor.session", "wixvisitor.session.reset"),
        ("wixvisitor.api", "wixvisitor.api.call"),
    } <= events
    resets = [
        r for r in debug_logs.records if r.__dict__.get("event.name") == "wixvisitor.session.reset"
    ]
    assert len(resets) == 1 and resets[0].levelno == logging.WARNING
    assert otel.total("wixvisitor.session.resets") == 1


async def test_nothing_exported_holds_a_token_value(
    emu: Emulator, client_id: str, otel: Otel, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Every metric point, span (attributes, links, events) and log record: 0 token values."""
    scan = SecretScan()
    await busy_day(emu, client_id, otel, scan)
    assert len(scan.secrets) >= 8
    data = otel.reader.get_metrics_data()
    assert data is not None
    scan.text("metrics", data.to_json())
    spans = otel.spans()
    assert len(spans) > 10
    for span in spans:
        scan.text(f"span {span.name}", span.to_json())
    scan.records("logs", debug_logs.records)
    assert scan.leaks() == []
    exported = data.to_json() + "".join(span.to_json() for span in spans)
    assert KEY not in exported  # nor the store key
