"""The quickstart, resume_from_file and redis_fleet examples run with one command and hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "WIX_CLIENT_ID"}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**environment, **env},
    )


def test_quickstart_runs_the_visitor_session_flow(tmp_path: Path) -> None:
    """quickstart.py mints tokens, saves them, lists products and fills the cart; no values shown."""
    done = run_example("quickstart.py", tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "using a local Wix emulator at http://127.0.0.1:" in out
    assert "new visitor" in out
    assert "(role: visitor)" in out
    assert out.count("  product: ") == 3
    assert "in the cart: 2 x Blue Shirt" in out
    assert "OauthNG" not in out + done.stderr
    assert list(tmp_path.iterdir()) == []  # emulator tokens go to a temporary folder


def test_resume_from_file_resumes_and_renews_once(tmp_path: Path) -> None:
    """resume_from_file.py: same cart after a restart with no token call, one renewal later."""
    done = run_example("resume_from_file.py", tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "run 1: added Denim Jacket to the cart"
    assert lines[1].strip() == "token calls so far: 1 (renewals: 0)"
    assert lines[2] == "run 2: same cart, 1 item; token calls so far: 1 (renewals: 0)"
    assert lines[3] == "run 3: 5 hours later, same cart; token calls so far: 2 (renewals: 1)"


async def test_redis_fleet_shares_one_session_across_processes(
    tmp_path: Path, private_redis: Any
) -> None:
    """redis_fleet.py: four processes fill one cart and renew once; its Redis keys are removed.

    On a private redis-server: a shared one may hold another run's example keys meanwhile.
    """
    import redis.asyncio as redis_asyncio

    done = run_example("redis_fleet.py", tmp_path, WIXVISITOR_REDIS_URL=private_redis.url)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert out.count("added a product; line items in the cart:") == 4
    assert "4 processes added 4 products to one cart" in out
    assert "token calls: 2 (1 renewal)" in out
    client = redis_asyncio.Redis.from_url(private_redis.url)
    try:
        assert [key async for key in client.scan_iter(match="wixvisitor:example-*")] == []
    finally:
        await client.aclose()


def test_redis_fleet_says_when_redis_is_missing(tmp_path: Path) -> None:
    """Without a Redis the fleet example exits 1 with a one-line reason, not a traceback."""
    done = run_example("redis_fleet.py", tmp_path, WIXVISITOR_REDIS_URL="redis://127.0.0.1:1/0")
    assert done.returncode == 1
    assert "no Redis at redis://127.0.0.1:1" in done.stderr
    assert "Traceback" not in done.stderr


def test_seed_examples_run_the_wix_docs_examples_in_python(tmp_path: Path) -> None:
    """seed_examples.py: services and products listed, a cart created, two "shoes" products found."""
    done = run_example("seed_examples.py", tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("services: ")
    assert lines[1].startswith("products: ") and "first 3 listed" in lines[1]
    assert lines[2].startswith("a new cart: ")
    assert [line.split(":")[0].strip() for line in lines[3:]] == [
        "Shoes Trail Runner",
        "Shoes Leather Loafer",
    ]
