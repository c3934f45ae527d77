"""Query builders like the JS SDK's: ``query_products().starts_with("name", "shoes").find()``.

The generated modules build a :class:`QueryBuilder` from a :class:`Query` spec
(:mod:`._query_spec`). The builder is ``@wix/sdk-runtime``'s ``queryBuilder`` in Python:
immutable, with the same operators (:mod:`._query_operators`), the same JSON and the same
paging; this module runs it:

- the request body is ``{**options, "query": {"filter", "paging" | "cursorPaging", "sort"}}``;
  a ``query`` in the options is sent as given (JS spreads the options last);
- OFFSET queries page with ``paging: {"offset", "limit"}`` (``limit()``, ``skip()``);
- CURSOR queries page with ``cursorPaging: {"limit", "cursor"}``; the page after a cursor
  sends the cursor alone, as JS does (the cursor carries the filter and sort);
- the page size is 50 until ``limit()`` says otherwise;
- ``async for item in builder`` walks every page (``pages()`` yields the pages), and
  ``run(query)`` sends a query object at once, as the packages' ``queryX(query, options)``.

One deliberate difference from JS: ``not_(other)`` adds "not ``other``" to this builder's
filter, where JS drops the filter built so far.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Generic

from ._filters import json_value
from ._query_operators import NOTHING, QueryOperators
from ._query_result import (
    Cursors,
    ItemT,
    QueryResult,
    cursor_page,
    metadata_of,
    offset_page,
    read_items,
)
from ._query_spec import DEFAULT_LIMIT, Query, first_page
from ._runtime import call

__all__ = ["DEFAULT_LIMIT", "Cursors", "Query", "QueryBuilder", "QueryResult"]


class QueryBuilder(QueryOperators, Generic[ItemT]):
    """An immutable query: each operator returns a new builder; ``await find()`` runs it.

    ``async for item in builder`` walks every page; ``QueryBuilder[Product]`` types the items.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        method = self._query.route.fqn or self._query.route.path
        return f"<QueryBuilder {method} {self.query!r}>"

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
        if self._filter != NOTHING or self._sort or self._paging is not first_page(self._query):
            raise ValueError("run(): operators are chained on this builder; run() sends its query")
        body = {self._query.field: json_value(query, "run"), **self._options}
        return await call(self._requester, self._query.route, body)

    async def _find_at(self, paging: dict[str, Any]) -> QueryResult[ItemT]:
        """The page at ``paging`` of this query (how a result fetches the next or previous one)."""
        return await self._with(paging=paging).find()
