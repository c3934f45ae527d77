"""One redirect session, as the emulator keeps it (see ``redirects/routes.py`` for the endpoint)."""

from __future__ import annotations

import secrets
from typing import Any

import attrs

__all__ = ["RedirectSession"]


@attrs.define
class RedirectSession:
    """A created redirect session; ``token`` (its sessionToken) is never shown in a repr."""

    id: str
    intent: str
    params: dict[str, Any]
    callbacks: dict[str, str]
    visitor_id: str
    created_at: float
    full_url: str = ""
    #: The refresh token of the session that created it (a logout revokes it).
    caller_refresh: str = attrs.field(default="", repr=False)
    token: str = attrs.field(repr=False, factory=lambda: secrets.token_urlsafe(24))
