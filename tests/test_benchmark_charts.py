"""benchmarks/charts.py draws the report's charts, and the tables it fills match the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks import charts


def test_the_charts_are_drawn_from_the_report_as_text_bearing_svg(tmp_path: Path) -> None:
    """Four SVG charts with their labels as text, the same bytes when drawn twice."""
    written = charts.draw(charts.DEFAULT_INPUT, tmp_path / "a")
    charts.draw(charts.DEFAULT_INPUT, tmp_path / "b")
    assert sorted(path.name for path in written) == [
        "instructions.svg",
        "integrations.svg",
        "overhead.svg",
        "single_flight.svg",
    ]
    for path in written:
        svg = path.read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()
    assert "naive loop" in (tmp_path / "a" / "single_flight.svg").read_text(encoding="utf-8")
    assert "RedisStorage" in (tmp_path / "a" / "integrations.svg").read_text(encoding="utf-8")


def test_the_committed_charts_exist_for_the_docs() -> None:
    """docs/benchmarks/ holds every chart the pages show."""
    for name in ("instructions", "integrations", "overhead", "single_flight"):
        assert (charts.DEFAULT_OUTPUT / f"{name}.svg").is_file()


def test_the_readme_and_benchmarks_page_tables_match_latest_json() -> None:
    """The README's headline table and the full table are what latest.json says (make bench)."""
    report, figures = charts.load(charts.DEFAULT_INPUT)
    readme = charts.README.read_text(encoding="utf-8")
    page = charts.BENCHMARKS_PAGE.read_text(encoding="utf-8")
    assert f"<!-- bench:start -->\n{charts.headlines(figures)}<!-- bench:end -->" in readme
    assert f"<!-- figures:start -->\n{charts.table(report)}<!-- figures:end -->" in page
    assert len(charts.HEADLINES) <= 11  # ten, and one row for the ASGI frameworks
    groups = {figure["group"] for figure in report["figures"]}
    rows = charts.table(report).count("\n| ")
    assert rows == len(report["figures"]) + len(groups)  # a header row per group


def test_fill_replaces_only_what_lies_between_the_markers(tmp_path: Path) -> None:
    """fill() keeps the page around the markers and refuses a page without them."""
    page = tmp_path / "page.md"
    page.write_text("a\n<!-- t:start -->\nold\n<!-- t:end -->\nb\n", encoding="utf-8")
    charts.fill(page, "t", "new\n")
    assert page.read_text(encoding="utf-8") == "a\n<!-- t:start -->\nnew\n<!-- t:end -->\nb\n"
    page.write_text("no markers\n", encoding="utf-8")
    with pytest.raises(ValueError, match="markers"):
        charts.fill(page, "t", "x\n")


def test_the_command_redraws_into_the_folder_it_is_given(tmp_path: Path) -> None:
    """`python -m benchmarks.charts --charts-only --output DIR` writes the charts there only."""
    report = tmp_path / "latest.json"
    shutil.copy(charts.DEFAULT_INPUT, report)
    assert json.loads(report.read_text(encoding="utf-8"))["figures"]
    assert (
        charts.main(["--input", str(report), "--output", str(tmp_path / "out"), "--charts-only"])
        == 0
    )
    assert len(list((tmp_path / "out").glob("*.svg"))) == 4
    assert charts.main(["--input", str(tmp_path / "missing.json"), "--charts-only"]) == 1
