"""Figure 9: ``python -c "import wixvisitor"`` against ``python -c "import aiohttp"``.

Fresh interpreters, interleaved in rounds; the ratio is of whole-command wall times,
as a user starting a process sees them.
"""

from __future__ import annotations

import subprocess
import sys
import time

from ._support import ROOT, Figure, median

TITLE = "import time"
TARGET = 1.15

_COMMANDS = {
    "wixvisitor": "import wixvisitor",
    "aiohttp": "import aiohttp",
    "bare": "pass",
}


def _wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - started


def run(quick: bool) -> list[Figure]:
    rounds = 5 if quick else 25
    samples: dict[str, list[float]] = {name: [] for name in _COMMANDS}
    names = list(_COMMANDS)
    for name in names:  # warm the OS file cache and the bytecode caches
        _wall(_COMMANDS[name])
    for index in range(rounds):
        for name in names if index % 2 == 0 else names[::-1]:
            samples[name].append(_wall(_COMMANDS[name]))
    ratio = median([a / b for a, b in zip(samples["wixvisitor"], samples["aiohttp"], strict=True)])
    wix, aio, bare = (median(samples[name]) * 1e3 for name in names)
    return [
        Figure(
            "import time: import wixvisitor / import aiohttp",
            ratio,
            "ratio",
            f"<= {TARGET}",
            ratio <= TARGET,
            f"{wix:.0f} vs {aio:.0f} ms per fresh interpreter (bare start {bare:.0f} ms): "
            f"imports alone {wix - bare:.0f} vs {aio - bare:.0f} ms; median of {rounds} rounds",
        )
    ]
