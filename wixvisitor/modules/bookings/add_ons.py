# File generated from @wix/auto_sdk_bookings_add-ons 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""The ``addOns`` module of ``@wix/bookings`` (8 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import add_ons as _types

_BULK_CREATE_ADD_ONS = Route(
    "POST", "/addons/v1/bulk/add-ons/create", "wix.addons.v1.AddOnsService.BulkCreateAddOns"
)
_BULK_DELETE_ADD_ONS = Route(
    "POST", "/addons/v1/bulk/add-ons/delete", "wix.addons.v1.AddOnsService.BulkDeleteAddOns"
)
_BULK_UPDATE_ADD_ONS = Route(
    "POST", "/addons/v1/bulk/add-ons/update", "wix.addons.v1.AddOnsService.BulkUpdateAddOns"
)
_CREATE_ADD_ON = Route("POST", "/addons/v1/add-ons", "wix.addons.v1.AddOnsService.CreateAddOn")
_DELETE_ADD_ON = Route(
    "DELETE",
    "/addons/v1/add-ons/{addOnId}",
    "wix.addons.v1.AddOnsService.DeleteAddOn",
    path_params=("addOnId",),
)
_GET_ADD_ON = Route(
    "GET",
    "/addons/v1/add-ons/{addOnId}",
    "wix.addons.v1.AddOnsService.GetAddOn",
    path_params=("addOnId",),
)
_QUERY_ADD_ONS = Query(
    Route(
        "GET",
        "/addons/v1/add-ons/query",
        "wix.addons.v1.AddOnsService.QueryAddOns",
        complex=True,
        fallback=True,
    ),
    items="addOns",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_ADD_ON = Route(
    "PATCH",
    "/addons/v1/add-ons/{addOn.id}",
    "wix.addons.v1.AddOnsService.UpdateAddOn",
    path_params=("addOn.id",),
)


class AddOns(Module):
    """``addOns`` of ``@wix/bookings``: ``add_ons = bookings.add_ons.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_add_ons(
        self,
        add_ons: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateAddOnsOptions | None = None,
    ) -> _types.BulkCreateAddOnsResponse:
        """Bulk create add ons: ``POST /addons/v1/bulk/add-ons/create``.

        Permissions: ``ADD_ONS.ADD_ON_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateAddOnsResponse",
            await call(
                self._requester,
                _BULK_CREATE_ADD_ONS,
                {"addOns": add_ons, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_add_ons(
        self, add_on_ids: Sequence[str]
    ) -> _types.BulkDeleteAddOnsResponse:
        """Bulk delete add ons: ``POST /addons/v1/bulk/add-ons/delete``.

        Permissions: ``ADD_ONS.ADD_ON_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteAddOnsResponse",
            await call(self._requester, _BULK_DELETE_ADD_ONS, {"addOnIds": add_on_ids}),
        )

    async def bulk_update_add_ons(
        self,
        add_ons: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateAddOnsOptions | None = None,
    ) -> _types.BulkUpdateAddOnsResponse:
        """Bulk update add ons: ``POST /addons/v1/bulk/add-ons/update``.

        Permissions: ``ADD_ONS.ADD_ON_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateAddOnsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_ADD_ONS,
                {"addOns": add_ons, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def create_add_on(self, add_on: _types.AddOn) -> _types.CreateAddOnResponse:
        """Create add on: ``POST /addons/v1/add-ons``.

        Permissions: ``ADD_ONS.ADD_ON_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateAddOnResponse",
            await call(self._requester, _CREATE_ADD_ON, {"addOn": add_on}),
        )

    async def delete_add_on(self, add_on_id: str) -> _types.DeleteAddOnResponse:
        """Delete add on: ``DELETE /addons/v1/add-ons/{addOnId}``.

        Permissions: ``ADD_ONS.ADD_ON_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteAddOnResponse",
            await call(self._requester, _DELETE_ADD_ON, {"addOnId": add_on_id}),
        )

    async def get_add_on(self, add_on_id: str) -> _types.GetAddOnResponse:
        """Get add on: ``GET /addons/v1/add-ons/{addOnId}``.

        Permissions: ``ADD_ONS.ADD_ON_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetAddOnResponse",
            await call(self._requester, _GET_ADD_ON, {"addOnId": add_on_id}),
        )

    def query_add_ons(self) -> QueryBuilder[_types.AddOn]:
        """Query add ons: ``GET /addons/v1/add-ons/query``.

        Permissions: ``ADD_ONS.ADD_ON_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_ADD_ONS)

    async def update_add_on(self, id: str, add_on: _types.AddOn) -> _types.UpdateAddOnResponse:
        """Update add on: ``PATCH /addons/v1/add-ons/{addOn.id}``.

        Permissions: ``ADD_ONS.ADD_ON_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateAddOnResponse",
            await call(self._requester, _UPDATE_ADD_ON, {"addOn": {**add_on, "id": id}}),
        )


def bind(client: Requester) -> AddOns:
    """The ``addOns`` module for ``client``'s visitor."""
    return AddOns(client)
