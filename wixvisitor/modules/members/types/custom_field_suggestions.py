# File generated from @wix/auto_sdk_members_custom-field-suggestions 1.0.42
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.custom_field_suggestions``.

From ``@wix/auto_sdk_members_custom-field-suggestions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.custom_field_suggestions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

Origin: TypeAlias = Literal["UNKNOWN", "CUSTOM", "CONTACT", "SYSTEM"]
Privacy: TypeAlias = Literal["UNKNOWN", "PUBLIC", "PRIVATE"]
SocialTypeType: TypeAlias = Literal[
    "UNKNOWN",
    "FACEBOOK",
    "INSTAGRAM",
    "LINKEDIN",
    "TWITTER",
    "YOUTUBE",
    "PINTEREST",
    "TIKTOK",
    "DEVIANTART",
    "SOUNDCLOUD",
    "TUMBLR",
    "VIMEO",
    "VKONTAKTE",
    "ODNOKLASSNIKI",
    "OTHER",
]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Type: TypeAlias = Literal["UNKNOWN", "TEXT", "NUMBER", "DATE", "URL", "SOCIAL"]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class CustomFieldSuggestion(TypedDict, total=False):
    name: str | None
    defaultPrivacy: Privacy
    fieldType: Type
    socialType: SocialTypeType
    fieldOrigin: Origin
    customFieldId: str | None


class ListCustomFieldSuggestionsOptions(TypedDict, total=False):
    """What ``listCustomFieldSuggestions`` reads from ``options``."""

    paging: Paging
    sorting: list[Sorting]


class ListCustomFieldSuggestionsRequest(TypedDict, total=False):
    paging: Paging
    sorting: list[Sorting]


class ListCustomFieldSuggestionsResponse(TypedDict, total=False):
    suggestions: list[CustomFieldSuggestion]
    metadata: PagingMetadata


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None


class Query(TypedDict, total=False):
    filter: Any
    paging: Paging
    sorting: list[Sorting]


class QueryCustomFieldSuggestionsRequest(TypedDict, total=False):
    query: Query


class QueryCustomFieldSuggestionsResponse(TypedDict, total=False):
    suggestions: list[CustomFieldSuggestion]
    metadata: PagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation
