"""examples/store_categories.py runs with one command against the embedded emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "store_categories.py"


def test_the_store_categories_example_shows_the_tree_and_a_category_page(tmp_path: Path) -> None:
    """The menu indents Shirts under Clothing; the Shirts page lists and counts its two shirts."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1:4] == [
        "- All Products: 12 items (all products)",
        "- Clothing: 5 items",
        "  - Shirts: 2 items",
    ]
    assert lines[7:] == [
        "category page /category/shirts: Clothing > Shirts",
        "  Blue Shirt: $25.00",
        "  Red Shirt: $25.00",
        "2 products in Shirts",
    ]
