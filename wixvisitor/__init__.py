"""Keep anonymous Wix Headless visitor sessions alive, asyncio-first.

>>> import wixvisitor as wv
>>> async with wv.create_client(CLIENT_ID, store=JsonFileTokenStore("tokens.json")) as wix:
...     await wix.current_cart.add([wv.line_item(product_id)])  # doctest: +SKIP

Submodules: :mod:`wixvisitor.apis` (the built-in Wix modules and their helpers),
:mod:`wixvisitor.stores` (token stores), :mod:`wixvisitor.errors`,
:mod:`wixvisitor.emulator` (a local Wix for offline work, imported on first use) and
:mod:`wixvisitor.integrations` (aiohttp and FastAPI).
"""

from __future__ import annotations

import typing as _typing

from . import errors, stores
from ._options import ClientOptions, StrategyOptions
from ._retry import RetryPolicy
from .client import Visitors, WixClient, create_client
from .errors import (
    InvalidAuthorizationError,
    InvalidRefreshTokenError,
    InvalidTokensError,
    LockTimeoutError,
    MissingDependencyError,
    StoreError,
    TokenRequestError,
    WixApiError,
    WixVisitorError,
)
from .stores.protocol import ComparingTokenStore, LockingTokenStore, TokenStore
from .strategy import DEFAULT_BASE_URL, OAuthStrategy, SessionReset
from .tokens import AccessToken, RefreshToken, TokenRole, Tokens

if _typing.TYPE_CHECKING:
    from . import apis, emulator
    from ._cookie import CookieSettings
    from ._identity import LoginResult, LoginState
    from ._pkce import AuthorizationResponse, OAuthData
    from .apis import STORES_APP_ID, CurrentCart, Products, Redirects, line_item

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "STORES_APP_ID",
    "AccessToken",
    "AuthorizationResponse",
    "ClientOptions",
    "ComparingTokenStore",
    "CookieSettings",
    "CurrentCart",
    "InvalidAuthorizationError",
    "InvalidRefreshTokenError",
    "InvalidTokensError",
    "LockTimeoutError",
    "LockingTokenStore",
    "LoginResult",
    "LoginState",
    "MissingDependencyError",
    "OAuthData",
    "OAuthStrategy",
    "Products",
    "Redirects",
    "RefreshToken",
    "RetryPolicy",
    "SessionReset",
    "StoreError",
    "StrategyOptions",
    "TokenRequestError",
    "TokenRole",
    "TokenStore",
    "Tokens",
    "Visitors",
    "WixApiError",
    "WixClient",
    "WixVisitorError",
    "apis",
    "create_client",
    "emulator",
    "errors",
    "line_item",
    "stores",
]


# Imported on first use (PEP 562): the emulator pulls in aiohttp.web; the API helpers
# pull in their generated modules (a client loads them when its properties are first
# used); member logins and cookie sessions pull in PKCE, secrets and hmac.
_LAZY = {
    "AuthorizationResponse": "._pkce",
    "CookieSettings": "._cookie",
    "CurrentCart": ".apis",
    "LoginResult": "._identity",
    "LoginState": "._identity",
    "OAuthData": "._pkce",
    "Products": ".apis",
    "Redirects": ".apis",
    "STORES_APP_ID": ".apis",
    "line_item": ".apis",
}
_LAZY_MODULES = ("apis", "emulator")


def __getattr__(name: str) -> _typing.Any:
    import importlib

    if name in _LAZY_MODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # the next lookup is an ordinary one
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
