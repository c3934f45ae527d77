"""Store calls, lock waits and timeouts, API call spans and the in-memory sessions gauge."""

from __future__ import annotations

import asyncio
import gc
import socket
from pathlib import Path

import pytest
from _otel_support import Otel, mint

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.stores import JsonFileTokenStore, MemoryTokenStore

redis_asyncio = pytest.importorskip("redis.asyncio")
from wixvisitor.stores import RedisTokenStore  # noqa: E402


async def test_redis_store_calls_and_the_lock_wait_are_recorded(
    emu: Emulator, client_id: str, otel: Otel, redis_client: object, redis_prefix: str
) -> None:
    """A renewal through Redis: its loads, its save_if and one lock wait, by store kind."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix)  # type: ignore[arg-type]
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
        await visitors.client("visitor").auth.get_auth_headers()
    kind = {"wixvisitor.store.kind": "RedisTokenStore"}
    operations = {
        (a["wixvisitor.store.operation"], a["wixvisitor.outcome"]): p.value
        for a, p in otel.points("wixvisitor.store.operations")
        if a.items() >= kind.items()
    }
    # The first read, the read under the lock, the compare-and-save.
    assert operations == {("load", "ok"): 2, ("save_if", "ok"): 1}
    assert otel.total("wixvisitor.store.operation.duration") == 3
    assert (
        otel.total("wixvisitor.store.lock.wait.duration", wixvisitor__store__kind="RedisTokenStore")
        == 1
    )
    assert otel.points("wixvisitor.store.lock.timeouts") == []


async def test_near_cache_hits_are_counted_as_loads(
    emu: Emulator, client_id: str, otel: Otel, redis_client: object, redis_prefix: str
) -> None:
    """With OTel on, a session read from the near-cache is still one observed ``load``."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, near_cache=True)  # type: ignore[arg-type]
    try:
        assert store.near_cache is not None
        await store.near_cache.wait_live()
        async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
            await visitors.client("visitor").auth.get_auth_headers()  # minted and saved
            for _ in range(3):  # new clients of the session, as three requests make
                await visitors.client("visitor").auth.get_auth_headers()
    finally:
        await store.aclose()
    loads = sum(
        p.value
        for a, p in otel.points("wixvisitor.store.operations")
        if a.get("wixvisitor.store.operation") == "load"
    )
    assert loads == 2 + 3  # the first client's read and its read under the lock, then 1 each


async def test_a_lock_timeout_is_counted(
    emu: Emulator, client_id: str, otel: Otel, redis_client: object, redis_prefix: str
) -> None:
    """Another process holds the renewal lock past lock_timeout: one timeout, LockTimeoutError."""
    store = RedisTokenStore(redis_client, prefix=redis_prefix, lock_timeout=0.2)  # type: ignore[arg-type]
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
        bound = store.for_client(client_id)
        async with bound.lock("visitor"):
            with pytest.raises(wv.LockTimeoutError):
                await visitors.client("visitor").auth.get_auth_headers()
    assert (
        otel.total("wixvisitor.store.lock.timeouts", wixvisitor__store__kind="RedisTokenStore") == 1
    )
    assert otel.points("wixvisitor.store.lock.wait.duration") == []
    assert otel.by("wixvisitor.renewals", "wixvisitor.outcome") == {"error": 1}
    [renewal] = otel.spans("wixvisitor.renewal")
    assert renewal.status.status_code.name == "ERROR"


async def test_a_failing_store_call_is_an_error_outcome(
    emu: Emulator, client_id: str, otel: Otel, redis_prefix: str
) -> None:
    """A Redis nobody answers on: the load is recorded with outcome error."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    redis = redis_asyncio.Redis(host="127.0.0.1", port=port)
    try:
        store = RedisTokenStore(redis, prefix=redis_prefix)
        async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
            with pytest.raises(wv.StoreError):
                await visitors.client("visitor").auth.get_auth_headers()
    finally:
        await redis.aclose()
    assert (
        otel.total(
            "wixvisitor.store.operations",
            wixvisitor__store__operation="load",
            wixvisitor__outcome="error",
        )
        == 1
    )


async def test_an_api_call_is_a_client_span_without_its_query(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """An API call: a CLIENT span, child of the caller's, with status, request id, no query."""
    async with wv.create_client(client_id, **otel.options(emu)) as wix:
        await wix.auth.get_auth_headers()
        with (
            otel.tracer.start_as_current_span("handler") as handler,
            pytest.raises(wv.WixApiError) as caught,
        ):
            await wix.request("GET", "/ecom/v1/carts/current", params={"secret": "s3cr3t"})
    [call] = otel.spans("GET")
    assert call.kind.name == "CLIENT"
    assert call.parent is not None and call.parent.span_id == handler.get_span_context().span_id
    assert call.attributes["url.full"] == f"{emu.base_url}/ecom/v1/carts/current"
    assert call.attributes["http.request.method"] == "GET"
    assert call.attributes["http.response.status_code"] == 404
    assert call.attributes["server.address"] == "127.0.0.1"
    assert call.attributes["http.response.header.x-wix-request-id"] == (caught.value.request_id,)
    assert call.status.status_code.name == "ERROR"
    assert otel.by("wixvisitor.api.calls", "wixvisitor.status_class") == {"4xx": 1}
    assert otel.total("wixvisitor.api.call.duration", http__request__method="GET") == 1


async def test_the_gauge_counts_the_sessions_held_in_memory(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """Three visitors in a Visitors' default store: the gauge reads 3 (and 0 once it is gone)."""
    visitors = wv.Visitors(client_id, **otel.options(emu))
    async with visitors:
        await asyncio.gather(*(visitors.client(f"v{n}").auth.get_auth_headers() for n in range(3)))
        [(attributes, point)] = otel.points("wixvisitor.sessions.in_memory")
    assert attributes == {"wixvisitor.store.kind": "MemoryTokenStore"}
    assert point.value == 3
    del visitors
    gc.collect()
    assert otel.points("wixvisitor.sessions.in_memory") == []


async def test_a_store_of_tokens_is_wrapped_only_with_otel_and_stays_usable(
    emu: Emulator, client_id: str, otel: Otel
) -> None:
    """With OTel on, the Visitors' store passes every attribute through to the user's store."""
    store = MemoryTokenStore(max_size=10)
    visitors = wv.Visitors(client_id, store=store, **otel.options(emu))
    await store.save("visitor", await mint(emu, client_id))
    assert visitors.store.max_size == 10  # type: ignore[attr-defined]
    assert len(visitors.store) == 1  # type: ignore[arg-type]
    assert repr(visitors.store) == repr(store)
    assert isinstance(visitors.store, wv.ComparingTokenStore)
    await visitors.aclose()


async def test_a_json_file_store_lock_wait_is_recorded(
    emu: Emulator, client_id: str, otel: Otel, tmp_path: Path
) -> None:
    """The JSON file store's cross-process lock: one wait per renewal, by its kind."""
    store = JsonFileTokenStore(tmp_path / "tokens.json")
    async with wv.Visitors(client_id, store=store, **otel.options(emu)) as visitors:
        await visitors.client("visitor").auth.get_auth_headers()
    assert otel.by("wixvisitor.store.lock.wait.duration", "wixvisitor.store.kind") == {
        "JsonFileTokenStore": 1
    }
    assert otel.total("wixvisitor.store.operations", wixvisitor__outcome="error") == 0
