"""What an API helper needs of a client: a way to make one authenticated request.

The helpers depend on this protocol, not on :class:`~wixvisitor.WixClient`, so they
import nothing of the client and the client imports them without a cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from .errors import WixApiError

__all__ = ["Requester", "expect_object"]


class Requester(Protocol):
    """Anything that calls a Wix API as one visitor and returns the parsed JSON answer."""

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call ``method path`` and return the answer's JSON (errors raise WixApiError)."""
        ...


def expect_object(answer: Any, what: str, field: str | None = None) -> dict[str, Any]:
    """``answer`` (or its ``field``) as a dict, else a WixApiError naming ``what``."""
    value = answer.get(field) if field is not None and isinstance(answer, dict) else answer
    if not isinstance(value, dict):
        shape = f"no {field} object" if field is not None else "an unexpected shape"
        raise WixApiError(f"{what} answered with {shape}", status=200)
    return value
