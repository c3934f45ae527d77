# File generated from @wix/auto_sdk_stores_read-only-variants-v-3 1.0.139
# by `make apigen` (tools/apigen). Do not edit.
"""The ``readOnlyVariantsV3`` module of ``@wix/stores`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import read_only_variants_v3 as _types

_QUERY_VARIANTS = Query(
    Route(
        "POST",
        "/stores/v3/products/query-variants",
        "com.wix.stores.catalog.product.variants.reader.api.v3.ProductVariantsReader.QueryVariants",
    ),
    items="variants",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SEARCH_VARIANTS = Route(
    "POST",
    "/stores/v3/products/search-variants",
    "com.wix.stores.catalog.product.variants.reader.api.v3.ProductVariantsReader.SearchVariants",
)


class ReadOnlyVariantsV3(Module):
    """``readOnlyVariantsV3`` of ``@wix/stores``: ``stores.read_only_variants_v3.bind(wix)``."""

    __slots__ = ()

    def query_variants(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.ReadOnlyVariant]:
        """Query variants: ``POST /stores/v3/products/query-variants``."""
        return QueryBuilder(self._requester, _QUERY_VARIANTS, options)

    async def search_variants(
        self, search: _types.CursorSearch, options: _types.SearchVariantsOptions | None = None
    ) -> _types.SearchVariantsResponse:
        """Search variants: ``POST /stores/v3/products/search-variants``.

        Permissions: ``WIX_STORES.READ_ONLY_VARIANT_READ``,
        ``WIX_STORES.READ_ONLY_VARIANT_READ_HIDDEN``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchVariantsResponse",
            await call(
                self._requester,
                _SEARCH_VARIANTS,
                {"search": search, **_fields.pick(options, "fields", "locationIds")},
            ),
        )


def bind(client: Requester) -> ReadOnlyVariantsV3:
    """The ``readOnlyVariantsV3`` module for ``client``'s visitor."""
    return ReadOnlyVariantsV3(client)
