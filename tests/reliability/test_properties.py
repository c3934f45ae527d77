"""Scenario 7: arbitrary input to the tokens parser, cookie codec and session-id parser."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wixvisitor as wv
from wixvisitor._cookie import decode_tokens, encode_tokens, new_session_id, parse_session_id

EXAMPLES = [
    pytest.param(150, id="default"),
    pytest.param(2000, id="soak", marks=pytest.mark.soak),
]
COOKIE_OCTETS = set(
    map(chr, [0x21, *range(0x23, 0x2C), *range(0x2D, 0x3B), *range(0x3C, 0x5C), *range(0x5D, 0x7F)])
)


def _run(examples: int, strategy: st.SearchStrategy[Any], check: Callable[[Any], None]) -> None:
    """Run `check` on `examples` generated values."""
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    calls = [0]

    def counted(value: Any) -> None:
        check(value)
        calls[0] += 1

    config(given(strategy)(counted))()
    _EXAMPLES_RUN[0] += calls[0]
    _PROPERTIES_RUN[0] += 1


_EXAMPLES_RUN = [0]
_PROPERTIES_RUN = [0]


@pytest.fixture(autouse=True)
def _record(figures: Any) -> Iterator[None]:
    """After each test, record how many generated inputs all properties checked so far."""
    yield
    figures(
        "7 property-based hostile input",
        properties_run=_PROPERTIES_RUN[0],
        examples_checked=_EXAMPLES_RUN[0],
        other_exceptions=0,
    )


def _leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(k) + _leaves(v)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return []


# Any JSON value: huge integers, NaN and infinities, deep nesting, long strings.
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=50)
    | st.integers(0, 20_000).map(lambda n: "x" * n)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
# Near misses of the JS shape reach the field checks instead of failing at the top.
token_like = st.fixed_dictionaries(
    {},
    optional={
        "accessToken": json_values
        | st.fixed_dictionaries({}, optional={"value": json_values, "expiresAt": json_values}),
        "refreshToken": json_values
        | st.fixed_dictionaries({}, optional={"value": json_values, "role": json_values}),
        "extra": json_values,
    },
)
documents = json_values | token_like
visible = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=500)
valid_tokens = st.builds(
    wv.Tokens,
    st.builds(wv.AccessToken, visible, st.integers(0, 2**53 - 1)),
    st.builds(wv.RefreshToken, visible, st.sampled_from(list(wv.TokenRole))),
)


def _parses_or_refuses(data: Any) -> wv.Tokens | None:
    """Tokens.from_json returns usable tokens or raises InvalidTokensError, nothing else."""
    try:
        tokens = wv.Tokens.from_json(data)
    except wv.InvalidTokensError as error:
        message = str(error)
        assert all(
            leaf not in message
            for leaf in _leaves(data if not isinstance(data, bytes | str) else [])
            if len(leaf) >= 24
        )
        return None
    # What was accepted round-trips and can be written anywhere: JSON, UTF-8, a header.
    assert wv.Tokens.from_json(tokens.to_json()) == tokens
    tokens.to_json().encode("utf-8")
    for value in (tokens.access_token.value, tokens.refresh_token.value):
        assert value.isascii() and value.isprintable() and " " not in value
    return tokens


@pytest.mark.parametrize("examples", EXAMPLES)
def test_from_json_on_arbitrary_text(examples: int) -> None:
    """Arbitrary text: tokens or InvalidTokensError."""
    _run(examples, st.text(), _parses_or_refuses)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_from_json_on_arbitrary_bytes(examples: int) -> None:
    """Arbitrary bytes: tokens or InvalidTokensError."""
    _run(examples, st.binary(), _parses_or_refuses)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_from_json_on_arbitrary_json_documents(examples: int) -> None:
    """Any JSON document, as text and as a parsed mapping: tokens or InvalidTokensError."""

    def check(document: Any) -> None:
        _parses_or_refuses(json.dumps(document))
        if isinstance(document, dict):
            _parses_or_refuses(document)

    _run(examples, documents, check)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        "9" * 100_000,
        '{"accessToken": {"value": "a", "expiresAt": '
        + "9" * 5000
        + '}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "a", "expiresAt": NaN}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "a", "expiresAt": -Infinity}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "a", "expiresAt": 1e308}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "\\ud800", "expiresAt": 1}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "a\\r\\nX: 1", "expiresAt": 1}, "refreshToken": {"value": "r"}}',
        '{"accessToken": {"value": "a", "expiresAt": 1}, "refreshToken": {"value": "'
        + "r" * 60_000
        + '"}}',
        '{"accessToken": {"value": "a", "expiresAt": 1}, "refreshToken": {"value": "r", "role": "admin"}}',
    ],
    ids=lambda text: f"{len(text)}-chars",
)
def test_from_json_on_pathological_documents(text: str) -> None:
    """Deep nesting, huge numbers, NaN, surrogates, control characters: InvalidTokensError."""
    with pytest.raises(wv.InvalidTokensError):
        wv.Tokens.from_json(text)
    with pytest.raises(wv.InvalidTokensError):
        wv.Tokens.from_json(text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("examples", EXAMPLES)
def test_cookie_decode_on_arbitrary_values(examples: int) -> None:
    """Arbitrary cookie values, raw or URL-encoded: tokens or InvalidTokensError."""

    def check(value: str) -> None:
        for candidate in (value, quote(value, safe=""), "%" + value):
            try:
                tokens = decode_tokens(candidate)
            except wv.InvalidTokensError:
                continue
            _parses_or_refuses(tokens.to_json())

    _run(examples, st.text() | documents.map(json.dumps), check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_cookie_decode_on_percent_encoded_bytes(examples: int) -> None:
    """Percent-encoded arbitrary bytes (often invalid UTF-8): tokens or InvalidTokensError."""

    def check(raw: bytes) -> None:
        with contextlib.suppress(wv.InvalidTokensError):
            decode_tokens("".join(f"%{byte:02X}" for byte in raw))

    _run(examples, st.binary(max_size=2000), check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_cookie_codec_round_trips(examples: int) -> None:
    """Valid tokens encode to cookie-safe text that decodes back, or refuse to pass 4 KB."""

    def check(tokens: wv.Tokens) -> None:
        try:
            value = encode_tokens(tokens)
        except ValueError:
            assert len(quote(tokens.to_json())) > 4000
            return
        assert set(value) <= COOKIE_OCTETS
        assert decode_tokens(value) == tokens

    _run(examples, valid_tokens, check)


@pytest.mark.parametrize("examples", EXAMPLES)
def test_session_id_parser_on_arbitrary_text(examples: int) -> None:
    """parse_session_id returns None or the id itself (43 URL-safe characters)."""

    def check(value: str | None) -> None:
        parsed = parse_session_id(value)
        assert parsed is None or (parsed == value and len(parsed) == 43 and parsed.isascii())

    _run(
        examples,
        st.none() | st.text() | st.text(alphabet="Aa0-_\n", min_size=42, max_size=44),
        check,
    )


def test_issued_session_ids_parse() -> None:
    """Every session id we issue is accepted by the parser, and they do not repeat."""
    issued = {new_session_id() for _ in range(1000)}
    assert len(issued) == 1000
    assert all(parse_session_id(value) == value for value in issued)
    assert parse_session_id(next(iter(issued)) + "\n") is None
