# File generated from @wix/auto_sdk_events_guests 1.0.62
# by `make apigen` (tools/apigen). Do not edit.
"""The ``guests`` module of ``@wix/events`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route

if TYPE_CHECKING:
    from .types import guests as _types

_QUERY_GUESTS = Query(
    Route(
        "POST",
        "/events/v2/guests/query",
        "wix.events.guests.v1.EventGuestsService.QueryEventGuests",
    ),
    items="guests",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class Guests(Module):
    """``guests`` of ``@wix/events``: ``guests = events.guests.bind(wix)``."""

    __slots__ = ()

    def query_guests(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.EventGuest]:
        """Query guests: ``POST /events/v2/guests/query``.

        Permissions: ``WIX_EVENTS.READ_GUESTS``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_GUESTS, options)


def bind(client: Requester) -> Guests:
    """The ``guests`` module for ``client``'s visitor."""
    return Guests(client)
