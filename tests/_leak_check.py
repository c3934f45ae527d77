"""A leak found only at the session's end fails the run, naming the object and its allocation.

A leak that a garbage collection finds during a test fails that test (warnings are
errors). One that survives in a reference cycle until the very end cannot be laid at any
test's door; pytest's own end-of-session check would fail the run on it with no more than
the object's repr. Here the session's last collection runs right after the last test's
teardown, with its own hook: each leak is printed with what it was, whose connection it
served and (under ``PYTHONTRACEMALLOC=25``) where it was allocated, and the run fails.

A socket transport still open when the event loop it belongs to has been closed can never
be closed any more: it is a leak as soon as the loop ends, though the collector may find it
only much later (and then warn in another test, or at the session's end). Each test's
teardown therefore also looks for such transports and fails that test, naming where each
was made. (The leak issue 33 hunted was one: redis-py closes a refused TLS connection
without waiting, and the CLI's loop ended before the TLS close did; see
``wixvisitor/cli/redis_client.py``.)

Loaded by ``tests/conftest.py``; ``-p _leak_check`` loads it into any session.
"""

from __future__ import annotations

import asyncio.selector_events
import contextlib
import gc
import sys
import tracemalloc
import warnings
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

#: What the session's last collection found; printed and failing the run.
LEAKS = pytest.StashKey[list[str]]()

HEADER = "LEAKED (found only at the session's end)"


#: Every socket transport made in this process that is still alive, with where it was made.
TRANSPORTS: weakref.WeakKeyDictionary[Any, tuple[tuple[str, int, str], ...]] = (
    weakref.WeakKeyDictionary()
)
_Transport: Any = asyncio.selector_events._SelectorSocketTransport
_made = _Transport.__init__


def _remembered(self: Any, *args: Any, **kwargs: Any) -> None:
    _made(self, *args, **kwargs)
    frames, frame = [], sys._getframe(1)
    while frame is not None and len(frames) < 25:  # cheap: no source lines read until reported
        frames.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    TRANSPORTS[self] = tuple(frames)


def pytest_configure(config: pytest.Config) -> None:
    """Start with no leak found, remembering where each socket transport is made."""
    config.stash[LEAKS] = []
    _Transport.__init__ = _remembered


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave asyncio as it was."""
    _Transport.__init__ = _made


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After the test's fixtures are gone: a transport left open on a closed loop fails it."""
    result = yield
    stranded = [
        (transport, made)
        for transport, made in list(TRANSPORTS.items())
        if transport._sock is not None and transport._loop.is_closed()
    ]
    if stranded:
        report = "\n".join(_stranded(t, made) for t, made in stranded)
        for transport, _ in stranded:  # reported here: closed, so no later test meets it
            sock, transport._sock, transport._closing = transport._sock, None, True
            sock.close()
        raise AssertionError(report)
    return result


def _stranded(transport: Any, made: tuple[tuple[str, int, str], ...]) -> str:
    protocol = type(transport._protocol)
    lines = "\n".join(f"    {file}:{line} in {name}" for file, line, name in made)
    return (
        f"a socket transport was left open on an event loop that has been closed: "
        f"{transport._sock!r}, its protocol {protocol.__module__}.{protocol.__qualname__}; "
        f"made at (most recent call first):\n{lines}"
    )


@pytest.hookimpl(trylast=True, specname="pytest_runtest_teardown")
def _after_the_last_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """After the last test's teardown, before pytest's own check: collect and report."""
    if nextitem is None:
        _collect(item.config)


@pytest.hookimpl(trylast=True)  # after the session-scoped fixtures' teardown
def pytest_sessionfinish(session: pytest.Session) -> None:
    """What became garbage since (in the session's teardown) too; any leak fails the run."""
    leaks = _collect(session.config)
    if leaks and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name every leak again at the end of the report, where a failed run is read."""
    leaks = terminalreporter.config.stash.get(LEAKS, [])
    if leaks:
        terminalreporter.section("leaks found only at the session's end", red=True)
        terminalreporter.line("\n".join(leaks))


def _collect(config: pytest.Config) -> list[str]:
    """Collect garbage with this module's hook; print and keep what was found unclosed."""
    found: list[Any] = []
    previous, sys.unraisablehook = sys.unraisablehook, found.append
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for _ in range(3):
                gc.collect()
    finally:
        sys.unraisablehook = previous
    reports = []
    for leak in found:
        reports.append(f"{HEADER}: {leak.exc_value!r} in {leak.object!r}")
        reports.append(_allocated_at(leak.object))
    for warning in caught:
        reports.append(f"{HEADER}: {warning.message}")
        reports.append(_allocated_at(warning.source))
    found.clear()
    caught.clear()  # the leaked objects go now, not with this frame
    if reports:
        config.stash[LEAKS].extend(reports)
        capture = config.pluginmanager.getplugin("capturemanager")
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            print("\n" + "\n".join(reports), file=sys.stderr, flush=True)
    return config.stash[LEAKS]


def _allocated_at(source: object) -> str:
    """What a leaked object served (a transport's protocol) and where it was allocated."""
    if source is None:
        return "  (no object given with the warning)"
    protocol = getattr(source, "_protocol", None)  # a transport: whose connection it was
    served = f"  its protocol: {type(protocol).__module__}.{type(protocol).__qualname__}\n"
    return (served if protocol is not None else "") + _traceback_of(source)


def _traceback_of(source: object) -> str:
    """Where tracemalloc saw ``source`` (or, for a transport, its socket) allocated."""
    if not tracemalloc.is_tracing():
        return "  (run with PYTHONTRACEMALLOC=25 to see where it was allocated)"
    for obj in (source, getattr(source, "_sock", None)):
        traceback = tracemalloc.get_object_traceback(obj) if obj is not None else None
        if traceback is not None:
            lines = "\n".join(f"    {line}" for line in traceback.format(most_recent_first=True))
            return f"  {type(obj).__name__} allocated at (most recent call first):\n{lines}"
    return "  (tracemalloc does not know where it was allocated)"
