# File generated from @wix/auto_sdk_forms_chat-settings 1.0.28
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``forms.chat_settings``.

From ``@wix/auto_sdk_forms_chat-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.forms.types.chat_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

Personality: TypeAlias = Literal["PROFESSIONAL", "FRIENDLY", "PLAYFUL", "DIRECT"]


class ChatSettings(TypedDict, total=False):
    id: str
    greetingMessage: str | None
    chatEnabled: bool | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    summaryMessage: str | None
    extendedFields: ExtendedFields
    manualSummary: bool | None
    personality: Personality


class CreateChatSettingsRequest(TypedDict, total=False):
    chatSettings: Required[ChatSettings]


class CreateChatSettingsResponse(TypedDict, total=False):
    chatSettings: ChatSettings


class DeleteChatSettingsRequest(TypedDict, total=False):
    chatSettingsId: Required[str]


class DeleteChatSettingsResponse(TypedDict, total=False):
    pass


class GetChatSettingsRequest(TypedDict, total=False):
    chatSettingsId: Required[str]


class GetChatSettingsResponse(TypedDict, total=False):
    chatSettings: ChatSettings


class QueryChatSettingsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryChatSettingsResponse(TypedDict, total=False):
    chatSettings: list[ChatSettings]
    pagingMetadata: CursorPagingMetadata


class UpdateChatSettingsRequest(TypedDict, total=False):
    chatSettings: Required[ChatSettings]


class UpdateChatSettingsResponse(TypedDict, total=False):
    chatSettings: ChatSettings
