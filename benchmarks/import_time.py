"""Figure 9: ``python -c "import wixvisitor"`` against ``python -c "import aiohttp"``.

Fresh interpreters, interleaved in rounds. The ratio is of the whole command's CPU
time (user + system, from ``wait4``), which other load on a shared machine disturbs
far less than wall time; wall-time medians are in the notes.

Both import from bytecode, as an installed package does: the interpreters share a
bytecode cache of the run's own (``PYTHONPYCACHEPREFIX``), written by a first unmeasured
import, whatever ``PYTHONDONTWRITEBYTECODE`` says. (With that variable set and no cache,
every import of a source checkout compiles it: about 17 ms more for wixvisitor, none
for an installed aiohttp.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from ._support import ROOT, Figure, median

TITLE = "import time"
TARGET = 1.15

_COMMANDS = {
    "wixvisitor": "import wixvisitor",
    "aiohttp": "import aiohttp",
    "bare": "pass",
}


def _env(pycache: str) -> dict[str, str]:
    """The children's environment: bytecode cached in ``pycache``, the run's own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds and wall seconds of a fresh interpreter running ``code``."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"python -c {code!r} failed")
    return usage.ru_utime + usage.ru_stime, wall


def _self_times(module: str, env: dict[str, str]) -> dict[str, int]:
    """Microseconds each module took to import itself, from ``python -X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    times: dict[str, int] = {}
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if len(fields) == 3 and fields[0].strip().isdigit():
            times[fields[2].strip()] = int(fields[0])
    return times


def _beyond_aiohttp(env: dict[str, str]) -> str:
    """What ``import wixvisitor`` loads that ``import aiohttp`` does not, by top package."""
    ours, theirs = _self_times("wixvisitor", env), _self_times("aiohttp", env)
    by_package: dict[str, int] = {}
    for module, micros in ours.items():
        if module not in theirs:
            package = module.split(".")[0]
            by_package[package] = by_package.get(package, 0) + micros
    top = sorted(by_package.items(), key=lambda item: -item[1])[:4]
    listed = ", ".join(f"{package} {micros / 1e3:.0f} ms" for package, micros in top)
    return f"modules beyond aiohttp's take {sum(by_package.values()) / 1e3:.0f} ms: {listed}"


def run(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="wixvisitor-pycache-") as pycache:
        return _measure(5 if quick else 25, _env(pycache))


def _measure(rounds: int, env: dict[str, str]) -> list[Figure]:
    cpu: dict[str, list[float]] = {name: [] for name in _COMMANDS}
    wall: dict[str, list[float]] = {name: [] for name in _COMMANDS}
    names = list(_COMMANDS)
    for name in names:  # warm the OS file cache and write the bytecode cache
        _run(_COMMANDS[name], env)
    for index in range(rounds):
        for name in names if index % 2 == 0 else names[::-1]:
            cpu_seconds, wall_seconds = _run(_COMMANDS[name], env)
            cpu[name].append(cpu_seconds)
            wall[name].append(wall_seconds)
    ratio = median([a / b for a, b in zip(cpu["wixvisitor"], cpu["aiohttp"], strict=True)])
    wall_ratio = median([a / b for a, b in zip(wall["wixvisitor"], wall["aiohttp"], strict=True)])
    wix, aio, bare = (median(cpu[name]) * 1e3 for name in names)
    wix_wall, aio_wall = (median(wall[name]) * 1e3 for name in names[:2])
    return [
        Figure(
            "import time: import wixvisitor / import aiohttp (CPU time)",
            ratio,
            "ratio",
            f"<= {TARGET}",
            ratio <= TARGET,
            f"{wix:.0f} vs {aio:.0f} ms CPU per fresh interpreter (bare start {bare:.0f} ms), "
            f"from bytecode; wall {wix_wall:.0f} vs {aio_wall:.0f} ms, ratio {wall_ratio:.2f}; "
            f"median of {rounds} rounds; " + _beyond_aiohttp(env) + " (-X importtime self times)",
        )
    ]
