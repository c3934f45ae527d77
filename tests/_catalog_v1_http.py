"""Catalog V1 over HTTP for the emulator's V1 tests (their ``v1`` session fixture: conftest.py)."""

from __future__ import annotations

import base64
import json
from typing import Any

import aiohttp


def packed(body: Any) -> str:
    """``body`` as the SDK's ``.r`` parameter (base64url of its JSON, no padding)."""
    return base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")


async def call(session: aiohttp.ClientSession, verb: str, path: str, **kw: Any) -> Any:
    """``(status, JSON answer)`` of one request."""
    async with session.request(verb, path, **kw) as response:
        return response.status, await response.json()
