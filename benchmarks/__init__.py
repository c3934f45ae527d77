"""wixvisitor's benchmarks: ``python -m benchmarks`` (or ``make bench``) runs them all.

Each figure group is one module with a ``run(quick) -> list[Figure]`` function; the
runner in :mod:`benchmarks.__main__` prints a Markdown table and writes
``benchmarks/results/latest.json``. See ``benchmarks/README.md``.
"""

#: Figure groups in report order: (issue figure number, group name).
GROUPS: tuple[tuple[int, str], ...] = (
    (1, "overhead"),
    (2, "hot_path"),
    (3, "single_flight"),
    (4, "processes"),
    (5, "stores"),
    (6, "integrations"),
    (7, "memory"),
    (8, "loop_lag"),
    (9, "import_time"),
    (10, "fleet"),
    (11, "instructions"),
    (12, "modules"),
    (13, "near_cache"),
    (14, "frameworks"),
)
