"""Query builders: immutable, checked before any call, and the results' paging as in the JS SDK."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import _sample
import pytest

import wixvisitor as wv
from wixvisitor.modules._query import QueryBuilder, QueryResult


@pytest.fixture
async def products(client_id: str) -> AsyncIterator[_sample.Sample]:
    """The sample module on a client that never calls anything."""
    async with wv.create_client(client_id, base_url="http://127.0.0.1:9") as wix:
        yield _sample.bind(wix)


def test_every_operator_returns_a_new_builder(products: _sample.Sample) -> None:
    """Operators never change the builder they are called on: a base can start many queries."""
    base = products.query_products()
    shirts = base.starts_with("name", "shirt")
    cheap = shirts.lt("price", 20).limit(5).ascending("name")
    assert base.query == {"filter": {}, "cursorPaging": {"limit": 50}}
    assert shirts.query == {
        "filter": {"name": {"$startsWith": "shirt"}},
        "cursorPaging": {"limit": 50},
    }
    assert cheap.query["sort"] == [{"fieldName": "name", "order": "ASC"}]
    assert shirts is not base and cheap is not shirts


def test_conditions_on_one_field_nest_in_one_flat_and(products: _sample.Sample) -> None:
    """Each added condition joins one $and, as the JS builder's query-filter.js does."""
    query = products.query_products().ge("price", 10).lt("price", 20).ne("name", "x").query
    assert query["filter"] == {
        "$and": [{"price": {"$gte": 10}}, {"price": {"$lt": 20}}, {"name": {"$ne": "x"}}]
    }


def test_values_are_copied_and_datetimes_sent_as_js_dates(products: _sample.Sample) -> None:
    """A list changed after eq() leaves the builder alone; an aware datetime is JS's ISO form."""
    values = ["a"]
    builder = products.query_products().eq("tags", values)
    values.append("b")
    moment = datetime.datetime(
        2025, 1, 2, 4, 5, 6, 789000, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    query = builder.gt("createdDate", moment).query
    assert query["filter"]["$and"] == [
        {"tags": ["a"]},
        {"createdDate": {"$gt": "2025-01-02T03:05:06.789Z"}},
    ]
    query["filter"]["$and"].clear()  # the property hands out a copy
    assert len(builder.gt("createdDate", moment).query["filter"]["$and"]) == 2


NAIVE = datetime.datetime(2025, 1, 1)


@pytest.mark.parametrize(
    ("chain", "message"),
    [
        (lambda q: q.eq("", 1), r"eq\(\): the field must be a non-empty name"),
        (lambda q: q.eq(3, 1), "the field must be"),
        (lambda q: q.eq("$or", 1), "the field must be"),
        (lambda q: q.eq("a", object()), "cannot be sent as JSON"),
        (lambda q: q.eq("a", float("nan")), "cannot be sent as JSON"),
        (lambda q: q.eq("a", {1: 2}), "object keys must be strings"),
        (lambda q: q.gt("a", True), "a string, a number or a datetime"),
        (lambda q: q.ge("a", None), "a string, a number or a datetime"),
        (lambda q: q.lt("a", [1]), "a string, a number or a datetime"),
        (lambda q: q.le("a", NAIVE), "naive datetime"),
        (lambda q: q.starts_with("name", 3), r"starts_with\(\): the value must be a string"),
        (lambda q: q.ends_with("name", None), "must be a string"),
        (lambda q: q.contains("name", b"x"), "must be a string"),
        (lambda q: q.between("a", 5, 1), "start 5 must be below the end 1"),
        (lambda q: q.between("a", 1, 1), "must be below"),
        (lambda q: q.between("a", 1, "z"), "both bounds must be"),
        (lambda q: q.between("a", NAIVE, NAIVE), "naive datetime"),
        (lambda q: q.has_some("a", [1], 2), "as arguments or as one list, not both"),
        (lambda q: q.has_all("a", {"k": 1}), "a string, a number or a datetime"),
        (lambda q: q.in_("a", "abc"), r"in_\(\): the values must be a list"),
        (lambda q: q.in_("a", [None]), "a string, a number or a datetime"),
        (lambda q: q.exists("a", "yes"), "must be a bool"),
        (lambda q: q.and_("not a builder"), r"and_\(\): give another query builder"),
        (lambda q: q.ascending(), "name at least one field"),
        (lambda q: q.descending("ok", ""), "the field must be"),
        (lambda q: q.limit(-1), r"limit\(\): -1 is out of range 0..100"),
        (lambda q: q.limit(101), "out of range 0..100"),
        (lambda q: q.limit(2.0), "must be an int"),
        (lambda q: q.limit(True), "must be an int"),
        (lambda q: q.skip(10), r"skip\(\): this query pages by cursor"),
        (lambda q: q.skip_to(""), "non-empty string"),
    ],
)
def test_a_filter_wix_cannot_take_is_a_value_error(
    products: _sample.Sample, chain: Any, message: str
) -> None:
    """Wrong types, impossible bounds, out-of-range limits and wrong paging fail at once."""
    with pytest.raises(ValueError, match=message):
        chain(products.query_products())


@pytest.mark.parametrize(
    ("chain", "message"),
    [
        (lambda q: q.skip(-1), "offset must be an int >= 0"),
        (lambda q: q.skip(1.5), "offset must be an int >= 0"),
        (lambda q: q.skip_to("abc"), r"skip_to\(\): this query pages by offset"),
        (lambda q: q.limit(1000), "out of range 0..100"),
    ],
)
def test_offset_paging_is_checked_too(products: _sample.Sample, chain: Any, message: str) -> None:
    """An OFFSET query refuses cursors and negative offsets."""
    with pytest.raises(ValueError, match=message):
        chain(products.query_products_v1())


def test_builders_of_different_methods_do_not_combine(products: _sample.Sample) -> None:
    """or_() of a V1 and a V3 query is refused: the filters would mean different fields."""
    with pytest.raises(ValueError, match="same method"):
        products.query_products().or_(products.query_products_v1().eq("a", 1))


def test_not_keeps_the_filter_built_so_far(products: _sample.Sample) -> None:
    """not_() adds "not other" to this filter (where JS's not() drops what came before)."""
    builder = products.query_products()
    query = builder.eq("a", 1).not_(builder.eq("b", 2)).query
    assert query["filter"] == {"$and": [{"a": 1}, {"$not": {"b": 2}}]}


def test_offset_paging_shapes(products: _sample.Sample) -> None:
    """skip() and limit() write {offset, limit} in the JS builder's order, with its default 50."""
    v1 = products.query_products_v1()
    assert v1.query["paging"] == {"offset": 0, "limit": 50}
    assert list(v1.skip(20).query["paging"].items()) == [("offset", 20), ("limit", 50)]
    assert list(v1.skip(20).limit(10).query["paging"].items()) == [("limit", 10), ("offset", 20)]


def test_a_result_without_pages_says_so() -> None:
    """has_next()/has_prev() are False and next()/prev() raise LookupError when there is none."""
    result = QueryResult([{"id": "a"}], 50)
    assert (result.length, len(result), result.has_next(), result.has_prev()) == (
        1,
        1,
        False,
        False,
    )
    with pytest.raises(LookupError, match="no next page"):
        result.next().send(None)
    with pytest.raises(LookupError, match="no previous page"):
        result.prev().send(None)


def test_the_repr_names_the_method_and_query(products: _sample.Sample) -> None:
    """repr(builder) shows the method and its query, for logs and debugging."""
    text = repr(products.query_products().eq("a", 1))
    assert "QueryProducts" in text and "'a': 1" in text
    assert isinstance(products.query_products(), QueryBuilder)
