# File generated from @wix/auto_sdk_stores_stores-locations-v-3 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.stores_locations_v3``.

From ``@wix/auto_sdk_stores_stores-locations-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.stores_locations_v3 import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

LocationType: TypeAlias = Literal["VIRTUAL", "PHYSICAL"]


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


class StoresLocation(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    wixLocationId: str | None
    locationType: LocationType
    name: str
    defaultLocation: bool
