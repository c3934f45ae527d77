"""The local Wix emulator, driven over real sockets with a plain aiohttp client."""

from __future__ import annotations

import asyncio
import json
import logging
import types
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import attrs
import pytest
from aiohttp import web
from multidict import CIMultiDictProxy

import wixvisitor.emulator as emulator_module
from wixvisitor.emulator import Emulator, EmulatorStats, create_app, serve

CLIENT = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"
STORES = "215238eb-22a5-4c36-9e7b-e7c08025e04e"
BLUE_SHIRT = "bb5405d0-dea0-4fa8-b21f-7bee285ccfa1"
MUG = "8efbc8a3-1f1a-485b-8452-d6db13c8f344"
FORMS = ["json-camel", "json-snake", "form-camel", "form-snake"]
SNAKE = {"clientId": "client_id", "grantType": "grant_type", "refreshToken": "refresh_token"}


@attrs.frozen
class Answer:
    status: int
    body: Any
    headers: CIMultiDictProxy[str]


@pytest.fixture
async def wix() -> AsyncIterator[Emulator]:
    async with Emulator(client_id=CLIENT, seed=7) as emulator:
        yield emulator


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def call(http: aiohttp.ClientSession, method: str, url: str, **kwargs: Any) -> Answer:
    async with http.request(method, url, **kwargs) as resp:
        text = await resp.text()
        try:
            body = json.loads(text)
        except ValueError:
            body = text
        return Answer(resp.status, body, resp.headers)


def token_kwargs(form: str, **fields: str) -> dict[str, Any]:
    data = {SNAKE[k] if form.endswith("snake") else k: v for k, v in fields.items()}
    return {"json": data} if form.startswith("json") else {"data": data}


async def token(
    http: aiohttp.ClientSession, emu: Emulator, form: str = "json-camel", **fields: str
) -> Answer:
    return await call(http, "POST", emu.base_url + "/oauth2/token", **token_kwargs(form, **fields))


async def visitor(http: aiohttp.ClientSession, emu: Emulator) -> dict[str, Any]:
    answer = await token(http, emu, clientId=CLIENT, grantType="anonymous")
    assert answer.status == 200
    return dict(answer.body)


async def renew(http: aiohttp.ClientSession, emu: Emulator, refresh: str) -> Answer:
    return await token(http, emu, clientId=CLIENT, grantType="refresh_token", refreshToken=refresh)


async def api(
    http: aiohttp.ClientSession,
    emu: Emulator,
    access: str | None,
    method: str,
    path: str,
    **kw: Any,
) -> Answer:
    headers = {"Authorization": access} if access is not None else {}
    return await call(http, method, emu.base_url + path, headers=headers, **kw)


async def get_cart(http: aiohttp.ClientSession, emu: Emulator, access: str) -> Answer:
    return await api(http, emu, access, "GET", "/ecom/v1/carts/current")


async def add(http: aiohttp.ClientSession, emu: Emulator, access: str, *items: Any) -> Answer:
    body = {"lineItems": list(items)}
    return await api(http, emu, access, "POST", "/ecom/v1/carts/current/add-to-cart", json=body)


def line(product_id: str, quantity: int = 1) -> dict[str, Any]:
    return {
        "catalogReference": {"catalogItemId": product_id, "appId": STORES},
        "quantity": quantity,
    }


async def search(
    http: aiohttp.ClientSession, emu: Emulator, access: str, body: dict[str, Any]
) -> Answer:
    return await api(http, emu, access, "POST", "/stores/v3/products/search", json=body)


async def admin(http: aiohttp.ClientSession, emu: Emulator, name: str, body: Any = None) -> Answer:
    if body is None and name == "stats":
        return await call(http, "GET", f"{emu.base_url}/_emulator/stats")
    return await call(http, "POST", f"{emu.base_url}/_emulator/{name}", json=body or {})


def app_code(answer: Answer) -> str:
    return str(answer.body["details"]["applicationError"]["code"])


# -- /oauth2/token ----------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
async def test_anonymous_grant_accepts_every_body_form(wix, http, form):
    """Anonymous accepts JSON and form bodies in camelCase and snake_case, answering Wix's shape."""
    answer = await token(http, wix, form, clientId=CLIENT, grantType="anonymous")
    assert answer.status == 200
    assert set(answer.body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert answer.body["token_type"] == "Bearer"
    assert answer.body["expires_in"] == 14400
    for value in (answer.body["access_token"], answer.body["refresh_token"]):
        assert value.startswith("OauthNG.JWS.")
        assert 350 <= len(value) <= 450
    assert answer.body["access_token"] != answer.body["refresh_token"]
    assert answer.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("form", FORMS)
async def test_refresh_grant_accepts_every_body_form(wix, http, form):
    """Renewal works in every body form: new access token, same refresh token, same visitor."""
    first = await visitor(http, wix)
    fields = {"clientId": CLIENT, "grantType": "refresh_token"}
    answer = await token(http, wix, form, refreshToken=first["refresh_token"], **fields)
    assert answer.status == 200
    assert answer.body["refresh_token"] == first["refresh_token"]
    assert answer.body["access_token"] != first["access_token"]
    assert wix.visitor_of(answer.body["access_token"]) == wix.visitor_of(first["access_token"])


async def test_refresh_grant_without_client_id_is_accepted(wix, http):
    """A renewal form without client_id works, as in Wix's docs."""
    first = await visitor(http, wix)
    answer = await token(
        http, wix, "form-snake", grantType="refresh_token", refreshToken=first["refresh_token"]
    )
    assert answer.status == 200


async def test_each_anonymous_grant_is_a_new_visitor(wix, http):
    """Two anonymous grants give two visitors with different refresh tokens."""
    one, two = await visitor(http, wix), await visitor(http, wix)
    assert one["refresh_token"] != two["refresh_token"]
    assert wix.visitor_of(one["access_token"]) != wix.visitor_of(two["access_token"])


async def test_old_access_token_stays_valid_after_renewal(wix, http):
    """Renewing does not kill the previous, unexpired access token."""
    first = await visitor(http, wix)
    assert (await renew(http, wix, first["refresh_token"])).status == 200
    assert (await get_cart(http, wix, first["access_token"])).status == 404


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"json": {"clientId": CLIENT}}, "invalid_request"),
        ({"data": "{not json", "headers": {"Content-Type": "application/json"}}, "invalid_request"),
        ({"json": ["anonymous"]}, "invalid_request"),
        ({"json": {"clientId": 5, "grantType": "anonymous"}}, "invalid_request"),
        ({"json": {"clientId": CLIENT, "grantType": "refresh_token"}}, "invalid_request"),
        ({"json": {"clientId": CLIENT, "grantType": "client_magic"}}, "unsupported_grant_type"),
        ({"json": {"clientId": "someone-else", "grantType": "anonymous"}}, "invalid_client"),
        ({"json": {"grantType": "anonymous"}}, "invalid_client"),
        ({"data": {"grant_type": "anonymous", "client_id": "nope"}}, "invalid_client"),
        (
            {"json": {"grantType": "refresh_token", "refreshToken": "OauthNG.JWS.made.up.x"}},
            "invalid_grant",
        ),
        (
            {"json": {"clientId": "x", "grantType": "refresh_token", "refreshToken": "y"}},
            "invalid_client",
        ),
    ],
)
async def test_token_errors_use_the_oauth_shape(wix, http, kwargs, error):
    """Each refused token request answers 400 with error, error_description and message."""
    answer = await call(http, "POST", wix.base_url + "/oauth2/token", **kwargs)
    assert answer.status == 400
    assert answer.body["error"] == error
    assert answer.body["error_description"]
    assert answer.body["message"] == answer.body["error_description"]


async def test_refresh_token_is_bound_to_its_client(http):
    """Without a configured client id, a refresh token still only renews for its own client."""
    async with Emulator() as emu:
        first = await token(http, emu, clientId="client-a", grantType="anonymous")
        refresh = first.body["refresh_token"]
        fields = {"grantType": "refresh_token", "refreshToken": refresh}
        assert (await token(http, emu, clientId="client-b", **fields)).body["error"] == (
            "invalid_grant"
        )
        assert (await token(http, emu, clientId="client-a", **fields)).status == 200


async def test_oversized_body_is_refused_with_413(wix, http):
    """A body over 64 KiB is answered 413, not read."""
    answer = await call(http, "POST", wix.base_url + "/oauth2/token", data=b"x" * 70_000)
    assert answer.status == 413
    assert "x-wix-request-id" in answer.headers


# -- request ids and 401s -----------------------------------------------------


async def test_every_answer_carries_a_request_id(wix, http):
    """Token, API, admin, error, fault and unknown-route answers all carry x-wix-request-id."""
    tokens = await visitor(http, wix)
    access = tokens["access_token"]
    wix.fail_next(1, 503)
    wix.fail_next(1, kind="garbage")
    answers = [
        await token(http, wix, clientId=CLIENT, grantType="anonymous"),
        await token(http, wix, clientId=CLIENT, grantType="anonymous"),
        await token(http, wix, clientId=CLIENT, grantType="anonymous"),
        await token(http, wix, grantType="nope"),
        await get_cart(http, wix, access),
        await add(http, wix, access, line(MUG)),
        await get_cart(http, wix, "bogus"),
        await search(http, wix, access, {}),
        await api(http, wix, access, "GET", "/no/such/route"),
        await api(http, wix, access, "GET", "/oauth2/token"),
        await admin(http, wix, "stats"),
        await admin(http, wix, "advance", {"seconds": 1}),
    ]
    ids = [answer.headers.get("x-wix-request-id") for answer in answers]
    assert all(ids)
    assert len(set(ids)) == len(ids)
    assert [a.status for a in answers][:4] == [503, 200, 200, 400]


async def test_unknown_route_answers_in_wix_shape(wix, http):
    """An unknown path answers 501 NOT_EMULATED in Wix's shape, naming the path: never a 404."""
    answer = await api(http, wix, None, "GET", "/nothing/here")
    assert answer.status == 501
    assert answer.body["message"].startswith("GET /nothing/here is not emulated")
    assert answer.body["details"]["applicationError"]["code"] == "NOT_EMULATED"


async def test_missing_and_unknown_tokens_answer_401(wix, http):
    """No token, or one the emulator never issued, answers 401 UNAUTHORIZED in Wix's shape."""
    for access in (None, "", "OauthNG.JWS.never.issued.token"):
        answer = await api(http, wix, access, "GET", "/ecom/v1/carts/current")
        assert answer.status == 401
        assert app_code(answer) == "UNAUTHORIZED"
        assert answer.body["message"]
        assert answer.body["details"]["applicationError"]["description"]


async def test_bearer_prefix_is_accepted(wix, http):
    """Authorization may carry the token raw or as 'Bearer <token>'."""
    access = (await visitor(http, wix))["access_token"]
    assert (await get_cart(http, wix, f"Bearer {access}")).status == 404


async def test_advance_expires_access_tokens(wix, http):
    """Once the emulator clock passes expires_in, API calls answer 401 TOKEN_EXPIRED."""
    tokens = await visitor(http, wix)
    wix.advance(14_399)
    assert (await get_cart(http, wix, tokens["access_token"])).status == 404
    wix.advance(1)
    expired = await get_cart(http, wix, tokens["access_token"])
    assert expired.status == 401
    assert app_code(expired) == "TOKEN_EXPIRED"
    renewed = await renew(http, wix, tokens["refresh_token"])
    assert (await get_cart(http, wix, renewed.body["access_token"])).status == 404


async def test_short_access_ttl_is_honoured(http):
    """access_ttl sets expires_in and the lifetime the emulator enforces."""
    async with Emulator(access_ttl=60) as emu:
        answer = await token(http, emu, clientId=CLIENT, grantType="anonymous")
        assert answer.body["expires_in"] == 60
        emu.advance(60)
        assert (await get_cart(http, emu, answer.body["access_token"])).status == 401


# -- revoke -------------------------------------------------------------------


async def test_revoking_a_refresh_token_kills_it_and_its_access_tokens(wix, http):
    """A revoked refresh token renews to invalid_grant and its access tokens answer 401."""
    tokens = await visitor(http, wix)
    other = await visitor(http, wix)
    second = (await renew(http, wix, tokens["refresh_token"])).body["access_token"]
    assert wix.revoke(tokens["refresh_token"]) is True
    refused = await renew(http, wix, tokens["refresh_token"])
    assert refused.status == 400
    assert refused.body["error"] == "invalid_grant"
    for access in (tokens["access_token"], second):
        assert (await get_cart(http, wix, access)).status == 401
    assert (await get_cart(http, wix, other["access_token"])).status == 404


async def test_revoking_an_access_token_kills_only_that_token(wix, http):
    """A revoked access token answers 401; its refresh token and siblings keep working."""
    tokens = await visitor(http, wix)
    sibling = (await renew(http, wix, tokens["refresh_token"])).body["access_token"]
    assert wix.revoke(tokens["access_token"]) is True
    assert (await get_cart(http, wix, tokens["access_token"])).status == 401
    assert (await get_cart(http, wix, sibling)).status == 404
    assert (await renew(http, wix, tokens["refresh_token"])).status == 200


async def test_revoking_an_unknown_token_reports_false(wix):
    """revoke() says whether the token was known."""
    assert wix.revoke("OauthNG.JWS.unknown") is False


# -- fault injection --------------------------------------------------------


async def test_fail_next_status_faults_then_recovers(wix, http):
    """fail_next(2, 503) fails exactly the next two token calls, then answers normally."""
    wix.fail_next(2, 503)
    statuses = [(await visitor_attempt(http, wix)).status for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert wix.stats.faults == 2
    assert wix.stats.token_calls == 3
    assert wix.stats.anonymous == 3


async def visitor_attempt(http: aiohttp.ClientSession, emu: Emulator) -> Answer:
    return await token(http, emu, clientId=CLIENT, grantType="anonymous")


async def test_fail_next_429_carries_retry_after(wix, http):
    """A 429 fault with retry_after answers Retry-After and a Too Many Requests message."""
    wix.fail_next(1, 429, retry_after=2)
    answer = await visitor_attempt(http, wix)
    assert answer.status == 429
    assert answer.headers["Retry-After"] == "2"
    assert answer.body["message"] == "Too Many Requests"


async def test_fail_next_without_retry_after_sends_no_header(wix, http):
    """A status fault without retry_after has no Retry-After header."""
    wix.fail_next(1, 500)
    answer = await visitor_attempt(http, wix)
    assert answer.status == 500
    assert "Retry-After" not in answer.headers


async def test_fail_next_timeout_holds_the_request_open(wix, http):
    """A timeout fault never answers before the client gives up; the next call is normal."""
    wix.fail_next(1, kind="timeout", hang=30)
    with pytest.raises(TimeoutError):
        await call(
            http,
            "POST",
            wix.base_url + "/oauth2/token",
            json={"clientId": CLIENT, "grantType": "anonymous"},
            timeout=aiohttp.ClientTimeout(total=0.2),
        )
    assert (await visitor_attempt(http, wix)).status == 200
    assert wix.stats.faults == 1


async def test_timeout_fault_answers_504_after_its_hang(wix, http):
    """A timeout fault that outlives its hang answers 504 Gateway Timeout."""
    wix.fail_next(1, kind="timeout", hang=0)
    answer = await visitor_attempt(http, wix)
    assert answer.status == 504


async def test_close_releases_a_hanging_request(http):
    """Closing the emulator ends a hanging timeout fault instead of waiting it out."""
    emu = Emulator()
    await emu.start()
    emu.fail_next(1, kind="timeout", hang=3600)
    pending = asyncio.ensure_future(visitor_attempt(http, emu))
    while emu.stats.faults == 0:
        await asyncio.sleep(0.01)
    await emu.close()
    try:
        answer = await pending
    except aiohttp.ClientError:
        pass  # the connection went down with the server: released too
    else:
        assert answer.status == 504


async def test_fail_next_disconnect_drops_the_connection(wix, http):
    """A disconnect fault closes the connection unanswered; the next call is normal."""
    wix.fail_next(1, kind="disconnect")
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await visitor_attempt(http, wix)
    assert (await visitor_attempt(http, wix)).status == 200
    assert wix.stats.faults == 1
    assert wix.stats.anonymous == 2


async def test_fail_next_garbage_answers_200_html(wix, http):
    """A garbage fault answers 200 with an HTML body that is not JSON."""
    wix.fail_next(1, kind="garbage")
    async with http.post(
        wix.base_url + "/oauth2/token", json={"clientId": CLIENT, "grantType": "anonymous"}
    ) as resp:
        assert resp.status == 200
        assert resp.content_type == "text/html"
        with pytest.raises(aiohttp.ContentTypeError):
            await resp.json()


async def test_faults_count_by_grant(wix, http):
    """Faulted calls still count as token calls of the grant their body named."""
    tokens = await visitor(http, wix)
    wix.fail_next(2, 502)
    assert (await renew(http, wix, tokens["refresh_token"])).status == 502
    assert (await token(http, wix, grantType="nonsense")).status == 502
    assert wix.stats.as_dict() == {
        "token_calls": 3,
        "anonymous": 1,
        "refresh": 1,
        "authorization_code": 0,
        "api_calls": 0,
        "unauthorized": 0,
        "faults": 2,
    }


async def statuses_under_random_faults(http: aiohttp.ClientSession, seed: int) -> list[int]:
    """Statuses of 30 token calls under random faults; garbage (200 HTML) reads as -200."""
    async with Emulator(seed=seed) as emu:
        emu.fail_randomly(0.5, kinds=("503", "429", "garbage"))
        answers = [await visitor_attempt(http, emu) for _ in range(30)]
        statuses = [a.status if isinstance(a.body, dict) else -a.status for a in answers]
        assert emu.stats.faults == sum(status != 200 for status in statuses)
        assert all(a.headers["Retry-After"] == "1" for a in answers if a.status == 429)
        return statuses


async def test_fail_randomly_is_reproducible_with_a_seed(http):
    """The same seed gives the same fault sequence, with both faults and successes in it."""
    first = await statuses_under_random_faults(http, seed=42)
    second = await statuses_under_random_faults(http, seed=42)
    assert first == second
    assert 200 in first
    assert {503, 429, -200} & set(first)


async def test_fail_randomly_with_probability_zero_turns_it_off(wix, http):
    """Probability 1 fails every call; probability 0 then turns random faults off."""
    wix.fail_randomly(1.0, kinds=("500",), seed=1)
    assert (await visitor_attempt(http, wix)).status == 500
    wix.fail_randomly(0)
    assert (await visitor_attempt(http, wix)).status == 200


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        (lambda emu: emu.fail_next(1, kind="explode"), "kind"),
        (lambda emu: emu.fail_next(1, 200), "4xx or 5xx"),
        (lambda emu: emu.fail_next(-1), "count"),
        (lambda emu: emu.fail_next(1, retry_after=-1), "retry_after"),
        (lambda emu: emu.fail_randomly(1.5), "probability"),
        (lambda emu: emu.fail_randomly(0.5, kinds=("teapot",)), "spec"),
        (lambda emu: emu.fail_randomly(0.5, kinds=()), "kinds"),
        (lambda emu: emu.advance(-1), "forward"),
    ],
)
def test_bad_fault_and_clock_arguments_raise_value_error(bad, match):
    """Nonsense fault plans and backwards clock moves are refused with ValueError."""
    with pytest.raises(ValueError, match=match):
        bad(Emulator())


# -- carts ----------------------------------------------------------------------


async def test_cart_is_404_until_something_is_added(wix, http):
    """A new visitor has no cart: 404 with applicationError code OWNED_CART_NOT_FOUND."""
    access = (await visitor(http, wix))["access_token"]
    answer = await get_cart(http, wix, access)
    assert answer.status == 404
    assert app_code(answer) == "OWNED_CART_NOT_FOUND"
    assert answer.body["message"]


async def test_add_to_cart_then_get_and_merge_quantities(wix, http):
    """Adding creates the cart; adding the same item again merges its quantity."""
    access = (await visitor(http, wix))["access_token"]
    added = await add(http, wix, access, line(BLUE_SHIRT, 2))
    assert added.status == 200
    cart = added.body["cart"]
    assert cart["buyerInfo"] == {"visitorId": wix.visitor_of(access)}
    item = cart["lineItems"][0]
    assert item["quantity"] == 2
    assert item["catalogReference"] == {"catalogItemId": BLUE_SHIRT, "appId": STORES}
    assert item["productName"]["original"] == "Blue Shirt"
    assert item["price"]["amount"] == "25"
    assert item["price"]["formattedAmount"] == "$25.00"
    assert "subtotal" not in cart  # not a field of the REST Cart (its totals: estimate)
    assert cart["currency"] == "USD"
    assert {"id", "createdDate", "updatedDate"} <= set(cart)

    again = await add(http, wix, access, line(BLUE_SHIRT, 3), line(MUG))
    lines = {li["catalogReference"]["catalogItemId"]: li for li in again.body["cart"]["lineItems"]}
    assert lines[BLUE_SHIRT]["quantity"] == 5
    assert lines[BLUE_SHIRT]["id"] == item["id"]
    assert lines[MUG]["quantity"] == 1

    fetched = await get_cart(http, wix, access)
    assert fetched.status == 200
    assert fetched.body == again.body
    assert fetched.body["cart"]["id"] == cart["id"]


async def test_carts_are_isolated_per_visitor_and_survive_renewal(wix, http):
    """Each visitor sees only its own cart, and a renewed token sees the same cart."""
    alice, bob = await visitor(http, wix), await visitor(http, wix)
    await add(http, wix, alice["access_token"], line(MUG, 4))
    assert (await get_cart(http, wix, bob["access_token"])).status == 404
    await add(http, wix, bob["access_token"], line(BLUE_SHIRT))
    renewed = (await renew(http, wix, alice["refresh_token"])).body["access_token"]
    cart = (await get_cart(http, wix, renewed)).body["cart"]
    assert [li["quantity"] for li in cart["lineItems"]] == [4]
    bobs = (await get_cart(http, wix, bob["access_token"])).body["cart"]
    assert bobs["id"] != cart["id"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"lineItems": []},
        {"lineItems": "mug"},
        {"lineItems": [{"quantity": 1}]},
        {"lineItems": [{"catalogReference": {"catalogItemId": MUG}, "quantity": 1}]},
        {"lineItems": [line(MUG, 0)]},
        {"lineItems": [line(MUG) | {"quantity": "2"}]},
        {"lineItems": [line(MUG), "second"]},
    ],
)
async def test_add_to_cart_refuses_bad_bodies(wix, http, body):
    """A malformed add-to-cart body answers 400 with a validationError and adds nothing."""
    access = (await visitor(http, wix))["access_token"]
    answer = await api(http, wix, access, "POST", "/ecom/v1/carts/current/add-to-cart", json=body)
    assert answer.status == 400
    assert answer.body["details"]["validationError"]["fieldViolations"]
    assert (await get_cart(http, wix, access)).status == 404


async def test_add_to_cart_refuses_unknown_products(wix, http):
    """An unknown product id, or a non-Stores app id, answers 400 in Wix's shape."""
    access = (await visitor(http, wix))["access_token"]
    unknown = await add(http, wix, access, line("00000000-0000-4000-8000-000000000000"))
    assert unknown.status == 400
    assert app_code(unknown) == "CATALOG_ITEM_NOT_FOUND"
    foreign = {"catalogReference": {"catalogItemId": MUG, "appId": "another-app"}}
    assert (await add(http, wix, access, foreign)).status == 400


async def test_add_to_cart_refuses_invalid_json(wix, http):
    """A body that is not JSON answers 400."""
    access = (await visitor(http, wix))["access_token"]
    answer = await api(
        http, wix, access, "POST", "/ecom/v1/carts/current/add-to-cart", data=b"{oops"
    )
    assert answer.status == 400


async def test_cart_calls_need_a_valid_token(wix, http):
    """Adding to a cart with an unknown token answers 401 and counts as unauthorized."""
    assert (await add(http, wix, "nope", line(MUG))).status == 401
    assert wix.stats.unauthorized == 1


# -- products -------------------------------------------------------------------


async def test_search_pages_through_the_whole_catalog_by_cursor(wix, http):
    """limit and cursors walk every product exactly once, in a stable order."""
    access = (await visitor(http, wix))["access_token"]
    everything = await search(http, wix, access, {})
    assert everything.status == 200
    all_ids = [p["id"] for p in everything.body["products"]]
    assert 8 <= len(all_ids) <= 12
    assert everything.body["pagingMetadata"] == {
        "count": len(all_ids),
        "cursors": {},
        "hasNext": False,
    }
    seen: list[str] = []
    body: dict[str, Any] = {"search": {"cursorPaging": {"limit": 3}}}
    while True:
        page = await search(http, wix, access, body)
        assert page.status == 200
        meta = page.body["pagingMetadata"]
        assert meta["count"] == len(page.body["products"]) <= 3
        seen += [p["id"] for p in page.body["products"]]
        if not meta["hasNext"]:
            assert "next" not in meta["cursors"]
            break
        body = {"search": {"cursorPaging": {"limit": 3, "cursor": meta["cursors"]["next"]}}}
    assert seen == all_ids


async def test_search_products_have_the_v3_shape(wix, http):
    """Products carry id, name, slug, visible and actualPriceRange; fields adds currency."""
    access = (await visitor(http, wix))["access_token"]
    body = {"search": {"cursorPaging": {"limit": 1}}, "fields": ["CURRENCY", "URL"]}
    product = (await search(http, wix, access, body)).body["products"][0]
    assert product["id"] == BLUE_SHIRT
    assert product["name"] == "Blue Shirt"
    assert product["slug"] == "blue-shirt"
    assert product["visible"] is True
    assert product["actualPriceRange"]["minValue"]["amount"] == "25"
    assert product["currency"] == "USD"
    assert product["url"]["url"].endswith("/product-page/blue-shirt")
    plain = (await search(http, wix, access, {})).body["products"][0]
    assert "currency" not in plain


async def test_search_expression_matches_free_text(wix, http):
    """A free-text expression finds matching products, best matches first."""
    access = (await visitor(http, wix))["access_token"]

    async def names(body: dict[str, Any]) -> list[str]:
        answer = await search(http, wix, access, body)
        assert answer.status == 200
        return [p["name"] for p in answer.body["products"]]

    assert await names({"search": {"search": {"expression": "shirt"}}}) == [
        "Blue Shirt",
        "Red Shirt",
    ]
    blue_shirt = await names({"search": {"search": {"expression": "blue shirt"}}})
    assert blue_shirt[0] == "Blue Shirt"
    assert set(blue_shirt) == {"Blue Shirt", "Red Shirt", "Blue Sneakers"}
    and_mode = {"search": {"search": {"expression": "blue shirt", "mode": "AND"}}}
    assert await names(and_mode) == ["Blue Shirt"]
    assert await names({"search": {"expression": "COFFEE"}}) == [
        "Ceramic Coffee Mug",
        "Espresso Beans",
    ]
    assert await names({"search": {"search": {"expression": "unobtainium"}}}) == []


async def test_search_expression_pages_with_its_cursor(wix, http):
    """A cursor carries its query: the next page continues the same search."""
    access = (await visitor(http, wix))["access_token"]
    query = {"expression": "shirt"}
    first = await search(
        http, wix, access, {"search": {"search": query, "cursorPaging": {"limit": 1}}}
    )
    cursor = first.body["pagingMetadata"]["cursors"]["next"]
    second = await search(
        http, wix, access, {"search": {"cursorPaging": {"limit": 1, "cursor": cursor}}}
    )
    assert [p["name"] for p in second.body["products"]] == ["Red Shirt"]
    assert second.body["pagingMetadata"]["hasNext"] is False


async def test_search_filter_and_sort(wix, http):
    """Filters on fields such as price narrow the results; sort orders them."""
    access = (await visitor(http, wix))["access_token"]
    body = {
        "search": {
            "filter": {"actualPriceRange.minValue.amount": {"$lt": 20}},
            "sort": [{"fieldName": "actualPriceRange.minValue.amount", "order": "DESC"}],
        }
    }
    answer = await search(http, wix, access, body)
    assert [p["name"] for p in answer.body["products"]] == [
        "Canvas Tote Bag",
        "Espresso Beans",
        "Ceramic Coffee Mug",
    ]
    by_id = await search(http, wix, access, {"search": {"filter": {"id": {"$in": [MUG]}}}})
    assert [p["id"] for p in by_id.body["products"]] == [MUG]


@pytest.mark.parametrize(
    "body",
    [
        {"search": {"cursorPaging": {"limit": 101}}},
        {"search": {"cursorPaging": {"limit": "ten"}}},
        {"search": {"cursorPaging": {"cursor": "not-a-cursor"}}},
        {"search": {"filter": {"colour": "blue"}}},
        {"search": {"filter": {"name": {"$near": "x"}}}},
        {"search": {"sort": [{"fieldName": "colour"}]}},
        {"search": "shirts"},
    ],
)
async def test_search_refuses_bad_requests(wix, http, body):
    """Bad limits, cursors, filter fields, operators and sorts answer 400 validation errors."""
    access = (await visitor(http, wix))["access_token"]
    answer = await search(http, wix, access, body)
    assert answer.status == 400
    assert answer.body["details"]["validationError"]["fieldViolations"]


async def test_search_needs_a_valid_token(wix, http):
    """Searching without a token answers 401."""
    assert (await api(http, wix, None, "POST", "/stores/v3/products/search", json={})).status == 401


# -- admin endpoints, stats, reset ------------------------------------------------


async def test_admin_endpoints_drive_the_emulator(wix, http):
    """stats, advance, faults, revoke, visitor and reset work over HTTP and are not API calls."""
    tokens = await visitor(http, wix)
    access = tokens["access_token"]
    assert (await admin(http, wix, "stats")).body["anonymous"] == 1

    visitor_answer = await admin(http, wix, "visitor", {"token": access})
    assert visitor_answer.body == {"visitorId": wix.visitor_of(access)}

    before = wix.now()
    advanced = await admin(http, wix, "advance", {"seconds": 14_400})
    assert advanced.body["now"] >= before + 14_400
    assert (await get_cart(http, wix, access)).status == 401

    planned = await admin(http, wix, "faults", {"count": 1, "status": 429, "retryAfter": 3})
    assert planned.body["pending"] == 1
    throttled = await visitor_attempt(http, wix)
    assert (throttled.status, throttled.headers["Retry-After"]) == (429, "3")

    randomly = await admin(http, wix, "faults", {"probability": 1, "kinds": ["502"], "seed": 3})
    assert randomly.body["probability"] == 1
    assert (await visitor_attempt(http, wix)).status == 502
    await admin(http, wix, "faults", {"probability": 0})

    revoked = await admin(http, wix, "revoke", {"token": tokens["refresh_token"]})
    assert revoked.body == {"revoked": True}
    assert (await renew(http, wix, tokens["refresh_token"])).body["error"] == "invalid_grant"
    assert (await admin(http, wix, "revoke", {"token": "gone"})).body == {"revoked": False}

    stats = (await admin(http, wix, "stats")).body
    assert stats == wix.stats.as_dict()
    assert stats["api_calls"] == 1
    assert stats["unauthorized"] == 1

    assert (await admin(http, wix, "reset")).status == 200
    assert (await admin(http, wix, "stats")).body == EmulatorStats().as_dict()


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("advance", {}),
        ("advance", {"seconds": "soon"}),
        ("advance", {"seconds": -5}),
        ("faults", {"count": 1, "kind": "explode"}),
        ("faults", {"count": 1, "status": 200}),
        ("faults", {"probability": 2}),
        ("faults", {"probability": 0.5, "kinds": "503"}),
        ("revoke", {}),
        ("visitor", {"token": 5}),
    ],
)
async def test_admin_endpoints_refuse_bad_bodies(wix, http, name, body):
    """Admin requests with missing or nonsensical fields answer 400 with a message."""
    answer = await admin(http, wix, name, body)
    assert answer.status == 400
    assert answer.body["message"]


async def test_admin_timeout_fault_with_short_hang(wix, http):
    """An admin-planned timeout fault honours its hang and answers 504 afterwards."""
    await admin(http, wix, "faults", {"count": 1, "kind": "timeout", "hang": 0})
    assert (await visitor_attempt(http, wix)).status == 504


async def test_stats_count_every_kind_of_call(wix, http):
    """Stats count token calls by grant, API calls, 401s and faults; stats.reset() zeroes them."""
    tokens = await visitor(http, wix)
    await renew(http, wix, tokens["refresh_token"])
    await token(http, wix, grantType="weird")
    await get_cart(http, wix, tokens["access_token"])
    await get_cart(http, wix, "nope")
    await api(http, wix, None, "GET", "/unknown")
    wix.fail_next(1)
    await visitor_attempt(http, wix)
    await admin(http, wix, "stats")
    assert wix.stats.as_dict() == {
        "token_calls": 4,
        "anonymous": 2,
        "refresh": 1,
        "authorization_code": 0,
        "api_calls": 3,
        "unauthorized": 1,
        "faults": 1,
    }
    wix.stats.reset()
    assert wix.stats == EmulatorStats()


async def test_reset_forgets_everything(wix, http):
    """reset() forgets tokens, carts, stats, planned faults and the clock offset."""
    tokens = await visitor(http, wix)
    await add(http, wix, tokens["access_token"], line(MUG))
    wix.advance(100)
    wix.fail_next(5)
    wix.reset()
    assert wix.stats == EmulatorStats()
    assert wix.visitor_of(tokens["access_token"]) is None
    assert (await renew(http, wix, tokens["refresh_token"])).body["error"] == "invalid_grant"
    fresh = await visitor(http, wix)
    assert (await get_cart(http, wix, fresh["access_token"])).status == 404
    assert (await visitor_attempt(http, wix)).status == 200  # the planned faults are gone


# -- the Python surface -----------------------------------------------------------


def test_clock_is_injectable_and_only_moves_forward():
    """now() is the injected clock plus every advance()."""
    emu = Emulator(clock=lambda: 1_000.0)
    assert emu.now() == 1_000.0
    emu.advance(60)
    assert emu.now() == 1_060.0
    emu.reset()
    assert emu.now() == 1_000.0


async def test_seed_makes_visitor_ids_reproducible(http):
    """Two emulators with the same seed create the same visitor ids."""
    ids = []
    for _ in range(2):
        async with Emulator(seed=99) as emu:
            access = (await visitor_attempt(http, emu)).body["access_token"]
            ids.append(emu.visitor_of(access))
    assert ids[0] is not None
    assert ids[0] == ids[1]


def test_base_url_needs_a_running_emulator():
    """base_url raises before start, and the repr says the emulator is not running."""
    emu = Emulator()
    with pytest.raises(RuntimeError):
        _ = emu.base_url
    assert "not running" in repr(emu)


async def test_emulator_can_restart_and_keeps_its_state(http):
    """close() then start() serves again, remembering earlier visitors."""
    emu = Emulator()
    await emu.start()
    try:
        with pytest.raises(RuntimeError):
            await emu.start()
        access = (await visitor_attempt(http, emu)).body["access_token"]
    finally:
        await emu.close()
    await emu.close()  # closing twice is harmless
    async with emu:
        assert (await get_cart(http, emu, access)).status == 404


async def test_create_app_serves_the_same_wire(http):
    """create_app() gives an application that answers token and API calls on its own runner."""
    app = create_app(client_id=CLIENT, access_ttl=120)
    assert isinstance(app, web.Application)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        base = f"http://127.0.0.1:{runner.addresses[0][1]}"
        answer = await call(
            http,
            "POST",
            base + "/oauth2/token",
            data={"client_id": CLIENT, "grant_type": "anonymous"},
        )
        assert answer.body["expires_in"] == 120
        stats = await call(http, "GET", base + "/_emulator/stats")
        assert stats.body["anonymous"] == 1
    finally:
        await runner.cleanup()


async def test_serve_runs_until_cancelled(http):
    """serve() reports its URL through ready and answers until its task is cancelled."""
    urls: asyncio.Queue[str] = asyncio.Queue()
    task = asyncio.create_task(serve(port=0, client_id=CLIENT, ready=urls.put_nowait))
    try:
        base = await urls.get()
        answer = await call(
            http,
            "POST",
            base + "/oauth2/token",
            json={"clientId": CLIENT, "grantType": "anonymous"},
        )
        assert answer.status == 200
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_token_values_are_never_logged(wix, http, caplog):
    """No token value reaches the logs, whatever happens."""
    caplog.set_level(logging.DEBUG)
    tokens = await visitor(http, wix)
    await renew(http, wix, tokens["refresh_token"])
    await get_cart(http, wix, tokens["access_token"])
    wix.revoke(tokens["refresh_token"])
    await renew(http, wix, tokens["refresh_token"])
    await get_cart(http, wix, tokens["access_token"])
    for value in tokens.values():
        if isinstance(value, str):
            assert value not in caplog.text
    assert tokens["access_token"] not in repr(wix)


def test_public_names_are_exactly_all():
    """The package's __all__ is sorted (constants, classes, functions) and lists its public names.

    Its per-area subpackages (``emulator.ecom``, ...) are its implementation, not names it exports.
    """
    public = {
        name
        for name, value in vars(emulator_module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }

    def isort_style(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert emulator_module.__all__ == sorted(emulator_module.__all__, key=isort_style)
    assert set(emulator_module.__all__) == public
    for name in emulator_module.__all__:
        assert getattr(emulator_module, name).__doc__ or name.isupper()
