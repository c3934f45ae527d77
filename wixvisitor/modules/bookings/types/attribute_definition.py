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

from ._shared import ApplicationError as ApplicationError
from ._shared import AttributeDefaultValue as AttributeDefaultValue
from ._shared import AttributeDefaultValueValueOneOf as AttributeDefaultValueValueOneOf
from ._shared import AttributeDefinitionConfigOneOf as AttributeDefinitionConfigOneOf
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import NumberConfig as NumberConfig
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import StringConfig as StringConfig
from ._shared import TagList as TagList

ValueType: TypeAlias = Literal["STRING", "NUMBER", "BOOL"]


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


class DeleteAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinitionId: Required[str]


class DeleteAttributeDefinitionResponse(TypedDict, total=False):
    pass


class GetAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinitionId: Required[str]


class GetAttributeDefinitionResponse(TypedDict, total=False):
    attributeDefinition: AttributeDefinition


class QueryAttributeDefinitionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAttributeDefinitionsResponse(TypedDict, total=False):
    attributeDefinitions: list[AttributeDefinition]
    pagingMetadata: CursorPagingMetadata


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


class UpdateAttributeDefinitionRequest(TypedDict, total=False):
    attributeDefinition: Required[AttributeDefinition]


class UpdateAttributeDefinitionResponse(TypedDict, total=False):
    attributeDefinition: AttributeDefinition
