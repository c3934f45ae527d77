"""The secret scan: every text a run produced, searched for every token value it saw."""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path

import wixvisitor as wv

_FORMAT = logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
#: A leak is a token value or any 32-character slice of one (a truncated copy leaks too).
_WINDOW = 32
_TOKEN_RUN = re.compile(rf"[!-~]{{{_WINDOW},}}")


class SecretScan:
    """Collects token values and captured texts, then reports where a value shows up.

    A leak is a whole token value, or any 32-character slice of one (each holds at
    least 20 random characters), found in a captured text. Values shorter than 12
    characters are test placeholders, not secrets, and are not looked for.
    """

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.texts: list[tuple[str, str]] = []

    def remember(self, *items: wv.Tokens | str | None) -> None:
        """Note token values to look for (Tokens or raw values)."""
        for item in items:
            if isinstance(item, wv.Tokens):
                self.secrets.add(item.access_token.value)
                self.secrets.add(item.refresh_token.value)
            elif item:
                self.secrets.add(item)
        self.secrets = {secret for secret in self.secrets if len(secret) >= 12}

    def text(self, where: str, text: str) -> None:
        """Capture one text."""
        self.texts.append((where, text))

    def objects(self, where: str, *objects: object) -> None:
        """Capture the str and repr of objects."""
        for thing in objects:
            self.text(f"{where}: repr {type(thing).__name__}", repr(thing))
            self.text(f"{where}: str {type(thing).__name__}", str(thing))

    def exception(self, where: str, error: BaseException) -> None:
        """Capture an exception: str, repr, its whole formatted traceback and chain."""
        self.objects(where, error)
        self.text(f"{where}: traceback", "".join(traceback.format_exception(error)))
        for name, value in vars(error).items():
            self.text(f"{where}: attribute {name}", repr(value))

    def records(self, where: str, records: list[logging.LogRecord]) -> None:
        """Capture log records fully formatted, tracebacks included."""
        for record in records:
            self.text(f"{where}: log {record.name}", _FORMAT.format(record))

    def files(self, where: str, root: Path, *, token_files: set[Path]) -> int:
        """Capture every file under ``root`` except the token files themselves."""
        count = 0
        for path in sorted(root.rglob("*")):
            if path.is_file() and path not in token_files:
                self.text(
                    f"{where}: file {path.relative_to(root)}", path.read_bytes().decode("latin-1")
                )
                count += 1
        return count

    def leaks(self) -> list[str]:
        """Where each leaked value was found (never the value itself)."""
        windows: dict[str, str] = {}
        short = []
        for secret in self.secrets:
            if len(secret) < _WINDOW:
                short.append(secret)
            for start in range(len(secret) - _WINDOW + 1):
                windows.setdefault(secret[start : start + _WINDOW], secret)
        found = []
        for where, text in self.texts:
            hits = {s for s in short if s in text}
            for run in _TOKEN_RUN.findall(text):
                for start in range(len(run) - _WINDOW + 1):
                    secret = windows.get(run[start : start + _WINDOW])
                    if secret is not None:
                        hits.add(secret)
            found += [f"{where} (a {len(secret)}-character token)" for secret in hits]
        return found
