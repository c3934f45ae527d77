"""MkDocs hooks for the documentation site (``mkdocs.yml`` names this file).

Some pages in the nav come from work that lands separately (the Wix modules table, the
emulator's catalogs and bookings, observability, the near cache). A nav entry whose file is
not there yet is dropped, with an INFO line, instead of failing the ``--strict`` build; every
other missing file still fails it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.wixvisitor")

#: Pages the nav names before they exist; only these may be missing.
OPTIONAL_PAGES = frozenset(
    {
        "modules.md",
        "modules-usage.md",
        "emulator-catalogs.md",
        "emulator-bookings.md",
        "observability.md",
        "near-cache.md",
    }
)


def _prune(entries: list[Any], docs_dir: Path) -> list[Any]:
    kept: list[Any] = []
    for entry in entries:
        if isinstance(entry, dict):
            (title, target), *_ = entry.items()
            if isinstance(target, list):
                children = _prune(target, docs_dir)
                if children:
                    kept.append({title: children})
                continue
            if target in OPTIONAL_PAGES and not (docs_dir / target).is_file():
                log.info("nav: %s is not written yet, left out", target)
                continue
        kept.append(entry)
    return kept


def on_config(config: Any) -> Any:
    """Leave the optional pages that do not exist yet out of the nav."""
    if config.nav:
        config.nav = _prune(config.nav, Path(config.docs_dir))
    return config
