# File generated from @wix/auto_sdk_bookings_extended-bookings 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""The ``extendedBookings`` module of ``@wix/bookings`` (3 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import extended_bookings as _types

_COUNT_EXTENDED_BOOKINGS = Route(
    "POST",
    "/_api/bookings-reader/v2/extended-bookings/count",
    "com.wixpress.bookings.reader.v2.BookingsReader.CountExtendedBookings",
)
_QUERY = Route(
    "POST",
    "/_api/bookings-reader/v2/extended-booking/query",
    "com.wixpress.bookings.reader.v2.BookingsReader.Query",
)
_QUERY_EXTENDED_BOOKINGS = Query(
    Route(
        "POST",
        "/_api/bookings-reader/v2/extended-bookings/query",
        "com.wixpress.bookings.reader.v2.BookingsReader.QueryExtendedBookings",
    ),
    items="extendedBookings",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class ExtendedBookings(Module):
    """``extendedBookings`` of ``@wix/bookings``: ``bookings.extended_bookings.bind(wix)``."""

    __slots__ = ()

    async def count_extended_bookings(
        self, options: _types.CountExtendedBookingsOptions | None = None
    ) -> _types.CountExtendedBookingsResponse:
        """Count extended bookings: ``POST /_api/bookings-reader/v2/extended-bookings/count``.

        Permissions: ``bookings:v2:booking:count_extended_bookings``,
        ``BOOKINGS.MANAGE_BOOKINGS``, ``BOOKINGS.BOOKING_READ_ANY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountExtendedBookingsResponse",
            await call(
                self._requester, _COUNT_EXTENDED_BOOKINGS, {**_fields.pick(options, "filter")}
            ),
        )

    async def query(
        self, query: _types.QueryV2, options: _types.QueryOptions | None = None
    ) -> _types.QueryExtendedBookingResponse:
        """Query: ``POST /_api/bookings-reader/v2/extended-booking/query``.

        Permissions: ``BOOKINGS.BOOKING_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.QueryExtendedBookingResponse",
            await call(
                self._requester,
                _QUERY,
                {
                    "query": query,
                    **_fields.pick(
                        options,
                        "withBookingAllowedActions",
                        "withBookingAttendanceInfo",
                        "sessionId",
                    ),
                },
            ),
        )

    def query_extended_bookings(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.ExtendedBooking]:
        """Query extended bookings: ``POST /_api/bookings-reader/v2/extended-bookings/query``.

        Permissions: ``BOOKINGS.BOOKING_READ``, ``BOOKINGS.MANAGE_BOOKINGS``,
        ``BOOKINGS.BOOKING_READ_ANY``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_EXTENDED_BOOKINGS, options)


def bind(client: Requester) -> ExtendedBookings:
    """The ``extendedBookings`` module for ``client``'s visitor."""
    return ExtendedBookings(client)
