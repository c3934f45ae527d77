"""How secrets are named in logs and errors: never by value."""

from __future__ import annotations

import hashlib

__all__ = ["fingerprint"]


def fingerprint(key: str) -> str:
    """A short, stable stand-in for a store key, which may be a secret session id."""
    return "#" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
