"""One fixture per token store, so the contract suite runs the same tests over all four."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import aiohttp
import pytest
from store_helpers import SITE, StoreCase

from wixvisitor.stores import (
    CookieJarTokenStore,
    JsonFileTokenStore,
    MemoryTokenStore,
    RedisTokenStore,
)

STORE_KINDS = ["memory", "json_file", "redis", "cookie_jar"]
PERSISTED_KINDS = ["json_file", "redis", "cookie_jar"]
LOCKING_KINDS = ["json_file", "redis"]


@pytest.fixture
def memory_case() -> StoreCase:
    """The in-process store."""
    return StoreCase("memory", MemoryTokenStore())


@pytest.fixture
def json_file_case(tmp_path: Path) -> StoreCase:
    """A JSON file in a folder that does not exist yet."""
    path = tmp_path / "state" / "tokens.json"

    async def raw(key: str) -> str | None:
        prefix = json.dumps(key, ensure_ascii=False) + ": "
        for line in path.read_text("utf-8").splitlines():
            if line.startswith(prefix):
                return line[len(prefix) :].removesuffix(",")
        return None

    return StoreCase(
        "json_file", JsonFileTokenStore(path), raw, reopen=lambda: JsonFileTokenStore(path)
    )


@pytest.fixture
def redis_case(redis_client: Any, redis_prefix: str) -> StoreCase:
    """Redis under a prefix unique to the test."""

    async def raw(key: str) -> str | None:
        value = await redis_client.get(f"{redis_prefix}{{{key}}}")
        return None if value is None else value.decode()

    return StoreCase(
        "redis",
        RedisTokenStore(redis_client, prefix=redis_prefix),
        raw,
        reopen=lambda: RedisTokenStore(redis_client, prefix=redis_prefix),
    )


@pytest.fixture
async def cookie_jar() -> aiohttp.CookieJar:
    """An empty aiohttp cookie jar (made inside the running loop)."""
    return aiohttp.CookieJar()


@pytest.fixture
def cookie_jar_case(cookie_jar: aiohttp.CookieJar) -> StoreCase:
    """Cookies in an aiohttp jar for a shop's site."""
    store = CookieJarTokenStore(cookie_jar, url=SITE)

    async def raw(key: str) -> str | None:
        name = store.cookie_name(key)
        for morsel in cookie_jar:
            if morsel.key == name:
                return unquote(morsel.value)
        return None

    return StoreCase(
        "cookie_jar", store, raw, reopen=lambda: CookieJarTokenStore(cookie_jar, url=SITE)
    )


@pytest.fixture(params=STORE_KINDS)
def store_case(request: pytest.FixtureRequest) -> StoreCase:
    """Each of the four stores in turn."""
    case: StoreCase = request.getfixturevalue(f"{request.param}_case")
    return case


@pytest.fixture(params=PERSISTED_KINDS)
def persisted_case(request: pytest.FixtureRequest) -> StoreCase:
    """Each store that keeps tokens outside Python objects: file, Redis, cookie."""
    case: StoreCase = request.getfixturevalue(f"{request.param}_case")
    return case


@pytest.fixture(params=LOCKING_KINDS)
def locking_case(request: pytest.FixtureRequest) -> StoreCase:
    """Each store with a cross-process lock: file, Redis."""
    case: StoreCase = request.getfixturevalue(f"{request.param}_case")
    return case
