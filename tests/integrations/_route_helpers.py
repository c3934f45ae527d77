"""What every framework's test app answers with: a cart's lines and whose session it is.

Imported by name (``from _route_helpers import ...``) by conftest and the app modules,
never through ``conftest``: that module name holds whichever folder's conftest was
imported last, so the app modules got another folder's when tests ran in a random order.
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
