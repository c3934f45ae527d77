# File generated from @wix/auto_sdk_stores_product-groups-v-3 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""The ``productGroupsV3`` module of ``@wix/stores`` (1 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route

if TYPE_CHECKING:
    from .types import product_groups_v3 as _types

_QUERY_PRODUCT_GROUPS = Query(
    Route(
        "GET",
        "/stores/v3/product-groups/query",
        "wix.stores.catalog.product_group.v3.ProductGroupService.QueryProductGroups",
        complex=True,
        fallback=True,
    ),
    items="productGroups",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class ProductGroupsV3(Module):
    """``productGroupsV3`` of ``@wix/stores``: ``stores.product_groups_v3.bind(wix)``."""

    __slots__ = ()

    def query_product_groups(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.ProductGroup]:
        """Query product groups: ``GET /stores/v3/product-groups/query``."""
        return QueryBuilder(self._requester, _QUERY_PRODUCT_GROUPS, options)


def bind(client: Requester) -> ProductGroupsV3:
    """The ``productGroupsV3`` module for ``client``'s visitor."""
    return ProductGroupsV3(client)
