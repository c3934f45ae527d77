# File generated from @wix/auto_sdk_bookings_resource-types 1.0.86
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.resource_types``.

From ``@wix/auto_sdk_bookings_resource-types``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.resource_types import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder


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


class DeleteResourceTypeRequest(TypedDict, total=False):
    resourceTypeId: Required[str]


class DeleteResourceTypeResponse(TypedDict, total=False):
    pass


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


class UpdateResourceTypeRequest(TypedDict, total=False):
    resourceType: Required[ResourceType]


class UpdateResourceTypeResponse(TypedDict, total=False):
    resourceType: ResourceType
