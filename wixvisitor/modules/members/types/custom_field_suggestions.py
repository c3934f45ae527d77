# File generated from @wix/auto_sdk_members_custom-field-suggestions 1.0.42
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.custom_field_suggestions``.

From ``@wix/auto_sdk_members_custom-field-suggestions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.custom_field_suggestions import <Type>
"""

from __future__ import annotations

from typing import Any, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import Origin as Origin
from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata
from ._shared import Privacy as Privacy
from ._shared import SocialTypeType as SocialTypeType
from ._shared import SortOrder as SortOrder
from ._shared import Type as Type


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
