"""The house: the package root holds the library, and no module imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import wixvisitor

PACKAGE = Path(wixvisitor.__file__).parent


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every wixvisitor module ``name`` imports: top level, TYPE_CHECKING and lazy imports alike."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import sub` names the submodule when there is one.
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            ]
        else:
            continue
        found.update(target for target in targets if target in modules)
    found.discard(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_package_has_no_import_cycles() -> None:
    """No chain of imports inside wixvisitor leads back to where it started, type-only ones included."""
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    assert len(graph) > 20
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The checker itself sees a two-module cycle (so an empty answer means something)."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


def test_the_package_root_holds_the_library_not_its_tools() -> None:
    """The command line and the demo live in wixvisitor.cli, the API helpers in wixvisitor.apis."""
    root = {path.stem for path in PACKAGE.glob("*.py")}
    tools = {"cli", "_demo", "_demo_printer", "_demo_redis", "_tokens_cli", "_emulator_cli"}
    assert not root & (tools | {"_token_calls", "_apis"})
    assert not {name for name in root if "demo" in name}
    assert (PACKAGE / "cli" / "__init__.py").is_file()
    assert (PACKAGE / "apis" / "__init__.py").is_file()
