"""FastAPI specifics: the lifespan helper, the dependency, and the missing-extra error."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI

import wixvisitor as wv
from wixvisitor.emulator import Emulator
from wixvisitor.integrations.fastapi import VisitorClient, VisitorSessionMiddleware, lifespan


async def test_lifespan_runs_the_apps_own_lifespan_and_closes_the_visitors(
    emu: Emulator, client_id: str
) -> None:
    """The wrapped lifespan's state is passed on, and the Visitors are closed at shutdown."""
    events: list[str] = []

    @asynccontextmanager
    async def own(app: FastAPI) -> AsyncIterator[dict[str, str]]:
        events.append("start")
        yield {"db": "connected"}
        events.append("stop")

    visitors = wv.Visitors(client_id, base_url=emu.base_url)
    app = FastAPI()
    async with lifespan(visitors, own)(app) as state:
        assert state == {"db": "connected"}
        assert await visitors.client("k").products_v3.search(limit=1)
    assert events == ["start", "stop"]
    with pytest.raises(RuntimeError, match="closed"):
        await visitors.client("k").products_v3.search(limit=1)


async def test_the_dependency_without_the_middleware_says_what_to_do() -> None:
    """A route asking for VisitorClient on an app without the middleware names the fix."""
    app = FastAPI()

    @app.get("/")
    async def index(wix: VisitorClient) -> str:
        return wix.base_url

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://shop.test") as http:
        with pytest.raises(RuntimeError, match="VisitorSessionMiddleware"):
            await http.get("/")


async def test_the_middleware_serves_over_plain_asgi(emu: Emulator, client_id: str) -> None:
    """Through httpx's ASGI transport too, the first Wix call sets the cookie and the next reuses it."""
    async with wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now) as visitors:
        app = FastAPI()
        app.add_middleware(VisitorSessionMiddleware, visitors=visitors)

        @app.get("/products")
        async def products(wix: VisitorClient) -> int:
            return len((await wix.products_v3.search(limit=3))["products"])

        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://shop.test") as http:
            first = await http.get("/products")
            assert (first.status_code, first.json()) == (200, 3)
            assert "wixSession" in http.cookies
            second = await http.get("/products")
            assert "set-cookie" not in second.headers
        assert emu.stats.token_calls == 1


def test_importing_without_fastapi_names_the_extra() -> None:
    """Without FastAPI installed the import fails with MissingDependencyError naming the extra."""
    code = (
        "import sys; sys.modules['fastapi'] = None\n"
        "from wixvisitor.errors import MissingDependencyError\n"
        "try:\n"
        "    import wixvisitor.integrations.fastapi\n"
        "except MissingDependencyError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "wixvisitor[fastapi]" in result.stdout
