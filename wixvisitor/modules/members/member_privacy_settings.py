# File generated from @wix/auto_sdk_members_member-privacy-settings 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""The ``memberPrivacySettings`` module of ``@wix/members`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import member_privacy_settings as _types

_GET_MEMBER_PRIVACY_SETTINGS = Route(
    "GET",
    "/members/v1/privacy-settings",
    "com.wixpress.members.memberprivacysettings.MemberPrivacySettingsService.GetMemberPrivacySettings",
)
_SET_MEMBER_PRIVACY_SETTINGS = Route(
    "POST",
    "/members/v1/privacy-settings",
    "com.wixpress.members.memberprivacysettings.MemberPrivacySettingsService.SetMemberPrivacySettings",
)


class MemberPrivacySettings(Module):
    """``memberPrivacySettings`` of ``@wix/members``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def get_member_privacy_settings(self) -> _types.GetMemberPrivacySettingsResponse:
        """Get member privacy settings: ``GET /members/v1/privacy-settings``."""
        return cast(
            "_types.GetMemberPrivacySettingsResponse",
            await call(self._requester, _GET_MEMBER_PRIVACY_SETTINGS),
        )

    async def set_member_privacy_settings(
        self, member_privacy_settings: _types.MemberPrivacySettings
    ) -> _types.SetMemberPrivacySettingsResponse:
        """Set member privacy settings: ``POST /members/v1/privacy-settings``.

        Permissions: ``MEMBERS.MEMBER_PRIVACY_SETTINGS_SET``.
        Callable by: ``APP``.
        Application errors: ``INVALID_REVISION``, ``INVALID_SETTINGS``.
        """
        return cast(
            "_types.SetMemberPrivacySettingsResponse",
            await call(
                self._requester,
                _SET_MEMBER_PRIVACY_SETTINGS,
                {"memberPrivacySettings": member_privacy_settings},
            ),
        )


def bind(client: Requester) -> MemberPrivacySettings:
    """The ``memberPrivacySettings`` module for ``client``'s visitor."""
    return MemberPrivacySettings(client)
