"""The wixSession cookie codec and the Cookie-header reader the integrations use."""

from __future__ import annotations

import pytest

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens, read_cookie

TOKENS = wv.Tokens(wv.AccessToken("OauthNG.JWS.a-b_c", 1700000000), wv.RefreshToken("r.s.t"))


def test_encode_is_encode_uri_component_of_the_js_json() -> None:
    """The value is the JS SDK's JSON as encodeURIComponent writes it, and decodes back."""
    value = encode_tokens(TOKENS)
    assert value.startswith("%7B%22accessToken%22%3A%7B%22value%22%3A%22OauthNG.JWS.a-b_c%22")
    assert decode_tokens(value) == TOKENS


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("other=1", None),
        ("wixSession=abc", "abc"),
        ("a=1; wixSession=abc; b=2", "abc"),
        ("a=1;wixSession=abc;b=2", "abc"),
        ('wixSession="abc"', "abc"),
        ("xwixSession=1; wixSession=abc", "abc"),
        ("wixSession=first; wixSession=second", "first"),
        ("wixSession", None),
        ("wixSession=", ""),
        ("wixSession.Zm9v=other; wixSession=abc", "abc"),
    ],
)
def test_read_cookie_finds_our_cookie_only(header: str | None, expected: str | None) -> None:
    """read_cookie returns exactly the named cookie's value from a Cookie header."""
    assert read_cookie(header, "wixSession") == expected
