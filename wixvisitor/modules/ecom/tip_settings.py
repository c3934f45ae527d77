# File generated from @wix/auto_sdk_ecom_tip-settings 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""The ``tipSettings`` module of ``@wix/ecom`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tip_settings as _types

_CREATE_DEFAULT_TIP_SETTINGS = Route(
    "POST",
    "/tip-settings/v1/tip-settings/create-default",
    "wix.tips.settings.v1.TipSettingsService.CreateDefaultTipSettings",
)
_CREATE_TIP_SETTINGS = Route(
    "POST",
    "/tip-settings/v1/tip-settings",
    "wix.tips.settings.v1.TipSettingsService.CreateTipSettings",
)
_DELETE_TIP_SETTINGS = Route(
    "DELETE",
    "/tip-settings/v1/tip-settings/{tipSettingsId}",
    "wix.tips.settings.v1.TipSettingsService.DeleteTipSettings",
    path_params=("tipSettingsId",),
)
_QUERY_TIP_SETTINGS = Query(
    Route(
        "POST",
        "/tip-settings/v1/tip-settings/query",
        "wix.tips.settings.v1.TipSettingsService.QueryTipSettings",
    ),
    items="tipSettings",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_TIP_SETTINGS = Route(
    "PATCH",
    "/tip-settings/v1/tip-settings",
    "wix.tips.settings.v1.TipSettingsService.UpdateTipSettings",
)


class TipSettings(Module):
    """``tipSettings`` of ``@wix/ecom``: ``tip_settings = ecom.tip_settings.bind(wix)``."""

    __slots__ = ()

    async def create_default_tip_settings(
        self, tip_settings: _types.TipSettings
    ) -> _types.CreateDefaultTipSettingsResponse:
        """Create default tip settings: ``POST /tip-settings/v1/tip-settings/create-default``.

        Permissions: ``WIX_TIPS.TIP_SETTINGS_CREATE``.
        Callable by: ``APP``.
        Application errors: ``DEFAULT_SETTINGS_ALREADY_EXISTS``,
        ``CANNOT_HAVE_MORE_THAN_ONE_DEFAULT_PRESET``, ``PRESET_PERCENTAGE_TOO_HIGH``.
        """
        return cast(
            "_types.CreateDefaultTipSettingsResponse",
            await call(
                self._requester, _CREATE_DEFAULT_TIP_SETTINGS, {"tipSettings": tip_settings}
            ),
        )

    async def create_tip_settings(
        self, tip_settings: _types.TipSettings
    ) -> _types.CreateTipSettingsResponse:
        """Create tip settings: ``POST /tip-settings/v1/tip-settings``.

        Permissions: ``WIX_TIPS.TIP_SETTINGS_CREATE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_HAVE_MORE_THAN_ONE_DEFAULT_PRESET``,
        ``PRESET_PERCENTAGE_TOO_HIGH``.
        """
        return cast(
            "_types.CreateTipSettingsResponse",
            await call(self._requester, _CREATE_TIP_SETTINGS, {"tipSettings": tip_settings}),
        )

    async def delete_tip_settings(self, tip_settings_id: str) -> _types.DeleteTipSettingsResponse:
        """Delete tip settings: ``DELETE /tip-settings/v1/tip-settings/{tipSettingsId}``.

        Permissions: ``WIX_TIPS.TIP_SETTINGS_DELETE``.
        Callable by: ``APP``.
        Application errors: ``CANNOT_DELETE_DEFAULT_SETTINGS``.
        """
        return cast(
            "_types.DeleteTipSettingsResponse",
            await call(self._requester, _DELETE_TIP_SETTINGS, {"tipSettingsId": tip_settings_id}),
        )

    def query_tip_settings(self) -> QueryBuilder[_types.TipSettings]:
        """Query tip settings: ``POST /tip-settings/v1/tip-settings/query``.

        Permissions: ``WIX_TIPS.TIP_SETTINGS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TIP_SETTINGS)

    async def update_tip_settings(
        self, tip_settings: _types.TipSettings
    ) -> _types.UpdateTipSettingsResponse:
        """Update tip settings: ``PATCH /tip-settings/v1/tip-settings``.

        Permissions: ``WIX_TIPS.TIP_SETTINGS_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DEFAULT_SETTINGS_ALREADY_EXISTS``,
        ``CANNOT_HAVE_MORE_THAN_ONE_DEFAULT_PRESET``, ``PRESET_PERCENTAGE_TOO_HIGH``.
        """
        return cast(
            "_types.UpdateTipSettingsResponse",
            await call(self._requester, _UPDATE_TIP_SETTINGS, {"tipSettings": tip_settings}),
        )


def bind(client: Requester) -> TipSettings:
    """The ``tipSettings`` module for ``client``'s visitor."""
    return TipSettings(client)
