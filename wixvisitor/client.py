"""WixClient, Visitors and create_client: Wix API calls carrying a visitor's tokens."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Unpack

import aiohttp

from ._api_call import call_api
from ._client_modules import NO_MODULES, check_modules, client_class
from ._http import SessionHolder
from ._options import DEFAULT_TIMEOUT, AppState, ClientOptions
from .stores.memory import MemoryTokenStore
from .stores.protocol import TokenStore
from .strategy import OAuthStrategy
from .tokens import Tokens

if TYPE_CHECKING:  # the helpers (and the generated modules under them) load on first use
    from .apis import CurrentCart, Products, Redirects

__all__ = ["Visitors", "WixClient", "create_client"]

#: How many visitors the default in-memory store of :class:`Visitors` keeps (LRU).
DEFAULT_MAX_VISITORS = 100_000


class WixClient:
    """Wix API calls on behalf of one visitor.

    Made by :func:`create_client` (which owns its HTTP session) or by
    :meth:`Visitors.client` (which shares the app's). Use it as an async context
    manager, or call :meth:`aclose`, to release what it owns.

    ``wix.<name>`` is the Wix module the JS SDK calls ``<name>`` (in snake_case), bound
    to this visitor: the module given as ``modules={"<name>": ...}``, else one of three
    built in, ``current_cart``, ``redirects`` and ``products_v3``, each the generated
    module's class plus helpers (:class:`~wixvisitor.CurrentCart`,
    :class:`~wixvisitor.Redirects`, :class:`~wixvisitor.Products`), so the JS names
    (``get_current_cart``) and the helpers (``get``) answer on one object.
    """

    __slots__ = ("_auth", "_base_url", "_http", "_owns_http", "_timeout")

    #: The modules given to this client: none here; the clients of an app given some are
    #: of a subclass holding them, so no client costs more to make.
    _modules: Mapping[str, Any] = NO_MODULES

    def __init__(
        self,
        auth: OAuthStrategy,
        *,
        base_url: str,
        http: SessionHolder,
        timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT,
        owns_http: bool = True,
    ) -> None:
        self._auth = auth
        self._base_url = base_url.rstrip("/")
        self._http = http
        self._owns_http = owns_http  # False for a Visitors client: the app's session stays open
        self._timeout = timeout

    def __getattr__(self, name: str) -> Any:
        """A module given to the client (``wix.cart``), bound to it: typed ``Any``.

        For full typing bind it yourself: ``ecom.cart.bind(wix)``.
        """
        module = None if name.startswith("_") else self._modules.get(name)
        if module is None:
            raise AttributeError(f"'WixClient' object has no attribute {name!r}")
        return module.bind(self)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._modules})

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
        """The visitor's current cart: the JS SDK's ``currentCart`` module plus helpers."""
        if "current_cart" in self._modules:  # a module given under this name takes its place
            return self._modules["current_cart"].bind(self)  # type: ignore[no-any-return]
        from .apis.current_cart import CurrentCart

        return CurrentCart(self)

    @property
    def products_v3(self) -> Products:
        """The store's catalog: the JS SDK's ``productsV3`` module plus ``search`` (Catalog V3)."""
        if "products_v3" in self._modules:  # a module given under this name takes its place
            return self._modules["products_v3"].bind(self)  # type: ignore[no-any-return]
        from .apis.products import Products

        return Products(self)

    @property
    def products(self) -> Any:
        """The module given as ``modules={"products": ...}`` (Catalog V1's, as in the JS SDK).

        Without one, deprecated: :attr:`products_v3`, with a :class:`DeprecationWarning`
        (until the next release, which makes it an :class:`AttributeError`).
        """
        if "products" in self._modules:
            return self._modules["products"].bind(self)
        warnings.warn(
            "wix.products without modules={'products': ...} is deprecated: use "
            "wix.products_v3 (the same Catalog V3 module, with search)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.products_v3

    @property
    def redirects(self) -> Redirects:
        """Redirect sessions to Wix-hosted pages: the JS SDK's ``redirects``, with intents."""
        if "redirects" in self._modules:  # a module given under this name takes its place
            return self._modules["redirects"].bind(self)  # type: ignore[no-any-return]
        from .apis.redirects import Redirects

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
        return await call_api(
            self._auth,
            self._http,
            self._base_url,
            method,
            path,
            timeout=self._timeout,
            json=json,
            params=params,
            headers=headers,
        )

    async def aclose(self) -> None:
        """Close the HTTP session if this client made it (a Visitors' or a given one stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> WixClient:
        if self._owns_http:
            self._http.keep("WixClient: use `async with` or `await client.aclose()`")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


_new = object.__new__


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

    __slots__ = ("_client_class", "_shared")

    def __init__(
        self,
        client_id: str,
        *,
        store: TokenStore | None = None,
        modules: Mapping[str, Any] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._client_class = client_class(WixClient, check_modules(modules, WixClient))
        if store is None:
            store = MemoryTokenStore(max_size=DEFAULT_MAX_VISITORS)
        self._shared = AppState.build(client_id, store, options)
        # App-wide and long-lived: one session until aclose(), never one per call.
        self._shared.http.keep("Visitors: use `async with` or `await visitors.aclose()`")

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

    def client(
        self,
        key: str,
        *,
        tokens: Tokens | None = None,
        unknown_key: Callable[[], str] | None = None,
    ) -> WixClient:
        """A client for the visitor whose session is stored under ``key``.

        Nothing is read until the client needs a token. With ``unknown_key``, a ``key``
        the store turns out not to hold is never adopted: the new session starts under
        ``unknown_key()`` instead (``client.auth.key`` then names it), which is how the
        server-mode integrations refuse made-up session ids.
        """
        shared = self._shared
        # Once per request in the integrations: the fields are set directly, not through
        # __init__'s keywords (``shared.base_url`` is already normalised).
        client = _new(self._client_class)
        client._auth = auth = _new(OAuthStrategy)
        auth._init(shared, key, tokens, unknown_key)
        client._base_url = shared.base_url
        client._http = shared.http
        client._owns_http = False  # the app's session stays open
        client._timeout = shared.timeout
        return client

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
    modules: Mapping[str, Any] | None = None,
    **options: Unpack[ClientOptions],
) -> WixClient:
    """A :class:`WixClient` for one visitor, like the JS SDK's ``createClient``.

    ``modules`` maps names to Wix modules (``{"cart": ecom.cart}``), which the client then
    offers bound to itself (``await wix.cart.create_cart({})``), as the JS SDK's
    ``createClient({modules})`` does. The keyword options are those of
    :class:`~wixvisitor.ClientOptions`.

    >>> async with create_client("my-client-id", store=JsonFileTokenStore("tokens.json")) as wix:
    ...     cart = await wix.current_cart.get()  # doctest: +SKIP
    """
    made = client_class(WixClient, check_modules(modules, WixClient))
    shared = AppState.build(client_id, store, options)
    auth = OAuthStrategy._with_shared(shared, key, tokens)
    return made(auth, base_url=shared.base_url, http=shared.http, timeout=shared.timeout)
