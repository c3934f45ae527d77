"""Counting token calls for the demo: from the emulator's stats or on the client's side."""

from __future__ import annotations

import types
from typing import Any

import aiohttp
import attrs

__all__ = ["TokenCallCounter", "TokenCalls"]


@attrs.frozen
class TokenCalls:
    """How many ``POST /oauth2/token`` calls were made, by grant."""

    anonymous: int = 0
    refresh: int = 0

    @property
    def total(self) -> int:
        """All token calls."""
        return self.anonymous + self.refresh

    def __add__(self, other: TokenCalls) -> TokenCalls:
        return TokenCalls(self.anonymous + other.anonymous, self.refresh + other.refresh)

    def __sub__(self, other: TokenCalls) -> TokenCalls:
        return TokenCalls(self.anonymous - other.anonymous, self.refresh - other.refresh)

    def describe(self) -> str:
        """``"0 token calls"``, ``"1 token call  (1 refresh)"``, ..."""
        if self.total == 0:
            return "0 token calls"
        grants = [
            f"{count} {name}"
            for name, count in (("anonymous", self.anonymous), ("refresh", self.refresh))
            if count
        ]
        noun = "token call " if self.total == 1 else "token calls"
        return f"{self.total} {noun} ({', '.join(grants)})"


class TokenCallCounter:
    """Counts the token calls an ``aiohttp.ClientSession`` sends, via its trace hooks.

    >>> counter = TokenCallCounter()
    >>> session = aiohttp.ClientSession(trace_configs=[counter.trace_config()])  # doctest: +SKIP
    """

    def __init__(self) -> None:
        self.calls = TokenCalls()

    def trace_config(self) -> aiohttp.TraceConfig:
        """A trace config to give the session whose token calls are counted."""
        config = aiohttp.TraceConfig()
        config.on_request_chunk_sent.append(self._on_chunk)
        return config

    async def _on_chunk(
        self, _session: aiohttp.ClientSession, _context: types.SimpleNamespace, params: Any
    ) -> None:
        if not params.url.path.endswith("/oauth2/token"):
            return
        # The SDK sends its token request body in one chunk; the grant names the call.
        chunk: bytes = params.chunk
        if b'"anonymous"' in chunk or b"grant_type=anonymous" in chunk:
            self.calls += TokenCalls(anonymous=1)
        elif b'"refresh_token"' in chunk or b"grant_type=refresh_token" in chunk:
            self.calls += TokenCalls(refresh=1)
