"""A leak found only at the session's end fails the run, naming the object and its allocation.

A leak that a garbage collection finds during a test fails that test (warnings are
errors). One that survives in a reference cycle until the very end cannot be laid at any
test's door; pytest's own end-of-session check would fail the run on it with no more than
the object's repr. Here the session's last collection runs right after the last test's
teardown, with its own hook: each leak is printed with what it was, whose connection it
served and (under ``PYTHONTRACEMALLOC=25``) where it was allocated, and the run fails.

Loaded by ``tests/conftest.py``; ``-p _leak_check`` loads it into any session.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import tracemalloc
import warnings
from typing import Any

import pytest

#: What the session's last collection found; printed and failing the run.
LEAKS = pytest.StashKey[list[str]]()

HEADER = "LEAKED (found only at the session's end)"


def pytest_configure(config: pytest.Config) -> None:
    """Start with no leak found."""
    config.stash[LEAKS] = []


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
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
