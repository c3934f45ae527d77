"""WixClient, Visitors and create_client: Wix API calls carrying a visitor's tokens."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Unpack

import aiohttp

from ._http import SessionHolder
from ._options import DEFAULT_TIMEOUT, AppState, ClientOptions
from .apis import CurrentCart, Products, Redirects
from .errors import WixApiError
from .stores.memory import MemoryTokenStore
from .stores.protocol import TokenStore
from .strategy import OAuthStrategy
from .tokens import Tokens

__all__ = ["Visitors", "WixClient", "create_client"]

#: Largest API answer read; a larger one raises WixApiError instead of filling memory.
MAX_ANSWER_SIZE = 16 * 1024 * 1024
#: How many visitors the default in-memory store of :class:`Visitors` keeps (LRU).
DEFAULT_MAX_VISITORS = 100_000


class WixClient:
    """Wix API calls on behalf of one visitor.

    Made by :func:`create_client` (which owns its HTTP session) or by
    :meth:`Visitors.client` (which shares the app's). Use it as an async context
    manager, or call :meth:`aclose`, to release what it owns.
    """

    __slots__ = ("_auth", "_base_url", "_http", "_timeout")

    def __init__(
        self,
        auth: OAuthStrategy,
        *,
        base_url: str,
        http: SessionHolder,
        timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._auth = auth
        self._base_url = base_url.rstrip("/")
        self._http = http
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"<WixClient base_url={self._base_url!r} auth={self._auth!r}>"

    @property
    def auth(self) -> OAuthStrategy:
        """The visitor's :class:`OAuthStrategy`."""
        return self._auth

    @property
    def base_url(self) -> str:
        """Where API calls go, without a trailing slash."""
        return self._base_url

    @property
    def current_cart(self) -> CurrentCart:
        """The visitor's current cart (eCom Current Cart API)."""
        return CurrentCart(self)

    @property
    def products(self) -> Products:
        """The store's catalog (Stores Catalog V3 API)."""
        return Products(self)

    @property
    def redirects(self) -> Redirects:
        """Redirect sessions to Wix-hosted pages such as checkout (Redirects API)."""
        return Redirects(self)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call a Wix API as this visitor and return its parsed JSON answer.

        ``path`` is relative to the base URL (``"/ecom/v1/carts/current"``). A 401
        renews the token once (shared with concurrent callers) and retries once.
        Error answers raise :class:`~wixvisitor.errors.WixApiError`.
        """
        session = self._http.get()
        url = self._base_url + path
        for attempt in (1, 2):
            auth_headers = await self._auth.get_auth_headers()
            sent = auth_headers["Authorization"]
            if headers:
                auth_headers = {**headers, **auth_headers}
            try:
                async with session.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    headers=auth_headers,
                    timeout=self._timeout,
                ) as response:
                    if response.status == 401 and attempt == 1:
                        await response.read()
                    else:
                        return await _answer(response, sent)
            except (aiohttp.ClientError, TimeoutError) as exc:
                # Not retried: a POST such as add-to-cart may have been applied already.
                message = f"{method} {path} got no answer from Wix: {type(exc).__name__}"
                raise WixApiError(message, status=None) from exc
            await self._auth.recover_from_unauthorized(sent)
        raise AssertionError("unreachable")  # pragma: no cover

    async def aclose(self) -> None:
        """Close the HTTP session if this client created it; a shared one is left open."""
        await self._http.aclose()

    async def __aenter__(self) -> WixClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


async def _answer(response: aiohttp.ClientResponse, sent: str) -> Any:
    length = response.content_length
    if length is not None and length > MAX_ANSWER_SIZE:
        raise _error(response, None, f"answer larger than {MAX_ANSWER_SIZE} bytes")
    if length is not None:
        body = await response.read()
    else:  # chunked: read at most MAX_ANSWER_SIZE
        chunks, size = [], 0
        async for chunk in response.content.iter_chunked(65536):
            size += len(chunk)
            if size > MAX_ANSWER_SIZE:
                raise _error(response, None, f"answer larger than {MAX_ANSWER_SIZE} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
    try:
        data = json.loads(body) if body else None
    except (ValueError, RecursionError):
        data = _NOT_JSON
    if response.status >= 400:
        fallback = f"Wix answered {response.status} {response.reason or ''}"
        raise _error(response, data, fallback, sent)
    if data is _NOT_JSON:
        raise _error(response, None, "Wix answered with a body that is not JSON")
    return data


_NOT_JSON = object()


def _error(
    response: aiohttp.ClientResponse, data: Any, fallback: str, sent: str = ""
) -> WixApiError:
    message, code = fallback.strip(), None
    if isinstance(data, dict):
        if isinstance(data.get("message"), str) and data["message"]:
            message = data["message"]
            if sent:  # an answer may echo the access token: never repeat it
                message = message.replace(sent, "[secure]")
            message = message[:500]
        details = data.get("details")
        app_error = details.get("applicationError") if isinstance(details, dict) else None
        if isinstance(app_error, dict) and isinstance(app_error.get("code"), str):
            code = app_error["code"][:100]
    return WixApiError(
        message,
        status=response.status,
        code=code,
        request_id=response.headers.get("x-wix-request-id"),
    )


class Visitors:
    """The app-wide entry point: one HTTP session, one store, one single-flight registry.

    ``client(key)`` is cheap: make one per request for the visitor behind ``key``.
    Without a ``store``, tokens live in a :class:`MemoryTokenStore` bounded to the
    ``DEFAULT_MAX_VISITORS`` most recently used visitors: pass a Redis or file store to
    keep sessions across restarts and processes.
    Concurrent renewals of one visitor collapse into one token call, in-process by
    the shared registry and across processes by the store's lock.

    >>> async with Visitors("my-client-id", store=MemoryTokenStore()) as visitors:  # doctest: +SKIP
    ...     cart = await visitors.client(session_id).current_cart.get()
    """

    __slots__ = ("_shared",)

    def __init__(
        self,
        client_id: str,
        *,
        store: TokenStore | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if store is None:
            store = MemoryTokenStore(max_size=DEFAULT_MAX_VISITORS)
        self._shared = AppState.build(client_id, store, options)

    def __repr__(self) -> str:
        return f"<Visitors client_id={self.client_id!r} base_url={self._shared.base_url!r}>"

    @property
    def client_id(self) -> str:
        """The Wix OAuth app's client id."""
        return self._shared.endpoint.client_id

    @property
    def store(self) -> TokenStore:
        """The store every visitor's tokens live in."""
        assert self._shared.store is not None
        return self._shared.store

    def client(self, key: str, *, tokens: Tokens | None = None) -> WixClient:
        """A client for the visitor whose session is stored under ``key``."""
        shared = self._shared
        auth = OAuthStrategy._with_shared(shared, key, tokens)
        return WixClient(auth, base_url=shared.base_url, http=shared.http, timeout=shared.timeout)

    async def aclose(self) -> None:
        """Close the HTTP session if this object created it (never the store)."""
        await self._shared.http.aclose()

    async def __aenter__(self) -> Visitors:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def create_client(
    client_id: str,
    *,
    tokens: Tokens | None = None,
    store: TokenStore | None = None,
    key: str = "default",
    **options: Unpack[ClientOptions],
) -> WixClient:
    """A :class:`WixClient` for one visitor, like the JS SDK's ``createClient``.

    The keyword options are those of :class:`~wixvisitor.ClientOptions`.

    >>> async with create_client("my-client-id", store=JsonFileTokenStore("tokens.json")) as wix:
    ...     cart = await wix.current_cart.get()  # doctest: +SKIP
    """
    shared = AppState.build(client_id, store, options)
    auth = OAuthStrategy._with_shared(shared, key, tokens)
    return WixClient(auth, base_url=shared.base_url, http=shared.http, timeout=shared.timeout)
