"""Renewal flights seen from outside: one span, a count by path, callers per flight.

A :class:`~wixvisitor._singleflight.SingleFlight` with an observer tells it when a
labelled flight starts (the label is the public path that began it: see ``PATHS``) and
when another caller joins it. The flight's span is made current while its task is
created, so the task (and the token request in it) runs as its child; each caller
that joins links its own current span to it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .instruments import RENEWAL_LOGGER, event, link_from_current, make_current
from .telemetry import Telemetry

if TYPE_CHECKING:
    from opentelemetry.trace import Span

__all__ = ["PATHS", "FlightObserver"]

#: The labels a renewal flight may carry: the public path whose caller started it.
PATHS = frozenset(
    {
        "get_auth_headers",
        "generate_visitor_tokens",
        "renew_token",
        "recover_from_unauthorized",
        "get_member_tokens",
    }
)


class _Flight:
    __slots__ = ("callers", "path", "span", "started")

    def __init__(self, path: str, span: Span | None) -> None:
        self.path = path
        self.span = span
        self.callers = 1
        self.started = time.perf_counter()


class FlightObserver:
    """Counts, times and traces the labelled flights of one registry."""

    __slots__ = ("_running", "_telemetry")

    def __init__(self, telemetry: Telemetry) -> None:
        self._telemetry = telemetry
        self._running: dict[asyncio.Task[Any], _Flight] = {}

    def launch(self, path: str, start: Callable[[], asyncio.Task[Any]]) -> asyncio.Task[Any]:
        """Call ``start()`` (which creates the flight's task) under the flight's span."""
        span = self._telemetry.start_span("wixvisitor.renewal", {"wixvisitor.renewal.path": path})
        if span is None:
            task = start()
        else:
            detach = make_current(span)
            try:
                task = start()  # the task copies the context: the span is its parent
            finally:
                detach()
        self._running[task] = _Flight(path, span)
        task.add_done_callback(self._landed)
        return task

    def joined(self, task: asyncio.Task[Any]) -> None:
        """One more caller shares ``task``'s flight."""
        flight = self._running.get(task)
        if flight is not None:
            flight.callers += 1
            if flight.span is not None:
                link_from_current(flight.span)

    def _landed(self, task: asyncio.Task[Any]) -> None:
        flight = self._running.pop(task, None)
        if flight is None:
            return
        elapsed = time.perf_counter() - flight.started
        outcome = "cancelled" if task.cancelled() else "error" if task.exception() else "ok"
        RENEWAL_LOGGER.debug(
            "wixvisitor: renewal path=%s outcome=%s callers=%d in %.3fs",
            flight.path,
            outcome,
            flight.callers,
            elapsed,
            extra=event("wixvisitor.renewal"),
        )
        instruments = self._telemetry.instruments
        if instruments is not None:
            attributes = {"wixvisitor.renewal.path": flight.path, "wixvisitor.outcome": outcome}
            instruments.renewals.add(1, attributes)
            instruments.renewal_callers.record(flight.callers, attributes)
            instruments.renewal_duration.record(elapsed, attributes)
        if flight.span is not None:
            flight.span.set_attribute("wixvisitor.renewal.callers", flight.callers)
            flight.span.set_attribute("wixvisitor.outcome", outcome)
            if outcome != "ok":
                from opentelemetry.trace import Status, StatusCode

                flight.span.set_status(Status(StatusCode.ERROR))
            flight.span.end()
