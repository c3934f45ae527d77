"""The demo's report: each step's result, printed one aligned line per step."""

from __future__ import annotations

import os
from typing import Any

import attrs

from .token_calls import TokenCalls

__all__ = ["StepPrinter", "StepResult"]


@attrs.frozen
class StepResult:
    """One step's outcome: ``holds`` is ``None`` when the step was skipped."""

    holds: bool | None
    summary: str
    calls: TokenCalls | None = None


class StepPrinter:
    """One aligned line per step; ✓/✗ where the terminal can show them, colour on a TTY."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "✓✗".encode(encoding)
            self.marks = {True: "✓", False: "✗", None: "-"}
        except (UnicodeEncodeError, LookupError):
            self.marks = {True: "OK  ", False: "FAIL", None: "SKIP"}
        tty = hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ
        self.colors = {True: "\033[32m", False: "\033[31m", None: "\033[33m"} if tty else {}

    def header(self, text: str) -> None:
        """Print the line that says where the demo runs."""
        print(text, file=self.stream, flush=True)

    def step(self, number: int, result: StepResult) -> None:
        """Print one step: number, mark, summary, token calls."""
        mark = self.marks[result.holds]
        if self.colors:
            mark = f"{self.colors[result.holds]}{mark}\033[0m"
        calls = result.calls.describe() if result.calls is not None else ""
        line = f"  {number}. {mark} {result.summary:<62}  {calls}"
        print(line.rstrip(), file=self.stream, flush=True)

    def footer(self, failed: int, skipped: int, seconds: float) -> None:
        """Print the verdict and how long the demo took."""
        verdict = "all steps hold" if failed == 0 else f"{failed} step(s) did not hold"
        if skipped:
            verdict += f", {skipped} skipped"
        print(f"{verdict} ({seconds:.1f} s)", file=self.stream, flush=True)
