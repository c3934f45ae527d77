"""`make apigen` is current: regenerating from the pinned packages gives the committed files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "tests" / "js"))
#: The fixture `node` (Node.js with the pinned packages, or a skip / a CI failure).
pytest_plugins = ["js_sdk_support"]

PACKAGES = ("ecom", "stores", "bookings", "redirects", "members", "events", "categories", "forms")


def _files(root: Path) -> dict[str, bytes]:
    found = {"docs/modules.md": (root / "docs" / "modules.md").read_bytes()}
    for package in PACKAGES:
        folder = root / "wixvisitor" / "modules" / package
        for path in sorted([*folder.glob("*.py"), *folder.glob("types/*.py")]):
            found[str(path.relative_to(root))] = path.read_bytes()
    return found


@pytest.mark.usefixtures("node")
def test_regenerating_gives_the_committed_files(tmp_path: Path) -> None:
    """Every generated module, types file, package and docs/modules.md matches a fresh run."""
    readme = tmp_path / "README.md"
    readme.write_text("# Title\n<!-- modules:start -->\nold\n<!-- modules:end -->\nTail\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "apigen" / "generate.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    fresh, committed = _files(tmp_path), _files(ROOT)
    assert sorted(fresh) == sorted(committed), "run `make apigen`: the set of files changed"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"run `make apigen`: {stale[:10]} differ from the pinned packages"
    # the README's table is rewritten between its markers, and nothing else is touched
    head, table = readme.read_text().split("<!-- modules:start -->\n")
    table, tail = table.split("<!-- modules:end -->")
    assert (head, tail) == ("# Title\n", "\nTail\n")
    assert "old" not in table
    assert "| `@wix/ecom` " in table
    assert "`currentCart` → `current_cart`" in table
