"""mypy --strict and pyright read the typed modules as a user's editor does.

``cart_typed.py`` is a user's file: each line marked ``wrong:`` must be reported by
both checkers and nothing else may be; ``cart["lineItems"][0]["quantity"]`` reads as ``int``.
``examples/`` and the docs' Python blocks (each page's blocks as one file, in order, as
tests/test_docs_snippets.py runs them) are checked too: any finding beyond ``KNOWN`` fails,
and so does a ``KNOWN`` entry that no longer shows (the list stays true).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "js"))
pytest_plugins = ["js_sdk_support"]

from test_docs_snippets import pages, snippets  # noqa: E402

#: A user's files, and what each must reveal: a line item's quantity, a typed client's answer.
USERS = {"cart_typed.py": '"int"', "shop_typed.py": "CreateCartResponse"}
PYRIGHT = ROOT / "tests" / "js" / "node_modules" / "pyright" / "index.js"

#: Findings in examples/ and the docs that predate the typed modules (file, what is said):
#: the code is right at run time, its annotations or the page's program are not.
KNOWN = {
    ("readme.py", "None"),  # current_cart.get() may be None: the page indexes it
    ("docs_index.py", "None"),
    ("docs_guides_getting_started.py", "None"),
    ("docs_guides_members.py", "None"),
    ("docs_guides_stores.py", "None"),
    ("docs_scaling.py", "RedisCluster"),  # RedisTokenStore is annotated for Redis only
    ("fastapi_storefront.py", "lifespan"),  # the FastAPI lifespan's annotation
    # one page, several apps (aiohttp, FastAPI, Starlette, Litestar) each right alone
    ("docs_guides_web.py", ""),
    # written against dict[str, Any] answers: its helpers' annotations predate the types
    ("bookings.py", ""),
}
#: Pyright's alone (mypy reads the Optional as narrowed by the line before).
KNOWN_PYRIGHT = {
    ("aiohttp_storefront.py", "splitlines"),  # an Optional read without a check
    ("fastapi_storefront.py", "splitlines"),
    ("litestar_storefront.py", "splitlines"),
}


def _snippet_files(folder: Path) -> list[Path]:
    """Each docs page with Python blocks, as one module."""
    files = []
    for page in pages():
        blocks = [code for _, code, fragment in snippets(page) if not fragment]
        if blocks:
            name = re.sub(r"\W", "_", str(page.relative_to(ROOT)).removesuffix(".md")).lower()
            path = folder / f"{name}.py"
            path.write_text("\n".join(blocks), encoding="utf-8")
            files.append(path)
    return files


def _mypy(files: list[Path]) -> list[tuple[str, int, str]]:
    # a page's blocks run in one namespace, in order: redefining main() there is intended
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    done = subprocess.run(
        [*command, "--disable-error-code", "no-redef", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=ROOT,
    )
    found = []
    for line in done.stdout.splitlines():
        match = re.match(r"(.+?):(\d+): (error|note): (.*)", line)
        if match:
            found.append((Path(match[1]).name, int(match[2]), f"{match[3]}: {match[4]}"))
    return found


def _pyright(node: str, files: list[Path]) -> list[tuple[str, int, str]]:
    command = [node, str(PYRIGHT), "--outputjson", "-p", str(HERE / "pyrightconfig.json")]
    done = subprocess.run(
        [*command, "--pythonpath", sys.executable, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=ROOT,
    )
    report = json.loads(done.stdout)
    return [
        (
            Path(d["file"]).name,
            d["range"]["start"]["line"] + 1,
            f"{d['severity']}: {d['message']}",
        )
        for d in report["generalDiagnostics"]
    ]


@pytest.fixture(scope="module")
def findings(node: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    """Both checkers' findings on the user's file, the examples and the docs' blocks."""
    files = [*(HERE / name for name in USERS), *sorted((ROOT / "examples").glob("*.py"))]
    files += _snippet_files(tmp_path_factory.mktemp("snippets"))
    return {"mypy": _mypy(files), "pyright": _pyright(node, files)}


def _wrong_lines(name: str) -> set[int]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, 1) if "# wrong:" in line}


@pytest.mark.parametrize("user", sorted(USERS))
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_each_mistake_is_reported_and_nothing_else(findings: dict, checker: str, user: str) -> None:
    """Each misspelt field or method, wrong enum literal and wrong type is an error; no other line is."""
    reported = {
        line for name, line, what in findings[checker] if name == user and what.startswith("error")
    }
    assert reported == _wrong_lines(user), findings[checker]


@pytest.mark.parametrize("user", sorted(USERS))
@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_what_the_user_reads_is_typed(findings: dict, checker: str, user: str) -> None:
    """A line item's quantity reads as ``int``; a typed client's answer as its REST response."""
    revealed = [
        what
        for name, _, what in findings[checker]
        if name == user and ("Revealed type" in what or "Type of" in what)
    ]
    assert len(revealed) == 1, revealed
    assert USERS[user] in revealed[0], revealed


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_examples_and_docs_hold_no_finding_beyond_the_known(findings: dict, checker: str) -> None:
    """examples/ and the docs' blocks: every error is a KNOWN one, and every KNOWN one shows."""
    errors = [
        (name, what)
        for name, _, what in findings[checker]
        if name not in USERS and what.startswith("error")
    ]
    known = KNOWN | KNOWN_PYRIGHT if checker == "pyright" else KNOWN
    new = [e for e in errors if not any(f == e[0] and s in e[1] for f, s in known)]
    assert not new, new
    gone = [k for k in known if not any(f == k[0] and k[1] in what for f, what in errors)]
    assert not gone, f"fixed: remove {gone} from KNOWN"
