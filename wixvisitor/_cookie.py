"""The ``wixSession`` cookie codec, shared by the cookie-jar store and the web integrations.

The value is the tokens JSON URL-encoded as JavaScript's ``encodeURIComponent`` does,
which is how the JS SDK docs write the cookie, so either side reads the other's.
"""

from __future__ import annotations

import re
import secrets
from typing import Literal
from urllib.parse import quote, unquote

import attrs

from .errors import InvalidTokensError
from .tokens import Tokens

__all__ = [
    "COOKIE_NAME",
    "MAX_COOKIE_SIZE",
    "CookieSettings",
    "decode_tokens",
    "encode_tokens",
    "new_session_id",
    "parse_session_id",
    "read_cookie",
]

#: The cookie name the JS SDK docs use for a visitor session.
COOKIE_NAME = "wixSession"
#: Browsers keep cookies up to 4,096 bytes of name and value (RFC 6265 §6.1).
MAX_COOKIE_SIZE = 4096
# What encodeURIComponent leaves alone besides letters and digits.
_JS_SAFE = "-_.!~*'()"
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{43}")


@attrs.frozen
class CookieSettings:
    """How the session cookie is written: one object instead of nine keywords.

    Defaults are safe for production: ``HttpOnly``, ``Secure``, ``SameSite=Lax``,
    ``Path=/``. Set ``secure=False`` for local development over plain http.
    ``max_age`` (seconds) is how long the browser keeps the session: the refresh
    token is long-lived, so a visitor who comes back within it keeps their cart.
    """

    name: str = COOKIE_NAME
    path: str = "/"
    domain: str | None = None
    secure: bool = True
    httponly: bool = True
    samesite: Literal["Lax", "Strict", "None"] = "Lax"
    max_age: int = 30 * 24 * 3600

    def attributes(self) -> dict[str, str | int | bool | None]:
        """The cookie attributes as keyword arguments for ``set_cookie``."""
        return {
            "path": self.path,
            "domain": self.domain,
            "secure": self.secure,
            "httponly": self.httponly,
            "samesite": self.samesite,
            "max_age": self.max_age,
        }


def encode_tokens(tokens: Tokens, *, name: str = COOKIE_NAME) -> str:
    """The cookie value for ``tokens``; :class:`ValueError` if the cookie would pass 4,096 bytes."""
    value = quote(tokens.to_json(), safe=_JS_SAFE)
    if len(name) + 1 + len(value) > MAX_COOKIE_SIZE:
        raise ValueError(f"the {name} cookie would be larger than {MAX_COOKIE_SIZE} bytes")
    return value


def decode_tokens(value: str) -> Tokens:
    """Tokens from a cookie value; :class:`~wixvisitor.errors.InvalidTokensError` if malformed.

    Accepts the URL-encoded form and, for cookies written by hand, plain JSON.
    """
    if len(value) > MAX_COOKIE_SIZE:
        raise InvalidTokensError(f"cookie value is larger than {MAX_COOKIE_SIZE} bytes")
    try:
        text = unquote(value, errors="strict")
    except UnicodeDecodeError:
        raise InvalidTokensError("cookie value is not URL-encoded UTF-8") from None
    return Tokens.from_json(text)


def new_session_id() -> str:
    """A fresh opaque session id: 256 random bits, URL-safe, 43 characters."""
    return secrets.token_urlsafe(32)


def parse_session_id(value: str | None) -> str | None:
    """``value`` if it has the shape of a session id we issue, else ``None``."""
    if value is not None and _SESSION_ID.fullmatch(value):
        return value
    return None


def read_cookie(header: str | None, name: str) -> str | None:
    """The value of cookie ``name`` in a ``Cookie`` request header, or ``None``.

    Finds our one cookie without parsing every other cookie the browser sends; the
    first of duplicate names wins, as in browsers' ordering (longest path first).
    """
    if not header or name not in header:
        return None
    for part in header.split(";"):
        key, sep, value = part.partition("=")
        if sep and key.strip() == name:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            return value
    return None
