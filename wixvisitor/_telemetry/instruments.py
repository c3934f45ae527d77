"""What wixvisitor records and where: the OTel instruments, the loggers and event names.

Also the two span-context helpers the observers share. The names are documented in
``docs/observability.md``; change them only with it (dashboards depend on them).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.metrics import CallbackOptions, Observation
    from opentelemetry.trace import Span

__all__ = [
    "API_LOGGER",
    "RENEWAL_LOGGER",
    "SCOPE",
    "TOKEN_LOGGER",
    "Instruments",
    "event",
    "link_from_current",
    "make_current",
]

SCOPE = "wixvisitor"
#: Loggers, by what their records are about (children of ``wixvisitor``).
TOKEN_LOGGER = logging.getLogger("wixvisitor.token")
API_LOGGER = logging.getLogger("wixvisitor.api")
RENEWAL_LOGGER = logging.getLogger("wixvisitor.renewal")

_SECONDS_HTTP = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)
_SECONDS_STORE = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)
_CALLERS = (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 10000)


def event(name: str) -> dict[str, str]:
    """The ``extra`` of a log record for the event ``name`` (``record.__dict__["event.name"]``)."""
    return {"event.name": name}


class Instruments:
    """Every instrument of one meter; made once per meter provider."""

    def __init__(self, meter: Any) -> None:
        counter, histogram = meter.create_counter, meter.create_histogram
        self.token_requests = counter(
            "wixvisitor.token.requests", "{request}", "POST /oauth2/token requests, by outcome"
        )
        self.token_duration = histogram(
            "wixvisitor.token.request.duration",
            "s",
            "Duration of token requests",
            explicit_bucket_boundaries_advisory=_SECONDS_HTTP,
        )
        self.renewals = counter("wixvisitor.renewals", "{renewal}", "Renewal flights, by path")
        self.renewal_callers = histogram(
            "wixvisitor.renewal.callers",
            "{caller}",
            "Callers that shared one renewal flight",
            explicit_bucket_boundaries_advisory=_CALLERS,
        )
        self.renewal_duration = histogram(
            "wixvisitor.renewal.duration",
            "s",
            "Duration of renewal flights",
            explicit_bucket_boundaries_advisory=_SECONDS_HTTP,
        )
        self.resets = counter(
            "wixvisitor.session.resets", "{reset}", "Sessions replaced by a new anonymous one"
        )
        self.lock_wait = histogram(
            "wixvisitor.store.lock.wait.duration",
            "s",
            "Time waited for a store's cross-process renewal lock",
            explicit_bucket_boundaries_advisory=_SECONDS_STORE,
        )
        self.lock_timeouts = counter(
            "wixvisitor.store.lock.timeouts", "{timeout}", "Renewal locks not acquired in time"
        )
        self.store_operations = counter(
            "wixvisitor.store.operations", "{operation}", "Token store calls, by outcome"
        )
        self.store_duration = histogram(
            "wixvisitor.store.operation.duration",
            "s",
            "Duration of token store calls",
            explicit_bucket_boundaries_advisory=_SECONDS_STORE,
        )
        self.api_calls = counter("wixvisitor.api.calls", "{call}", "Wix API requests")
        self.api_duration = histogram(
            "wixvisitor.api.call.duration",
            "s",
            "Duration of Wix API requests",
            explicit_bucket_boundaries_advisory=_SECONDS_HTTP,
        )
        #: Weak references to the in-memory stores whose sessions the gauge counts.
        self.watched: list[tuple[weakref.ref[Any], str]] = []
        meter.create_observable_gauge(
            "wixvisitor.sessions.in_memory",
            [self._observe_sessions],
            "{session}",
            "Sessions held in this process's memory by a Visitors' in-memory store",
        )

    def _observe_sessions(self, options: CallbackOptions) -> Iterable[Observation]:
        from opentelemetry.metrics import Observation

        counts: dict[str, int] = {}
        alive = []
        for ref, kind in self.watched:
            store = ref()
            if store is not None:
                alive.append((ref, kind))
                counts[kind] = counts.get(kind, 0) + len(store)
        self.watched[:] = alive
        return [Observation(n, {"wixvisitor.store.kind": kind}) for kind, n in counts.items()]


def make_current(span: Span) -> Callable[[], None]:
    """Make ``span`` the current one; returns how to undo that."""
    from opentelemetry import context, trace

    token = context.attach(trace.set_span_in_context(span))
    return lambda: context.detach(token)


def link_from_current(span: Span) -> None:
    """Link the caller's current span (if it records) to ``span``: a waiter's link."""
    from opentelemetry import trace

    current = trace.get_current_span()
    if current.is_recording():
        current.add_link(span.get_span_context())
