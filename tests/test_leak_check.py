"""A socket leaked where only the session's last collection finds it fails the whole run;
a transport left open on a closed event loop fails its test."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

HERE = Path(__file__).parent

#: One passing test that leaks a bound loopback socket in a reference cycle, with the
#: collector off: nothing but the session's end can find it.
LEAKY = """
import gc
import socket

def test_passes_but_leaks_a_socket():
    gc.disable()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    cycle = [sock]
    cycle.append(cycle)
"""

#: A test whose connection outlives the event loop it was made on (kept referenced, so
#: only the teardown's check can tell; the loop will never close it now).
STRANDED = """
import asyncio

KEPT = []

def test_leaves_a_connection_on_a_closed_loop():
    async def connect():
        server = await asyncio.start_server(lambda reader, writer: None, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        connection = await asyncio.open_connection("127.0.0.1", port)
        server.close()
        return connection

    loop = asyncio.new_event_loop()
    KEPT.append(loop.run_until_complete(connect()))
    loop.close()
"""

CLEAN = """
import socket

def test_closes_its_socket():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
"""


def _run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, source: str, *env: str
) -> pytest.RunResult:
    """An inner session in its own process, with tests/_leak_check.py alone loaded."""
    pytester.makepyfile(test_inner=source)
    pytester.makeini("[pytest]\nfilterwarnings = error\n")
    monkeypatch.setenv("PYTHONPATH", str(HERE))
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # a quick start under tracemalloc
    for setting in env:
        name, _, value = setting.partition("=")
        monkeypatch.setenv(name, value)
    return pytester.runpytest_subprocess("-p", "_leak_check", "-p", "no:cacheprovider")


def test_a_socket_leaked_until_the_end_fails_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test passes, the run fails, and the report names the socket and its allocation."""
    result = _run(pytester, monkeypatch, LEAKY, "PYTHONTRACEMALLOC=5")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    output = result.stdout.str() + result.stderr.str()
    assert "LEAKED (found only at the session's end)" in output
    assert "unclosed <socket.socket" in output
    assert "laddr=('127.0.0.1'" in output
    assert "socket allocated at (most recent call first)" in output
    assert "test_inner.py" in output  # the line that made the socket
    assert "leaks found only at the session's end" in result.stdout.str()


def test_without_tracemalloc_the_report_says_how_to_see_where(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without tracemalloc the run still fails and says how to find the allocation."""
    result = _run(pytester, monkeypatch, LEAKY, "PYTHONTRACEMALLOC=")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert "run with PYTHONTRACEMALLOC=25" in result.stdout.str() + result.stderr.str()


def test_a_clean_session_passes(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """No leak, no report: the run passes."""
    result = _run(pytester, monkeypatch, CLEAN)
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.OK
    assert "LEAKED" not in result.stdout.str() + result.stderr.str()


def test_a_transport_left_on_a_closed_loop_fails_its_test(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test's teardown errors, naming the socket, its protocol and where it was made."""
    result = _run(pytester, monkeypatch, STRANDED)
    result.assert_outcomes(passed=1, errors=1)
    output = result.stdout.str()
    assert "left open on an event loop that has been closed" in output
    assert "laddr=('127.0.0.1'" in output
    assert "asyncio.streams.StreamReaderProtocol" in output
    assert "test_inner.py" in output  # the line that opened the connection
    assert "LEAKED" not in output + result.stderr.str()  # closed once reported
