"""One observed HTTP request (a token request or a Wix API call): span, metrics, record."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from yarl import URL

from ..errors import TokenRequestError
from .instruments import API_LOGGER, TOKEN_LOGGER, Instruments, event, make_current

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

__all__ = ["QUIET", "HttpCall"]


def _status_class(status: int | None) -> str:
    return f"{status // 100}xx" if status is not None and 100 <= status < 600 else "none"


class HttpCall:
    """One observed HTTP request: a CLIENT span, two metrics and a DEBUG record."""

    __slots__ = (
        "_attempt",
        "_detach",
        "_grant",
        "_instruments",
        "_method",
        "_span",
        "_started",
        "_tracer",
        "_url",
        "_what",
        "request_id",
        "status",
    )

    def __init__(
        self,
        instruments: Instruments | None,
        tracer: Tracer | None,
        what: str,
        method: str,
        url: str,
        attempt: int,
        grant: str | None = None,
    ) -> None:
        self._instruments = instruments
        self._tracer = tracer
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
        tracer = self._tracer
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
        quiet = self._span is None and self._instruments is None
        if quiet and not logger.isEnabledFor(logging.DEBUG):
            return  # OTel off and nobody listening: nothing to work out
        error = None if exc is None else getattr(exc, "error_type", None) or type(exc).__name__
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
            instruments = self._instruments
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
            instruments = self._instruments
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
    if isinstance(exc, asyncio.CancelledError):
        return "cancelled"  # the app shutting down, say
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


class _QuietCall(HttpCall):
    """An HTTP call nobody observes: no span, no metric, no record."""

    def __init__(self) -> None:
        super().__init__(None, None, "api", "", "", 0)

    def answered(self, status: int, request_id: str | None) -> None:
        """Nothing to note."""

    def __enter__(self) -> HttpCall:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None


#: The shared call of an app without OTel when no one logs API calls at DEBUG.
QUIET: HttpCall = _QuietCall()
