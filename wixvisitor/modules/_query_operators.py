"""A query builder's operators: each returns a new builder with one more condition or rule.

``@wix/sdk-runtime``'s ``queryBuilder`` operators under snake_case names (``in`` is
``in_``, ``and``/``or``/``not`` are ``and_``/``or_``/``not_``), writing the JSON the JS
builder writes: filters (``eq`` ... ``exists``, combined by :mod:`._filters`), sort
(``ascending``, ``descending``) and paging (``limit``, ``skip``, ``skip_to``). Where JS
takes anything, Python checks first: a filter Wix cannot take is a :class:`ValueError`
before any call. :class:`QueryOperators` holds a builder's parts and never changes them;
:class:`~._query.QueryBuilder` adds the running of the query.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from ._filters import (
    Comparable,
    and_filters,
    check_comparable,
    check_field,
    check_text,
    check_values,
    json_value,
    kind_of,
    not_filter,
    or_filters,
)
from ._query_spec import Query, first_page
from ._runtime import Requester

__all__ = ["NOTHING", "QueryOperators"]

#: The empty filter and options every new builder shares (never changed).
NOTHING: dict[str, Any] = {}

#: A query object's keys: the JS router runs an argument holding one at once (``run()``).
_QUERY_KEYS = frozenset({"filter", "sort", "paging", "cursorPaging"})


class QueryOperators:
    """The parts of an immutable query and the operators making new ones from them."""

    __slots__ = ("_filter", "_options", "_paging", "_query", "_requester", "_sort")

    def __init__(
        self, requester: Requester, query: Query, options: Mapping[str, Any] | None = None
    ) -> None:
        if options and not _QUERY_KEYS.isdisjoint(options):
            key = min(_QUERY_KEYS.intersection(options))
            raise ValueError(
                f"{query.route.fqn or query.route.path}: the options hold {key!r}, a query's key;"
                " run a query object with .run(query), or give it as {'query': {...}}"
            )
        self._requester = requester
        self._query = query
        # Shared, never changed: each operator makes new ones (the builders are immutable).
        self._options = dict(options) if options else NOTHING
        self._filter: dict[str, Any] | None = NOTHING
        self._sort: tuple[dict[str, str], ...] = ()
        self._paging: dict[str, Any] = first_page(query)

    @property
    def query(self) -> dict[str, Any]:
        """The query object ``find()`` sends (a copy), as the JS builder's ``.query``."""
        query: dict[str, Any] = json_value(self._wire(), "query")
        return query

    def _wire(self) -> dict[str, Any]:
        """The query object, sharing this builder's parts: only for sending, never to change."""
        query: dict[str, Any] = {}
        if self._filter is not None:
            query["filter"] = self._filter
        query["paging" if self._query.paging == "OFFSET" else "cursorPaging"] = self._paging
        if self._sort:
            query["sort"] = self._sort
        return query

    def _with(
        self,
        *,
        filter_: dict[str, Any] | Literal[False] | None = False,
        sort: tuple[dict[str, str], ...] | None = None,
        paging: dict[str, Any] | None = None,
    ) -> Self:
        new = object.__new__(type(self))
        new._requester, new._query, new._options = self._requester, self._query, self._options
        new._filter = self._filter if filter_ is False else filter_
        new._sort = self._sort if sort is None else sort
        new._paging = self._paging if paging is None else paging
        return new

    def _add(self, condition: dict[str, Any]) -> Self:
        return self._with(filter_=and_filters(self._filter, condition))

    def _operator(self, operator: str, field: str, value: Any) -> Self:
        """Add ``{field: {operator: value}}``; ``field`` and ``value`` are checked already."""
        return self._add({field: {operator: value}})

    # -- filters -------------------------------------------------------------------------

    def eq(self, field: str, value: Any) -> Self:
        """Items whose ``field`` equals ``value`` (``None``: the field is empty)."""
        return self._add({check_field(field, "eq"): json_value(value, "eq")})

    def ne(self, field: str, value: Any) -> Self:
        """Items whose ``field`` does not equal ``value``."""
        return self._operator("$ne", check_field(field, "ne"), json_value(value, "ne"))

    def gt(self, field: str, value: Comparable) -> Self:
        """Items whose ``field`` is greater than ``value``."""
        return self._operator("$gt", check_field(field, "gt"), check_comparable(value, "gt"))

    def ge(self, field: str, value: Comparable) -> Self:
        """Items whose ``field`` is greater than or equal to ``value``."""
        return self._operator("$gte", check_field(field, "ge"), check_comparable(value, "ge"))

    def lt(self, field: str, value: Comparable) -> Self:
        """Items whose ``field`` is less than ``value``."""
        return self._operator("$lt", check_field(field, "lt"), check_comparable(value, "lt"))

    def le(self, field: str, value: Comparable) -> Self:
        """Items whose ``field`` is less than or equal to ``value``."""
        return self._operator("$lte", check_field(field, "le"), check_comparable(value, "le"))

    def between(self, field: str, start: Comparable, end: Comparable) -> Self:
        """Items whose ``field`` is at least ``start`` and below ``end`` (``ge`` then ``lt``)."""
        check_field(field, "between")
        low, high = check_comparable(start, "between"), check_comparable(end, "between")
        kinds = {kind_of(start), kind_of(end)}
        if len(kinds) != 1:
            raise ValueError("between(): both bounds must be numbers, strings or datetimes alike")
        if kinds != {"text"} and not start < end:  # type: ignore[operator]
            raise ValueError(f"between(): the start {start!r} must be below the end {end!r}")
        return self._operator("$gte", check_field(field, "between"), low)._operator(
            "$lt", check_field(field, "between"), high
        )

    def starts_with(self, field: str, value: str) -> Self:
        """Items whose text ``field`` starts with ``value``."""
        text = check_text(value, "starts_with")
        return self._operator("$startsWith", check_field(field, "starts_with"), text)

    def ends_with(self, field: str, value: str) -> Self:
        """Items whose text ``field`` ends with ``value``."""
        text = check_text(value, "ends_with")
        return self._operator("$endsWith", check_field(field, "ends_with"), text)

    def contains(self, field: str, value: str) -> Self:
        """Items whose text ``field`` contains ``value``."""
        return self._operator(
            "$contains", check_field(field, "contains"), check_text(value, "contains")
        )

    def has_some(self, field: str, *values: Comparable | list[Comparable]) -> Self:
        """Items whose array ``field`` holds any of ``values`` (given as arguments or one list)."""
        return self._operator(
            "$hasSome", check_field(field, "has_some"), check_values(values, "has_some")
        )

    def has_all(self, field: str, *values: Comparable | list[Comparable]) -> Self:
        """Items whose array ``field`` holds all of ``values`` (given as arguments or one list)."""
        return self._operator(
            "$hasAll", check_field(field, "has_all"), check_values(values, "has_all")
        )

    def in_(self, field: str, values: list[Comparable] | tuple[Comparable, ...]) -> Self:
        """Items whose ``field`` is one of ``values`` (JS ``in``)."""
        if not isinstance(values, (list, tuple)):
            raise ValueError(f"in_(): the values must be a list, got {type(values).__name__}")
        return self._operator(
            "$in", check_field(field, "in_"), check_values((list(values),), "in_")
        )

    def exists(self, field: str, value: bool = True) -> Self:
        """Items that have ``field`` at all (or, with ``False``, lack it)."""
        if not isinstance(value, bool):
            raise ValueError(f"exists(): the value must be a bool, got {type(value).__name__}")
        return self._operator("$exists", check_field(field, "exists"), value)

    def is_empty(self, field: str) -> Self:
        """Items whose ``field`` is empty (``eq(field, None)``)."""
        return self.eq(field, None)

    def is_not_empty(self, field: str) -> Self:
        """Items whose ``field`` is not empty (``ne(field, None)``)."""
        return self.ne(field, None)

    def and_(self, other: QueryOperators) -> Self:
        """Items matching this filter and ``other``'s (JS ``and``)."""
        return self._with(filter_=and_filters(self._filter, self._other(other, "and_")))

    def or_(self, other: QueryOperators) -> Self:
        """Items matching this filter or ``other``'s (JS ``or``)."""
        return self._with(filter_=or_filters(self._filter, self._other(other, "or_")))

    def not_(self, other: QueryOperators) -> Self:
        """Items matching this filter and not ``other``'s (JS ``not``, which drops this one)."""
        return self._with(filter_=and_filters(self._filter, not_filter(self._other(other, "not_"))))

    def _other(self, other: object, operator: str) -> dict[str, Any] | None:
        if not isinstance(other, QueryOperators):
            raise ValueError(
                f"{operator}(): give another query builder, got {type(other).__name__}"
            )
        if other._query != self._query:
            raise ValueError(f"{operator}(): both builders must query the same method")
        return other._filter

    # -- sort and paging -----------------------------------------------------------------

    def ascending(self, *fields: str) -> Self:
        """Sort by ``fields``, each ascending, after any sort given before."""
        return self._sorted(fields, "ASC", "ascending")

    def descending(self, *fields: str) -> Self:
        """Sort by ``fields``, each descending, after any sort given before."""
        return self._sorted(fields, "DESC", "descending")

    def _sorted(self, fields: tuple[str, ...], order: str, operator: str) -> Self:
        if not fields:
            raise ValueError(f"{operator}(): name at least one field")
        rules = tuple({"fieldName": check_field(f, operator), "order": order} for f in fields)
        return self._with(sort=self._sort + rules)

    def limit(self, limit: int) -> Self:
        """At most ``limit`` items a page (0 to the API's maximum)."""
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise ValueError(f"limit(): the limit must be an int, got {type(limit).__name__}")
        if not 0 <= limit <= self._query.max_limit:
            raise ValueError(f"limit(): {limit} is out of range 0..{self._query.max_limit}")
        if self._query.paging == "OFFSET":
            return self._with(paging={"limit": limit, "offset": self._paging["offset"]})
        paging: dict[str, Any] = {"limit": limit}
        cursor = self._paging.get("cursor")
        if cursor:
            paging["cursor"] = cursor
        return self._with(paging=paging)

    def skip(self, offset: int) -> Self:
        """Skip the first ``offset`` items (OFFSET queries only; CURSOR ones use cursors)."""
        if self._query.paging != "OFFSET":
            raise ValueError("skip(): this query pages by cursor; use skip_to(cursor) or next()")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ValueError(f"skip(): the offset must be an int >= 0, got {offset!r}")
        return self._with(paging={"offset": offset, "limit": self._paging["limit"]})

    def skip_to(self, cursor: str) -> Self:
        """Start at the page ``cursor`` points to (CURSOR queries only; JS ``skipTo``)."""
        if self._query.paging != "CURSOR":
            raise ValueError("skip_to(): this query pages by offset; use skip()")
        if not isinstance(cursor, str) or not cursor:
            raise ValueError(f"skip_to(): the cursor must be a non-empty string, got {cursor!r}")
        return self._with(paging={"cursor": cursor, "limit": self._paging["limit"]})
