# File generated from @wix/auto_sdk_bookings_attribute-definition 1.0.14
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.attribute_definition``.

From ``@wix/auto_sdk_bookings_attribute-definition``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.attribute_definition import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

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


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkUpdateAttributeDefinitionTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateAttributeDefinitionTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateAttributeDefinitionTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateAttributeDefinitionTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateAttributeDefinitionTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateAttributeDefinitionTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateAttributeDefinitionTagsRequest(TypedDict, total=False):
    attributeDefinitionIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateAttributeDefinitionTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateAttributeDefinitionTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateAttributeDefinitionTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class CreateAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinition: Required[AttributeDefinition]


class CreateAttributeDefinitionResponse(TypedDict, total=False):
    attributeDefinition: AttributeDefinition


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


class DeleteAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinitionId: Required[str]


class DeleteAttributeDefinitionResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinitionId: Required[str]


class GetAttributeDefinitionResponse(TypedDict, total=False):
    attributeDefinition: AttributeDefinition


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class NumberConfig(TypedDict, total=False):
    min: int
    max: int


class QueryAttributeDefinitionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAttributeDefinitionsResponse(TypedDict, total=False):
    attributeDefinitions: list[AttributeDefinition]
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


class UpdateAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinition: Required[AttributeDefinition]


class UpdateAttributeDefinitionResponse(TypedDict, total=False):
    attributeDefinition: AttributeDefinition
