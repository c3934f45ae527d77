"""Write ``wixvisitor/modules/<package>/<module>.py`` from the official ``@wix/*`` packages.

    python tools/apigen/generate.py [--out DIR] [--docs FILE] [--readme FILE]

``extract.cjs`` runs the packages pinned in ``tests/js`` and reports, per method, what they
send (verb, path template, ``methodFqn``, payload shape, GET encoding, POST fallback, query
paging); this script turns that report into Python (see ``emit.py``), formats it with
ruff and writes it. Nothing here names a Wix path or field: they all come from the packages.
``make apigen`` runs it; ``tests/modules/test_apigen_drift.py`` checks the output is current.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from emit import PACKAGES, header, module_file, package_init
from tables import docs_page, readme_summary
from typed import Shapes, shared_file, shared_shapes, types_file

ROOT = Path(__file__).resolve().parents[2]
JS_DIR = ROOT / "tests" / "js"
README_START, README_END = "<!-- modules:start -->", "<!-- modules:end -->"


def extract(js_dir: Path = JS_DIR) -> dict[str, object]:
    """What the installed packages say (``node extract.cjs``)."""
    node = shutil.which("node")
    if node is None:
        raise SystemExit("apigen: node is not installed (apt-get install nodejs npm)")
    done = subprocess.run(  # noqa: S603 (node on our own script)
        [node, str(Path(__file__).with_name("extract.cjs")), str(js_dir), *PACKAGES],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"apigen: extract.cjs failed:\n{done.stderr[-3000:]}")
    report: dict[str, object] = json.loads(done.stdout)
    return report


def render(report: dict[str, object]) -> dict[str, str]:
    """Every generated file, relative path → text (not yet formatted)."""
    files: dict[str, str] = {}
    renames: dict[str, str] = report["renames"]  # type: ignore[assignment]
    for package in report["packages"]:  # type: ignore[attr-defined]
        modules, typed = [], []
        folder = f"wixvisitor/modules/{package['name']}"
        for module in package["modules"]:
            shapes = Shapes(module["rest"])
            text = module_file(package, module, renames, shapes)
            if text is None:
                continue
            modules.append(module)
            typed.append(shapes)
            files[f"{folder}/{_snake(module['export'])}.py"] = text
        shared = shared_shapes(typed)  # declared alike by several modules: written once
        source = header(f"{package['package']} {package['version']}")
        if shared:
            files[f"{folder}/types/_shared.py"] = shared_file(source, package, shared)
        for index, (module, shapes) in enumerate(zip(modules, typed, strict=True)):
            mine = frozenset(name for name, (_, users) in shared.items() if index in users)
            source = header(f"{module['npm']} {module['version']}")
            files[f"{folder}/types/{_snake(module['export'])}.py"] = types_file(
                source, package, module, shapes, mine
            )
        files[f"{folder}/__init__.py"] = package_init(package, modules)
        files[f"{folder}/types/__init__.py"] = types_init(package)
    return files


def types_init(package: dict[str, Any]) -> str:
    """``<package>/types/__init__.py``: what the folder holds (each module's REST types)."""
    name = package["name"]
    return "\n".join(
        [
            *header(f"{package['package']} {package['version']}"),
            f'"""REST types of ``{package["package"]}``, one file per module.',
            "",
            f"``from wixvisitor.modules.{name}.types.<module> import <Type>``: the request,",
            "answer and entity shapes each method of the module takes and returns.",
            '"""',
            "",
        ]
    )


def _snake(name: str) -> str:
    from emit import snake

    return snake(name)


def format_files(root: Path) -> None:
    """Imports sorted and ``ruff format``, with the project's settings: stable, lint-clean."""
    config = ["--config", str(ROOT / "pyproject.toml")]
    for command in (["check", "--select", "I", "--fix"], ["format"]):
        done = subprocess.run(  # noqa: S603 (our own interpreter's ruff)
            [sys.executable, "-m", "ruff", *command, "--quiet", *config, str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"apigen: ruff {command[0]} failed:\n{done.stderr[-3000:]}")


def generate(out: Path, report: dict[str, object]) -> list[Path]:
    """Write the modules under ``out`` (a repository root); the paths written."""
    files = render(report)
    with tempfile.TemporaryDirectory() as tmp:
        for relative, text in files.items():
            path = Path(tmp, relative)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        format_files(Path(tmp))
        written = []
        for relative in files:
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(Path(tmp, relative).read_bytes())
            written.append(target)
    for package in report["packages"]:  # type: ignore[attr-defined]
        folder = out / "wixvisitor" / "modules" / package["name"]
        for stale in [*folder.glob("*.py"), *folder.glob("types/*.py")]:
            if stale not in written:
                stale.unlink()
    return written


def main() -> None:
    """The ``make apigen`` entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="repository root to write into")
    parser.add_argument("--js", type=Path, default=JS_DIR, help="where the packages are installed")
    args = parser.parse_args()
    report = extract(args.js)
    written = generate(args.out, report)
    docs = args.out / "docs" / "modules.md"
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text(docs_page(report), encoding="utf-8")
    readme = args.out / "README.md"
    if readme.exists():
        text = readme.read_text(encoding="utf-8")
        if README_START in text and README_END in text:
            head, rest = text.split(README_START, 1)
            _, tail = rest.split(README_END, 1)
            summary = readme_summary(report)
            readme.write_text(
                f"{head}{README_START}\n{summary}{README_END}{tail}", encoding="utf-8"
            )
    print(f"apigen: {len(written)} files under {args.out / 'wixvisitor' / 'modules'}")


if __name__ == "__main__":
    main()
