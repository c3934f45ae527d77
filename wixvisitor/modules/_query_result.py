"""What ``await builder.find()`` returns: one page of items and the way to the next one.

The JS SDK's ``OffsetBasedIterator`` and ``CursorBasedIterator``
(``@wix/sdk-runtime``'s ``query-iterators.js``) in one frozen class: ``items``,
``length``, ``page_size``, ``total_count``, ``current_page`` and ``total_pages``
(OFFSET), ``cursors`` (CURSOR), ``has_next()``, ``has_prev()``, ``await next()`` and
``await prev()``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic

import attrs

from ..errors import WixApiError

if TYPE_CHECKING:
    # A default (PEP 696) lets a bare ``QueryResult`` mean ``QueryResult[dict[str, Any]]``;
    # only type checkers read it, so nothing more is imported at run time.
    from typing_extensions import TypeVar

    ItemT = TypeVar("ItemT", default=dict[str, Any])
else:
    from typing import TypeVar

    ItemT = TypeVar("ItemT")

__all__ = [
    "Cursors",
    "Fetch",
    "ItemT",
    "QueryResult",
    "cursor_page",
    "metadata_of",
    "offset_page",
    "read_items",
    "total_of",
]


#: How a page fetches another: the same query's ``find`` at other paging.
Fetch = Callable[[dict[str, Any]], Awaitable["QueryResult[ItemT]"]]


@attrs.frozen(slots=True)
class Cursors:
    """A CURSOR page's cursors to the pages around it (``None`` where there is none)."""

    next: str | None = None
    prev: str | None = None


@attrs.define(slots=True)
class QueryResult(Generic[ItemT]):
    """One page of a query's results (``QueryResult[Product]``: its items are ``Product``).

    ``items`` are the answer's objects as Wix's REST API writes them. ``total_count`` is
    the number of matches where Wix counts them (OFFSET queries; ``None`` when it
    says there are too many to count). ``current_page`` and ``total_pages`` are those of
    an OFFSET query (pages numbered from 0, as in JS); ``cursors`` those of a CURSOR one.
    """

    items: list[ItemT]
    page_size: int
    total_count: int | None = None
    current_page: int | None = None
    total_pages: int | None = None
    cursors: Cursors | None = None
    _at: Fetch[ItemT] | None = attrs.field(default=None, repr=False, eq=False, alias="at")
    _next_paging: dict[str, Any] | None = attrs.field(
        default=None, repr=False, eq=False, alias="next_paging"
    )
    _prev_paging: dict[str, Any] | None = attrs.field(
        default=None, repr=False, eq=False, alias="prev_paging"
    )

    @property
    def length(self) -> int:
        """How many items this page holds."""
        return len(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def has_next(self) -> bool:
        """Whether a next page exists (a next cursor, or pages left by the total count)."""
        return self._next_paging is not None

    def has_prev(self) -> bool:
        """Whether a previous page exists."""
        return self._prev_paging is not None

    async def next(self) -> QueryResult[ItemT]:
        """The next page, with the same filter, sort and page size; LookupError if none."""
        if self._next_paging is None or self._at is None:
            raise LookupError("no next page to fetch")
        return await self._at(self._next_paging)

    async def prev(self) -> QueryResult[ItemT]:
        """The previous page; LookupError if this is the first."""
        if self._prev_paging is None or self._at is None:
            raise LookupError("no previous page to fetch")
        return await self._at(self._prev_paging)


def read_items(answer: Mapping[str, Any], name: str, what: str) -> list[Any]:
    """The answer's ``name`` array (none is an empty page); a WixApiError for another shape."""
    items = answer.get(name)
    if items is None:
        return []
    if not isinstance(items, list):
        raise WixApiError(f"{what} answered with no {name} array", status=200)
    return items


def metadata_of(answer: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """The answer's paging metadata object (empty when it has none)."""
    metadata = answer.get(name)
    return metadata if type(metadata) is dict or isinstance(metadata, Mapping) else {}


def total_of(metadata: Mapping[str, Any]) -> int | None:
    """How many items match, where Wix says so (``total``, or older APIs' ``totalResults``).

    ``count`` is not a total: it is the number of items on this page (``PagingMetadataV2``).
    """
    if metadata.get("tooManyToCount"):
        return None
    for name in ("total", "totalResults"):
        total = metadata.get(name)
        if isinstance(total, int) and not isinstance(total, bool):
            return total
    return None


def offset_page(
    items: list[ItemT],
    metadata: Mapping[str, Any],
    paging: Mapping[str, Any],
    at: Fetch[ItemT],
) -> QueryResult[ItemT]:
    """An OFFSET page: its number, the page count from the total, as ``OffsetBasedIterator``."""
    offset, limit = paging["offset"], paging["limit"]
    total = total_of(metadata)
    page = offset // limit if limit else None
    pages = -(-total // limit) if limit and total is not None else None
    has_next = page is not None and pages is not None and page < pages - 1
    return QueryResult(
        items,
        limit,
        total_count=total,
        current_page=page,
        total_pages=pages,
        at=at,
        next_paging={"offset": offset + limit, "limit": limit} if has_next else None,
        prev_paging={"offset": max(offset - limit, 0), "limit": limit} if page else None,
    )


def cursor_page(
    items: list[ItemT],
    metadata: Mapping[str, Any],
    limit: int,
    at: Fetch[ItemT],
) -> QueryResult[ItemT]:
    """A CURSOR page: its cursors, as ``CursorBasedIterator`` (a next cursor is a next page)."""
    cursors = metadata.get("cursors")
    if not (type(cursors) is dict or isinstance(cursors, Mapping)):
        cursors = {}
    after, before = _cursor(cursors.get("next")), _cursor(cursors.get("prev"))
    return QueryResult(
        items,
        limit,
        total_count=total_of(metadata),
        cursors=Cursors(after, before),
        at=at,
        next_paging={"cursor": after, "limit": limit} if after else None,
        prev_paging={"cursor": before, "limit": limit} if before else None,
    )


def _cursor(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
