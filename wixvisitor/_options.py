"""The keyword options that OAuthStrategy, Visitors and create_client share, in one place.

:class:`StrategyOptions` names and types them (the public signatures take them as
``**options: Unpack[...]``, so they stay keyword-friendly and typed); :class:`AppState`
applies the defaults and builds what every strategy of one app shares.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict

import aiohttp
import attrs

from ._endpoint import TokenEndpoint
from ._http import SessionHolder
from ._reset import ResetCallback
from ._retry import RetryPolicy
from ._singleflight import SingleFlight
from ._telemetry.observed_flights import FlightObserver
from ._telemetry.telemetry import OFF, Telemetry
from .stores.protocol import TokenStore
from .tokens import Tokens

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

__all__ = [
    "CLIENT_OPTIONS",
    "DEFAULT_BASE_URL",
    "STRATEGY_OPTIONS",
    "AppState",
    "ClientOptions",
    "StrategyOptions",
]

#: Where Wix's APIs live.
DEFAULT_BASE_URL = "https://www.wixapis.com"
#: API calls (not token calls: see RetryPolicy) time out after this by default.
DEFAULT_TIMEOUT = aiohttp.ClientTimeout(total=30)


class StrategyOptions(TypedDict, total=False):
    """Keyword options shared by OAuthStrategy, Visitors and create_client.

    - ``base_url`` (default ``https://www.wixapis.com``): where Wix (or the emulator) is.
    - ``session``: an ``aiohttp.ClientSession`` the caller owns; by default one is
      created on first use and closed by ``aclose``.
    - ``leeway`` (default 60): seconds before expiry a token already counts as
      expired, capped at half its lifetime.
    - ``retry``: the :class:`~wixvisitor.RetryPolicy` of token requests.
    - ``encoding`` (default ``"json"``): ``"json"`` or ``"form"`` token request bodies.
    - ``clock`` (default ``time.time``): epoch seconds, injectable for tests.
    - ``on_session_reset``: called (besides a WARNING record) when Wix refuses a
      refresh token and a new anonymous session replaces it.
    - ``meter_provider``, ``tracer_provider``: the OpenTelemetry providers to record
      metrics and spans with; by default OpenTelemetry's global ones, if the
      application set them before building its clients (``wixvisitor[otel]``). See
      ``docs/observability.md``.
    """

    base_url: str
    session: aiohttp.ClientSession | None
    leeway: float
    retry: RetryPolicy | None
    encoding: Literal["json", "form"]
    clock: Callable[[], float]
    on_session_reset: ResetCallback | None
    meter_provider: MeterProvider | None
    tracer_provider: TracerProvider | None


class ClientOptions(StrategyOptions, total=False):
    """:class:`StrategyOptions` plus ``timeout``: the API calls' ``aiohttp.ClientTimeout``.

    The default timeout is 30 s in total; :class:`~wixvisitor.Visitors` and
    :func:`~wixvisitor.create_client` take these options.
    """

    timeout: aiohttp.ClientTimeout


STRATEGY_OPTIONS = frozenset(StrategyOptions.__annotations__)
CLIENT_OPTIONS = frozenset(ClientOptions.__annotations__)


@attrs.define
class AppState:
    """What every strategy of one app shares: the endpoint, the store, the flights."""

    endpoint: TokenEndpoint
    http: SessionHolder
    store: TokenStore | None
    flights: SingleFlight[Tokens]
    leeway: float
    on_session_reset: ResetCallback | None
    base_url: str
    timeout: aiohttp.ClientTimeout
    #: Shared redirect-session calls (logout): one per session at a time.
    url_flights: SingleFlight[str] = attrs.field(factory=SingleFlight)
    #: Where metrics, spans and log events go (no metrics or spans without OTel).
    telemetry: Telemetry = OFF
    #: The store's ``load_nowait`` (a load answered from memory, ``False`` if it cannot
    #: be), if it has one; ``None`` with OpenTelemetry on, so every load is observed.
    load_nowait: Callable[[str], Tokens | Literal[False] | None] | None = None

    @classmethod
    def build(
        cls,
        client_id: str,
        store: TokenStore | None,
        options: Mapping[str, Any],
        known: frozenset[str] = CLIENT_OPTIONS,
    ) -> AppState:
        """Apply the defaults to ``options`` (names in ``known``) and build the state."""
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
        for_client = getattr(store, "for_client", None)
        if for_client is not None:  # keep two client ids' sessions apart in a shared store
            store = for_client(client_id)
        leeway = float(options.get("leeway", 60.0))
        if leeway < 0:
            raise ValueError("leeway must not be negative")
        base_url = options.get("base_url", DEFAULT_BASE_URL).rstrip("/")
        http = SessionHolder(options.get("session"))
        telemetry = Telemetry.build(options.get("meter_provider"), options.get("tracer_provider"))
        telemetry.watch_sessions(store)
        observed = store
        if telemetry.instruments is not None and store is not None:
            from ._telemetry.observed_store import observe_store  # with OpenTelemetry only

            observed = observe_store(store, telemetry)
        load_nowait = getattr(store, "load_nowait", None) if observed is store else None
        store = observed
        flights: SingleFlight[Tokens] = SingleFlight()
        flights.observer = FlightObserver(telemetry)
        endpoint = TokenEndpoint(
            client_id,
            base_url=base_url,
            http=http,
            encoding=options.get("encoding", "json"),
            retry=options.get("retry"),
            clock=options.get("clock", time.time),
            telemetry=telemetry,
        )
        return cls(
            endpoint,
            http,
            store,
            flights,
            leeway,
            options.get("on_session_reset"),
            base_url,
            options.get("timeout", DEFAULT_TIMEOUT),
            telemetry=telemetry,
            load_nowait=load_nowait,
        )
