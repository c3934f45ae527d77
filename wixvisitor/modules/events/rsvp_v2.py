# File generated from @wix/auto_sdk_events_rsvp-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``rsvpV2`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import rsvp_v2 as _types

_BULK_DELETE_RSVPS_BY_FILTER = Route(
    "POST",
    "/events/v2/bulk/rsvps/delete-by-filter",
    "wix.events.rsvps.v2.RsvpManagement.BulkDeleteRsvpsByFilter",
)
_BULK_UPDATE_RSVPS = Route(
    "PATCH", "/events/v2/bulk/rsvps/update", "wix.events.rsvps.v2.RsvpManagement.BulkUpdateRsvps"
)
_CANCEL_RSVP_GUESTS_CHECK_IN = Route(
    "POST",
    "/events/v2/rsvps/{rsvpId}/cancel-check-in",
    "wix.events.rsvps.v2.RsvpManagement.CancelRsvpGuestsCheckIn",
    path_params=("rsvpId",),
)
_CHECK_IN_RSVP_GUESTS = Route(
    "POST",
    "/events/v2/rsvps/{rsvpId}/check-in",
    "wix.events.rsvps.v2.RsvpManagement.CheckInRsvpGuests",
    path_params=("rsvpId",),
)
_COUNT_RSVPS = Route(
    "POST", "/events/v2/rsvps/count", "wix.events.rsvps.v2.RsvpManagement.CountRsvps"
)
_CREATE_RSVP = Route("POST", "/events/v2/rsvps", "wix.events.rsvps.v2.RsvpManagement.CreateRsvp")
_DELETE_RSVP = Route(
    "DELETE",
    "/events/v2/rsvps/{rsvpId}",
    "wix.events.rsvps.v2.RsvpManagement.DeleteRsvp",
    path_params=("rsvpId",),
)
_GET_RSVP = Route(
    "GET",
    "/events/v2/rsvps/{rsvpId}",
    "wix.events.rsvps.v2.RsvpManagement.GetRsvp",
    path_params=("rsvpId",),
)
_LIST_CURRENT_RSVPS = Route(
    "GET", "/events/v2/rsvps/current", "wix.events.rsvps.v2.RsvpManagement.ListCurrentRsvps"
)
_LIST_RSVP_SUMMARY = Route(
    "GET", "/events/v2/rsvps/summaries", "wix.events.rsvps.v2.RsvpManagement.ListRsvpSummary"
)
_QUERY_RSVPS = Query(
    Route("POST", "/events/v2/rsvps/query", "wix.events.rsvps.v2.RsvpManagement.QueryRsvps"),
    items="rsvps",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SEARCH_RSVPS = Route(
    "POST", "/events/v2/rsvps/search", "wix.events.rsvps.v2.RsvpManagement.SearchRsvps"
)
_UPDATE_RSVP = Route(
    "PATCH",
    "/events/v2/rsvps/{rsvp.id}",
    "wix.events.rsvps.v2.RsvpManagement.UpdateRsvp",
    path_params=("rsvp.id",),
)


class RsvpV2(Module):
    """``rsvpV2`` of ``@wix/events``: ``rsvp_v2 = events.rsvp_v2.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_rsvps_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkDeleteRsvpsByFilterOptions | None = None,
    ) -> _types.BulkDeleteRsvpsByFilterResponse:
        """Bulk delete rsvps by filter: ``POST /events/v2/bulk/rsvps/delete-by-filter``.

        Application errors: ``EMPTY_FILTER``.
        """
        return cast(
            "_types.BulkDeleteRsvpsByFilterResponse",
            await call(
                self._requester,
                _BULK_DELETE_RSVPS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "search")},
            ),
        )

    async def bulk_update_rsvps(
        self,
        rsvps: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateRsvpsOptions | None = None,
    ) -> _types.BulkUpdateRsvpsResponse:
        """Bulk update rsvps: ``PATCH /events/v2/bulk/rsvps/update``.

        Application errors: ``RSVP_NOT_FOUND``, ``EVENT_NOT_FOUND``.
        """
        return cast(
            "_types.BulkUpdateRsvpsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_RSVPS,
                {"rsvps": rsvps, **_fields.pick(options, "returnEntity", "fields", "options")},
            ),
        )

    async def cancel_rsvp_guests_check_in(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.CancelRsvpGuestsCheckInResponse:
        """Cancel rsvp guests check in: ``POST /events/v2/rsvps/{rsvpId}/cancel-check-in``.

        Application errors: ``GUEST_NOT_FOUND``, ``GUEST_NOT_CHECKED_IN``.
        """
        return cast(
            "_types.CancelRsvpGuestsCheckInResponse",
            await call(
                self._requester,
                _CANCEL_RSVP_GUESTS_CHECK_IN,
                {
                    "rsvpId": rsvp_id,
                    **_fields.pick(options, "guestIds", "fields", "checkInCanceledDate"),
                },
            ),
        )

    async def check_in_rsvp_guests(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.CheckInRsvpGuestsResponse:
        """Check in rsvp guests: ``POST /events/v2/rsvps/{rsvpId}/check-in``.

        Application errors: ``GUEST_NOT_FOUND``, ``GUEST_ALREADY_CHECKED_IN``.
        """
        return cast(
            "_types.CheckInRsvpGuestsResponse",
            await call(
                self._requester,
                _CHECK_IN_RSVP_GUESTS,
                {"rsvpId": rsvp_id, **_fields.pick(options, "guestIds", "fields", "checkInDate")},
            ),
        )

    async def count_rsvps(
        self, options: _types.CountRsvpsOptions | None = None
    ) -> _types.CountRsvpsResponse:
        """Count rsvps: ``POST /events/v2/rsvps/count``."""
        return cast(
            "_types.CountRsvpsResponse",
            await call(
                self._requester, _COUNT_RSVPS, {**_fields.pick(options, "filter", "search")}
            ),
        )

    async def create_rsvp(
        self, rsvp: _types.Rsvp, options: _types.CreateRsvpOptions | None = None
    ) -> _types.CreateRsvpResponse:
        """Create rsvp: ``POST /events/v2/rsvps``.

        Application errors: ``EVENT_NOT_FOUND``, ``INVALID_FORM_RESPONSE``,
        ``UNEXPECTED_RSVP_STATUS``, ``INVALID_EVENT_TYPE``, ``MEMBER_ALREADY_REGISTERED``,
        ``RSVP_LIMIT_EXCEEDED``, ``GUEST_LIMIT_EXCEEDED``, ``RSVPS_CLOSED``,
        ``RSVPS_NOT_STARTED``, ``WAITING_LIST_UNAVAILABLE``,
        ``MEMBER_EMAIL_ALREADY_REGISTERED``, ``ADDITIONAL_GUESTS_MUST_HAVE_NAMES``,
        ``FORM_SUBMISSIONS_NOT_SUPPORTED``.
        """
        return cast(
            "_types.CreateRsvpResponse",
            await call(
                self._requester,
                _CREATE_RSVP,
                {"rsvp": rsvp, **_fields.pick(options, "options", "fields")},
            ),
        )

    async def delete_rsvp(self, rsvp_id: str) -> _types.DeleteRsvpResponse:
        """Delete rsvp: ``DELETE /events/v2/rsvps/{rsvpId}``."""
        return cast(
            "_types.DeleteRsvpResponse",
            await call(self._requester, _DELETE_RSVP, {"rsvpId": rsvp_id}),
        )

    async def get_rsvp(
        self, rsvp_id: str, options: _types.GetRsvpOptions | None = None
    ) -> _types.GetRsvpResponse:
        """Get rsvp: ``GET /events/v2/rsvps/{rsvpId}``."""
        return cast(
            "_types.GetRsvpResponse",
            await call(
                self._requester, _GET_RSVP, {"rsvpId": rsvp_id, **_fields.pick(options, "fields")}
            ),
        )

    async def list_current_rsvps(
        self, event_id: Sequence[str], options: _types.ListCurrentRsvpsOptions | None = None
    ) -> _types.ListCurrentRsvpsResponse:
        """List current rsvps: ``GET /events/v2/rsvps/current``.

        Application errors: ``MEMBER_IDENTITY_NOT_FOUND``.
        """
        return cast(
            "_types.ListCurrentRsvpsResponse",
            await call(
                self._requester,
                _LIST_CURRENT_RSVPS,
                {"eventId": event_id, **_fields.pick(options, "fields", "paging")},
            ),
        )

    async def list_rsvp_summary(self, event_id: Sequence[str]) -> _types.ListRsvpSummaryResponse:
        """List rsvp summary: ``GET /events/v2/rsvps/summaries``."""
        return cast(
            "_types.ListRsvpSummaryResponse",
            await call(self._requester, _LIST_RSVP_SUMMARY, {"eventId": event_id}),
        )

    def query_rsvps(self, options: Mapping[str, Any] | None = None) -> QueryBuilder[_types.Rsvp]:
        """Query rsvps: ``POST /events/v2/rsvps/query``."""
        return QueryBuilder(self._requester, _QUERY_RSVPS, options)

    async def search_rsvps(
        self, search: _types.CursorSearch, options: _types.SearchRsvpsOptions | None = None
    ) -> _types.SearchRsvpsResponse:
        """Search rsvps: ``POST /events/v2/rsvps/search``.

        Permissions: ``WIX_EVENTS.READ_RSVP``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchRsvpsResponse",
            await call(
                self._requester,
                _SEARCH_RSVPS,
                {"search": search, **_fields.pick(options, "fields")},
            ),
        )

    async def update_rsvp(
        self, id: str, rsvp: _types.Rsvp, options: _types.UpdateRsvpOptions | None = None
    ) -> _types.UpdateRsvpResponse:
        """Update rsvp: ``PATCH /events/v2/rsvps/{rsvp.id}``.

        Application errors: ``INVALID_RSVP_STATUS``, ``UNEXPECTED_RSVP_STATUS``,
        ``INVALID_FORM_RESPONSE``, ``GUEST_LIMIT_EXCEEDED``, ``RSVPS_CLOSED``,
        ``RSVPS_NOT_STARTED``, ``WAITING_LIST_UNAVAILABLE``,
        ``ADDITIONAL_GUESTS_MUST_HAVE_NAMES``.
        """
        return cast(
            "_types.UpdateRsvpResponse",
            await call(
                self._requester,
                _UPDATE_RSVP,
                {"rsvp": {**rsvp, "id": id}, **_fields.pick(options, "options", "fields")},
            ),
        )


def bind(client: Requester) -> RsvpV2:
    """The ``rsvpV2`` module for ``client``'s visitor."""
    return RsvpV2(client)
