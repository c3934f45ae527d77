"""Visitor tokens as value objects, in the official JS SDK's JSON shape.

The JS SDK's ``getTokens()`` object, which browsers keep in ``localStorage`` or a
``wixSession`` cookie, reads::

    {"accessToken": {"value": "...", "expiresAt": 1677581109},
     "refreshToken": {"value": "...", "role": "visitor"}}

:meth:`Tokens.from_json` reads it and :meth:`Tokens.to_json` writes it byte for byte
as ``JSON.stringify`` does, so a Python backend and a browser can share one session.
"""

from __future__ import annotations

import enum
import functools
import json
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InvalidTokensError

if TYPE_CHECKING:
    import cattrs

__all__ = ["AccessToken", "RefreshToken", "TokenRole", "Tokens"]

#: Longest token value accepted; Wix's are a few hundred characters.
MAX_TOKEN_LENGTH = 8192
#: Largest tokens document accepted by :meth:`Tokens.from_json`.
MAX_JSON_SIZE = 65536
_MAX_EPOCH = 2**53 - 1  # what a JS number holds exactly
_DIGITS = re.compile(r"\d{1,16}")
#: What a token value may hold: visible ASCII, so it can always be sent as a header.
TOKEN_TEXT = re.compile(r"[!-~]*")


def _secure(_value: str) -> str:
    return "[secure]"


class TokenRole(enum.StrEnum):
    """Whose session a refresh token belongs to: ``"none"``, ``"visitor"`` or ``"member"``."""

    NONE = "none"
    VISITOR = "visitor"
    MEMBER = "member"


@attrs.frozen
class AccessToken:
    """A short-lived access token; ``expires_at`` is in epoch seconds.

    >>> AccessToken("secret", expires_at=1677581109)
    AccessToken(value=[secure], expires_at=1677581109)
    """

    value: str = attrs.field(repr=_secure)
    expires_at: int = 0


@attrs.frozen
class RefreshToken:
    """A long-lived refresh token and the role of its session."""

    value: str = attrs.field(repr=_secure)
    role: TokenRole = TokenRole.VISITOR


@attrs.frozen
class Tokens:
    """A visitor's access and refresh tokens.

    >>> tokens = Tokens.from_json(
    ...     {"accessToken": {"value": "a", "expiresAt": 1}, "refreshToken": {"value": "r"}}
    ... )
    >>> tokens.refresh_token.role
    <TokenRole.VISITOR: 'visitor'>
    >>> tokens.to_json()
    '{"accessToken":{"value":"a","expiresAt":1},"refreshToken":{"value":"r","role":"visitor"}}'
    """

    access_token: AccessToken
    refresh_token: RefreshToken

    @classmethod
    def from_json(cls, data: str | bytes | bytearray | Mapping[str, Any]) -> Tokens:
        """Read tokens in the JS SDK's shape from JSON text or an already parsed mapping.

        ``expiresAt`` may be a number or a numeric string; a missing ``role`` means
        ``"visitor"``; unknown keys are ignored. Anything else raises
        :class:`~wixvisitor.errors.InvalidTokensError`, whose message names the
        offending field but never a value.
        """
        if isinstance(data, str | bytes | bytearray):
            if len(data) > MAX_JSON_SIZE:
                raise InvalidTokensError(f"tokens JSON is larger than {MAX_JSON_SIZE} bytes")
            try:
                data = json.loads(data)
            except (ValueError, RecursionError):
                raise InvalidTokensError("tokens are not valid JSON") from None
        if not isinstance(data, Mapping):
            raise InvalidTokensError("tokens JSON must be an object")
        try:
            return _converter().structure(data, Tokens)
        except _validation_error() as exc:
            from cattrs import transform_error

            problems = transform_error(exc, path="$", format_exception=_problem)
            raise InvalidTokensError("invalid tokens: " + "; ".join(problems)) from None
        except (TypeError, ValueError, AttributeError):
            raise InvalidTokensError("invalid tokens") from None

    def to_dict(self) -> dict[str, Any]:
        """The tokens as the JS SDK's object: ``{"accessToken": {...}, "refreshToken": {...}}``."""
        result: dict[str, Any] = _converter().unstructure(self)
        return result

    def to_json(self) -> str:
        """The tokens as compact JSON, byte-compatible with the JS SDK's ``JSON.stringify``."""
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)


def _problem(exc: BaseException, _type: Any) -> str:
    # Never echo the offending value: it may be a token.
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, InvalidTokensError):
        return str(exc)
    return "invalid value"


def _structure_value(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise InvalidTokensError("expected a string")
    if len(value) > MAX_TOKEN_LENGTH:
        raise InvalidTokensError(f"longer than {MAX_TOKEN_LENGTH} characters")
    if not TOKEN_TEXT.fullmatch(value):
        raise InvalidTokensError("expected visible ASCII characters only")
    return value


def _structure_expires_at(value: Any, _type: Any) -> int:
    if isinstance(value, bool):
        raise InvalidTokensError("expected epoch seconds")
    if isinstance(value, str) and _DIGITS.fullmatch(value):
        value = int(value)
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or not 0 <= value <= _MAX_EPOCH:
        raise InvalidTokensError("expected epoch seconds")
    return value


def _structure_role(value: Any, _type: Any) -> TokenRole:
    try:
        return TokenRole(value)
    except ValueError:
        raise InvalidTokensError('expected "none", "visitor" or "member"') from None


@functools.cache
def _converter() -> cattrs.Converter:
    """The one converter, built on first use: cattrs costs import time otherwise."""
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    converter = cattrs.Converter(detailed_validation=True)
    converter.register_structure_hook(TokenRole, _structure_role)
    value = override(rename="value", struct_hook=_structure_value)
    converter.register_structure_hook(
        AccessToken,
        make_dict_structure_fn(
            AccessToken,
            converter,
            value=value,
            expires_at=override(rename="expiresAt", struct_hook=_structure_expires_at),
        ),
    )
    converter.register_structure_hook(
        RefreshToken, make_dict_structure_fn(RefreshToken, converter, value=value)
    )
    for cls in (AccessToken, RefreshToken, Tokens):
        renames: dict[str, Any] = {
            a.name: override(rename=_camel(a.name), omit_if_default=False)
            for a in attrs.fields(cls)
        }
        converter.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, converter, **renames)
        )
    converter.register_structure_hook(
        Tokens,
        make_dict_structure_fn(
            Tokens,
            converter,
            access_token=override(rename="accessToken"),
            refresh_token=override(rename="refreshToken"),
        ),
    )
    converter.register_unstructure_hook(TokenRole, lambda role: role.value)
    return converter


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


def _validation_error() -> type[Exception]:
    from cattrs import ClassValidationError

    return ClassValidationError
