"""The official JS SDK's test harness: Node.js and the pinned packages, and a runner per script.

Test modules here import the fixtures they use (``node``, ``js``, ``storefront_js``) from
this module: a ``conftest.py`` in tests/js would shadow the suite's own ``conftest``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from wixvisitor.emulator import Emulator

HERE = Path(__file__).parent
#: Written into node_modules after `npm ci`: the lock file's digest it was installed from.
STAMP = HERE / "node_modules" / ".wixvisitor-lock-sha256"

JsRunner = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture(scope="session")
def node() -> str:
    """Node.js with the pinned SDK packages installed; a loud skip (or a CI failure) without it."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        reason = (
            "NO NODE: node and npm are not installed (apt-get install nodejs npm); "
            "the official JS SDK tests did not run"
        )
        if os.environ.get("WIXVISITOR_REQUIRE_NODE") == "1":
            pytest.fail(f"{reason}, but WIXVISITOR_REQUIRE_NODE=1")
        pytest.skip(reason)
    digest = hashlib.sha256((HERE / "package-lock.json").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != digest:
        done = subprocess.run(
            [npm, "ci"], cwd=HERE, capture_output=True, text=True, timeout=900, check=False
        )
        assert done.returncode == 0, f"npm ci failed:\n{done.stderr[-3000:]}"
        STAMP.write_text(digest)
    return node


def runner(node: str, script: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of ``script`` against the emulator; returns its JSON answer."""

    async def run(command: str, **argument: Any) -> dict[str, Any]:
        process = await asyncio.create_subprocess_exec(
            node,
            str(HERE / script),
            emu.base_url,
            command,
            json.dumps({"clientId": client_id, **argument}),
            cwd=HERE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=120)
        assert process.returncode == 0, err.decode()[-3000:]
        answer: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
        return answer

    return run


@pytest.fixture
def js(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of sdk.mjs (visitor flow, shared sessions) against the emulator."""
    return runner(node, "sdk.mjs", emu, client_id)


@pytest.fixture
def storefront_js(node: str, emu: Emulator, client_id: str) -> JsRunner:
    """Run one command of storefront.mjs (catalog pages, totals, coming back) against the emulator."""
    return runner(node, "storefront.mjs", emu, client_id)


# -- the SDK in a real headless Chromium ------------------------------------------------

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
        "the JS SDK browser test did not run"
    )
    if os.environ.get("WIXVISITOR_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, but WIXVISITOR_REQUIRE_BROWSER=1")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser_sdk(node: str) -> Path:
    """browser.mjs and the pinned SDK bundled by esbuild into one script for a page."""
    bundle = HERE / "node_modules" / ".wixvisitor-browser" / "storefront.js"
    done = subprocess.run(
        [node, "bundle.mjs", str(bundle)],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"esbuild failed:\n{done.stderr[-3000:]}"
    return bundle
