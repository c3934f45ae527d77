"""Keep anonymous Wix Headless visitor sessions alive, asyncio-first.

>>> import wixvisitor as wv
>>> async with wv.create_client(CLIENT_ID, store=JsonFileTokenStore("tokens.json")) as wix:
...     await wix.current_cart.add([wv.line_item(product_id)])  # doctest: +SKIP

Submodules: :mod:`wixvisitor.apis` (thin Wix API helpers), :mod:`wixvisitor.stores`
(token stores), :mod:`wixvisitor.errors`,
:mod:`wixvisitor.emulator` (a local Wix for offline work, imported on first use) and
:mod:`wixvisitor.integrations` (aiohttp and FastAPI).
"""

from __future__ import annotations

import typing as _typing

from . import apis, errors, stores
from ._endpoint import RetryPolicy
from ._options import ClientOptions, StrategyOptions
from .apis import STORES_APP_ID, CurrentCart, Products, Redirects, line_item
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
    from . import emulator
    from ._cookie import CookieSettings
    from ._identity import LoginResult, LoginState
    from ._pkce import AuthorizationResponse, OAuthData

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


# Imported on first use (PEP 562): the emulator pulls in aiohttp.web, and member logins
# and cookie sessions pull in PKCE, secrets and hmac, which most programs never touch.
_LAZY = {
    "AuthorizationResponse": "._pkce",
    "CookieSettings": "._cookie",
    "LoginResult": "._identity",
    "LoginState": "._identity",
    "OAuthData": "._pkce",
}


def __getattr__(name: str) -> _typing.Any:
    import importlib

    if name == "emulator":
        return importlib.import_module(".emulator", __name__)
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # the next lookup is an ordinary one
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
