"""Every Python snippet in README.md and the docs runs, so no example goes stale.

Each page's ```python blocks run in order in one namespace (a later block may use what an
earlier one defined), in a fresh interpreter whose working directory is a temporary folder,
with warnings as errors and any unraisable exception (an unclosed session's
ResourceWarning) a failure. Snippets that reach Wix use the embedded emulator, as a reader
can. A block that cannot run alone (a handler's body, a fragment of a bigger program) says
so explicitly: its last non-blank line before the opening fence is ``<!-- fragment -->``
(a reason may follow: ``<!-- fragment: needs a running app -->``). Nothing else is skipped.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^(\s*)(```+|~~~+)\s*(\w*)")
FRAGMENT = re.compile(r"^\s*<!--\s*fragment\b.*-->\s*$")
#: pymdownx.snippets' include line, as the site's build expands it: a whole file or a section.
#: ``"file"``, ``"file:section"`` or ``"file:first:last"`` (1-based lines, either may be empty).
INCLUDE = re.compile(r'^\s*--8<-- "([^":]+)(?::([A-Za-z_][\w-]*)|:(\d*):(\d*))?"\s*$')
PYTHON = {"python", "py", "python3"}


#: Runs one page's blocks; prints which block failed and why.
RUNNER = r"""
import gc, json, sys, traceback, warnings
warnings.simplefilter("error")
unraisable = []
sys.unraisablehook = lambda hook: unraisable.append(f"{hook.exc_type.__name__}: {hook.exc_value}")
namespace = {"__name__": "__main__"}
for where, code in json.load(sys.stdin):
    try:
        exec(compile(code, where, "exec"), namespace)
    except BaseException:
        print(f"snippet {where} failed:\n{traceback.format_exc()}", file=sys.stderr)
        sys.exit(1)
namespace.clear()
gc.collect()
if unraisable:
    print("unraisable exceptions (unclosed resources?):", *unraisable, sep="\n", file=sys.stderr)
    sys.exit(1)
"""


def expand(text: str) -> list[str]:
    """The page's lines with its ``--8<--`` includes replaced by what they include."""
    lines: list[str] = []
    for line in text.splitlines():
        match = INCLUDE.match(line)
        if not match:
            lines.append(line)
            continue
        included = (ROOT / match.group(1)).read_text(encoding="utf-8").splitlines()
        if match.group(2):
            start, end = f"--8<-- [start:{match.group(2)}]", f"--8<-- [end:{match.group(2)}]"
            first = next(i for i, text in enumerate(included) if start in text)
            last = next(i for i, text in enumerate(included) if end in text)
            included = included[first + 1 : last]
        elif match.group(3) is not None:
            first, last = int(match.group(3) or 1), int(match.group(4) or len(included))
            included = included[first - 1 : last]
        lines.extend(included)
    return lines


def snippets(path: Path) -> list[tuple[int, str, bool]]:
    """The page's Python blocks: (first line number, code, marked as a fragment).

    Line numbers are those of the page with its includes expanded.
    """
    lines = expand(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str, bool]] = []
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, fence, language = match.groups()
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].strip().startswith(fence):
            body.append(lines[index][len(indent) :] if lines[index].strip() else "")
            index += 1
        if language in PYTHON:
            start = index - len(body) + 1
            found.append((start, "\n".join(body) + "\n", bool(FRAGMENT.match(previous))))
        index += 1
    return found


def pages() -> list[Path]:
    """README.md and every Markdown page of the site."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("page", [p for p in pages() if snippets(p)], ids=_name)
def test_every_snippet_of_the_page_runs(page: Path, tmp_path: Path) -> None:
    """The page's Python blocks run in order, against the embedded emulator, and close what they open."""
    blocks = [
        (f"{_name(page)}:{line}", code) for line, code, fragment in snippets(page) if not fragment
    ]
    if not blocks:
        pytest.skip("every block on this page is marked <!-- fragment -->")
    done = subprocess.run(
        [sys.executable, "-c", RUNNER],
        input=json.dumps(blocks),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]


def test_the_snippet_reader_finds_blocks_and_fragment_markers(tmp_path: Path) -> None:
    """A fenced python block is a snippet; one after <!-- fragment --> is marked; others are not Python."""
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\n```python\nx = 1\n```\n\n<!-- fragment: a handler body -->\n\n```python\n"
        "await y\n```\n\n```console\n$ make\n```\n\n- item\n\n    ```py\n    z = 2\n    ```\n",
        encoding="utf-8",
    )
    assert snippets(page) == [
        (4, "x = 1\n", False),
        (10, "await y\n", True),
        (20, "z = 2\n", False),
    ]


def test_the_readme_is_a_short_landing_page_whose_snippets_are_whole_programs() -> None:
    """README.md: under 200 lines, the modules markers, complete snippets, links that resolve."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 200
    start, end = text.index("<!-- modules:start -->"), text.index("<!-- modules:end -->")
    assert start < end
    readme = snippets(ROOT / "README.md")
    assert readme
    assert not [line for line, _, fragment in readme if fragment]
    links = re.findall(r"\]\(([^)#\s]+)", text)
    broken = [link for link in links if "://" not in link and not (ROOT / link).exists()]
    assert links and broken == []
