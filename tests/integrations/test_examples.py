"""The storefront examples serve their page, add to the cart, and start with one command."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import subprocess
import sys

import aiohttp
import pytest
from _terminal import sigint_as_in_a_terminal
from aiohttp import web
from conftest import EXAMPLES, PRODUCT_IDS, load_example, serve_asgi, serve_storefront

from wixvisitor.emulator import PRODUCTS, Emulator


def cart_count(page: str) -> int:
    """The cart count the page shows."""
    found = re.search(r'<span id="cart">(\d+)</span>', page)
    assert found, "the page shows no cart count"
    return int(found.group(1))


async def shop(url: str) -> None:
    """Browse like a visitor: see the products, add one, see it counted; a stranger sees none."""
    jar = aiohttp.CookieJar(unsafe=True)  # keep cookies for 127.0.0.1
    async with aiohttp.ClientSession(cookie_jar=jar) as visitor:
        async with visitor.get(url) as response:
            page = await response.text()
        assert all(product.name in page for product in PRODUCTS)
        assert page.count("Add to cart") == len(PRODUCTS)
        assert cart_count(page) == 0
        async with visitor.post(f"{url}cart/{PRODUCT_IDS[0]}") as response:
            assert response.status == 200  # after the redirect to the page
            assert cart_count(await response.text()) == 1
    async with aiohttp.ClientSession() as stranger, stranger.get(url) as response:
        assert cart_count(await response.text()) == 0


async def test_the_aiohttp_storefront_adds_to_the_cart(emu: Emulator) -> None:
    """The aiohttp example's app lists the products and keeps each visitor's cart."""
    app = load_example("aiohttp_storefront").create_app("storefront-test", emu.base_url)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        await shop(f"http://127.0.0.1:{runner.addresses[0][1]}/")
    finally:
        await runner.cleanup()


async def test_the_fastapi_storefront_adds_to_the_cart(emu: Emulator) -> None:
    """The FastAPI example's app lists the products and keeps each visitor's cart."""
    app = load_example("fastapi_storefront").create_app("storefront-test", emu.base_url)
    site = await serve_asgi(app)
    try:
        await shop(site.url + "/")
    finally:
        await site.stop()


@pytest.mark.parametrize("framework", ["litestar", "django"])
async def test_the_litestar_and_django_storefronts_add_to_the_cart(
    emu: Emulator, framework: str
) -> None:
    """The Litestar example's app and the Django example project list the products and keep each visitor's cart."""
    url, stop = await serve_storefront(framework, emu, "cookie")
    try:
        await shop(url)
    finally:
        await stop()


@pytest.mark.parametrize(
    "name",
    ["aiohttp_storefront", "fastapi_storefront", "litestar_storefront", "django_storefront/serve"],
)
async def test_an_example_starts_with_one_command_and_stops_on_ctrl_c(name: str) -> None:
    """`python examples/<name>.py` serves the shop on the embedded emulator and exits cleanly."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLES / f"{name}.py"),
        "--port",
        str(port),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        preexec_fn=sigint_as_in_a_terminal,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
        url = re.search(r"http://\S+/", line)
        assert url, f"no URL printed: {line!r}"
        for _ in range(100):  # uvicorn prints before it listens
            try:
                await shop(url.group(0))
                break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
        else:
            pytest.fail("the example never answered")
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 60) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


def test_the_observability_example_exports_metrics_and_spans_to_the_console() -> None:
    """examples/observability.py prints wixvisitor's metrics and spans: one 100-caller renewal."""
    pytest.importorskip("opentelemetry.sdk")
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "observability.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.rstrip().endswith("1 renewal shared by 100 callers (see the output above)")
    assert out.count('"name": "GET /cart"') == 100
    assert out.count('"name": "wixvisitor.renewal"') == 2  # the first mint and the renewal
    assert '"wixvisitor.renewal.callers": 100' in out
    for metric in ("wixvisitor.token.requests", "wixvisitor.api.calls", "wixvisitor.renewals"):
        assert f'"name": "{metric}"' in out
    assert "OauthNG" not in out + done.stderr  # no token value
