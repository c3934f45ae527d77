"""Query builders and results are generic over their items, for type checkers only."""

from __future__ import annotations

import os
import subprocess
import sys
import typing
from pathlib import Path

from wixvisitor.modules import QueryBuilder, QueryResult

HERE = Path(__file__).parent


def test_mypy_strict_types_the_items_of_a_query(tmp_path: Path) -> None:
    """typed_query_usage.py passes mypy --strict; a misspelt key of a typed item is reported."""
    misspelt = tmp_path / "misspelt_item.py"
    misspelt.write_text(
        "from typed_query_usage import typed_products\nimport wixvisitor as wv\n\n\n"
        "async def use(wix: wv.WixClient) -> None:\n"
        "    async for product in typed_products(wix):\n"
        "        print(product['nmae'])\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental",
         str(HERE / "typed_query_usage.py"), str(misspelt)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=HERE.parents[1],
        env={**os.environ, "MYPYPATH": str(HERE)},
    )  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, done.stdout
    assert 'TypedDict "Product" has no key "nmae"' in errors[0]


def test_the_type_parameter_is_plain_typing_at_run_time() -> None:
    """QueryBuilder[X] and QueryResult[X] are typing.Generic aliases over a typing.TypeVar."""
    assert QueryBuilder[dict].__origin__ is QueryBuilder
    assert QueryResult[dict].__origin__ is QueryResult
    (item,) = QueryBuilder.__parameters__
    assert QueryResult.__parameters__ == (item,) and type(item) is typing.TypeVar
