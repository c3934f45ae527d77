# File generated from @wix/auto_sdk_bookings_attribute-value 1.0.14
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.attribute_value``.

From ``@wix/auto_sdk_bookings_attribute-value``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.attribute_value import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

BulkActionType: TypeAlias = Literal["INSERT", "UPDATE", "DELETE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
ValueType: TypeAlias = Literal["STRING", "NUMBER", "BOOL"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AttributeDefaultValueValueOneOf(TypedDict, total=False):
    stringDefault: str
    numberDefault: int
    boolDefault: bool


class AttributeDefaultValue(AttributeDefaultValueValueOneOf, total=False):
    pass


class AttributeDefinitionConfigOneOf(TypedDict, total=False):
    stringConfig: StringConfig
    numberConfig: NumberConfig


class AttributeDefinition(AttributeDefinitionConfigOneOf, total=False):
    id: str
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    valueType: ValueType
    visibility: bool | None
    defaultValue: AttributeDefaultValue
    extendedFields: ExtendedFields
    tags: Tags


class AttributeValueValueOneOf(TypedDict, total=False):
    stringData: str
    numberData: int
    boolData: bool


class AttributeValue(AttributeValueValueOneOf, total=False):
    id: str
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    attributeDefinitionId: str
    entityId: str
    valueType: ValueType
    extendedFields: ExtendedFields


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkDeleteAttributeValueResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkDeleteAttributeValuesRequest(TypedDict, total=False):
    entityId: Required[str]
    attributeDefinitionIds: Required[list[str]]


class BulkDeleteAttributeValuesResponse(TypedDict, total=False):
    results: list[BulkDeleteAttributeValueResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpsertAttributeValueValueOneOf(TypedDict, total=False):
    stringData: str
    numberData: int
    boolData: bool


class BulkUpsertAttributeValue(BulkUpsertAttributeValueValueOneOf, total=False):
    attributeDefinitionId: str


class BulkUpsertAttributeValueResult(TypedDict, total=False):
    action: BulkActionType
    itemMetadata: ItemMetadata
    item: AttributeValue


class BulkUpsertAttributeValuesOptions(TypedDict, total=False):
    """What ``bulkUpsertAttributeValues`` reads from ``options``."""

    values: list[BulkUpsertAttributeValue]
    returnEntity: bool


class BulkUpsertAttributeValuesRequest(TypedDict, total=False):
    entityId: Required[str]
    values: list[BulkUpsertAttributeValue]
    returnEntity: bool


class BulkUpsertAttributeValuesResponse(TypedDict, total=False):
    results: list[BulkUpsertAttributeValueResult]
    bulkActionMetadata: BulkActionMetadata


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class EntityAttribute(TypedDict, total=False):
    attributeDefinition: AttributeDefinition
    attributeValue: AttributeValue


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class ListEntityAttributesOptions(TypedDict, total=False):
    """What ``listEntityAttributes`` reads from ``options``."""

    paging: CursorPaging


class ListEntityAttributesRequest(TypedDict, total=False):
    entityId: Required[str]
    paging: CursorPaging


class ListEntityAttributesResponse(TypedDict, total=False):
    entityAttributes: list[EntityAttribute]
    pagingMetadata: CursorPagingMetadata


class NumberConfig(TypedDict, total=False):
    min: int
    max: int


class QueryAttributeValuesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAttributeValuesResponse(TypedDict, total=False):
    attributeValues: list[AttributeValue]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class StringConfig(TypedDict, total=False):
    allowedValues: list[str]


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList
