# File generated from @wix/auto_sdk_members_custom-field-suggestions 1.0.42
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customFieldSuggestions`` module of ``@wix/members`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import custom_field_suggestions as _types

_LIST_CUSTOM_FIELD_SUGGESTIONS = Route(
    "GET",
    "/members/v1/custom-field-suggestions",
    "com.wixpress.members.customfields.suggestions.CustomFieldSuggestions.ListCustomFieldSuggestions",
    complex=True,
)
_QUERY_CUSTOM_FIELD_SUGGESTIONS = Query(
    Route(
        "POST",
        "/members/v1/custom-field-suggestions/query",
        "com.wixpress.members.customfields.suggestions.CustomFieldSuggestions.QueryCustomFieldSuggestions",
    ),
    items="suggestions",
    paging="OFFSET",
    metadata="metadata",
)


class CustomFieldSuggestions(Module):
    """``customFieldSuggestions`` of ``@wix/members``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def list_custom_field_suggestions(
        self, options: _types.ListCustomFieldSuggestionsOptions | None = None
    ) -> _types.ListCustomFieldSuggestionsResponse:
        """List custom field suggestions: ``GET /members/v1/custom-field-suggestions``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_SUGGESTIONS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListCustomFieldSuggestionsResponse",
            await call(
                self._requester,
                _LIST_CUSTOM_FIELD_SUGGESTIONS,
                {**_fields.pick(options, "paging", "sorting")},
            ),
        )

    def query_custom_field_suggestions(self) -> QueryBuilder[_types.CustomFieldSuggestion]:
        """Query custom field suggestions: ``POST /members/v1/custom-field-suggestions/query``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_SUGGESTIONS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CUSTOM_FIELD_SUGGESTIONS)


def bind(client: Requester) -> CustomFieldSuggestions:
    """The ``customFieldSuggestions`` module for ``client``'s visitor."""
    return CustomFieldSuggestions(client)
