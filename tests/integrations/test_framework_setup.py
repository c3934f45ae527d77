"""The ASGI core and the Django and Litestar integrations: imports, extras, shutdown, misuse."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from conftest import asgi_app, serve_asgi

import wixvisitor as wv
from wixvisitor.emulator import Emulator

FRAMEWORK_MODULES = ("starlette", "fastapi", "django", "litestar")


def _imported_after(statement: str) -> list[str]:
    code = (
        f"import sys; {statement}\n"
        f"print(sorted(m for m in {FRAMEWORK_MODULES!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return eval(done.stdout)  # a printed list of names


@pytest.mark.parametrize(
    ("statement", "imported"),
    [
        ("import wixvisitor", []),
        ("import wixvisitor.integrations.asgi", []),
        ("import wixvisitor.integrations.aiohttp", []),
        ("import wixvisitor.integrations.fastapi", ["fastapi", "starlette"]),
        ("import wixvisitor.integrations.django", ["django"]),
        ("import wixvisitor.integrations.litestar", ["litestar"]),
    ],
)
def test_each_integration_imports_its_own_framework_only(
    statement: str, imported: list[str]
) -> None:
    """The ASGI core imports no framework; each integration imports only its own."""
    assert _imported_after(statement) == imported


@pytest.mark.parametrize("framework", ["django", "litestar"])
def test_importing_without_the_framework_names_the_extra(framework: str) -> None:
    """Without Django (Litestar) installed the import fails with MissingDependencyError naming the extra."""
    code = (
        f"import sys; sys.modules[{framework!r}] = None\n"
        "from wixvisitor.errors import MissingDependencyError\n"
        "try:\n"
        f"    import wixvisitor.integrations.{framework}\n"
        "except MissingDependencyError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert f"wixvisitor[{framework}]" in done.stdout


@pytest.mark.parametrize("framework", ["django", "litestar", "starlette"])
async def test_the_server_shutting_down_closes_the_visitors(
    framework: str, emu: Emulator, client_id: str
) -> None:
    """Django's wrapper, the Litestar plugin and the asgi lifespan close the Visitors at shutdown."""

    visitors = wv.Visitors(client_id, base_url=emu.base_url, clock=emu.now)
    site = await serve_asgi(asgi_app(framework, visitors, "cookie", wv.CookieSettings()))
    assert await visitors.client("k").products_v3.search(limit=1)
    await site.stop()
    with pytest.raises(RuntimeError, match="closed"):
        await visitors.client("k").products_v3.search(limit=1)


async def test_a_django_view_without_the_wrapper_says_what_to_do(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A view calling visitor() on a project not served by asgi_application: a 500 whose log names the fix."""
    from _django_app import ASGIHandler  # the test project's settings, made on import

    transport = httpx.ASGITransport(app=ASGIHandler())
    async with httpx.AsyncClient(transport=transport, base_url="http://shop.test") as http:
        answer = await http.get("/whoami")
    assert answer.status_code == 500
    errors = [r.exc_info[1] for r in caplog.records if r.exc_info and r.exc_info[1]]
    assert any("asgi_application" in str(error) for error in errors)


async def test_a_starlette_route_without_the_middleware_says_what_to_do() -> None:
    """asgi.visitor_client on a request the middleware never saw names the middleware."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from wixvisitor.integrations.asgi import visitor_client

    async def page(request: Request) -> PlainTextResponse:
        return PlainTextResponse(visitor_client(request).base_url)

    transport = httpx.ASGITransport(app=Starlette(routes=[Route("/", page)]))
    async with httpx.AsyncClient(transport=transport, base_url="http://shop.test") as http:
        with pytest.raises(RuntimeError, match="VisitorSessionMiddleware"):
            await http.get("/")
