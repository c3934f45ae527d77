"""The documentation site: it builds with --strict, documents every public name, and works in a browser.

The site is built from this checkout into a temporary folder (as `make docs` does into
site/), served by a real aiohttp static server on loopback, and read by headless Chromium:
the home page, a guide reached through the navigation, the API reference of OAuthStrategy,
a benchmark chart, and the search box.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from conftest import CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]

#: The modules whose __all__ the API reference must cover, and the page that covers each.
REFERENCE = {
    "wixvisitor": "api/index.html",
    "wixvisitor.stores": "api/stores.html",
    "wixvisitor.errors": "api/errors.html",
    "wixvisitor.apis": "api/apis.html",
    "wixvisitor.integrations.aiohttp": "api/integrations.html",
    "wixvisitor.integrations.fastapi": "api/integrations.html",
    "wixvisitor.integrations.asgi": "api/integrations.html",
    "wixvisitor.integrations.litestar": "api/integrations.html",
    "wixvisitor.integrations.django": "api/integrations.html",
    "wixvisitor.emulator": "api/emulator.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with `mkdocs build --strict` from this checkout."""
    folder = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return folder


def _page(site: Path, page: str) -> str:
    # Built with use_directory_urls: api/index.html is api/index.html, api/stores.html is
    # api/stores/index.html.
    path = site / page
    if not path.is_file():
        path = site / page.removesuffix(".html") / "index.html"
    return path.read_text(encoding="utf-8")


def test_the_api_reference_documents_every_public_name(site: Path) -> None:
    """Each name in the public modules' __all__ has an anchor in its API reference page."""
    missing = []
    for module_name, page in REFERENCE.items():
        module = importlib.import_module(module_name)
        html = _page(site, page)
        for name in module.__all__:
            if name in {"apis", "emulator", "errors", "stores"} and module_name == "wixvisitor":
                continue  # submodules: each has a page of its own
            if f'id="{module_name}.{name}"' not in html:
                missing.append(f"{module_name}.{name}")
    assert missing == []


def test_the_charts_and_the_full_table_are_on_the_benchmarks_page(site: Path) -> None:
    """The benchmarks page shows every chart and the full table, one row per figure."""
    html = _page(site, "benchmarks.html")
    for chart in ("single_flight", "integrations", "instructions", "overhead"):
        assert f'src="../benchmarks/{chart}.svg"' in html or f"{chart}.svg" in html
        assert (site / "benchmarks" / f"{chart}.svg").is_file()
    assert html.count("<tr>") > 100


async def _serve(request: web.Request) -> web.StreamResponse:
    """A static file of the site; a folder serves its index.html, as any web server would."""
    root: Path = request.app[SITE_KEY]
    path = (root / request.match_info["path"]).resolve()
    if not path.is_relative_to(root):
        raise web.HTTPNotFound()
    if path.is_dir():
        if not request.path.endswith("/"):
            raise web.HTTPMovedPermanently(request.path + "/")
        path = path / "index.html"
    if not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path)


SITE_KEY = web.AppKey("site", Path)


@pytest.fixture
async def served(site: Path) -> AsyncIterator[str]:
    """The built site over HTTP on loopback."""
    app = web.Application()
    app[SITE_KEY] = site.resolve()
    app.router.add_get("/{path:.*}", _serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/"
    await runner.cleanup()


@pytest.mark.browser
async def test_a_reader_browses_the_guides_the_reference_a_chart_and_searches(
    chromium: str, served: str, tmp_path: Path
) -> None:
    """Home, a guide via the nav, OAuthStrategy's reference, a drawn chart, and search finds single flight."""
    from playwright.async_api import async_playwright

    failed: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": 900})
            page.on(
                "response",
                lambda response: (
                    failed.append(f"{response.status} {response.url}")
                    if response.status >= 400
                    else None
                ),
            )
            page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))

            await page.goto(served)
            assert "wixvisitor" in await page.title()
            assert "Keep anonymous Wix Headless visitor sessions alive" in (
                await page.inner_text("article")
            )
            await page.screenshot(path=str(tmp_path / "home.png"))

            # A guide, reached the way a reader does: through the navigation.
            await page.get_by_role("link", name="Sessions and tokens").first.click()
            await page.wait_for_url("**/guides/sessions/")
            assert (await page.inner_text("article h1")).startswith("Sessions and tokens")
            assert await page.locator("article h2", has_text="Single flight").count() == 1

            # The generated API reference of OAuthStrategy.
            await page.goto(served + "api/#wixvisitor.OAuthStrategy")
            heading = page.locator('[id="wixvisitor.OAuthStrategy"]')
            await heading.wait_for()
            assert "OAuthStrategy" in await heading.inner_text()
            reference = await page.inner_text("article")
            assert "generate_visitor_tokens" in reference
            assert "single-flight" in reference or "single flight" in reference.lower()

            # A chart: the SVG is fetched and drawn at a real size.
            await page.goto(served + "benchmarks/")
            chart = page.locator('img[src$="single_flight.svg"]')
            await chart.scroll_into_view_if_needed()
            width = await chart.evaluate("img => img.complete ? img.naturalWidth : 0")
            assert width > 300
            await chart.screenshot(path=str(tmp_path / "chart.png"))

            # Search: the index loads in a web worker and finds the phrase.
            await page.goto(served)
            search = page.locator("input.md-search__input")  # in the header on a wide screen
            await search.click()
            # Typed key by key, as a reader does: the search box reacts to key presses.
            await search.press_sequentially("single flight", delay=30)
            results = page.locator(".md-search-result__item")
            await results.first.wait_for(timeout=120_000)
            found = await page.inner_text(".md-search-result")
            assert "single flight" in found.lower()
            screenshot = tmp_path / "docs-site-search.png"
            await page.screenshot(path=str(screenshot), full_page=False)
        finally:
            await browser.close()
    print(f"screenshots: {screenshot} (also home.png and chart.png beside it)")
    assert failed == []
