# File generated from @wix/auto_sdk_stores_ribbons-v-3 1.0.63
# by `make apigen` (tools/apigen). Do not edit.
"""The ``ribbonsV3`` module of ``@wix/stores`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import ribbons_v3 as _types

_BULK_CREATE_RIBBONS = Route(
    "POST",
    "/stores/v3/bulk/ribbons/create",
    "wix.stores.catalog.ribbon.v3.RibbonService.BulkCreateRibbons",
)
_BULK_DELETE_RIBBONS = Route(
    "POST",
    "/stores/v3/bulk/ribbons/delete",
    "wix.stores.catalog.ribbon.v3.RibbonService.BulkDeleteRibbons",
)
_BULK_GET_OR_CREATE_RIBBONS = Route(
    "POST",
    "/stores/v3/bulk/ribbons/get-or-create",
    "wix.stores.catalog.ribbon.v3.RibbonService.BulkGetOrCreateRibbons",
)
_BULK_UPDATE_RIBBONS = Route(
    "POST",
    "/stores/v3/bulk/ribbons/update",
    "wix.stores.catalog.ribbon.v3.RibbonService.BulkUpdateRibbons",
)
_COUNT_RIBBONS = Route(
    "POST", "/stores/v3/ribbons/count", "wix.stores.catalog.ribbon.v3.RibbonService.CountRibbons"
)
_CREATE_RIBBON = Route(
    "POST", "/stores/v3/ribbons", "wix.stores.catalog.ribbon.v3.RibbonService.CreateRibbon"
)
_DELETE_RIBBON = Route(
    "DELETE",
    "/stores/v3/ribbons/{ribbonId}",
    "wix.stores.catalog.ribbon.v3.RibbonService.DeleteRibbon",
    path_params=("ribbonId",),
)
_GET_OR_CREATE_RIBBON = Route(
    "POST",
    "/stores/v3/ribbons/get-or-create",
    "wix.stores.catalog.ribbon.v3.RibbonService.GetOrCreateRibbon",
)
_GET_RIBBON = Route(
    "GET",
    "/stores/v3/ribbons/{ribbonId}",
    "wix.stores.catalog.ribbon.v3.RibbonService.GetRibbon",
    path_params=("ribbonId",),
)
_QUERY_RIBBONS = Query(
    Route(
        "POST",
        "/stores/v3/ribbons/query",
        "wix.stores.catalog.ribbon.v3.RibbonService.QueryRibbons",
    ),
    items="ribbons",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_RIBBON = Route(
    "PATCH",
    "/stores/v3/ribbons/{ribbon.id}",
    "wix.stores.catalog.ribbon.v3.RibbonService.UpdateRibbon",
    path_params=("ribbon.id",),
)


class RibbonsV3(Module):
    """``ribbonsV3`` of ``@wix/stores``: ``ribbons_v3 = stores.ribbons_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_ribbons(
        self,
        ribbons: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateRibbonsOptions | None = None,
    ) -> _types.BulkCreateRibbonsResponse:
        """Bulk create ribbons: ``POST /stores/v3/bulk/ribbons/create``.

        Permissions: ``WIX_STORES.RIBBON_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateRibbonsResponse",
            await call(
                self._requester,
                _BULK_CREATE_RIBBONS,
                {"ribbons": ribbons, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_ribbons(
        self, ribbon_ids: Sequence[str]
    ) -> _types.BulkDeleteRibbonsResponse:
        """Bulk delete ribbons: ``POST /stores/v3/bulk/ribbons/delete``.

        Permissions: ``WIX_STORES.RIBBON_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteRibbonsResponse",
            await call(self._requester, _BULK_DELETE_RIBBONS, {"ribbonIds": ribbon_ids}),
        )

    async def bulk_get_or_create_ribbons(
        self,
        ribbon_names: Sequence[str],
        options: _types.BulkGetOrCreateRibbonsOptions | None = None,
    ) -> _types.BulkGetOrCreateRibbonsResponse:
        """Bulk get or create ribbons: ``POST /stores/v3/bulk/ribbons/get-or-create``.

        Permissions: ``WIX_STORES.RIBBON_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkGetOrCreateRibbonsResponse",
            await call(
                self._requester,
                _BULK_GET_OR_CREATE_RIBBONS,
                {"ribbonNames": ribbon_names, **_fields.pick(options, "fields")},
            ),
        )

    async def bulk_update_ribbons(
        self,
        ribbons: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateRibbonsOptions | None = None,
    ) -> _types.BulkUpdateRibbonsResponse:
        """Bulk update ribbons: ``POST /stores/v3/bulk/ribbons/update``.

        Permissions: ``WIX_STORES.RIBBON_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateRibbonsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_RIBBONS,
                {"ribbons": ribbons, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def count_ribbons(
        self, options: _types.CountRibbonsOptions | None = None
    ) -> _types.CountRibbonsResponse:
        """Count ribbons: ``POST /stores/v3/ribbons/count``.

        Permissions: ``WIX_STORES.RIBBON_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountRibbonsResponse",
            await call(self._requester, _COUNT_RIBBONS, {**_fields.pick(options, "filter")}),
        )

    async def create_ribbon(self, ribbon: _types.Ribbon) -> _types.CreateRibbonResponse:
        """Create ribbon: ``POST /stores/v3/ribbons``.

        Permissions: ``WIX_STORES.RIBBON_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateRibbonResponse",
            await call(self._requester, _CREATE_RIBBON, {"ribbon": ribbon}),
        )

    async def delete_ribbon(self, ribbon_id: str) -> _types.DeleteRibbonResponse:
        """Delete ribbon: ``DELETE /stores/v3/ribbons/{ribbonId}``.

        Permissions: ``WIX_STORES.RIBBON_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteRibbonResponse",
            await call(self._requester, _DELETE_RIBBON, {"ribbonId": ribbon_id}),
        )

    async def get_or_create_ribbon(
        self, ribbon_name: str, options: _types.GetOrCreateRibbonOptions | None = None
    ) -> _types.GetOrCreateRibbonResponse:
        """Get or create ribbon: ``POST /stores/v3/ribbons/get-or-create``.

        Permissions: ``WIX_STORES.RIBBON_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrCreateRibbonResponse",
            await call(
                self._requester,
                _GET_OR_CREATE_RIBBON,
                {"ribbonName": ribbon_name, **_fields.pick(options, "fields")},
            ),
        )

    async def get_ribbon(
        self, ribbon_id: str, options: _types.GetRibbonOptions | None = None
    ) -> _types.GetRibbonResponse:
        """Get ribbon: ``GET /stores/v3/ribbons/{ribbonId}``.

        Permissions: ``WIX_STORES.RIBBON_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetRibbonResponse",
            await call(
                self._requester,
                _GET_RIBBON,
                {"ribbonId": ribbon_id, **_fields.pick(options, "fields")},
            ),
        )

    def query_ribbons(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.Ribbon]:
        """Query ribbons: ``POST /stores/v3/ribbons/query``.

        Permissions: ``WIX_STORES.RIBBON_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_RIBBONS, options)

    async def update_ribbon(
        self, id: str, ribbon: _types.Ribbon, options: _types.UpdateRibbonOptions | None = None
    ) -> _types.UpdateRibbonResponse:
        """Update ribbon: ``PATCH /stores/v3/ribbons/{ribbon.id}``.

        Permissions: ``WIX_STORES.RIBBON_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateRibbonResponse",
            await call(
                self._requester,
                _UPDATE_RIBBON,
                {"ribbon": {**ribbon, "id": id}, **_fields.pick(options, "fields")},
            ),
        )


def bind(client: Requester) -> RibbonsV3:
    """The ``ribbonsV3`` module for ``client``'s visitor."""
    return RibbonsV3(client)
