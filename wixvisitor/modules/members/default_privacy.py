# File generated from @wix/auto_sdk_members_default-privacy 1.0.36
# by `make apigen` (tools/apigen). Do not edit.
"""The ``defaultPrivacy`` module of ``@wix/members`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._runtime import Module, Requester, Route, call

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

    async def get_default_privacy_status(self) -> dict[str, Any]:
        """Get default privacy status: ``GET /members/v1/default-privacy-status``."""
        return await call(self._requester, _GET_DEFAULT_PRIVACY_STATUS)

    async def set_default_privacy_status(
        self, default_privacy: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set default privacy status: ``PATCH /members/v1/default-privacy-status``."""
        return await call(
            self._requester, _SET_DEFAULT_PRIVACY_STATUS, {"defaultPrivacy": default_privacy}
        )


def bind(client: Requester) -> DefaultPrivacy:
    """The ``defaultPrivacy`` module for ``client``'s visitor."""
    return DefaultPrivacy(client)
