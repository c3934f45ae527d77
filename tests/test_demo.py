"""`wixvisitor demo`: six steps, each one line, all holding, token values never shown."""

from __future__ import annotations

import asyncio
import io
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from wixvisitor.cli import main
from wixvisitor.cli.demo_report import StepPrinter, StepResult
from wixvisitor.cli.token_calls import TokenCalls
from wixvisitor.emulator import Emulator

STEP = re.compile(r"^  (\d)\. (\S+) (.*?)(?:\s{2,}(\d+ token calls?\b.*))?$")
EXPECTED_CALLS = {
    1: "1 token call  (1 anonymous)",
    2: "0 token calls",
    3: "1 token call  (1 refresh)",
    4: "1 token call  (1 refresh)",
    5: "2 token calls (1 anonymous, 1 refresh)",
    6: "0 token calls",
}


def steps(out: str) -> dict[int, tuple[str, str, str]]:
    """Step number -> (mark, summary, token calls) for each step line."""
    found = {}
    for line in out.splitlines():
        match = STEP.match(line)
        if match:
            found[int(match[1])] = (match[2], match[3].strip(), match[4] or "")
    return found


def unreachable_redis_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"redis://127.0.0.1:{sock.getsockname()[1]}/0"


def test_demo_all_six_steps_hold(redis_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """In-process, every step holds with exactly the token calls the story promises."""
    assert main(["demo", "--redis-url", redis_url]) == 0
    out = capsys.readouterr().out
    found = steps(out)
    assert sorted(found) == [1, 2, 3, 4, 5, 6]
    for number, (mark, _summary, calls) in found.items():
        assert mark == "✓", out
        assert calls == EXPECTED_CALLS[number], out
    assert "500 concurrent requests, cart intact" in found[3][1]
    assert "2 processes resumed the session via Redis" in found[4][1]
    assert "reset reported" in found[5][1]
    assert re.search(r"order \d+ placed, cart emptied; 2 Jazz Night tickets paid", found[6][1]), out
    assert "OauthNG" not in out  # the emulator's token prefix: no value is printed
    assert out.splitlines()[-1].startswith("all steps hold")


def test_demo_skips_step_4_without_redis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no Redis reachable by default, step 4 says it was skipped and why; exit 0."""
    monkeypatch.setenv("WIXVISITOR_REDIS_URL", unreachable_redis_url())
    assert main(["demo", "--requests", "50"]) == 0
    found = steps(capsys.readouterr().out)
    assert found[4][0] == "-"
    assert found[4][1].startswith("skipped: no Redis at redis://127.0.0.1:")
    assert all(found[n][0] == "✓" for n in (1, 2, 3, 5, 6))
    assert found[3][2] == EXPECTED_CALLS[3]


def test_demo_fails_when_the_requested_redis_is_down(capsys: pytest.CaptureFixture[str]) -> None:
    """An explicit --redis-url that does not answer makes step 4 fail and the exit code 1."""
    assert main(["demo", "--requests", "10", "--redis-url", unreachable_redis_url()]) == 1
    out = capsys.readouterr().out
    found = steps(out)
    assert found[4][0] == "✗"
    assert "1 step(s) did not hold" in out.splitlines()[-1]


async def test_demo_against_an_external_wix_counts_calls_client_side(
    redis_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--base-url: the demo moves only its own clock and counts token calls itself; all hold."""
    async with Emulator() as emu:
        code = await asyncio.to_thread(
            main, ["demo", "--base-url", emu.base_url, "--redis-url", redis_url]
        )
        stats = emu.stats.as_dict()
    out = capsys.readouterr().out
    assert code == 0, out
    found = steps(out)
    assert [found[n][2] for n in range(1, 7)] == [EXPECTED_CALLS[n] for n in range(1, 7)]
    assert "refresh token invalidated" in found[5][1]
    assert "checkout URL created" in found[6][1]
    assert (stats["anonymous"], stats["refresh"]) == (2, 3)  # what the client side counted


def test_demo_runs_as_the_console_script(redis_url: str) -> None:
    """The installed `wixvisitor demo` prints the six steps, all holding, and exits 0."""
    script = Path(sys.executable).with_name("wixvisitor")
    done = subprocess.run(
        [str(script), "demo", "--redis-url", redis_url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found = steps(done.stdout)
    assert sorted(found) == [1, 2, 3, 4, 5, 6]
    assert all(mark == "✓" for mark, _, _ in found.values())
    assert "\033[" not in done.stdout  # no colour codes when not on a terminal
    assert done.stderr == ""


def test_python_dash_m_demo_works_the_same(redis_url: str) -> None:
    """`python -m wixvisitor demo` is the same command."""
    done = subprocess.run(
        [sys.executable, "-m", "wixvisitor", "demo", "--requests", "20", "--redis-url", redis_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(steps(done.stdout)) == 6


def test_printer_falls_back_to_words_on_an_ascii_terminal() -> None:
    """Where ✓ cannot be encoded, the marks are OK / FAIL / SKIP."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    printer = StepPrinter(stream)
    printer.step(1, StepResult(True, "held", TokenCalls(anonymous=1)))
    printer.step(2, StepResult(False, "broke"))
    printer.step(3, StepResult(None, "skipped"))
    stream.seek(0)
    lines = stream.read().splitlines()
    assert [line.split()[1] for line in lines] == ["OK", "FAIL", "SKIP"]


def test_token_calls_describe_themselves() -> None:
    """Counts read naturally: no calls, one call, several by grant."""
    assert TokenCalls().describe() == "0 token calls"
    assert TokenCalls(refresh=1).describe() == "1 token call  (1 refresh)"
    assert TokenCalls(2, 1).describe() == "3 token calls (2 anonymous, 1 refresh)"
    assert TokenCalls(2, 1) - TokenCalls(1, 1) == TokenCalls(anonymous=1)
