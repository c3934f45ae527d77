# File generated from @wix/auto_sdk_bookings_attribute-definition 1.0.14
# by `make apigen` (tools/apigen). Do not edit.
"""The ``attributeDefinition`` module of ``@wix/bookings`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import attribute_definition as _types

_BULK_UPDATE_ATTRIBUTE_DEFINITION_TAGS = Route(
    "POST",
    "/_api/attributes/v1/bulk/attribute-definitions/update-tags",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.BulkUpdateAttributeDefinitionTags",
)
_BULK_UPDATE_ATTRIBUTE_DEFINITION_TAGS_BY_FILTER = Route(
    "POST",
    "/_api/attributes/v1/bulk/attribute-definitions/update-tags-by-filter",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.BulkUpdateAttributeDefinitionTagsByFilter",
)
_CREATE_ATTRIBUTE_DEFINITION = Route(
    "POST",
    "/_api/attributes/v1/attribute-definitions",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.CreateAttributeDefinition",
)
_DELETE_ATTRIBUTE_DEFINITION = Route(
    "DELETE",
    "/_api/attributes/v1/attribute-definitions/{attributeDefinitionId}",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.DeleteAttributeDefinition",
    path_params=("attributeDefinitionId",),
)
_GET_ATTRIBUTE_DEFINITION = Route(
    "GET",
    "/_api/attributes/v1/attribute-definitions/{attributeDefinitionId}",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.GetAttributeDefinition",
    path_params=("attributeDefinitionId",),
)
_QUERY_ATTRIBUTE_DEFINITIONS = Query(
    Route(
        "POST",
        "/_api/attributes/v1/attribute-definitions/query",
        "wix.bookings.attributes.v1.AttributeDefinitionsService.QueryAttributeDefinitions",
    ),
    items="attributeDefinitions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_ATTRIBUTE_DEFINITION = Route(
    "PATCH",
    "/_api/attributes/v1/attribute-definitions/{attributeDefinition.id}",
    "wix.bookings.attributes.v1.AttributeDefinitionsService.UpdateAttributeDefinition",
    path_params=("attributeDefinition.id",),
)


class AttributeDefinition(Module):
    """``attributeDefinition`` of ``@wix/bookings``: ``bookings.attribute_definition.bind(wix)``."""

    __slots__ = ()

    async def bulk_update_attribute_definition_tags(
        self,
        attribute_definition_ids: Sequence[str],
        options: _types.BulkUpdateAttributeDefinitionTagsOptions | None = None,
    ) -> _types.BulkUpdateAttributeDefinitionTagsResponse:
        """Bulk update attribute definition tags: ``POST``.

        ``/_api/attributes/v1/bulk/attribute-definitions/update-tags``

        Permissions:
        ``bookings:attributes:v1:attribute_definition:bulk_update_attribute_definition_tags``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateAttributeDefinitionTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ATTRIBUTE_DEFINITION_TAGS,
                {
                    "attributeDefinitionIds": attribute_definition_ids,
                    **_fields.pick(options, "assignTags", "unassignTags"),
                },
            ),
        )

    async def bulk_update_attribute_definition_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateAttributeDefinitionTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateAttributeDefinitionTagsByFilterResponse:
        """Bulk update attribute definition tags by filter: ``POST``.

        ``/_api/attributes/v1/bulk/attribute-definitions/update-tags-by-filter``

        Permissions: ``bookings:attributes:v1:attribute_definition:bulk_update_attribute_definit
        ion_tags_by_filter``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateAttributeDefinitionTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ATTRIBUTE_DEFINITION_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def create_attribute_definition(
        self, attribute_definition: _types.AttributeDefinition
    ) -> _types.CreateAttributeDefinitionResponse:
        """Create attribute definition: ``POST /_api/attributes/v1/attribute-definitions``.

        Permissions:
        ``bookings:attributes:v1:attribute_definition:create_attribute_definition``.
        Callable by: ``APP``.
        Application errors: ``NUMBER_CONFIG_MAX_LESS_THAN_MIN``,
        ``DEFAULT_VALUE_TYPE_MISMATCH``, ``DEFAULT_VALUE_NOT_IN_ALLOWED_VALUES``,
        ``DEFAULT_VALUE_OUT_OF_RANGE``, ``DUPLICATE_ATTRIBUTE_NAME``.
        """
        return cast(
            "_types.CreateAttributeDefinitionResponse",
            await call(
                self._requester,
                _CREATE_ATTRIBUTE_DEFINITION,
                {"attributeDefinition": attribute_definition},
            ),
        )

    async def delete_attribute_definition(
        self, attribute_definition_id: str
    ) -> _types.DeleteAttributeDefinitionResponse:
        """Delete attribute definition: ``DELETE``.

        ``/_api/attributes/v1/attribute-definitions/{attributeDefinitionId}``

        Permissions:
        ``bookings:attributes:v1:attribute_definition:delete_attribute_definition``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteAttributeDefinitionResponse",
            await call(
                self._requester,
                _DELETE_ATTRIBUTE_DEFINITION,
                {"attributeDefinitionId": attribute_definition_id},
            ),
        )

    async def get_attribute_definition(
        self, attribute_definition_id: str
    ) -> _types.GetAttributeDefinitionResponse:
        """Get attribute definition: ``GET``.

        ``/_api/attributes/v1/attribute-definitions/{attributeDefinitionId}``

        Permissions: ``bookings:attributes:v1:attribute_definition:get_attribute_definition``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetAttributeDefinitionResponse",
            await call(
                self._requester,
                _GET_ATTRIBUTE_DEFINITION,
                {"attributeDefinitionId": attribute_definition_id},
            ),
        )

    def query_attribute_definitions(self) -> QueryBuilder[_types.AttributeDefinition]:
        """Query attribute definitions: ``POST /_api/attributes/v1/attribute-definitions/query``.

        Permissions:
        ``bookings:attributes:v1:attribute_definition:query_attribute_definitions``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_ATTRIBUTE_DEFINITIONS)

    async def update_attribute_definition(
        self, id: str, attribute_definition: _types.AttributeDefinition
    ) -> _types.UpdateAttributeDefinitionResponse:
        """Update attribute definition: ``PATCH``.

        ``/_api/attributes/v1/attribute-definitions/{attributeDefinition.id}``

        Permissions:
        ``bookings:attributes:v1:attribute_definition:update_attribute_definition``.
        Callable by: ``APP``.
        Application errors: ``VALUE_TYPE_IMMUTABLE``, ``NUMBER_CONFIG_MAX_LESS_THAN_MIN``,
        ``DUPLICATE_ATTRIBUTE_NAME``, ``DEFAULT_VALUE_NO_LONGER_VALID``.
        """
        return cast(
            "_types.UpdateAttributeDefinitionResponse",
            await call(
                self._requester,
                _UPDATE_ATTRIBUTE_DEFINITION,
                {"attributeDefinition": {**attribute_definition, "id": id}},
            ),
        )


def bind(client: Requester) -> AttributeDefinition:
    """The ``attributeDefinition`` module for ``client``'s visitor."""
    return AttributeDefinition(client)
