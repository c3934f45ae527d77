# File generated from @wix/auto_sdk_stores_stores-locations-v-3 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.stores_locations_v3``.

From ``@wix/auto_sdk_stores_stores-locations-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.stores_locations_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

LocationType: TypeAlias = Literal["VIRTUAL", "PHYSICAL"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


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


class GetDefaultStoresLocationRequest(TypedDict, total=False):
    pass


class GetDefaultStoresLocationResponse(TypedDict, total=False):
    storesLocation: StoresLocation


class GetStoresLocationRequest(TypedDict, total=False):
    storesLocationId: Required[str]


class GetStoresLocationResponse(TypedDict, total=False):
    storesLocation: StoresLocation


class QueryStoresLocationsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryStoresLocationsResponse(TypedDict, total=False):
    storesLocations: list[StoresLocation]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class StoresLocation(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    wixLocationId: str | None
    locationType: LocationType
    name: str
    defaultLocation: bool
