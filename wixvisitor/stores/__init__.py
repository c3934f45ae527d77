"""Token stores: where visitor tokens live between requests, restarts and processes.

Every store satisfies :class:`TokenStore`; stores that can coordinate processes
also satisfy :class:`LockingTokenStore`, and every bundled store satisfies
:class:`ComparingTokenStore` (an atomic ``save_if`` that renewals use). Stores with
optional dependencies are imported lazily, so ``import wixvisitor.stores`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .memory import MemoryTokenStore
from .protocol import ComparingTokenStore, LockingTokenStore, TokenStore

if TYPE_CHECKING:
    from .cookie_jar import CookieJarTokenStore
    from .json_file import JsonFileTokenStore
    from .redis import RedisTokenStore

__all__ = [
    "ComparingTokenStore",
    "CookieJarTokenStore",
    "JsonFileTokenStore",
    "LockingTokenStore",
    "MemoryTokenStore",
    "RedisTokenStore",
    "TokenStore",
]

_LAZY = {
    "CookieJarTokenStore": ".cookie_jar",
    "JsonFileTokenStore": ".json_file",
    "RedisTokenStore": ".redis",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
