"""call(): path parameters, the GET encoding, the POST fallback and answer shapes, on the emulator."""

from __future__ import annotations

from typing import Any

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.modules._runtime import MAX_QUERY_LENGTH, Route, call

BLUE_SHIRT = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1"
QUERY = Route("GET", "/stores/v3/products/query", "QueryProducts", complex=True, fallback=True)


class Recorder:
    """Notes each request's method and path, then makes it through the real client."""

    def __init__(self, wix: wv.WixClient) -> None:
        self.wix = wix
        self.sent: list[tuple[str, str, Any]] = []

    async def request(self, method: str, path: str, **options: Any) -> Any:
        """Record, then send."""
        self.sent.append((method, path, options.get("json")))
        return await self.wix.request(method, path, **options)


async def test_path_parameters_are_filled_and_the_payload_left_alone(
    emu: Emulator, client_id: str
) -> None:
    """{productId} comes from the payload, leaves the query, and the caller's dict is unchanged."""
    route = Route(
        "GET", "/stores/v3/products/{productId}", "GetProduct", path_params=("productId",)
    )
    payload = {"productId": BLUE_SHIRT, "fields": ["URL"]}
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        recorder = Recorder(wix)
        answer = await call(recorder, route, payload)
    assert answer["product"]["name"] == "Blue Shirt" and "url" in answer["product"]
    assert recorder.sent == [("GET", f"/stores/v3/products/{BLUE_SHIRT}?fields=URL", None)]
    assert payload == {"productId": BLUE_SHIRT, "fields": ["URL"]}


async def test_a_nested_path_parameter_is_taken_from_a_copy(client_id: str) -> None:
    """{cartInfo.id}: the nested object is copied before the id leaves it; a missing one is a ValueError."""
    route = Route(
        "POST", "/ecom/v1/carts/{cartInfo.id}", "UpdateCart", path_params=("cartInfo.id",)
    )
    payload = {"cartInfo": {"id": "a/b", "note": "x"}}
    sent: list[tuple[str, str, Any]] = []

    class Answering:
        async def request(self, method: str, path: str, **options: Any) -> Any:
            sent.append((method, path, options.get("json")))
            return {}

    assert await call(Answering(), route, payload) == {}
    assert sent == [("POST", "/ecom/v1/carts/a%2Fb", {"cartInfo": {"note": "x"}})]
    assert payload == {"cartInfo": {"id": "a/b", "note": "x"}}
    with pytest.raises(ValueError, match=r"UpdateCart: the path needs 'cartInfo\.id'"):
        await call(Answering(), route, {"cartInfo": {}})
    with pytest.raises(ValueError, match="the path needs"):
        await call(Answering(), route, None)


async def test_a_long_get_falls_back_to_post(emu: Emulator, client_id: str) -> None:
    """A query past 4,000 characters goes as POST with the JSON body, and is answered the same."""
    names = [f"no such product {index}" for index in range(200)]
    long = {"query": {"filter": {"name": {"$in": [*names, "Blue Shirt"]}}}}
    short = {"query": {"filter": {"name": {"$in": ["Blue Shirt"]}}}}
    async with wv.create_client(client_id, base_url=emu.base_url) as wix:
        recorder = Recorder(wix)
        by_post = await call(recorder, QUERY, long)
        by_get = await call(recorder, QUERY, short)
        no_fallback = Route("GET", QUERY.path, "QueryProducts", complex=True)
        with pytest.raises(wv.errors.WixApiError):  # too long for the URL, no fallback: sent anyway
            await call(recorder, no_fallback, {"query": {"filter": {"name": {"$in": names * 40}}}})
    assert [p["name"] for p in by_post["products"]] == [p["name"] for p in by_get["products"]]
    (post, path, body), (get, query_path, _), (last, last_path, _) = recorder.sent
    assert (post, path, body) == ("POST", QUERY.path, long)
    assert get == "GET" and query_path.startswith(f"{QUERY.path}?.r=")
    assert last == "GET" and len(last_path) > MAX_QUERY_LENGTH


async def test_an_answer_that_is_not_an_object_is_a_wix_api_error() -> None:
    """A list where an object was due raises WixApiError naming the method; no answer is {}."""

    class Answering:
        def __init__(self, answer: Any) -> None:
            self.answer = answer

        async def request(self, method: str, path: str, **options: Any) -> Any:
            return self.answer

    route = Route("DELETE", "/ecom/v1/carts/current", "DeleteCurrentCart")
    assert await call(Answering(None), route) == {}
    with pytest.raises(
        wv.errors.WixApiError, match="DeleteCurrentCart answered with an unexpected"
    ):
        await call(Answering([1]), route)
