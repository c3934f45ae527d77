"""OpenTelemetry metrics and spans, and the log events they mirror; a no-op without OTel.

The meter and tracer come from the providers passed as options (``meter_provider``,
``tracer_provider``) or else from OpenTelemetry's global ones, but only if the
application imported ``opentelemetry`` before building its clients: wixvisitor never
imports it itself, so without it nothing is imported and nothing is recorded. Every
attribute is of low cardinality: never a token, a store key or a session id.

The names of every metric, span, logger and log event are in ``docs/observability.md``.
The hot path (a valid token in memory) never reaches this module.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
import weakref
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from yarl import URL

from .errors import TokenRequestError

if TYPE_CHECKING:
    from opentelemetry.metrics import CallbackOptions, Observation
    from opentelemetry.trace import Span, Tracer

__all__ = ["OFF", "Telemetry", "telemetry_of"]

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


class _Instruments:
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


#: Instruments per meter provider, so the apps of one provider share them.
_INSTRUMENTS: weakref.WeakKeyDictionary[Any, _Instruments] = weakref.WeakKeyDictionary()


def _unset(provider: object) -> bool:
    """Whether ``provider`` is OpenTelemetry's stand-in for a global not set (or a no-op)."""
    return type(provider).__name__ in {
        "ProxyTracerProvider",
        "NoOpTracerProvider",
        "_ProxyMeterProvider",
        "NoOpMeterProvider",
    }


class Telemetry:
    """Where an app's events go: log records always, metrics and spans if OTel is on."""

    __slots__ = ("_tracer", "instruments")

    def __init__(self, instruments: _Instruments | None, tracer: Tracer | None) -> None:
        self.instruments = instruments
        self._tracer = tracer

    @property
    def enabled(self) -> bool:
        """Whether metrics and spans are recorded."""
        return self.instruments is not None

    @classmethod
    def build(cls, meter_provider: Any = None, tracer_provider: Any = None) -> Telemetry:
        """The telemetry of the providers given, else of the global ones if they are set.

        Without providers given this is :data:`OFF` unless the application imported
        ``opentelemetry`` and set a global meter or tracer provider beforehand.
        """
        given = meter_provider is not None or tracer_provider is not None
        if not given and "opentelemetry" not in sys.modules:
            return OFF  # never import it ourselves
        try:
            from opentelemetry import metrics, trace
        except ImportError:
            return OFF
        if meter_provider is None:
            meter_provider = metrics.get_meter_provider()
        if tracer_provider is None:
            tracer_provider = trace.get_tracer_provider()
        if not given and _unset(meter_provider) and _unset(tracer_provider):
            return OFF  # OTel imported but not configured: stay out of the way
        version = str(getattr(sys.modules.get("wixvisitor"), "__version__", ""))
        instruments = _INSTRUMENTS.get(meter_provider)
        if instruments is None:
            instruments = _Instruments(meter_provider.get_meter(SCOPE, version))
            _INSTRUMENTS[meter_provider] = instruments
        tracer = trace.get_tracer(SCOPE, version, tracer_provider)
        return cls(instruments, tracer)

    # -- HTTP requests -----------------------------------------------------------

    def token_request(self, grant: str, url: str, attempt: int) -> HttpCall:
        """Observe one ``POST /oauth2/token`` (a ``with`` block around it)."""
        return HttpCall(self, "token", "POST", url, attempt, grant)

    def api_call(self, method: str, url: str, attempt: int) -> HttpCall:
        """Observe one Wix API request (an ``async with`` block around it)."""
        return HttpCall(self, "api", method, url, attempt)

    # -- renewals, resets, stores ------------------------------------------------

    def start_span(self, name: str, attributes: dict[str, Any]) -> Span | None:
        """An internal span, child of the current one, or ``None`` with OTel off."""
        if self._tracer is None:
            return None
        return self._tracer.start_span(name, attributes=attributes)

    def session_reset(self, cause: str, previous_role: str) -> None:
        """Count one session reset (the WARNING record is ``_reset.report_reset``'s)."""
        if self.instruments is not None:
            attributes = {"wixvisitor.reset.cause": cause, "wixvisitor.token.role": previous_role}
            self.instruments.resets.add(1, attributes)

    def watch_sessions(self, store: object) -> None:
        """Count ``store``'s sessions in the ``wixvisitor.sessions.in_memory`` gauge."""
        if self.instruments is None or not hasattr(store, "__len__"):
            return
        with contextlib.suppress(TypeError):  # a store without weak references is not watched
            self.instruments.watched.append((weakref.ref(store), type(store).__name__))


OFF = Telemetry(None, None)


def telemetry_of(auth: object) -> Telemetry:
    """The telemetry of the app a strategy (or any authorizer) belongs to."""
    shared = getattr(auth, "_shared", None)
    telemetry = getattr(shared, "telemetry", OFF)
    return telemetry if isinstance(telemetry, Telemetry) else OFF


def _status_class(status: int | None) -> str:
    return f"{status // 100}xx" if status is not None and 100 <= status < 600 else "none"


class HttpCall:
    """One observed HTTP request: a CLIENT span, two metrics and a DEBUG record."""

    __slots__ = (
        "_attempt",
        "_detach",
        "_grant",
        "_method",
        "_span",
        "_started",
        "_telemetry",
        "_url",
        "_what",
        "request_id",
        "status",
    )

    def __init__(
        self,
        telemetry: Telemetry,
        what: str,
        method: str,
        url: str,
        attempt: int,
        grant: str | None = None,
    ) -> None:
        self._telemetry = telemetry
        self._what = what
        self._method = method
        self._url = url
        self._attempt = attempt
        self._grant = grant
        self._span: Span | None = None
        self._detach: Callable[[], None] | None = None
        self.status: int | None = None
        self.request_id: str | None = None

    def answered(self, status: int, request_id: str | None) -> None:
        """Note the answer's status and ``x-wix-request-id``."""
        self.status = status
        self.request_id = request_id

    def __enter__(self) -> HttpCall:
        self._started = time.perf_counter()
        tracer = self._telemetry._tracer
        if tracer is not None:
            self._span = _client_span(tracer, self._method, self._url, self._attempt, self._grant)
            self._detach = make_current(self._span)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        elapsed = time.perf_counter() - self._started
        if self._detach is not None:
            self._detach()
        logger = TOKEN_LOGGER if self._what == "token" else API_LOGGER
        quiet = self._span is None and self._telemetry.instruments is None
        if quiet and not logger.isEnabledFor(logging.DEBUG):
            return  # OTel off and nobody listening: nothing to work out
        error = None if exc is None else type(exc).__name__
        if self._what == "token":
            outcome = _token_outcome(exc)
            attributes = {"wixvisitor.grant": self._grant or "", "wixvisitor.outcome": outcome}
            TOKEN_LOGGER.debug(
                "wixvisitor: token request grant=%s outcome=%s status=%s request_id=%s",
                self._grant,
                outcome,
                self.status,
                self.request_id,
                extra=event("wixvisitor.token.request"),
            )
            instruments = self._telemetry.instruments
            if instruments is not None:
                instruments.token_requests.add(1, attributes)
                instruments.token_duration.record(elapsed, attributes)
        else:
            status_class = _status_class(self.status)
            attributes = {
                "http.request.method": self._method,
                "wixvisitor.status_class": status_class,
            }
            API_LOGGER.debug(
                "wixvisitor: API call %s status=%s request_id=%s%s",
                self._method,
                self.status,
                self.request_id,
                f" error={error}" if error and self.status is None else "",
                extra=event("wixvisitor.api.call"),
            )
            instruments = self._telemetry.instruments
            if instruments is not None:
                instruments.api_calls.add(1, attributes)
                instruments.api_duration.record(elapsed, attributes)
        if self._span is not None:
            _end_client_span(self._span, self.status, self.request_id, error)

    async def __aenter__(self) -> HttpCall:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, traceback)


def _token_outcome(exc: BaseException | None) -> str:
    if exc is None:
        return "ok"
    outcome = getattr(exc, "outcome", None)
    if isinstance(outcome, str):
        return outcome  # the endpoint's retryable failures: "transient" or "timeout"
    return "refused" if isinstance(exc, TokenRequestError) else "transient"


def _client_span(tracer: Tracer, method: str, url: str, attempt: int, grant: str | None) -> Span:
    from opentelemetry.trace import SpanKind

    parsed = URL(url)
    attributes: dict[str, Any] = {
        "http.request.method": method,
        # Never a query string, a fragment or a password: they could carry a secret.
        "url.full": str(parsed.with_user(None).with_query(None).with_fragment(None)),
        "server.address": parsed.host or "",
        "server.port": parsed.port or 0,
    }
    if attempt > 1:
        attributes["http.request.resend_count"] = attempt - 1
    if grant is not None:
        attributes["wixvisitor.grant"] = grant
    return tracer.start_span(method, kind=SpanKind.CLIENT, attributes=attributes)


def _end_client_span(
    span: Span, status: int | None, request_id: str | None, error: str | None
) -> None:
    from opentelemetry.trace import Status, StatusCode

    if status is not None:
        span.set_attribute("http.response.status_code", status)
    if request_id:
        span.set_attribute("http.response.header.x-wix-request-id", (request_id,))
    failed = (status is not None and status >= 400) or error is not None
    if failed:
        span.set_attribute("error.type", str(status) if status and status >= 400 else error or "")
        span.set_status(Status(StatusCode.ERROR))
    span.end()


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
