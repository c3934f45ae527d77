"""Shared pieces of the reliability scenarios: fast retries and per-flow token-call counting."""

from __future__ import annotations

import contextvars
import types

import aiohttp

import wixvisitor as wv

#: Retries fast enough for thousands of flows: the bound is still `attempts` calls.
FAST_RETRY = wv.RetryPolicy(
    attempts=4,
    initial_backoff=0.005,
    max_backoff=0.02,
    max_retry_after=2.0,
    attempt_timeout=0.5,
    deadline=10.0,
)

#: The token calls of the flow running in the current task (and the tasks it spawns).
flow_token_calls: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "flow_token_calls", default=None
)


async def count_token_call(
    _session: aiohttp.ClientSession,
    _context: types.SimpleNamespace,
    params: aiohttp.TraceRequestStartParams,
) -> None:
    """Trace hook: add one to the current flow's counter for each token request."""
    # Single flights run in tasks created by the flow, so they inherit its context.
    counter = flow_token_calls.get()
    if counter is not None and params.url.path == "/oauth2/token":
        counter[0] += 1
