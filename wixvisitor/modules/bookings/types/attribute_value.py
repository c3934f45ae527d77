# File generated from @wix/auto_sdk_bookings_attribute-value 1.0.14
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.attribute_value``.

From ``@wix/auto_sdk_bookings_attribute-value``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.attribute_value import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

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

BulkActionType: TypeAlias = Literal["INSERT", "UPDATE", "DELETE"]
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


class EntityAttribute(TypedDict, total=False):
    attributeDefinition: AttributeDefinition
    attributeValue: AttributeValue


class ListEntityAttributesOptions(TypedDict, total=False):
    """What ``listEntityAttributes`` reads from ``options``."""

    paging: CursorPaging


class ListEntityAttributesRequest(TypedDict, total=False):
    entityId: Required[str]
    paging: CursorPaging


class ListEntityAttributesResponse(TypedDict, total=False):
    entityAttributes: list[EntityAttribute]
    pagingMetadata: CursorPagingMetadata


class QueryAttributeValuesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAttributeValuesResponse(TypedDict, total=False):
    attributeValues: list[AttributeValue]
    pagingMetadata: CursorPagingMetadata


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList
