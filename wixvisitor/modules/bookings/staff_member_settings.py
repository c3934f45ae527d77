# File generated from @wix/auto_sdk_bookings_staff-member-settings 1.0.25
# by `make apigen` (tools/apigen). Do not edit.
"""The ``staffMemberSettings`` module of ``@wix/bookings`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import staff_member_settings as _types

_GET_STAFF_MEMBER_SETTINGS = Route(
    "GET",
    "/bookings/v1/staff-member-settings",
    "wix.bookings.staff.settings.v1.StaffMemberSettingsService.GetStaffMemberSettings",
)
_UPDATE_STAFF_MEMBER_SETTINGS = Route(
    "PATCH",
    "/bookings/v1/staff-member-settings",
    "wix.bookings.staff.settings.v1.StaffMemberSettingsService.UpdateStaffMemberSettings",
)


class StaffMemberSettings(Module):
    """``staffMemberSettings`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def get_staff_member_settings(self) -> _types.GetStaffMemberSettingsResponse:
        """Get staff member settings: ``GET /bookings/v1/staff-member-settings``.

        Permissions: ``STAFF_MEMBERS_SETTINGS.READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetStaffMemberSettingsResponse",
            await call(self._requester, _GET_STAFF_MEMBER_SETTINGS),
        )

    async def update_staff_member_settings(
        self, staff_member_settings: _types.StaffMemberSettings
    ) -> _types.UpdateStaffMemberSettingsResponse:
        """Update staff member settings: ``PATCH /bookings/v1/staff-member-settings``.

        Permissions: ``STAFF_MEMBERS_SETTINGS.UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateStaffMemberSettingsResponse",
            await call(
                self._requester,
                _UPDATE_STAFF_MEMBER_SETTINGS,
                {"staffMemberSettings": staff_member_settings},
            ),
        )


def bind(client: Requester) -> StaffMemberSettings:
    """The ``staffMemberSettings`` module for ``client``'s visitor."""
    return StaffMemberSettings(client)
