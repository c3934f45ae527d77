"""Tokens: the JS SDK's JSON shape, both ways, and typed errors for anything else."""

from __future__ import annotations

import json

import pytest

import wixvisitor as wv
from wixvisitor.errors import InvalidTokensError

# Exactly what the JS SDK's JSON.stringify(wixClient.auth.getTokens()) writes.
JS_TOKENS = (
    '{"accessToken":{"value":"OauthNG.JWS.access","expiresAt":1677581109},'
    '"refreshToken":{"value":"OauthNG.JWS.refresh","role":"visitor"}}'
)
JS_MEMBER = (
    '{"accessToken":{"value":"a.b.c","expiresAt":1700000000},'
    '"refreshToken":{"value":"r.s.t","role":"member"}}'
)
JS_EMPTY = '{"accessToken":{"value":"","expiresAt":0},"refreshToken":{"value":"","role":"none"}}'


@pytest.mark.parametrize("text", [JS_TOKENS, JS_MEMBER, JS_EMPTY])
def test_js_json_round_trips_byte_for_byte(text: str) -> None:
    """JSON written by the JS SDK reads and writes back identical bytes."""
    assert wv.Tokens.from_json(text).to_json() == text
    assert wv.Tokens.from_json(text.encode()).to_json() == text


def test_fields_map_to_attributes() -> None:
    """camelCase JSON fields land on the snake_case attributes."""
    tokens = wv.Tokens.from_json(JS_MEMBER)
    assert tokens.access_token == wv.AccessToken("a.b.c", 1700000000)
    assert tokens.refresh_token == wv.RefreshToken("r.s.t", wv.TokenRole.MEMBER)
    assert tokens.to_dict() == json.loads(JS_MEMBER)


def test_accepts_numeric_string_expiry_and_missing_role() -> None:
    """expiresAt may be a numeric string; a missing role means visitor."""
    tokens = wv.Tokens.from_json(
        {"accessToken": {"value": "a", "expiresAt": "1677581109"}, "refreshToken": {"value": "r"}}
    )
    assert tokens.access_token.expires_at == 1677581109
    assert tokens.refresh_token.role is wv.TokenRole.VISITOR


def test_ignores_unknown_keys() -> None:
    """Extra keys a newer JS SDK might add do not break reading."""
    data = json.loads(JS_TOKENS)
    data["extra"] = {"x": 1}
    data["accessToken"]["issuedAt"] = 5
    assert wv.Tokens.from_json(data) == wv.Tokens.from_json(JS_TOKENS)


BAD_INPUTS = [
    "",
    "not json",
    "[]",
    "null",
    "42",
    '"string"',
    "{}",
    '{"accessToken":{"value":"a","expiresAt":1}}',
    '{"accessToken":{"value":1,"expiresAt":1},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":true},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":NaN},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":Infinity},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":-5},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":1.5},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":"soon"},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":1' + "0" * 400 + '},"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":1},"refreshToken":{"value":"r","role":"admin"}}',
    '{"accessToken":{"value":"a","expiresAt":1},"refreshToken":{"value":"r","role":null}}',
    '{"accessToken":[],"refreshToken":{"value":"r"}}',
    '{"accessToken":{"value":"a","expiresAt":1},"refreshToken":"r"}',
    '{"accessToken":{"value":"' + "x" * 9000 + '","expiresAt":1},"refreshToken":{"value":"r"}}',
    "[" * 100_000 + "]" * 100_000,
    "{" + '"k":1,' * 20000 + '"z":1}',
    b"\xff\xfe\x00garbage",
]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_malformed_input_raises_invalid_tokens_error(bad: str | bytes) -> None:
    """Every malformed input raises InvalidTokensError (also a ValueError), nothing else."""
    with pytest.raises(InvalidTokensError) as caught:
        wv.Tokens.from_json(bad)
    assert isinstance(caught.value, ValueError)


def test_error_message_names_the_field_not_the_value() -> None:
    """The error says which field is wrong without echoing its content."""
    secret = "SECRET-REFRESH-VALUE"
    with pytest.raises(InvalidTokensError) as caught:
        wv.Tokens.from_json(
            {
                "accessToken": {"value": "a", "expiresAt": secret},
                "refreshToken": {"value": secret, "role": secret},
            }
        )
    message = str(caught.value)
    assert "expires" in message
    assert secret not in message


def test_repr_and_str_hide_token_values() -> None:
    """repr and str of every token object show [secure] instead of values."""
    tokens = wv.Tokens.from_json(JS_TOKENS)
    for shown in (repr(tokens), str(tokens), repr(tokens.access_token), str(tokens.refresh_token)):
        assert "OauthNG" not in shown
        assert "[secure]" in shown


def test_tokens_are_frozen_and_hashable() -> None:
    """Tokens are immutable values usable as dict keys."""
    tokens = wv.Tokens.from_json(JS_TOKENS)
    with pytest.raises(AttributeError):
        tokens.access_token = wv.AccessToken("x", 1)  # type: ignore[misc]
    assert {tokens: 1}[wv.Tokens.from_json(JS_TOKENS)] == 1


def test_role_is_a_str_enum() -> None:
    """TokenRole values compare and serialize as their JS strings."""
    assert wv.TokenRole.MEMBER == "member"
    assert str(wv.TokenRole.NONE) == "none"
    assert json.dumps(wv.TokenRole.VISITOR) == '"visitor"'
