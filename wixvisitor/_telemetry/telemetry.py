"""OpenTelemetry metrics and spans, and the log events they mirror; a no-op without OTel.

The meter and tracer come from the providers passed as options (``meter_provider``,
``tracer_provider``) or else from OpenTelemetry's global ones, if the application set
them before building its clients. wixvisitor never imports ``opentelemetry`` itself:
without it (or with it but unconfigured) nothing is imported, wrapped or recorded. Every
attribute is of low cardinality: never a token, a store key or a session id.

The names of every metric, span, logger and log event are in ``docs/observability.md``.
The hot path (a valid token in memory) never reaches this module.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import weakref
from typing import TYPE_CHECKING, Any

from .instruments import API_LOGGER, SCOPE, Instruments
from .observed_http import QUIET, HttpCall

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

__all__ = ["OFF", "Telemetry", "telemetry_of"]

#: Instruments per meter provider, so the apps of one provider share them.
_INSTRUMENTS: weakref.WeakKeyDictionary[Any, Instruments] = weakref.WeakKeyDictionary()


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

    def __init__(self, instruments: Instruments | None, tracer: Tracer | None) -> None:
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
            instruments = Instruments(meter_provider.get_meter(SCOPE, version))
            _INSTRUMENTS[meter_provider] = instruments
        tracer = trace.get_tracer(SCOPE, version, tracer_provider)
        return cls(instruments, tracer)

    # -- HTTP requests -----------------------------------------------------------

    def token_request(self, grant: str, url: str, attempt: int) -> HttpCall:
        """Observe one ``POST /oauth2/token`` (a ``with`` block around it)."""
        return HttpCall(self.instruments, self._tracer, "token", "POST", url, attempt, grant)

    def api_call(self, method: str, url: str, attempt: int) -> HttpCall:
        """Observe one Wix API request (an ``async with`` block around it)."""
        if self._tracer is None and not API_LOGGER.isEnabledFor(logging.DEBUG):
            return QUIET  # OTel off and nobody listening: the common case costs nothing
        return HttpCall(self.instruments, self._tracer, "api", method, url, attempt)

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
        watched = self.instruments.watched
        watched[:] = [(ref, kind) for ref, kind in watched if ref() is not None]
        with contextlib.suppress(TypeError):  # a store without weak references is not watched
            watched.append((weakref.ref(store), type(store).__name__))


OFF = Telemetry(None, None)


def telemetry_of(auth: object) -> Telemetry:
    """The telemetry of the app a strategy (or any authorizer) belongs to."""
    shared = getattr(auth, "_shared", None)
    telemetry = getattr(shared, "telemetry", OFF)
    return telemetry if isinstance(telemetry, Telemetry) else OFF
