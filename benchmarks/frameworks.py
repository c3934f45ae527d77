"""Figure 14: figure 6 for Starlette, Litestar and Django: each page / the bare app.

The same three pages, the same rounds (each contender between two runs of its bare app)
and the same load as :mod:`benchmarks.integrations`, on the frameworks that share the
ASGI core (:mod:`wixvisitor.integrations.asgi`), served by uvicorn in their own processes.
"""

from __future__ import annotations

import asyncio

from ._support import Figure, RemoteEmulator
from .integrations import ROUNDS, _framework, _redis_ready

TITLE = "more frameworks"
FRAMEWORKS = ("starlette", "litestar", "django")


async def _measure(quick: bool) -> list[Figure]:
    rounds, seconds = (1, 1.0) if quick else (ROUNDS, 1.0)
    no_redis = await _redis_ready()
    figures: list[Figure] = []
    async with RemoteEmulator() as emu:
        for framework in FRAMEWORKS:
            figures += await _framework(emu, framework, rounds, seconds, no_redis)
    return figures


def run(quick: bool) -> list[Figure]:
    return asyncio.run(_measure(quick))
