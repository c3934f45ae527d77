"""The first hour as a newcomer meets it: no warnings from code that follows the docs, true help.

Each script runs in a fresh interpreter with ``-W error`` and ``PYTHONDEVMODE=1``: any
warning (a ResourceWarning from an unclosed session included) fails it.
"""

from __future__ import annotations

import asyncio
import gc
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _terminal import sigint_as_in_a_terminal

import wixvisitor as wv
from wixvisitor.cli import _parser
from wixvisitor.cli.demo import Story
from wixvisitor.cli.facts import DEMO_STEPS, EMULATOR_SERVES
from wixvisitor.emulator import Emulator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Examples that serve until Ctrl-C (the others run to the end by themselves).
SERVERS = {"aiohttp_storefront.py", "fastapi_storefront.py", "litestar_storefront.py"}
#: What a warning or a leak looks like on stderr.
NOISE = re.compile(r"Warning|Unclosed|Exception ignored|Traceback")


def strict_env(**extra: str) -> dict[str, str]:
    """The environment of a strict run: dev mode on, no client id (so the emulator is used)."""
    env = {k: v for k, v in os.environ.items() if k not in ("WIX_CLIENT_ID", "PYTHONWARNINGS")}
    return {**env, "PYTHONDEVMODE": "1", **extra}


def run_strict(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -W error ARGS`` and return what it printed."""
    return subprocess.run(
        [sys.executable, "-W", "error", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=strict_env(**env),
    )


def noise(stderr: str) -> list[str]:
    """Lines of ``stderr`` that are warnings, leaks or tracebacks."""
    return [line for line in stderr.splitlines() if NOISE.search(line)]


ONE_LINERS = textwrap.dedent(
    """
    import asyncio
    import wixvisitor as wv
    from wixvisitor.emulator import Emulator

    async def main() -> None:
        async with Emulator() as emu:
            # The Wix docs' pattern: OAuthStrategy({clientId}).generateVisitorTokens()
            tokens = await wv.OAuthStrategy("cid", base_url=emu.base_url).generate_visitor_tokens()
            assert tokens.refresh_token.role == "visitor"
            # A client used for a few calls, never entered and never closed.
            wix = wv.create_client("cid", tokens=tokens, base_url=emu.base_url)
            products = (await wix.products_v3.search(limit=2))["products"]
            await asyncio.gather(*(wix.current_cart.add([wv.line_item(p["id"])]) for p in products))
            cart = await wix.current_cart.get()
            assert cart is not None and len(cart["lineItems"]) == 2
            print("ok")

    asyncio.run(main())
    """
)


def test_the_js_docs_one_liner_and_an_unclosed_client_print_nothing(tmp_path: Path) -> None:
    """A strategy and a client used without `async with` leave nothing open: no warning at all."""
    script = tmp_path / "first_hour.py"
    script.write_text(ONE_LINERS)
    done = run_strict([str(script)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"
    assert noise(done.stderr) == []


def examples() -> list[str]:
    """Every example, by file name."""
    return sorted(path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_"))


@pytest.mark.parametrize("name", examples())
async def test_every_example_runs_without_a_warning(
    name: str, tmp_path: Path, redis_url: str
) -> None:
    """Each example, run as the README says, prints no warning under -W error and dev mode."""
    if name not in SERVERS:
        done = await asyncio.to_thread(
            run_strict, [str(EXAMPLES / name)], tmp_path, WIXVISITOR_REDIS_URL=redis_url
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert noise(done.stderr) == []
        return
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-W", "error", str(EXAMPLES / name), "--port", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=tmp_path, env=strict_env(), preexec_fn=sigint_as_in_a_terminal,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    line = await asyncio.wait_for(process.stdout.readline(), 60)
    assert b"http://" in line, line
    await asyncio.sleep(0.5)  # let the server finish starting before it is stopped
    process.send_signal(signal.SIGINT)
    _, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, stderr.decode()
    assert noise(stderr.decode()) == []


def drop(held: list[wv.Visitors]) -> None:
    """Forget the only reference to what ``held`` holds, and collect it."""
    held.clear()
    gc.collect()


async def test_a_dropped_visitors_warns_in_wixvisitor_words(emu: Emulator) -> None:
    """A long-lived Visitors dropped unclosed: one ResourceWarning naming it and how to close it."""
    held = [wv.Visitors("cid", base_url=emu.base_url)]
    await held[0].client("someone").auth.get_auth_headers()
    with pytest.warns(ResourceWarning, match=r"Visitors: use `async with`") as caught:
        drop(held)
    assert all("wixvisitor" in str(warning.message) for warning in caught)


async def test_an_entered_client_keeps_one_session_between_calls(emu: Emulator) -> None:
    """Inside `async with`, sequential calls share one HTTP session (one connection pool)."""
    async with wv.create_client("cid", base_url=emu.base_url) as wix:
        await wix.auth.get_auth_headers()
        first = wix._http.get()
        await wix.products_v3.search(limit=1)
        assert wix._http.get() is first
    assert first.closed


def readme_demo_steps() -> list[str]:
    """The numbered steps under README's `make demo` paragraph, each joined onto one line."""
    text = (ROOT / "README.md").read_text()
    section = text[text.index("`make demo` runs") :]
    steps: list[str] = []
    for line in section.splitlines()[1:]:
        if re.match(r"\d+\. ", line):
            steps.append(line.split(". ", 1)[1])
        elif line.startswith("   ") and steps:
            steps[-1] += " " + line.strip()
        elif steps and not line.strip():
            break
    return [step.rstrip(";.") for step in steps]


def test_the_demo_help_lists_the_readme_steps() -> None:
    """`wixvisitor demo --help` counts and lists the steps README lists, and the demo runs them."""
    assert readme_demo_steps() == list(DEMO_STEPS)
    demo = _parser()._subparsers._group_actions[0].choices["demo"]  # type: ignore[union-attr]
    assert f"in {len(DEMO_STEPS)} steps" in demo.description
    assert all(step in demo.description for step in DEMO_STEPS)
    assert len(Story.steps.__code__.co_names) >= len(DEMO_STEPS)


def test_the_emulator_help_names_what_the_readme_says_it_serves() -> None:
    """`wixvisitor emulator --help` names each API the README's emulator section names."""
    text = " ".join((ROOT / "README.md").read_text().split())
    emulator = _parser()._subparsers._group_actions[0].choices["emulator"]  # type: ignore[union-attr]
    for served in EMULATOR_SERVES:
        assert served in emulator.description
        assert served.lower() in text.lower(), f"README does not say the emulator serves {served}"


async def test_closing_a_visitors_client_leaves_the_app_session_open(emu: Emulator) -> None:
    """`async with visitors.client(key)` closes nothing the app still needs."""
    async with wv.Visitors("cid", base_url=emu.base_url) as visitors:
        async with visitors.client("a") as wix:
            await wix.products_v3.search(limit=1)
        assert (await visitors.client("b").products_v3.search(limit=1))["products"]
