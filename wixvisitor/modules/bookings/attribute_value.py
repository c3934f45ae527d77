# File generated from @wix/auto_sdk_bookings_attribute-value 1.0.14
# by `make apigen` (tools/apigen). Do not edit.
"""The ``attributeValue`` module of ``@wix/bookings`` (4 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import attribute_value as _types

_BULK_DELETE_ATTRIBUTE_VALUES = Route(
    "POST",
    "/_api/attributes/v1/attribute-values/{entityId}/bulk-delete",
    "wix.bookings.attributes.v1.AttributeValuesService.BulkDeleteAttributeValues",
    path_params=("entityId",),
)
_BULK_UPSERT_ATTRIBUTE_VALUES = Route(
    "POST",
    "/_api/attributes/v1/attribute-values/{entityId}/bulk-upsert",
    "wix.bookings.attributes.v1.AttributeValuesService.BulkUpsertAttributeValues",
    path_params=("entityId",),
)
_LIST_ENTITY_ATTRIBUTES = Route(
    "GET",
    "/_api/attributes/v1/attribute-values/{entityId}",
    "wix.bookings.attributes.v1.AttributeValuesService.ListEntityAttributes",
    path_params=("entityId",),
)
_QUERY_ATTRIBUTE_VALUES = Query(
    Route(
        "POST",
        "/_api/attributes/v1/attribute-values/query",
        "wix.bookings.attributes.v1.AttributeValuesService.QueryAttributeValues",
    ),
    items="attributeValues",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class AttributeValue(Module):
    """``attributeValue`` of ``@wix/bookings``: ``bookings.attribute_value.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_attribute_values(
        self, entity_id: str, attribute_definition_ids: Sequence[str]
    ) -> _types.BulkDeleteAttributeValuesResponse:
        """Bulk delete attribute values: ``POST``.

        ``/_api/attributes/v1/attribute-values/{entityId}/bulk-delete``

        Permissions: ``bookings:attributes:v1:attribute_value:bulk_delete_attribute_values``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteAttributeValuesResponse",
            await call(
                self._requester,
                _BULK_DELETE_ATTRIBUTE_VALUES,
                {"entityId": entity_id, "attributeDefinitionIds": attribute_definition_ids},
            ),
        )

    async def bulk_upsert_attribute_values(
        self, entity_id: str, options: _types.BulkUpsertAttributeValuesOptions | None = None
    ) -> _types.BulkUpsertAttributeValuesResponse:
        """Bulk upsert attribute values: ``POST``.

        ``/_api/attributes/v1/attribute-values/{entityId}/bulk-upsert``

        Permissions: ``bookings:attributes:v1:attribute_value:bulk_upsert_attribute_values``.
        Callable by: ``APP``.
        Application errors: ``VALUE_REQUIRED``, ``VALUE_TYPE_MISMATCH``,
        ``VALUE_NOT_IN_ALLOWED_VALUES``, ``VALUE_OUT_OF_RANGE``,
        ``ATTRIBUTE_DEFINITION_NOT_FOUND``.
        """
        return cast(
            "_types.BulkUpsertAttributeValuesResponse",
            await call(
                self._requester,
                _BULK_UPSERT_ATTRIBUTE_VALUES,
                {"entityId": entity_id, **_fields.pick(options, "values", "returnEntity")},
            ),
        )

    async def list_entity_attributes(
        self, entity_id: str, options: _types.ListEntityAttributesOptions | None = None
    ) -> _types.ListEntityAttributesResponse:
        """List entity attributes: ``GET /_api/attributes/v1/attribute-values/{entityId}``.

        Permissions: ``bookings:attributes:v1:attribute_value:list_entity_attributes``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListEntityAttributesResponse",
            await call(
                self._requester,
                _LIST_ENTITY_ATTRIBUTES,
                {"entityId": entity_id, **_fields.pick(options, "paging")},
            ),
        )

    def query_attribute_values(self) -> QueryBuilder[_types.AttributeValue]:
        """Query attribute values: ``POST /_api/attributes/v1/attribute-values/query``.

        Permissions: ``bookings:attributes:v1:attribute_value:query_attribute_values``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_ATTRIBUTE_VALUES)


def bind(client: Requester) -> AttributeValue:
    """The ``attributeValue`` module for ``client``'s visitor."""
    return AttributeValue(client)
