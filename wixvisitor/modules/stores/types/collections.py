# File generated from @wix/auto_sdk_stores_collections 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.collections``.

From ``@wix/auto_sdk_stores_collections``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.collections import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

MediaItemType: TypeAlias = Literal[
    "unspecified_media_item_type", "image", "video", "audio", "document", "zip"
]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class Collection(TypedDict, total=False):
    id: str | None
    name: str | None
    media: Media
    numberOfProducts: int
    description: str | None
    slug: str | None
    visible: bool | None


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class GetCollectionBySlugRequest(TypedDict, total=False):
    slug: Required[str]


class GetCollectionBySlugResponse(TypedDict, total=False):
    collection: Collection


class GetCollectionRequest(TypedDict, total=False):
    id: Required[str]


class GetCollectionResponse(TypedDict, total=False):
    collection: Collection


class Media(TypedDict, total=False):
    mainMedia: MediaItem
    items: list[MediaItem]


class MediaItemItemOneOf(TypedDict, total=False):
    image: MediaItemUrlAndSize
    video: MediaItemVideo


class MediaItem(MediaItemItemOneOf, total=False):
    thumbnail: MediaItemUrlAndSize
    mediaType: MediaItemType
    title: str
    id: str


class MediaItemUrlAndSize(TypedDict, total=False):
    url: str
    width: int
    height: int
    format: str | None
    altText: str | None


class MediaItemVideo(TypedDict, total=False):
    files: list[MediaItemUrlAndSize]
    stillFrameMediaId: str


class PlatformPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PlatformPagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    cursors: Cursors


class PlatformQueryPagingMethodOneOf(TypedDict, total=False):
    paging: PlatformPaging
    cursorPaging: CursorPaging


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
