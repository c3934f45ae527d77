"""Shared pieces of the reliability scenarios: fast retries and per-flow token-call counting."""

from __future__ import annotations

import contextvars
import types

import aiohttp
import attrs

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


@attrs.define
class TokenCalls:
    """One flow's token requests, counted by the trace hooks below.

    ``attempts`` counts every token request the SDK started (aiohttp's ``on_request_start``,
    before a connection is acquired): what the retry bound limits. ``sent`` counts those
    whose bytes were handed to a connected socket: exactly what the emulator's
    ``stats.token_calls`` can see. The two differ when an attempt's timeout (which covers
    connecting) fires before the request was written, e.g. while opening a connection on a
    loaded machine; such an attempt never reaches the emulator.
    """

    attempts: int = 0
    sent: int = 0


#: The token calls of the flow running in the current task (and the tasks it spawns).
flow_token_calls: contextvars.ContextVar[TokenCalls | None] = contextvars.ContextVar(
    "flow_token_calls", default=None
)


async def count_token_attempt(
    _session: aiohttp.ClientSession,
    context: types.SimpleNamespace,
    params: aiohttp.TraceRequestStartParams,
) -> None:
    """``on_request_start``: one more attempt for the current flow, if it is a token request."""
    # Single flights run in tasks created by the flow, so they inherit its context.
    counter = flow_token_calls.get()
    if counter is not None and params.url.path == "/oauth2/token":
        counter.attempts += 1
        context.token_calls = counter  # this request's other hooks count for the same flow
        context.sent = False


async def count_token_sent(
    _session: aiohttp.ClientSession,
    context: types.SimpleNamespace,
    _params: aiohttp.TraceRequestChunkSentParams,
) -> None:
    """``on_request_chunk_sent``: the request is going on the wire; count it once.

    aiohttp calls this just before it hands the body chunk (headers coalesced with it) to
    the transport, with no await in between; a token request always has a body, so its
    first chunk marks the moment it is sent. (``on_request_headers_sent`` fires earlier,
    before the body-writer task has run, so a timeout can still stop the write.) aiohttp
    refuses the write only if the connection closed since it was acquired, which the
    emulator does to an idle connection only after aiohttp's keep-alive timeout (an hour).
    """
    counter: TokenCalls | None = getattr(context, "token_calls", None)
    if counter is not None and not context.sent:
        context.sent = True
        counter.sent += 1
