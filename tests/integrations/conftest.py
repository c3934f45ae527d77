"""Real servers for the integration tests: one test app per framework, and a cookie-keeping visitor.

Every test runs the same routes on a real socket, served by aiohttp's own runner or by
uvicorn (FastAPI, Starlette, Litestar, Django), and talks to them over HTTP like a
browser that keeps the ``wixSession`` cookie.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import aiohttp
import pytest
import uvicorn
from _integration_pages import cart_lines, who
from _terminal import sigint_as_in_a_terminal
from aiohttp import web
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse, StreamingResponse

import wixvisitor as wv
from wixvisitor.emulator import PRODUCTS, Emulator
from wixvisitor.integrations import aiohttp as wv_aiohttp
from wixvisitor.integrations import fastapi as wv_fastapi
from wixvisitor.integrations.fastapi import VisitorClient as Wix

#: Plain http on loopback: the browser would drop a Secure cookie.
INSECURE = wv.CookieSettings(secure=False)
PRODUCT_IDS = [product.id for product in PRODUCTS]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_example(name: str) -> ModuleType:
    """Import examples/<name>.py as a module."""
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (Litestar resolves its handlers' annotations there)
    spec.loader.exec_module(module)
    return module


# -- the test app, once per framework --------------------------------------------------


def aiohttp_app(visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> web.Application:
    """The test routes as an aiohttp app."""
    routes = web.RouteTableDef()
    client = wv_aiohttp.visitor_client

    @routes.get("/ping")
    async def ping(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    @routes.get("/whoami")
    async def whoami(request: web.Request) -> web.Response:
        return web.json_response(who(await wv_aiohttp.visitor(request)))

    @routes.get("/cart")
    async def get_cart(request: web.Request) -> web.Response:
        return web.json_response(cart_lines(await client(request).current_cart.get()))

    @routes.post("/cart/{product_id}")
    async def add(request: web.Request) -> web.Response:
        quantity = int(request.query.get("quantity", "1"))
        item = wv.line_item(request.match_info["product_id"], quantity)
        return web.json_response(cart_lines(await client(request).current_cart.add([item])))

    @routes.get("/own-response")
    async def own_response(request: web.Request) -> web.Response:
        lines = cart_lines(await client(request).current_cart.get())
        return web.Response(text=f"{len(lines)} lines", headers={"X-Own": "yes"})

    @routes.get("/raise")
    async def raise_http_error(request: web.Request) -> web.Response:
        await client(request).current_cart.get()
        raise web.HTTPNotFound(text="no such page")

    @routes.get("/stream")
    async def stream(request: web.Request) -> web.StreamResponse:
        lines = cart_lines(await client(request).current_cart.get())
        response = web.StreamResponse()
        await response.prepare(request)
        for chunk in (b"streamed ", str(len(lines)).encode(), b" lines"):
            await response.write(chunk)
        await response.write_eof()
        return response

    app = web.Application()
    app.add_routes(routes)
    wv_aiohttp.setup(app, visitors, mode=mode, settings=settings)  # type: ignore[arg-type]
    return app


def fastapi_app(visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> FastAPI:
    """The test routes as a FastAPI app."""
    app = FastAPI(lifespan=wv_fastapi.lifespan(visitors))
    app.add_middleware(
        wv_fastapi.VisitorSessionMiddleware, visitors=visitors, mode=mode, settings=settings
    )

    @app.get("/ping")
    async def ping() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/whoami")
    async def whoami(wix: Wix) -> dict[str, str]:
        return who(wix)

    @app.get("/cart")
    async def get_cart(wix: Wix) -> dict[str, int]:
        return cart_lines(await wix.current_cart.get())

    @app.post("/cart/{product_id}")
    async def add(wix: Wix, product_id: str, quantity: int = 1) -> dict[str, int]:
        return cart_lines(await wix.current_cart.add([wv.line_item(product_id, quantity)]))

    @app.get("/own-response")
    async def own_response(wix: Wix) -> PlainTextResponse:
        lines = cart_lines(await wix.current_cart.get())
        return PlainTextResponse(f"{len(lines)} lines", headers={"X-Own": "yes"})

    @app.get("/raise")
    async def raise_http_error(wix: Wix) -> None:
        await wix.current_cart.get()
        raise HTTPException(404, "no such page")

    @app.get("/stream")
    async def stream(wix: Wix) -> StreamingResponse:
        lines = cart_lines(await wix.current_cart.get())
        chunks = [b"streamed ", str(len(lines)).encode(), b" lines"]

        async def body() -> AsyncIterator[bytes]:
            for chunk in chunks:
                yield chunk

        return StreamingResponse(body(), media_type="text/plain")

    return app


# -- running it -------------------------------------------------------------------------


class Site:
    """A test app listening on loopback."""

    def __init__(
        self, url: str, visitors: wv.Visitors | None, stop: Callable[[], Awaitable[None]]
    ) -> None:
        self.url = url
        self.visitors = visitors
        self._stop = stop
        self.running = True

    async def stop(self) -> None:
        """Shut the server down as a deploy would (closing what the app owns)."""
        if self.running:
            self.running = False
            await self._stop()


async def serve_aiohttp(app: web.Application, visitors: wv.Visitors | None = None) -> Site:
    """Serve an aiohttp app on a free loopback port."""
    # aiohttp refuses header lines over 8190 bytes by itself (400 before any app code);
    # the oversized-cookie tests need the request to reach the middleware.
    runner = web.AppRunner(app, access_log=None, max_field_size=32768)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return Site(f"http://127.0.0.1:{port}", visitors, runner.cleanup)


class _QuietServer(uvicorn.Server):
    """Uvicorn that leaves the test process's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve_asgi(app: Any, visitors: wv.Visitors | None = None) -> Site:
    """Serve an ASGI app with uvicorn on a free loopback port, lifespan included."""
    sock = socket.socket()
    task: asyncio.Task[None] | None = None
    try:
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(
            app, lifespan="on", log_config=None, access_log=False, ws="none", log_level="warning"
        )
        server = _QuietServer(config)
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("uvicorn stopped before it started serving")
            await asyncio.sleep(0.005)
    except BaseException:  # a failed start (or a cancelled test) leaves no socket or task
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        sock.close()
        raise
    port = sock.getsockname()[1]

    async def stop() -> None:
        server.should_exit = True
        await task
        sock.close()

    return Site(f"http://127.0.0.1:{port}", visitors, stop)


#: Every framework the shared contract runs on.
FRAMEWORKS = ("aiohttp", "fastapi", "starlette", "litestar", "django")


def asgi_app(framework: str, visitors: wv.Visitors, mode: str, settings: wv.CookieSettings) -> Any:
    """The test routes as the ASGI app of ``framework`` (imported only when asked for)."""
    if framework == "fastapi":
        return fastapi_app(visitors, mode, settings)
    if framework == "django":
        from _django_app import django_app

        return django_app(visitors, mode, settings)
    import _asgi_apps

    build = _asgi_apps.starlette_app if framework == "starlette" else _asgi_apps.litestar_app
    return build(visitors, mode, settings)


@pytest.fixture(params=FRAMEWORKS)
def framework(request: pytest.FixtureRequest) -> str:
    """Which web framework serves the test app."""
    return str(request.param)


@pytest.fixture(params=["cookie", "server"])
def mode(request: pytest.FixtureRequest) -> str:
    """Where the session lives: in the cookie, or in the server's store."""
    return str(request.param)


StartSite = Callable[..., Awaitable[Site]]


@pytest.fixture
async def start_site(
    framework: str, mode: str, emu: Emulator, client_id: str
) -> AsyncIterator[StartSite]:
    """Start the test app (as often as a test needs: restarts) against the emulator."""
    sites: list[Site] = []

    async def start(
        store: wv.TokenStore | None = None,
        settings: wv.CookieSettings = INSECURE,
        **visitor_options: Any,
    ) -> Site:
        if store is None:
            store = wv.stores.MemoryTokenStore(max_size=10_000)
        visitors = wv.Visitors(
            client_id, store=store, base_url=emu.base_url, clock=emu.now, **visitor_options
        )
        if framework == "aiohttp":
            site = await serve_aiohttp(aiohttp_app(visitors, mode, settings), visitors)
        else:
            site = await serve_asgi(asgi_app(framework, visitors, mode, settings), visitors)
        sites.append(site)
        return site

    yield start
    for site in sites:
        await site.stop()


# -- the browser stand-in -----------------------------------------------------------------


class Answer:
    """What a request got back: status, body and the wixSession Set-Cookie, if any."""

    def __init__(self, status: int, body: str, set_cookie: str | None, headers: Any) -> None:
        self.status = status
        self.body = body
        self.set_cookie = set_cookie
        self.headers = headers

    def json(self) -> Any:
        import json

        return json.loads(self.body)


class Browser:
    """One visitor: keeps the wixSession cookie like a browser and sends it back."""

    def __init__(self, http: aiohttp.ClientSession, name: str = INSECURE.name) -> None:
        self.http = http
        self.name = name
        self.cookie: str | None = None

    async def request(self, method: str, url: str) -> Answer:
        """Send a request with the cookie; adopt what Set-Cookie says."""
        headers = {"Cookie": f"{self.name}={self.cookie}"} if self.cookie is not None else {}
        async with self.http.request(method, url, headers=headers) as response:
            body = await response.text()
            set_cookie = None
            for header in response.headers.getall("Set-Cookie", []):
                if header.startswith(self.name + "="):
                    set_cookie = header
            if set_cookie is not None:
                value = set_cookie.split(";", 1)[0].split("=", 1)[1]
                self.cookie = None if "Max-Age=0" in set_cookie else value
            return Answer(response.status, body, set_cookie, response.headers)

    async def get(self, url: str) -> Answer:
        """GET ``url``."""
        return await self.request("GET", url)

    async def post(self, url: str) -> Answer:
        """POST ``url``."""
        return await self.request("POST", url)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    """A plain HTTP client that leaves cookies to the Browser objects."""
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.DummyCookieJar()
    ) as session:
        yield session


@pytest.fixture
def browser(http: aiohttp.ClientSession) -> Browser:
    """A first-time visitor."""
    return Browser(http)


# -- a real headless Chromium ------------------------------------------------------

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def chromium() -> str:
    """Debian's Chromium, or a loud skip (a failure where CI requires the browser)."""
    path = shutil.which("chromium")
    if path is not None:
        return path
    reason = (
        "NO BROWSER: Debian's chromium is not installed (apt-get install chromium); "
        "the browser end-to-end test did not run"
    )
    if os.environ.get("WIXVISITOR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, but WIXVISITOR_REQUIRE_BROWSER=1")
    pytest.skip(reason)


# -- the storefront examples, served -------------------------------------------------

STOREFRONT_VARIANTS = [("aiohttp", "cookie"), ("aiohttp", "server"), ("fastapi", "cookie"),
                       ("fastapi", "server")]  # fmt: skip


async def serve_storefront(
    framework: str, emu: Emulator, mode: str
) -> tuple[str, Callable[[], Any]]:
    """Serve a storefront example on loopback: its URL (with a slash) and how to stop it."""
    if framework == "django":  # a Django project has its own settings: its own process
        return await serve_django_storefront(emu.base_url, mode)
    example = load_example(f"{framework}_storefront")
    app = example.create_app("storefront-test", emu.base_url, mode=mode)
    if framework != "aiohttp":
        site = await serve_asgi(app)
        return site.url + "/", site.stop
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return f"http://127.0.0.1:{runner.addresses[0][1]}/", runner.cleanup


async def serve_django_storefront(base_url: str, mode: str) -> tuple[str, Callable[[], Any]]:
    """examples/django_storefront served by its own command, against ``base_url``."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(EXAMPLES / "django_storefront" / "serve.py"), "--port", str(port)]
    command += ["--base-url", base_url, "--client-id", "storefront-test", "--mode", mode]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        preexec_fn=sigint_as_in_a_terminal,
    )
    assert process.stdout is not None
    await asyncio.wait_for(process.stdout.readline(), 60)  # "Storefront on ...": then it listens
    url = f"http://127.0.0.1:{port}/"
    async with aiohttp.ClientSession() as probe_http:
        for _ in range(400):
            try:
                async with probe_http.get(url + "login"):  # a cheap page (405: no Wix call)
                    break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)

    async def stop() -> None:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), 60)

    return url, stop


@pytest.fixture(params=STOREFRONT_VARIANTS, ids=lambda variant: "-".join(variant))
async def example_storefront(request: pytest.FixtureRequest, emu: Emulator) -> AsyncIterator[str]:
    """Each storefront example in each mode, against the emulator."""
    framework, mode = request.param
    url, stop = await serve_storefront(framework, emu, mode)
    yield url
    await stop()
