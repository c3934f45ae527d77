# File generated from @wix/auto_sdk_stores_collections 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.collections``.

From ``@wix/auto_sdk_stores_collections``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.collections import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import Collection as Collection
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import GetCollectionBySlugRequest as GetCollectionBySlugRequest
from ._shared import GetCollectionBySlugResponse as GetCollectionBySlugResponse
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemItemOneOf as MediaItemItemOneOf
from ._shared import MediaItemType as MediaItemType
from ._shared import MediaItemUrlAndSize as MediaItemUrlAndSize
from ._shared import MediaItemVideo as MediaItemVideo
from ._shared import PlatformPaging as PlatformPaging
from ._shared import PlatformPagingMetadata as PlatformPagingMetadata
from ._shared import PlatformQueryPagingMethodOneOf as PlatformQueryPagingMethodOneOf
from ._shared import SortOrder as SortOrder


class GetCollectionRequest(TypedDict, total=False):
    id: Required[str]


class GetCollectionResponse(TypedDict, total=False):
    collection: Collection


class PlatformQuery(PlatformQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class QueryCollectionsRequest(TypedDict, total=False):
    query: PlatformQuery


class QueryCollectionsResponse(TypedDict, total=False):
    collections: list[Collection]
    metadata: PlatformPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation
