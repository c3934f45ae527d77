# File generated from @wix/auto_sdk_events_rsvp 1.0.44 by `make apigen` (tools/apigen). Do not edit.
"""The ``rsvp`` module of ``@wix/events`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import rsvp as _types

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
    ) -> _types.BulkUpdateRsvpResponse:
        """Bulk update rsvp: ``PATCH /events/v1/rsvp``.

        Permissions: ``WIX_EVENTS.MANAGE_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.BulkUpdateRsvpResponse",
            await call(
                self._requester,
                _BULK_UPDATE_RSVP,
                {"eventId": event_id, **_fields.pick(options, "rsvpId", "fields", "status")},
            ),
        )

    async def check_in_rsvp(
        self, event_id: str, options: _types.CheckInRsvpOptions | None = None
    ) -> _types.CheckInRsvpResponse:
        """Check in rsvp: ``POST /events/v1/rsvp/check-in``.

        Permissions: ``WIX_EVENTS.CHECK_IN``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CheckInRsvpResponse",
            await call(
                self._requester,
                _CHECK_IN_RSVP,
                {"eventId": event_id, **_fields.pick(options, "rsvpId", "guestId")},
            ),
        )

    async def create_rsvp(
        self, options: _types.CreateRsvpOptions | None = None
    ) -> _types.CreateRsvpResponse:
        """Create rsvp: ``POST /events/v1/rsvp``.

        Permissions: ``WIX_EVENTS.CREATE_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateRsvpResponse",
            await call(
                self._requester,
                _CREATE_RSVP,
                {
                    **_fields.pick(
                        options,
                        "eventId",
                        "form",
                        "status",
                        "memberId",
                        "options",
                        "marketingConsent",
                    )
                },
            ),
        )

    async def delete_rsvp(
        self, event_id: str, options: _types.DeleteRsvpOptions | None = None
    ) -> _types.DeleteRsvpResponse:
        """Delete rsvp: ``DELETE /events/v1/rsvp``.

        Permissions: ``WIX_EVENTS.MANAGE_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteRsvpResponse",
            await call(
                self._requester,
                _DELETE_RSVP,
                {"eventId": event_id, **_fields.pick(options, "rsvps")},
            ),
        )

    async def delete_rsvp_check_in(
        self, event_id: str, options: _types.DeleteRsvpCheckInOptions | None = None
    ) -> _types.DeleteRsvpCheckInResponse:
        """Delete rsvp check in: ``DELETE /events/v1/rsvp/check-in``.

        Permissions: ``WIX_EVENTS.CHECK_IN``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteRsvpCheckInResponse",
            await call(
                self._requester,
                _DELETE_RSVP_CHECK_IN,
                {"eventId": event_id, **_fields.pick(options, "rsvpId", "guestId")},
            ),
        )

    async def get_rsvp(
        self, rsvp_id: str, options: _types.GetRsvpOptions | None = None
    ) -> _types.GetRsvpResponse:
        """Get rsvp: ``GET /events/v1/rsvp/{rsvpId}``.

        Permissions: ``WIX_EVENTS.READ_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetRsvpResponse",
            await call(
                self._requester,
                _GET_RSVP,
                {"rsvpId": rsvp_id, **_fields.pick(options, "eventId", "fieldset")},
            ),
        )

    async def list_rsvp(
        self, options: _types.ListRsvpOptions | None = None
    ) -> _types.ListRsvpResponse:
        """List rsvp: ``GET /events/v1/rsvp``.

        Permissions: ``WIX_EVENTS.READ_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListRsvpResponse",
            await call(
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
            ),
        )

    async def query_rsvp(
        self, options: _types.QueryRsvpOptions | None = None
    ) -> _types.QueryRsvpResponse:
        """Query rsvp: ``POST /events/v1/rsvp/query``.

        Permissions: ``WIX_EVENTS.READ_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.QueryRsvpResponse",
            await call(
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
            ),
        )

    async def update_rsvp(
        self, rsvp_id: str, event_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.UpdateRsvpResponse:
        """Update rsvp: ``PATCH /events/v1/rsvp/{rsvpId}``.

        Permissions: ``WIX_EVENTS.MANAGE_RSVP``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateRsvpResponse",
            await call(
                self._requester,
                _UPDATE_RSVP,
                {
                    "rsvpId": rsvp_id,
                    "eventId": event_id,
                    **_fields.pick(options, "fields", "rsvpForm", "status", "options"),
                },
            ),
        )


def bind(client: Requester) -> Rsvp:
    """The ``rsvp`` module for ``client``'s visitor."""
    return Rsvp(client)
