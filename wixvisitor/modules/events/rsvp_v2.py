# File generated from @wix/auto_sdk_events_rsvp-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``rsvpV2`` module of ``@wix/events`` (13 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete rsvps by filter: ``POST /events/v2/bulk/rsvps/delete-by-filter``."""
        return await call(
            self._requester,
            _BULK_DELETE_RSVPS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "search")},
        )

    async def bulk_update_rsvps(
        self, rsvps: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update rsvps: ``PATCH /events/v2/bulk/rsvps/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_RSVPS,
            {"rsvps": rsvps, **_fields.pick(options, "returnEntity", "fields", "options")},
        )

    async def cancel_rsvp_guests_check_in(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Cancel rsvp guests check in: ``POST /events/v2/rsvps/{rsvpId}/cancel-check-in``."""
        return await call(
            self._requester,
            _CANCEL_RSVP_GUESTS_CHECK_IN,
            {
                "rsvpId": rsvp_id,
                **_fields.pick(options, "guestIds", "fields", "checkInCanceledDate"),
            },
        )

    async def check_in_rsvp_guests(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Check in rsvp guests: ``POST /events/v2/rsvps/{rsvpId}/check-in``."""
        return await call(
            self._requester,
            _CHECK_IN_RSVP_GUESTS,
            {"rsvpId": rsvp_id, **_fields.pick(options, "guestIds", "fields", "checkInDate")},
        )

    async def count_rsvps(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Count rsvps: ``POST /events/v2/rsvps/count``."""
        return await call(
            self._requester, _COUNT_RSVPS, {**_fields.pick(options, "filter", "search")}
        )

    async def create_rsvp(
        self, rsvp: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create rsvp: ``POST /events/v2/rsvps``."""
        return await call(
            self._requester,
            _CREATE_RSVP,
            {"rsvp": rsvp, **_fields.pick(options, "options", "fields")},
        )

    async def delete_rsvp(self, rsvp_id: str) -> dict[str, Any]:
        """Delete rsvp: ``DELETE /events/v2/rsvps/{rsvpId}``."""
        return await call(self._requester, _DELETE_RSVP, {"rsvpId": rsvp_id})

    async def get_rsvp(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get rsvp: ``GET /events/v2/rsvps/{rsvpId}``."""
        return await call(
            self._requester, _GET_RSVP, {"rsvpId": rsvp_id, **_fields.pick(options, "fields")}
        )

    async def list_current_rsvps(
        self, event_id: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List current rsvps: ``GET /events/v2/rsvps/current``."""
        return await call(
            self._requester,
            _LIST_CURRENT_RSVPS,
            {"eventId": event_id, **_fields.pick(options, "fields", "paging")},
        )

    async def list_rsvp_summary(self, event_id: list[str]) -> dict[str, Any]:
        """List rsvp summary: ``GET /events/v2/rsvps/summaries``."""
        return await call(self._requester, _LIST_RSVP_SUMMARY, {"eventId": event_id})

    def query_rsvps(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query rsvps: ``POST /events/v2/rsvps/query``."""
        return QueryBuilder(self._requester, _QUERY_RSVPS, options)

    async def search_rsvps(
        self, search: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Search rsvps: ``POST /events/v2/rsvps/search``."""
        return await call(
            self._requester, _SEARCH_RSVPS, {"search": search, **_fields.pick(options, "fields")}
        )

    async def update_rsvp(
        self, id: str, rsvp: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update rsvp: ``PATCH /events/v2/rsvps/{rsvp.id}``."""
        return await call(
            self._requester,
            _UPDATE_RSVP,
            {"rsvp": {**rsvp, "id": id}, **_fields.pick(options, "options", "fields")},
        )


def bind(client: Requester) -> RsvpV2:
    """The ``rsvpV2`` module for ``client``'s visitor."""
    return RsvpV2(client)
