"""The emulator takes reads as the JS SDK sends them: GET with `.r`, flat parameters, or POST."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

SEARCH = "/stores/v3/products/search"


@pytest.fixture
async def http(emu: Emulator, client_id: str) -> AsyncIterator[tuple[aiohttp.ClientSession, str]]:
    """A plain HTTP session and a visitor's access token."""
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        token = (await wix.auth.get_auth_headers())["Authorization"]
    async with aiohttp.ClientSession(emu.base_url) as session:
        yield session, token


async def _get(
    http: tuple[aiohttp.ClientSession, str], path: str, query: str = ""
) -> tuple[int, Any]:
    session, token = http
    headers = {"Authorization": token, "x-wix-bi-gateway": "environment=js-sdk"}
    async with session.get(path + query, headers=headers) as response:
        return response.status, await response.json()


def _packed(body: Any, *, alphabet: str = "url", padded: bool = False) -> str:
    raw = json.dumps(body).encode()
    encoded = (base64.urlsafe_b64encode if alphabet == "url" else base64.b64encode)(raw).decode()
    return encoded if padded else encoded.rstrip("=")


@pytest.mark.parametrize(("alphabet", "padded"), [("url", False), ("url", True), ("std", True)])
async def test_dot_r_in_any_base64_spelling(http: Any, alphabet: str, padded: bool) -> None:
    """`.r` is read as base64url without padding, and padded or standard base64 too."""
    # The ignored "note" makes base64 with "+" and "/" in it (and "-", "_" in base64url).
    body = {
        "search": {"search": {"expression": "mug"}, "cursorPaging": {"limit": 2}},
        "note": "?>?>>>",
    }
    assert set(_packed(body, alphabet="std")) & {"+", "/"}
    packed = _packed(body, alphabet=alphabet, padded=padded)
    status, answer = await _get(
        http, SEARCH, "?.r=" + packed.replace("+", "%2B").replace("=", "%3D")
    )
    assert status == 200, answer
    assert [p["name"] for p in answer["products"]] == ["Ceramic Coffee Mug"]


@pytest.mark.parametrize(
    ("packed", "why"),
    [
        ("%%%not-base64", "not base64"),
        (base64.urlsafe_b64encode(b"{not json").decode(), "not base64 of JSON"),
        (base64.urlsafe_b64encode(b"[1, 2]").decode(), "must hold a JSON object"),
        (base64.urlsafe_b64encode(b"\xff\xfe").decode(), "not base64 of JSON"),
    ],
)
async def test_a_malformed_dot_r_is_a_wix_shaped_400(http: Any, packed: str, why: str) -> None:
    """A `.r` that is not base64, not JSON or not an object is a 400 validation error, never a 500."""
    status, answer = await _get(http, SEARCH, "?.r=" + packed)
    assert status == 400
    assert why in answer["message"]
    assert answer["details"]["validationError"]["fieldViolations"][0]["field"] == "body"


async def test_no_query_is_an_empty_payload(http: Any) -> None:
    """GET with no query searches everything, as an empty JSON body would."""
    status, answer = await _get(http, SEARCH)
    assert status == 200
    assert answer["pagingMetadata"]["count"] == len(wv.emulator.PRODUCTS)


async def test_flat_and_dotted_parameters_with_repeated_arrays(http: Any) -> None:
    """`fields=A&fields=B` is a list, `query.cursorPaging.limit=2` a nested number."""
    status, answer = await _get(
        http, "/stores/v3/products/query", "?query.cursorPaging.limit=2&fields=CURRENCY&fields=URL"
    )
    assert status == 200, answer
    assert len(answer["products"]) == 2
    assert "currency" in answer["products"][0]


async def test_unknown_parameters_are_ignored(http: Any) -> None:
    """GET /stores/v3/products/{id}?productId=...&whatever=1 answers the product."""
    product = wv.emulator.PRODUCTS[0]
    status, answer = await _get(
        http, f"/stores/v3/products/{product.id}", f"?productId={product.id}&whatever=1"
    )
    assert status == 200
    assert answer["product"]["id"] == product.id


async def test_an_unknown_product_is_a_404(http: Any) -> None:
    """GET of a product id that is not in the catalog: 404 PRODUCT_NOT_FOUND."""
    status, answer = await _get(http, "/stores/v3/products/nope")
    assert status == 404
    assert answer["details"]["applicationError"]["code"] == "PRODUCT_NOT_FOUND"


async def test_count_by_get_and_post(http: Any, emu: Emulator) -> None:
    """Count Products answers the same to GET `.r` and to POST."""
    body = {"search": {"expression": "mug"}}
    status, by_get = await _get(http, "/stores/v3/products/count", "?.r=" + _packed(body))
    session, token = http
    async with session.post(
        "/stores/v3/products/count", json=body, headers={"Authorization": token}
    ) as response:
        by_post = await response.json()
    assert status == 200
    assert by_get == by_post == {"count": 1}


async def test_reads_need_a_token(emu: Emulator) -> None:
    """A GET read without a valid access token is a 401 in Wix's shape."""
    async with aiohttp.ClientSession(emu.base_url) as session, session.get(SEARCH) as response:
        assert response.status == 401
        assert "applicationError" in (await response.json())["details"]
