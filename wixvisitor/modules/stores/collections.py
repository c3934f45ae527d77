# File generated from @wix/auto_sdk_stores_collections 1.0.51
# by `make apigen` (tools/apigen). Do not edit.
"""The ``collections`` module of ``@wix/stores`` (3 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import collections as _types

_GET_COLLECTION = Route(
    "GET",
    "/v2/collections/{id}",
    "wix.catalog.api.v2.CollectionReadApi.GetCollection",
    path_params=("id",),
)
_GET_COLLECTION_BY_SLUG = Route(
    "GET",
    "/v2/collections/slug/{slug}",
    "wix.catalog.api.v2.CollectionReadApi.GetCollectionBySlug",
    path_params=("slug",),
)
_QUERY_COLLECTIONS = Query(
    Route(
        "GET",
        "/v2/collections/query",
        "wix.catalog.api.v2.CollectionReadApi.QueryCollections",
        complex=True,
        fallback=True,
    ),
    items="collections",
    paging="OFFSET",
    metadata="metadata",
)


class Collections(Module):
    """``collections`` of ``@wix/stores``: ``collections = stores.collections.bind(wix)``."""

    __slots__ = ()

    async def get_collection(self, id: str) -> _types.GetCollectionResponse:
        """Get collection: ``GET /v2/collections/{id}``."""
        return cast(
            "_types.GetCollectionResponse", await call(self._requester, _GET_COLLECTION, {"id": id})
        )

    async def get_collection_by_slug(self, slug: str) -> _types.GetCollectionBySlugResponse:
        """Get collection by slug: ``GET /v2/collections/slug/{slug}``."""
        return cast(
            "_types.GetCollectionBySlugResponse",
            await call(self._requester, _GET_COLLECTION_BY_SLUG, {"slug": slug}),
        )

    def query_collections(self) -> QueryBuilder[_types.Collection]:
        """Query collections: ``GET /v2/collections/query``."""
        return QueryBuilder(self._requester, _QUERY_COLLECTIONS)


def bind(client: Requester) -> Collections:
    """The ``collections`` module for ``client``'s visitor."""
    return Collections(client)
