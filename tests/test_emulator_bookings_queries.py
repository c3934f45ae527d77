"""Any bookings query of the wrong shape is a QueryError (a 400 naming the field), never a crash."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wixvisitor.emulator.bookings.catalog import SERVICES
from wixvisitor.emulator.bookings.services import SERVICE_FIELDS
from wixvisitor.emulator.common.json_query import (
    QueryError,
    filter_items,
    page_by_cursor,
    page_by_offset,
    sort_items,
)

LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.sampled_from(["", "x", "ASC", "DESC", "APPOINTMENT", "name", "eyJvIjogMX0=", "@@"]),
)
KEYS = st.sampled_from(
    ["name", "type", "sortOrder", "category.id", "staffMemberIds", "price", "$and", "$or",
     "$not", "$eq", "$ne", "$gt", "$lte", "$in", "$hasAll", "$startsWith", "$isEmpty",
     "$exists", "limit", "offset", "cursor", "fieldName", "order"]
)  # fmt: skip
JSON = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=12,
)
ITEMS = [service.to_json() for service in SERVICES]


@settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(JSON, JSON, JSON)
def test_filter_sort_and_page_raise_only_query_errors(filter_: Any, sort: Any, paging: Any) -> None:
    """Filter, sort, offset and cursor paging over the services: a result or a QueryError."""
    with contextlib.suppress(QueryError):
        found = filter_items(ITEMS, filter_, SERVICE_FIELDS)
        assert all(item in ITEMS for item in found)
    with contextlib.suppress(QueryError):
        assert sorted(map(str, sort_items(list(ITEMS), sort, SERVICE_FIELDS))) == sorted(
            map(str, ITEMS)
        )
    for page in (page_by_offset, page_by_cursor):
        with contextlib.suppress(QueryError):
            items, meta = page(ITEMS, paging)
            assert meta["count"] == len(items) <= len(ITEMS)


def test_every_operator_against_a_hand_written_filter() -> None:
    """Each operator keeps exactly the services a plain Python predicate keeps."""
    cases: list[tuple[dict[str, Any], Any]] = [
        ({"type": "CLASS"}, lambda s: s["type"] == "CLASS"),
        ({"type": {"$ne": "CLASS"}}, lambda s: s["type"] != "CLASS"),
        ({"name": {"$startsWith": "m"}}, lambda s: s["name"].lower().startswith("m")),
        ({"defaultCapacity": {"$gt": 1}}, lambda s: s["defaultCapacity"] > 1),
        ({"defaultCapacity": {"$lte": 8}}, lambda s: s["defaultCapacity"] <= 8),
        ({"type": {"$in": ["COURSE", "CLASS"]}}, lambda s: s["type"] in ("COURSE", "CLASS")),
        ({"$or": [{"type": "COURSE"}, {"name": "Haircut"}]},
         lambda s: s["type"] == "COURSE" or s["name"] == "Haircut"),
        ({"$not": {"type": "APPOINTMENT"}}, lambda s: s["type"] != "APPOINTMENT"),
        ({"staffMemberIds": {"$isEmpty": True}}, lambda s: s["staffMemberIds"] == []),
        ('{"type": {"$eq": "COURSE"}}', lambda s: s["type"] == "COURSE"),
    ]  # fmt: skip
    for filter_, keep in cases:
        expected = [s["id"] for s in ITEMS if keep(s)]
        assert [s["id"] for s in filter_items(ITEMS, filter_, SERVICE_FIELDS)] == expected, filter_
