# File generated from @wix/auto_sdk_bookings_booking-policies 1.0.148
# by `make apigen` (tools/apigen). Do not edit.
"""The ``bookingPolicies`` module of ``@wix/bookings`` (8 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import booking_policies as _types

_COUNT_BOOKING_POLICIES = Route(
    "POST",
    "/bookings/v1/booking-policies/count",
    "wix.bookings.v1.BookingPoliciesService.CountBookingPolicies",
)
_CREATE_BOOKING_POLICY = Route(
    "POST",
    "/bookings/v1/booking-policies",
    "wix.bookings.v1.BookingPoliciesService.CreateBookingPolicy",
)
_DELETE_BOOKING_POLICY = Route(
    "DELETE",
    "/bookings/v1/booking-policies/{bookingPolicyId}",
    "wix.bookings.v1.BookingPoliciesService.DeleteBookingPolicy",
    path_params=("bookingPolicyId",),
)
_GET_BOOKING_POLICY = Route(
    "GET",
    "/bookings/v1/booking-policies/{bookingPolicyId}",
    "wix.bookings.v1.BookingPoliciesService.GetBookingPolicy",
    path_params=("bookingPolicyId",),
)
_GET_STRICTEST_BOOKING_POLICY = Route(
    "POST",
    "/bookings/v1/booking-policies/strictest",
    "wix.bookings.v1.BookingPoliciesService.GetStrictestBookingPolicy",
)
_QUERY_BOOKING_POLICIES = Query(
    Route(
        "POST",
        "/bookings/v1/booking-policies/query",
        "wix.bookings.v1.BookingPoliciesService.QueryBookingPolicies",
    ),
    items="bookingPolicies",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SET_DEFAULT_BOOKING_POLICY = Route(
    "POST",
    "/bookings/v1/booking-policies/{bookingPolicyId}:setDefault",
    "wix.bookings.v1.BookingPoliciesService.SetDefaultBookingPolicy",
    path_params=("bookingPolicyId",),
)
_UPDATE_BOOKING_POLICY = Route(
    "PATCH",
    "/bookings/v1/booking-policies/{bookingPolicy.id}",
    "wix.bookings.v1.BookingPoliciesService.UpdateBookingPolicy",
    path_params=("bookingPolicy.id",),
)


class BookingPolicies(Module):
    """``bookingPolicies`` of ``@wix/bookings``: ``bookings.booking_policies.bind(wix)``."""

    __slots__ = ()

    async def count_booking_policies(
        self, options: _types.CountBookingPoliciesOptions | None = None
    ) -> _types.CountBookingPoliciesResponse:
        """Count booking policies: ``POST /bookings/v1/booking-policies/count``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountBookingPoliciesResponse",
            await call(
                self._requester, _COUNT_BOOKING_POLICIES, {**_fields.pick(options, "filter")}
            ),
        )

    async def create_booking_policy(
        self, booking_policy: _types.BookingPolicy
    ) -> _types.CreateBookingPolicyResponse:
        """Create booking policy: ``POST /bookings/v1/booking-policies``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateBookingPolicyResponse",
            await call(self._requester, _CREATE_BOOKING_POLICY, {"bookingPolicy": booking_policy}),
        )

    async def delete_booking_policy(
        self, booking_policy_id: str
    ) -> _types.DeleteBookingPolicyResponse:
        """Delete booking policy: ``DELETE /bookings/v1/booking-policies/{bookingPolicyId}``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_DELETE``.
        Callable by: ``APP``.
        Application errors: ``DEFAULT_POLICY_CANNOT_BE_DELETED``.
        """
        return cast(
            "_types.DeleteBookingPolicyResponse",
            await call(
                self._requester, _DELETE_BOOKING_POLICY, {"bookingPolicyId": booking_policy_id}
            ),
        )

    async def get_booking_policy(self, booking_policy_id: str) -> _types.GetBookingPolicyResponse:
        """Get booking policy: ``GET /bookings/v1/booking-policies/{bookingPolicyId}``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetBookingPolicyResponse",
            await call(
                self._requester, _GET_BOOKING_POLICY, {"bookingPolicyId": booking_policy_id}
            ),
        )

    async def get_strictest_booking_policy(
        self, booking_policy_ids: Sequence[str]
    ) -> _types.GetStrictestBookingPolicyResponse:
        """Get strictest booking policy: ``POST /bookings/v1/booking-policies/strictest``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetStrictestBookingPolicyResponse",
            await call(
                self._requester,
                _GET_STRICTEST_BOOKING_POLICY,
                {"bookingPolicyIds": booking_policy_ids},
            ),
        )

    def query_booking_policies(self) -> QueryBuilder[_types.BookingPolicy]:
        """Query booking policies: ``POST /bookings/v1/booking-policies/query``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_BOOKING_POLICIES)

    async def set_default_booking_policy(
        self, booking_policy_id: str
    ) -> _types.SetDefaultBookingPolicyResponse:
        """Set default booking policy: ``POST``.

        ``/bookings/v1/booking-policies/{bookingPolicyId}:setDefault``

        Permissions: ``BOOKINGS.BOOKING_POLICY_SET_DEFAULT``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SetDefaultBookingPolicyResponse",
            await call(
                self._requester, _SET_DEFAULT_BOOKING_POLICY, {"bookingPolicyId": booking_policy_id}
            ),
        )

    async def update_booking_policy(
        self, id: str, booking_policy: _types.BookingPolicy
    ) -> _types.UpdateBookingPolicyResponse:
        """Update booking policy: ``PATCH /bookings/v1/booking-policies/{bookingPolicy.id}``.

        Permissions: ``BOOKINGS.BOOKING_POLICY_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateBookingPolicyResponse",
            await call(
                self._requester,
                _UPDATE_BOOKING_POLICY,
                {"bookingPolicy": {**booking_policy, "id": id}},
            ),
        )


def bind(client: Requester) -> BookingPolicies:
    """The ``bookingPolicies`` module for ``client``'s visitor."""
    return BookingPolicies(client)
