# File generated from @wix/auto_sdk_bookings_resource-types 1.0.86
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.resource_types``.

From ``@wix/auto_sdk_bookings_resource-types``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.resource_types import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]


class CountResourceTypesOptions(TypedDict, total=False):
    """What ``countResourceTypes`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountResourceTypesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountResourceTypesResponse(TypedDict, total=False):
    count: int


class CreateResourceTypeRequest(TypedDict, total=False):
    resourceType: Required[ResourceType]


class CreateResourceTypeResponse(TypedDict, total=False):
    resourceType: ResourceType


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


class DeleteResourceTypeRequest(TypedDict, total=False):
    resourceTypeId: Required[str]


class DeleteResourceTypeResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetResourceTypeRequest(TypedDict, total=False):
    resourceTypeId: Required[str]


class GetResourceTypeResponse(TypedDict, total=False):
    resourceType: ResourceType


class QueryResourceTypesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryResourceTypesResponse(TypedDict, total=False):
    resourceTypes: list[ResourceType]
    pagingMetadata: CursorPagingMetadata


class ResourceType(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    extendedFields: ExtendedFields


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdateResourceTypeRequest(TypedDict, total=False):
    resourceType: Required[ResourceType]


class UpdateResourceTypeResponse(TypedDict, total=False):
    resourceType: ResourceType
