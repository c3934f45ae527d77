# File generated from @wix/auto_sdk_events_rsvp 1.0.44 by `make apigen` (tools/apigen). Do not edit.
"""The ``rsvp`` module of ``@wix/events`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_BULK_UPDATE_RSVP = Route(
    "PATCH", "/events/v1/rsvp", "wix.events.rsvp.RsvpManagement.BulkUpdateRsvp"
)
_CHECK_IN_RSVP = Route(
    "POST", "/events/v1/rsvp/check-in", "wix.events.rsvp.RsvpManagement.CheckInRsvp"
)
_CREATE_RSVP = Route("POST", "/events/v1/rsvp", "wix.events.rsvp.RsvpManagement.CreateRsvp")
_DELETE_RSVP = Route("DELETE", "/events/v1/rsvp", "wix.events.rsvp.RsvpManagement.DeleteRsvp")
_DELETE_RSVP_CHECK_IN = Route(
    "DELETE", "/events/v1/rsvp/check-in", "wix.events.rsvp.RsvpManagement.DeleteRsvpCheckIn"
)
_GET_RSVP = Route(
    "GET",
    "/events/v1/rsvp/{rsvpId}",
    "wix.events.rsvp.RsvpManagement.GetRsvp",
    path_params=("rsvpId",),
)
_LIST_RSVP = Route("GET", "/events/v1/rsvp", "wix.events.rsvp.RsvpManagement.ListRsvp")
_QUERY_RSVP = Route("POST", "/events/v1/rsvp/query", "wix.events.rsvp.RsvpManagement.QueryRsvp")
_UPDATE_RSVP = Route(
    "PATCH",
    "/events/v1/rsvp/{rsvpId}",
    "wix.events.rsvp.RsvpManagement.UpdateRsvp",
    path_params=("rsvpId",),
)


class Rsvp(Module):
    """``rsvp`` of ``@wix/events``: ``rsvp = events.rsvp.bind(wix)``."""

    __slots__ = ()

    async def bulk_update_rsvp(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update rsvp: ``PATCH /events/v1/rsvp``."""
        return await call(
            self._requester,
            _BULK_UPDATE_RSVP,
            {"eventId": event_id, **_fields.pick(options, "rsvpId", "fields", "status")},
        )

    async def check_in_rsvp(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Check in rsvp: ``POST /events/v1/rsvp/check-in``."""
        return await call(
            self._requester,
            _CHECK_IN_RSVP,
            {"eventId": event_id, **_fields.pick(options, "rsvpId", "guestId")},
        )

    async def create_rsvp(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Create rsvp: ``POST /events/v1/rsvp``."""
        return await call(
            self._requester,
            _CREATE_RSVP,
            {
                **_fields.pick(
                    options, "eventId", "form", "status", "memberId", "options", "marketingConsent"
                )
            },
        )

    async def delete_rsvp(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Delete rsvp: ``DELETE /events/v1/rsvp``."""
        return await call(
            self._requester, _DELETE_RSVP, {"eventId": event_id, **_fields.pick(options, "rsvps")}
        )

    async def delete_rsvp_check_in(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Delete rsvp check in: ``DELETE /events/v1/rsvp/check-in``."""
        return await call(
            self._requester,
            _DELETE_RSVP_CHECK_IN,
            {"eventId": event_id, **_fields.pick(options, "rsvpId", "guestId")},
        )

    async def get_rsvp(
        self, rsvp_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get rsvp: ``GET /events/v1/rsvp/{rsvpId}``."""
        return await call(
            self._requester,
            _GET_RSVP,
            {"rsvpId": rsvp_id, **_fields.pick(options, "eventId", "fieldset")},
        )

    async def list_rsvp(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """List rsvp: ``GET /events/v1/rsvp``."""
        return await call(
            self._requester,
            _LIST_RSVP,
            {
                **_fields.pick(
                    options,
                    "offset",
                    "limit",
                    "fieldset",
                    "eventId",
                    "rsvpId",
                    "status",
                    "memberId",
                    "facet",
                    "searchPhrase",
                    "eventCreatorId",
                    "sort",
                    "contactId",
                    "tag",
                )
            },
        )

    async def query_rsvp(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Query rsvp: ``POST /events/v1/rsvp/query``."""
        return await call(
            self._requester,
            _QUERY_RSVP,
            {
                **_fields.pick(
                    options,
                    "offset",
                    "limit",
                    "fieldset",
                    "filter",
                    "memberId",
                    "facet",
                    "searchPhrase",
                    "eventCreatorId",
                    "sort",
                    "contactId",
                    "tag",
                )
            },
        )

    async def update_rsvp(
        self, rsvp_id: str, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update rsvp: ``PATCH /events/v1/rsvp/{rsvpId}``."""
        return await call(
            self._requester,
            _UPDATE_RSVP,
            {
                "rsvpId": rsvp_id,
                "eventId": event_id,
                **_fields.pick(options, "fields", "rsvpForm", "status", "options"),
            },
        )


def bind(client: Requester) -> Rsvp:
    """The ``rsvp`` module for ``client``'s visitor."""
    return Rsvp(client)
