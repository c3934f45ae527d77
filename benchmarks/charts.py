"""``python -m benchmarks.charts``: draw the benchmark report as SVG charts for the docs.

Reads ``benchmarks/results/latest.json`` (or ``--input``) and writes into ``docs/benchmarks/``
(or ``--output``):

- ``integrations.svg``: requests/s of each page relative to the bare app, ours (cookie and
  server mode) beside aiohttp-session's three storages, aiohttp (figure 6);
- ``instructions.svg``: the same apps' CPU instructions per request relative to the bare
  app, which does not depend on the machine's load (figure 11);
- ``single_flight.svg``: token calls for N concurrent requests of one visitor, ours vs
  Authlib and a naive loop (figure 3);
- ``overhead.svg``: what the SDK adds to a request and to the hot path, vs Authlib (1, 2);

and fills two tables between markers: the full table in ``docs/benchmarks.md``
(``<!-- figures:start -->`` ... ``<!-- figures:end -->``) and the README's headline figures
(``<!-- bench:start -->`` ... ``<!-- bench:end -->``). ``make bench`` runs it after the
benchmarks. The SVGs keep their text as text and carry no
date, so redrawing the same report gives the same files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "benchmarks" / "results" / "latest.json"
DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks"
README = ROOT / "README.md"
BENCHMARKS_PAGE = ROOT / "docs" / "benchmarks.md"

#: The README's headline figures: (what a reader is told, figure name, peer figure name).
HEADLINES = (
    (
        "Adding the auth header, valid token (µs per call)",
        "hot path: get_auth_headers() with a valid token",
        "hot path peer: Authlib ensure_active_token + auth flow",
    ),
    (
        "A Wix API call, time / raw aiohttp (Authlib: / plain httpx)",
        "overhead sequential: WixClient.request / raw aiohttp",
        "overhead sequential: Authlib AsyncOAuth2Client / plain httpx",
    ),
    (
        "Token calls, 10,000 concurrent requests, expired token (peer: naive loop)",
        "single flight, expired token, N=10,000: SDK token calls",
        "single flight peer, expired token, N=10,000: naive loop, no single flight",
    ),
    (
        "Token calls, 1,000 concurrent requests, failing refresh (peer: Authlib)",
        "single flight, failing refresh, N=1,000: SDK token calls",
        "single flight peer, failing refresh, N=1,000: Authlib, one shared client",
    ),
    (
        "Token calls, 8 processes x 250 requests through Redis",
        "single flight across 8 processes x 250, Redis store",
        None,
    ),
    (
        "aiohttp page reading the visitor: requests/s, ours / EncryptedCookieStorage's",
        "integration aiohttp cookie mode vs aiohttp-session EncryptedCookieStorage, "
        "a page reading the visitor, no Wix call: requests/s ratio",
        None,
    ),
    (
        "aiohttp page calling Wix, server mode: requests/s, ours / RedisStorage's",
        "integration aiohttp server mode vs aiohttp-session RedisStorage, "
        "a page calling Wix once: requests/s ratio",
        None,
    ),
    (
        "Starlette · Litestar · Django page reading the visitor: requests/s / bare app",
        tuple(
            f"integration {framework}, cookie mode, a page reading the visitor, no Wix call: "
            "requests/s / bare app"
            for framework in ("Starlette", "Litestar", "Django")
        ),
        None,
    ),
    (
        "Redis round trips / writes per returning visitor's request",
        "store Redis: round trips per steady-state request",
        "store Redis: writes per steady-state request",
    ),
    (
        "Memory per visitor in MemoryTokenStore (bytes)",
        "memory: bytes per visitor in MemoryTokenStore (100,000 visitors)",
        None,
    ),
    (
        "import wixvisitor / import aiohttp (CPU time)",
        "import time: import wixvisitor / import aiohttp (CPU time)",
        None,
    ),
)

PAGES = (
    ("a page not using the visitor", "page not\nusing the visitor"),
    ("a page reading the visitor, no Wix call", "page reading the\nvisitor, no Wix call"),
    ("a page calling Wix once", "page calling\nWix once"),
)
OURS = "#3f51b5"  # the site's indigo
OURS_LIGHT = "#9fa8da"
PEERS = ("#bdbdbd", "#9e9e9e", "#616161")
PEER_STORAGES = ("SimpleCookieStorage", "EncryptedCookieStorage", "RedisStorage")

Figures = dict[str, dict[str, Any]]


def load(path: Path) -> tuple[dict[str, Any], Figures]:
    """The report and its figures by name."""
    report = json.loads(path.read_text(encoding="utf-8"))
    return report, {figure["name"]: figure for figure in report["figures"]}


def _value(figures: Figures, name: str) -> float | None:
    figure = figures.get(name)
    return None if figure is None or figure["value"] is None else float(figure["value"])


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("svg")
    matplotlib.rcParams.update(
        {
            "svg.fonttype": "none",  # text stays text: searchable, smaller, crisp
            "svg.hashsalt": "wixvisitor",  # stable element ids from run to run
            "font.family": "sans-serif",
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    import matplotlib.pyplot as plt

    return plt


def _save(fig: Any, path: Path) -> None:
    fig.savefig(path, format="svg", bbox_inches="tight", metadata={"Date": None})


def _bars(
    ax: Any, series: list[tuple[str, str, list[float | None]]], labels: Iterable[str]
) -> None:
    """Grouped bars, one group per label, one bar per series (None: not measured)."""
    labels = list(labels)
    width = 0.8 / len(series)
    for index, (name, color, values) in enumerate(series):
        xs = [group + (index - (len(series) - 1) / 2) * width for group in range(len(labels))]
        heights = [value or 0.0 for value in values]
        bars = ax.bar(xs, heights, width * 0.92, label=name, color=color)
        for bar, value in zip(bars, values, strict=True):
            text = "n/a" if value is None else f"{value:.2f}"
            ax.annotate(
                text,
                (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                fontsize=7,
            )
    ax.set_xticks(range(len(labels)), labels)


def _relative_chart(
    figures: Figures,
    path: Path,
    title: str,
    ylabel: str,
    ours: Callable[[str, str], float | None],
    peer: Callable[[str, str], float | None],
) -> None:
    plt = _pyplot()
    series: list[tuple[str, str, list[float | None]]] = [
        ("wixvisitor, cookie mode", OURS, [ours("cookie mode", page) for page, _ in PAGES]),
        (
            "wixvisitor, server mode (Redis)",
            OURS_LIGHT,
            [ours("server mode on Redis", page) for page, _ in PAGES],
        ),
    ]
    for storage, color in zip(PEER_STORAGES, PEERS, strict=True):
        series.append(
            (f"aiohttp-session {storage}", color, [peer(storage, page) for page, _ in PAGES])
        )
    fig, ax = plt.subplots(figsize=(8.5, 4.2))
    _bars(ax, series, [label for _, label in PAGES])
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.axhline(0.9, color="black", linewidth=0.8, linestyle=":")
    ax.text(2.45, 1.0, " bare app", va="bottom", ha="right", fontsize=8)
    ax.text(2.45, 0.9, " target 0.9", va="top", ha="right", fontsize=8)
    ax.set_ylim(0, 1.15)
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left", fontsize=11)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, frameon=False, fontsize=8)
    _save(fig, path)
    plt.close(fig)


def integrations_chart(figures: Figures, path: Path) -> None:
    """Figure 6: requests/s relative to the bare aiohttp app, per page and contender."""

    def ours(mode: str, page: str) -> float | None:
        return _value(figures, f"integration aiohttp, {mode}, {page}: requests/s / bare app")

    def peer(storage: str, page: str) -> float | None:
        name = f"integration peer aiohttp-session {storage}, {page}: requests/s / bare app"
        return _value(figures, name)

    _relative_chart(
        figures,
        path,
        "aiohttp under load (wrk): requests/s relative to the same app without sessions",
        "requests/s / bare app (higher is better)",
        ours,
        peer,
    )


def instructions_chart(figures: Figures, path: Path) -> None:
    """Figure 11: the bare app's instructions per request over each contender's."""

    def ours(mode: str, page: str) -> float | None:
        name = f"integration aiohttp, {mode}, {page}: bare app's instructions per request / ours"
        return _value(figures, name)

    def peer(storage: str, page: str) -> float | None:
        mode = "server mode" if storage == "RedisStorage" else "cookie mode"
        quotient = _value(
            figures,
            f"integration aiohttp {mode} vs aiohttp-session {storage}, {page}: "
            "instructions ratio (theirs / ours)",
        )
        mine = ours("server mode on Redis" if storage == "RedisStorage" else "cookie mode", page)
        return None if quotient is None or mine is None else mine / quotient

    _relative_chart(
        figures,
        path,
        "aiohttp, CPU instructions per request (callgrind): bare app / contender",
        "bare app's instructions / contender's (higher is better)",
        ours,
        peer,
    )


_CALLS = re.compile(r"N=([\d,]+): ([\d,]+)")


def _peer_calls(figures: Figures, name: str) -> dict[int, int]:
    """A peer's token calls by N, from its notes ("token calls N=10: 10; N=100: 100; ...")."""
    figure = figures.get(name)
    if figure is None:
        return {}
    return {
        int(n.replace(",", "")): int(calls.replace(",", ""))
        for n, calls in _CALLS.findall(figure["notes"])
    }


def single_flight_chart(figures: Figures, path: Path) -> None:
    """Figure 3: token calls for N concurrent requests of one visitor, ours and the peers."""
    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(8.5, 3.6), sharey=True)
    cases = (("expired token", "expired token"), ("failing refresh", "failing refresh"))
    for ax, (case, title) in zip(axes, cases, strict=True):
        ours: dict[int, int] = {}
        for n in (10, 100, 1_000, 10_000):
            value = _value(figures, f"single flight, {case}, N={n:,}: SDK token calls")
            if value is not None:
                ours[n] = int(value)
        # Distinct markers: several peers make the same number of calls and would hide.
        peers = (
            ("naive loop (the JS SDK's way)", "N=10,000: naive loop, no single flight", "o", 10),
            ("Authlib, one client per request", "N=100: Authlib, one client per request", "s", 6),
            ("Authlib, one shared client", "N=1,000: Authlib, one shared client", "^", 9),
        )
        for (label, suffix, marker, size), color in zip(peers, reversed(PEERS), strict=True):
            calls = _peer_calls(figures, f"single flight peer, {case}, {suffix}")
            if calls:
                ax.plot(
                    list(calls),
                    list(calls.values()),
                    linestyle="--",
                    marker=marker,
                    markersize=size,
                    color=color,
                    label=label,
                )
        if ours:
            ax.plot(
                list(ours),
                list(ours.values()),
                "o-",
                color=OURS,
                linewidth=2,
                markersize=4,
                label="wixvisitor",
            )
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("concurrent requests needing a token (N)")
        ax.set_title(f"single flight, {title}", loc="left", fontsize=11)
    axes[0].set_ylabel("token calls to Wix (lower is better)")
    axes[0].legend(frameon=False, fontsize=8)
    _save(fig, path)
    plt.close(fig)


def overhead_chart(figures: Figures, path: Path) -> None:
    """Figures 1 and 2: request overhead ratios and the hot path, ours vs Authlib."""
    plt = _pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(8.5, 3.4), width_ratios=(3, 2))
    rows = ("sequential", "64 concurrent")
    ours = [_value(figures, f"overhead {row}: WixClient.request / raw aiohttp") for row in rows]
    theirs = [
        _value(figures, f"overhead {row}: Authlib AsyncOAuth2Client / plain httpx") for row in rows
    ]
    _bars(
        left,
        [
            ("wixvisitor / raw aiohttp", OURS, ours),
            ("Authlib / plain httpx", PEERS[1], theirs),
        ],
        rows,
    )
    left.axhline(1.0, color="black", linewidth=0.8)
    left.axhline(1.05, color="black", linewidth=0.8, linestyle=":")
    left.text(1.45, 1.05, "target 1.05", va="bottom", ha="right", fontsize=8)
    left.set_ylim(0, 1.3)
    left.set_ylabel("time per API call / without auth (lower is better)")
    left.set_title("a Wix API call", loc="left", fontsize=11)
    left.legend(frameon=False, fontsize=8, loc="upper center", ncol=2)

    hot = [
        (
            "wixvisitor",
            _value(figures, "hot path: get_auth_headers() with a valid token"),
            OURS,
        ),
        (
            "Authlib",
            _value(figures, "hot path peer: Authlib ensure_active_token + auth flow"),
            PEERS[1],
        ),
    ]
    measured = [(label, value, color) for label, value, color in hot if value is not None]
    bars = right.bar(
        [label for label, _, _ in measured],
        [v for _, v, _ in measured],
        color=[c for _, _, c in measured],
    )
    for bar, (_, value, _) in zip(bars, measured, strict=True):
        right.annotate(
            f"{value:.2g} µs",
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            fontsize=8,
        )
    right.set_yscale("log")
    right.set_ylabel("µs per call, valid token (log)")
    right.set_title("the hot path", loc="left", fontsize=11)
    _save(fig, path)
    plt.close(fig)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value).replace("|", "\\|")


def table(report: dict[str, Any]) -> str:
    """The full report as Markdown: the machine and run, then one table per figure group."""
    machine, run = report["machine"], report["run"]
    lines = [
        f"Measured by `{run['command']}` on {machine.get('cpu_count')} cores, Python "
        f"{machine.get('python')}, commit `{machine.get('git_commit')}`, "
        f"{machine.get('date_utc')}, {run.get('seconds', 0):.0f} s.",
    ]
    group = None
    for figure in report["figures"]:
        if figure["group"] != group:
            group = figure["group"]
            number, _, name = group.partition(" ")
            lines += [
                "",
                f"### {number}. {name.replace('_', ' ')}",
                "",
                "| figure | value | unit | target | holds | notes |",
                "|---|---:|---|---|---|---|",
            ]
        holds = {True: "yes", False: "**no**", None: "—"}[figure["holds"]]
        lines.append(
            f"| {_cell(figure['name'])} | {_cell(figure['value'])} | {figure['unit']} | "
            f"{_cell(figure['target'])} | {holds} | {_cell(figure['notes'])} |"
        )
    return "\n".join(lines) + "\n"


def draw(source: Path, output: Path) -> list[Path]:
    """Draw every chart from the report at ``source`` into the folder ``output``."""
    _, figures = load(source)
    output.mkdir(parents=True, exist_ok=True)
    charts = {
        "integrations.svg": integrations_chart,
        "instructions.svg": instructions_chart,
        "single_flight.svg": single_flight_chart,
        "overhead.svg": overhead_chart,
    }
    written = []
    for name, chart in charts.items():
        chart(figures, output / name)
        written.append(output / name)
    return written


def headlines(figures: Figures) -> str:
    """The README's table of headline figures (at most eleven rows).

    A row may name several figures (one per framework): its cell shows them joined by "·".
    """
    lines = ["| figure | wixvisitor | peer |", "|---|---:|---:|"]
    for label, name, peer in HEADLINES:
        names = name if isinstance(name, tuple) else (name,)
        ours = " · ".join(_cell(_value(figures, one)) for one in names)
        theirs = "—" if peer is None else _cell(_value(figures, peer))
        if label.startswith("Redis round trips"):  # both values are ours
            ours, theirs = f"{ours} / {theirs}", "—"
        lines.append(f"| {label} | {ours} | {theirs} |")
    return "\n".join(lines) + "\n"


def fill(path: Path, marker: str, text: str) -> None:
    """Replace what lies between ``<!-- marker:start -->`` and ``<!-- marker:end -->``."""
    page = path.read_text(encoding="utf-8")
    start, end = f"<!-- {marker}:start -->\n", f"<!-- {marker}:end -->"
    head, found, rest = page.partition(start)
    if not found or end not in rest:
        raise ValueError(f"{path} has no {start.strip()} ... {end} markers")
    path.write_text(head + start + text + end + rest.partition(end)[2], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.charts", description=__doc__)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="chart folder")
    parser.add_argument(
        "--charts-only", action="store_true", help="leave README.md and docs/benchmarks.md alone"
    )
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"no report at {args.input}: run `python -m benchmarks` first", file=sys.stderr)
        return 1
    for path in draw(args.input, args.output):
        print(f"wrote {path}")
    if not args.charts_only:
        report, figures = load(args.input)
        fill(BENCHMARKS_PAGE, "figures", table(report))
        fill(README, "bench", headlines(figures))
        print(f"filled the tables of {BENCHMARKS_PAGE.name} and {README.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
