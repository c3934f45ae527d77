"""Query builders like the JS SDK's: ``query_products().starts_with("name", "shoes").find()``.

The generated modules build a :class:`QueryBuilder` from a :class:`Query` spec. The
builder is ``@wix/sdk-runtime``'s ``queryBuilder`` in Python: immutable (each operator
returns a new builder), the same operators under snake_case names (``in`` is ``in_``,
``and``/``or``/``not`` are ``and_``/``or_``/``not_``), the same JSON, the same paging:

- the request body is ``{**options, "query": {"filter", "paging" | "cursorPaging", "sort"}}``;
  a ``query`` in the options is sent as given (JS spreads the options last);
- OFFSET queries page with ``paging: {"offset", "limit"}`` (``limit()``, ``skip()``);
- CURSOR queries page with ``cursorPaging: {"limit", "cursor"}``; the page after a cursor
  sends the cursor alone, as JS does (the cursor carries the filter and sort);
- the page size is 50 until ``limit()`` says otherwise.

Where JS takes anything, Python checks first: a filter Wix cannot take is a
:class:`ValueError` before any call. One deliberate difference: ``not_(other)`` adds
"not ``other``" to this builder's filter, where JS drops the filter built so far.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Generic, Literal, Self

import attrs

from ._filters import (
    Comparable,
    and_filters,
    check_comparable,
    check_field,
    check_text,
    json_value,
    not_filter,
    or_filters,
)
from ._query_result import (
    Cursors,
    ItemT,
    QueryResult,
    cursor_page,
    metadata_of,
    offset_page,
    read_items,
)
from ._runtime import Requester, Route, call

__all__ = ["DEFAULT_LIMIT", "Cursors", "Query", "QueryBuilder", "QueryResult"]

#: How a query pages, as the package's ``queryBuilder`` says.
Paging = Literal["OFFSET", "CURSOR"]

#: The page size of a query that sets none (the JS SDK's ``DEFAULT_LIMIT``).
DEFAULT_LIMIT = 50

_NOTHING: dict[str, Any] = {}
_FIRST_OFFSET_PAGE: dict[str, Any] = {"offset": 0, "limit": DEFAULT_LIMIT}
_FIRST_CURSOR_PAGE: dict[str, Any] = {"limit": DEFAULT_LIMIT}


@attrs.frozen(slots=True)
class Query:
    """One query method, as its package's ``queryBuilder({...})`` declares it.

    ``items`` is the answer's array of results (``"products"``), ``metadata`` the answer's
    paging metadata (``"metadata"`` or ``"pagingMetadata"``), and ``field`` the request
    body's key the query object goes under (``{"query": {...}}``). ``max_limit`` is the
    largest page size the API takes (the ``@max`` of the package's paging type); the
    default is the largest any Wix query takes.
    """

    route: Route
    items: str
    paging: Paging
    metadata: str = "pagingMetadata"
    field: str = "query"
    max_limit: int = 1000


class QueryBuilder(Generic[ItemT]):
    """An immutable query: each operator returns a new builder; ``await find()`` runs it.

    ``async for item in builder`` walks every page; ``QueryBuilder[Product]`` types the items.
    """

    __slots__ = ("_filter", "_options", "_paging", "_query", "_requester", "_sort")

    def __init__(
        self, requester: Requester, query: Query, options: Mapping[str, Any] | None = None
    ) -> None:
        self._requester = requester
        self._query = query
        # Shared, never changed: each operator makes new ones (the builders are immutable).
        self._options = dict(options) if options else _NOTHING
        self._filter: dict[str, Any] | None = _NOTHING
        self._sort: tuple[dict[str, str], ...] = ()
        self._paging: dict[str, Any] = self._first_page()

    def __repr__(self) -> str:
        method = self._query.route.fqn or self._query.route.path
        return f"<QueryBuilder {method} {self.query!r}>"

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
        kinds = {_kind(start), _kind(end)}
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
        return self._operator("$hasSome", check_field(field, "has_some"), _list(values, "has_some"))

    def has_all(self, field: str, *values: Comparable | list[Comparable]) -> Self:
        """Items whose array ``field`` holds all of ``values`` (given as arguments or one list)."""
        return self._operator("$hasAll", check_field(field, "has_all"), _list(values, "has_all"))

    def in_(self, field: str, values: list[Comparable] | tuple[Comparable, ...]) -> Self:
        """Items whose ``field`` is one of ``values`` (JS ``in``)."""
        if not isinstance(values, (list, tuple)):
            raise ValueError(f"in_(): the values must be a list, got {type(values).__name__}")
        return self._operator("$in", check_field(field, "in_"), _list((list(values),), "in_"))

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

    def and_(self, other: QueryBuilder[Any]) -> Self:
        """Items matching this filter and ``other``'s (JS ``and``)."""
        return self._with(filter_=and_filters(self._filter, self._other(other, "and_")))

    def or_(self, other: QueryBuilder[Any]) -> Self:
        """Items matching this filter or ``other``'s (JS ``or``)."""
        return self._with(filter_=or_filters(self._filter, self._other(other, "or_")))

    def not_(self, other: QueryBuilder[Any]) -> Self:
        """Items matching this filter and not ``other``'s (JS ``not``, which drops this one)."""
        return self._with(filter_=and_filters(self._filter, not_filter(self._other(other, "not_"))))

    def _other(self, other: object, operator: str) -> dict[str, Any] | None:
        if not isinstance(other, QueryBuilder):
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

    # -- running it ----------------------------------------------------------------------

    async def find(self) -> QueryResult[ItemT]:
        """Run the query: one page of results, with ``next()`` to the page after it.

        A ``query`` given in the method's options is sent as given, and wins over the
        operators chained after it, as in JS (its builder spreads the options last).
        """
        spec = self._query
        if spec.field in self._options:
            body = self._options
        else:
            cursor_only = spec.paging == "CURSOR" and self._paging.get("cursor")
            query = {"cursorPaging": self._paging} if cursor_only else self._wire()
            body = {**self._options, spec.field: query} if self._options else {spec.field: query}
        answer = await call(self._requester, spec.route, body)
        items = answer.get(spec.items)
        if type(items) is not list:
            items = read_items(answer, spec.items, spec.route.fqn or spec.route.path)
        metadata = metadata_of(answer, spec.metadata)
        if spec.paging == "OFFSET":
            return offset_page(items, metadata, self._paging, self._find_at)
        return cursor_page(items, metadata, self._paging["limit"], self._find_at)

    async def pages(self) -> AsyncIterator[QueryResult[ItemT]]:
        """Each page of the query in turn, from ``find()`` through ``next()`` to the last.

        ``async for page in builder.pages():`` fetches a page only when the loop asks for
        it. A ``query`` given in the options is refused (a ValueError): as in JS, every
        ``next()`` would send that same query again.
        """
        if self._query.field in self._options:
            raise ValueError(
                "pages(): the options give the query, so each next page would send it again; "
                "chain operators instead (or run(query) with the paging you want)"
            )
        page = await self.find()
        yield page
        while page.has_next():
            page = await page.next()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of every page: ``async for product in query_products().limit(100):``."""
        async for page in self.pages():
            for item in page.items:
                yield item

    async def run(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """Send the query object ``query`` as it is; Wix's answer.

        The packages' other form, ``queryProducts(query, options)``, which runs a query
        object (``filter``, ``sort``, ``paging`` or ``cursorPaging``) at once.
        ``await query_products(options).run(query)`` sends ``{"query": query, **options}``
        (a ``query`` in the options wins, as in JS) and returns Wix's answer
        (``{"products": [...], "pagingMetadata": {...}}``). Nothing is added: no default
        filter, paging or page size.
        """
        if not isinstance(query, Mapping):
            raise ValueError(f"run(): give a query object, got {type(query).__name__}")
        if self._filter != _NOTHING or self._sort or self._paging is not self._first_page():
            raise ValueError("run(): operators are chained on this builder; run() sends its query")
        body = {self._query.field: json_value(query, "run"), **self._options}
        return await call(self._requester, self._query.route, body)

    def _first_page(self) -> dict[str, Any]:
        return _FIRST_OFFSET_PAGE if self._query.paging == "OFFSET" else _FIRST_CURSOR_PAGE

    async def _find_at(self, paging: dict[str, Any]) -> QueryResult[ItemT]:
        """The page at ``paging`` of this query (how a result fetches the next or previous one)."""
        return await self._with(paging=paging).find()


def _kind(value: Comparable) -> str:
    if isinstance(value, str):
        return "text"
    return "datetime" if not isinstance(value, (int, float)) else "number"


def _list(values: tuple[Any, ...], operator: str) -> list[str | int | float]:
    """``values`` given as arguments or as one list, each checked (JS: ``values[0]`` if array)."""
    items = values[0] if values and isinstance(values[0], (list, tuple)) else values
    if items is not values and len(values) > 1:
        raise ValueError(f"{operator}(): give the values as arguments or as one list, not both")
    return [check_comparable(value, operator) for value in items]
