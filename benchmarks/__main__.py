"""``python -m benchmarks [GROUP ...] [--only GROUP] [--quick]``: run, print, write JSON."""

from __future__ import annotations

import argparse
import datetime
import importlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import traceback
from typing import Any

from . import GROUPS
from ._support import ROOT, Figure

RESULTS = os.path.join(ROOT, "benchmarks", "results")
_PACKAGES = ("wixvisitor", "aiohttp", "redis", "authlib", "httpx", "fastapi", "uvicorn")


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _command_output(*command: str) -> str | None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10, cwd=ROOT)
    except (OSError, subprocess.SubprocessError):
        return None
    return (done.stdout or done.stderr).strip() or None


def _cpu_model() -> str | None:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    wrk = shutil.which("wrk")
    redis_server = (
        _command_output("redis-server", "--version") if shutil.which("redis-server") else None
    )
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "versions": {package: _version(package) for package in _PACKAGES},
        "redis_server": redis_server,
        "wrk": (_command_output(wrk, "--version") or "").splitlines()[0] if wrk else None,
        "git_commit": _command_output("git", "rev-parse", "--short", "HEAD"),
        "date_utc": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def run_group(number: int, name: str, quick: bool) -> tuple[list[Figure], float]:
    """One group's figures; a group that crashes is reported, never silently dropped."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        figures: list[Figure] = module.run(quick)
    except Exception as exc:
        traceback.print_exc()
        reason = f"not measured: the benchmark failed ({type(exc).__name__}: {exc})"
        figures = [Figure(name, None, "", None, None, reason)]
    for figure in figures:
        figure.group = f"{number} {name}"
    return figures, time.perf_counter() - started


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value).replace("|", "\\|")


def markdown(figures: list[Figure]) -> str:
    """The report as a Markdown table."""
    lines = [
        "| # | figure | value | unit | target | holds | notes |",
        "|---|---|---:|---|---|---|---|",
    ]
    for figure in figures:
        holds = {True: "yes", False: "**no**", None: "—"}[figure.holds]
        lines.append(
            f"| {figure.group.split()[0]} | {_cell(figure.name)} | {_cell(figure.value)} | "
            f"{figure.unit} | {_cell(figure.target)} | {holds} | {_cell(figure.notes)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    names = [name for _, name in GROUPS]
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("groups", nargs="*", metavar="GROUP", help=f"any of: {', '.join(names)}")
    parser.add_argument("--only", action="append", default=[], metavar="GROUP")
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument(
        "--output",
        help="JSON report path (default: results/latest.json for a full run, "
        "results/partial.json.tmp otherwise)",
    )
    args = parser.parse_args(argv)
    wanted = [name.replace("-", "_") for name in [*args.groups, *args.only]]
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(names)}")
    selected = [(number, name) for number, name in GROUPS if not wanted or name in wanted]
    full = not wanted and not args.quick
    output = args.output or os.path.join(RESULTS, "latest.json" if full else "partial.json.tmp")

    measured_on = machine()  # before the run: the commit measured, not one landing meanwhile
    started = time.perf_counter()
    figures: list[Figure] = []
    durations: dict[str, float] = {}
    for number, name in selected:
        print(f"[{number}] {name} ...", file=sys.stderr, flush=True)
        group_figures, seconds = run_group(number, name, args.quick)
        figures.extend(group_figures)
        durations[name] = round(seconds, 1)
        print(f"[{number}] {name}: {seconds:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started

    report = {
        "machine": measured_on,
        "run": {
            "command": " ".join(
                ["python -m benchmarks", *(sys.argv[1:] if argv is None else argv)]
            ),
            "quick": args.quick,
            "seconds": round(total, 1),
            "group_seconds": durations,
        },
        "figures": [figure.as_dict() for figure in figures],
    }
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    temporary = output + ".tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(report, file, indent=2, ensure_ascii=False)
        file.write("\n")
    os.replace(temporary, output)
    print(markdown(figures))
    missed = [f.name for f in figures if f.holds is False]
    print(
        f"\n{len(figures)} figures in {total:.0f} s; {len(missed)} target(s) missed; "
        f"report: {os.path.relpath(output, os.getcwd())}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
