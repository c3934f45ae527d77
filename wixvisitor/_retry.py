"""When a token request is tried again: the policy, the failures it covers, ``Retry-After``.

The token endpoint (``_endpoint.py``) runs the loop; what counts as transient and how
long to wait lives here.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

import attrs

from .errors import TokenRequestError

__all__ = ["RETRY_STATUSES", "RetryPolicy", "Retryable", "retry_after"]

#: Token endpoint statuses worth another attempt.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """How the token endpoint is retried on transient failures.

    429, 408, 5xx, timeouts, connection errors and malformed 200 answers are retried
    up to ``attempts`` requests in all, sleeping a jittered exponential backoff
    (``initial_backoff`` doubling up to ``max_backoff``) or the server's
    ``Retry-After`` (up to ``max_retry_after``), and never beyond ``deadline``
    seconds in total. Each request may take ``attempt_timeout`` seconds.
    """

    attempts: int = 4
    initial_backoff: float = 0.2
    max_backoff: float = 5.0
    max_retry_after: float = 30.0
    attempt_timeout: float = 10.0
    deadline: float = 30.0

    def backoff(self, attempt: int, rand: Callable[[], float]) -> float:
        """Seconds to sleep after failed attempt number ``attempt`` (1-based)."""
        ceiling: float = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))
        return ceiling / 2 + rand() * ceiling / 2


class Retryable(Exception):
    """A transient failure of one attempt: the error to raise if no attempt is left."""

    def __init__(
        self,
        error: TokenRequestError,
        retry_after: float | None = None,
        outcome: str = "transient",
        error_type: str | None = None,
    ) -> None:
        self.error = error
        self.retry_after = retry_after
        # For telemetry: "transient" or "timeout", and the span's error.type.
        self.outcome = outcome
        self.error_type = error_type or (str(error.status) if error.status else None)


def retry_after(header: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta seconds or an HTTP date."""
    if not header:
        return None
    header = header.strip()
    if header.isdigit():
        return float(header)
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
