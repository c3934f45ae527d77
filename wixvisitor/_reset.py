"""How a session reset is made observable: a WARNING record and the user's callback."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

import attrs

from ._redact import fingerprint
from .tokens import TokenRole

__all__ = ["ResetCallback", "SessionReset", "report_reset"]

logger = logging.getLogger("wixvisitor.session")


@attrs.frozen
class SessionReset:
    """What an ``on_session_reset`` callback is told when a session had to start over.

    ``key`` is the session's store key, ``reason`` is ``"invalid_grant"`` (Wix refused
    the refresh token), ``previous_role`` tells whether a member was logged out, and
    ``request_id`` is Wix's id of the refused renewal.
    """

    key: str
    reason: str
    previous_role: TokenRole
    request_id: str | None


#: ``on_session_reset`` callbacks may be plain functions or coroutine functions.
ResetCallback = Callable[[SessionReset], Any]


async def report_reset(callback: ResetCallback | None, event: SessionReset) -> None:
    """Log ``event`` at WARNING (no token values, the key fingerprinted), then call back."""
    logger.warning(
        "wixvisitor: Wix refused the refresh token of session %s (role %s, %s, "
        "request_id=%s); a new anonymous session replaced it%s",
        fingerprint(event.key),
        event.previous_role.value,
        event.reason,
        event.request_id,
        ": the member was logged out" if event.previous_role is TokenRole.MEMBER else "",
        extra={"event.name": "wixvisitor.session.reset"},
    )
    if callback is None:
        return
    try:
        result = callback(event)
        if inspect.isawaitable(result):
            await result
    except Exception:
        logger.exception("wixvisitor: the on_session_reset callback failed")
