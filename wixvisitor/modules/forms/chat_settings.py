# File generated from @wix/auto_sdk_forms_chat-settings 1.0.28
# by `make apigen` (tools/apigen). Do not edit.
"""The ``chatSettings`` module of ``@wix/forms`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import chat_settings as _types

_CREATE_CHAT_SETTINGS = Route(
    "POST", "/forms/ai/v1/chat-settings", "wix.forms.ai.v1.ChatSettingsService.CreateChatSettings"
)
_DELETE_CHAT_SETTINGS = Route(
    "DELETE",
    "/forms/ai/v1/chat-settings/{chatSettingsId}",
    "wix.forms.ai.v1.ChatSettingsService.DeleteChatSettings",
    path_params=("chatSettingsId",),
)
_GET_CHAT_SETTINGS = Route(
    "GET",
    "/forms/ai/v1/chat-settings/{chatSettingsId}",
    "wix.forms.ai.v1.ChatSettingsService.GetChatSettings",
    path_params=("chatSettingsId",),
)
_QUERY_CHAT_SETTINGS = Query(
    Route(
        "GET",
        "/forms/ai/v1/chat-settings/query",
        "wix.forms.ai.v1.ChatSettingsService.QueryChatSettings",
        complex=True,
        fallback=True,
    ),
    items="chatSettings",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_CHAT_SETTINGS = Route(
    "PATCH",
    "/forms/ai/v1/chat-settings/{chatSettings.id}",
    "wix.forms.ai.v1.ChatSettingsService.UpdateChatSettings",
    path_params=("chatSettings.id",),
)


class ChatSettings(Module):
    """``chatSettings`` of ``@wix/forms``: ``chat_settings = forms.chat_settings.bind(wix)``."""

    __slots__ = ()

    async def create_chat_settings(
        self, chat_settings: _types.ChatSettings
    ) -> _types.CreateChatSettingsResponse:
        """Create chat settings: ``POST /forms/ai/v1/chat-settings``.

        Permissions: ``WIX_FORMS.FORM_SCHEMA_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateChatSettingsResponse",
            await call(self._requester, _CREATE_CHAT_SETTINGS, {"chatSettings": chat_settings}),
        )

    async def delete_chat_settings(
        self, chat_settings_id: str
    ) -> _types.DeleteChatSettingsResponse:
        """Delete chat settings: ``DELETE /forms/ai/v1/chat-settings/{chatSettingsId}``.

        Permissions: ``WIX_FORMS.FORM_SCHEMA_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteChatSettingsResponse",
            await call(
                self._requester, _DELETE_CHAT_SETTINGS, {"chatSettingsId": chat_settings_id}
            ),
        )

    async def get_chat_settings(self, chat_settings_id: str) -> _types.GetChatSettingsResponse:
        """Get chat settings: ``GET /forms/ai/v1/chat-settings/{chatSettingsId}``.

        Permissions: ``WIX_FORMS.FORM_SCHEMA_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetChatSettingsResponse",
            await call(self._requester, _GET_CHAT_SETTINGS, {"chatSettingsId": chat_settings_id}),
        )

    def query_chat_settings(self) -> QueryBuilder[_types.ChatSettings]:
        """Query chat settings: ``GET /forms/ai/v1/chat-settings/query``.

        Permissions: ``WIX_FORMS.FORM_SCHEMA_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CHAT_SETTINGS)

    async def update_chat_settings(
        self, id: str, chat_settings: _types.ChatSettings
    ) -> _types.UpdateChatSettingsResponse:
        """Update chat settings: ``PATCH /forms/ai/v1/chat-settings/{chatSettings.id}``.

        Permissions: ``WIX_FORMS.FORM_SCHEMA_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateChatSettingsResponse",
            await call(
                self._requester,
                _UPDATE_CHAT_SETTINGS,
                {"chatSettings": {**chat_settings, "id": id}},
            ),
        )


def bind(client: Requester) -> ChatSettings:
    """The ``chatSettings`` module for ``client``'s visitor."""
    return ChatSettings(client)
