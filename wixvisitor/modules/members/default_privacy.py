# File generated from @wix/auto_sdk_members_default-privacy 1.0.36
# by `make apigen` (tools/apigen). Do not edit.
"""The ``defaultPrivacy`` module of ``@wix/members`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import default_privacy as _types

_GET_DEFAULT_PRIVACY_STATUS = Route(
    "GET",
    "/members/v1/default-privacy-status",
    "com.wixpress.members.defaultprivacy.DefaultPrivacyStatus.GetDefaultPrivacyStatus",
)
_SET_DEFAULT_PRIVACY_STATUS = Route(
    "PATCH",
    "/members/v1/default-privacy-status",
    "com.wixpress.members.defaultprivacy.DefaultPrivacyStatus.SetDefaultPrivacyStatus",
)


class DefaultPrivacy(Module):
    """``defaultPrivacy`` of ``@wix/members``: ``members.default_privacy.bind(wix)``."""

    __slots__ = ()

    async def get_default_privacy_status(self) -> _types.GetDefaultPrivacyStatusResponse:
        """Get default privacy status: ``GET /members/v1/default-privacy-status``.

        Permissions: ``MEMBERS.DEFAULT_PRIVACY_STATUS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetDefaultPrivacyStatusResponse",
            await call(self._requester, _GET_DEFAULT_PRIVACY_STATUS),
        )

    async def set_default_privacy_status(
        self, default_privacy: _types.DefaultPrivacy
    ) -> _types.SetDefaultPrivacyStatusResponse:
        """Set default privacy status: ``PATCH /members/v1/default-privacy-status``.

        Permissions: ``MEMBERS.DEFAULT_PRIVACY_STATUS_WRITE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SetDefaultPrivacyStatusResponse",
            await call(
                self._requester, _SET_DEFAULT_PRIVACY_STATUS, {"defaultPrivacy": default_privacy}
            ),
        )


def bind(client: Requester) -> DefaultPrivacy:
    """The ``defaultPrivacy`` module for ``client``'s visitor."""
    return DefaultPrivacy(client)
