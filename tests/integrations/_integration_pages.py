"""What every integration test app answers, whatever the framework: a cart's lines, whose session.

Its own module (not ``conftest``), so the Starlette, Litestar and Django apps, imported
lazily while tests run, import these from a name no other test folder's module shares.
"""

from __future__ import annotations

import hashlib
from typing import Any

import wixvisitor as wv


def cart_lines(cart: dict[str, Any] | None) -> dict[str, int]:
    """Product id -> quantity of a cart answer."""
    if cart is None:
        return {}
    return {
        line["catalogReference"]["catalogItemId"]: line["quantity"] for line in cart["lineItems"]
    }


def who(wix: wv.WixClient) -> dict[str, str]:
    """Which visitor's session a handler was given: a digest of its access token (or "")."""
    tokens = wix.auth.get_tokens()
    if tokens is None:
        return {"visitor": ""}
    return {"visitor": hashlib.sha256(tokens.access_token.value.encode()).hexdigest()[:16]}
