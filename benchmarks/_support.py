"""What every benchmark group shares: figures, statistics and an emulator in its own process."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self

import aiohttp

import wixvisitor as wv

#: The OAuth client id every benchmark uses (the emulator accepts any).
CLIENT_ID = "b3a7d0c2-5e61-4c0e-9d41-bench0000001"
CART_PATH = "/ecom/v1/carts/current"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Figure:
    """One row of the report. ``holds`` is None when there is no target or no measurement."""

    name: str
    value: float | None
    unit: str
    target: str | None = None
    holds: bool | None = None
    notes: str = ""
    group: str = ""

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, float):
            value = round(value, 4 if abs(value) < 100 else 1)
        return {
            "name": self.name,
            "value": value,
            "unit": self.unit,
            "target": self.target,
            "holds": self.holds,
            "notes": self.notes,
            "group": self.group,
        }


def not_measured(name: str, unit: str, target: str | None, reason: str) -> Figure:
    """A figure whose subject is missing: reported, never faked."""
    return Figure(name, None, unit, target, None, f"not measured: {reason}")


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


async def interleaved(
    contenders: dict[str, Callable[[], Awaitable[float]]], rounds: int
) -> dict[str, list[float]]:
    """Run each contender once per round, alternating the order, and collect its samples.

    Alternating A/B within one run means drift (CPU frequency, GC, other load) hits
    every contender alike, so ratios of medians cancel most of the noise.
    """
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        order = names if index % 2 == 0 else names[::-1]
        for name in order:
            samples[name].append(await contenders[name]())
    return samples


def paired_ratio(samples: dict[str, list[float]], numerator: str, denominator: str) -> float:
    """Median of the per-round ratios: each round's pair saw the same conditions."""
    return median([a / b for a, b in zip(samples[numerator], samples[denominator], strict=True)])


def far_future() -> int:
    return int(time.time()) + 30 * 24 * 3600


def expired(tokens: wv.Tokens) -> wv.Tokens:
    """The same session with its access token already expired, as seen by any client."""
    access = wv.AccessToken(tokens.access_token.value, int(time.time()) - 3600)
    return wv.Tokens(access, tokens.refresh_token)


_SERVE = """
import asyncio, sys
from wixvisitor.emulator import serve
def ready(url):
    print(url, flush=True)
asyncio.run(serve(port=0, ready=ready))
"""


class RemoteEmulator:
    """The embedded emulator, served by a child process and driven over its admin API.

    A separate process keeps the server's CPU off the measured event loop: lag and
    overhead figures then describe the client alone.
    """

    def __init__(self) -> None:
        self._process: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self.base_url = ""

    async def __aenter__(self) -> Self:
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _SERVE,
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        assert self._process.stdout is not None
        line = await asyncio.wait_for(self._process.stdout.readline(), 30)
        self.base_url = line.decode().strip()
        if not self.base_url.startswith("http"):
            raise RuntimeError("the emulator process did not start")
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.close()
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            await self._process.wait()

    async def _admin(self, method: str, path: str, body: Any = None) -> Any:
        assert self._session is not None
        url = f"{self.base_url}/_emulator/{path}"
        async with self._session.request(method, url, json=body) as response:
            response.raise_for_status()
            return await response.json()

    async def token_calls(self) -> int:
        stats = await self._admin("GET", "stats")
        return int(stats["token_calls"])

    async def stats(self) -> dict[str, int]:
        result: dict[str, int] = await self._admin("GET", "stats")
        return result

    async def fail_next(self, count: int, status: int = 503) -> None:
        await self._admin("POST", "faults", {"count": count, "status": status})

    async def reset(self) -> None:
        await self._admin("POST", "reset", {})

    async def visitor_with_cart(self) -> wv.Tokens:
        """A fresh visitor (long-lived local expiry) whose cart holds one item."""
        async with wv.create_client(CLIENT_ID, base_url=self.base_url) as client:
            products = await client.products_v3.search(limit=1)
            product_id = products["products"][0]["id"]
            await client.current_cart.add([wv.line_item(product_id)])
            tokens = client.auth.get_tokens()
        assert tokens is not None
        return tokens


def authlib_client(base_url: str, tokens: wv.Tokens) -> Any:
    """Authlib's AsyncOAuth2Client as a public refresh-token client of the emulator."""
    import authlib.deprecate  # type: ignore[import-untyped]

    with warnings.catch_warnings():
        # Authlib warns on import that it runs on httpx rather than its httpx2 fork.
        warnings.simplefilter("ignore", authlib.deprecate.AuthlibDeprecationWarning)
        from authlib.integrations.httpx_client import (  # type: ignore[import-untyped]
            AsyncOAuth2Client,
        )
    return AsyncOAuth2Client(
        client_id=CLIENT_ID,
        token={
            "access_token": tokens.access_token.value,
            "token_type": "Bearer",
            "refresh_token": tokens.refresh_token.value,
            "expires_at": tokens.access_token.expires_at,
        },
        token_endpoint=base_url + "/oauth2/token",
        token_endpoint_auth_method="none",
    )


def dump(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))
