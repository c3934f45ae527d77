# File generated from @wix/auto_sdk_bookings_add-ons 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""The ``addOns`` module of ``@wix/bookings`` (8 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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
        self, add_ons: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create add ons: ``POST /addons/v1/bulk/add-ons/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_ADD_ONS,
            {"addOns": add_ons, **_fields.pick(options, "returnEntity")},
        )

    async def bulk_delete_add_ons(self, add_on_ids: list[str]) -> dict[str, Any]:
        """Bulk delete add ons: ``POST /addons/v1/bulk/add-ons/delete``."""
        return await call(self._requester, _BULK_DELETE_ADD_ONS, {"addOnIds": add_on_ids})

    async def bulk_update_add_ons(
        self, add_ons: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update add ons: ``POST /addons/v1/bulk/add-ons/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_ADD_ONS,
            {"addOns": add_ons, **_fields.pick(options, "returnEntity")},
        )

    async def create_add_on(self, add_on: Mapping[str, Any]) -> dict[str, Any]:
        """Create add on: ``POST /addons/v1/add-ons``."""
        return await call(self._requester, _CREATE_ADD_ON, {"addOn": add_on})

    async def delete_add_on(self, add_on_id: str) -> dict[str, Any]:
        """Delete add on: ``DELETE /addons/v1/add-ons/{addOnId}``."""
        return await call(self._requester, _DELETE_ADD_ON, {"addOnId": add_on_id})

    async def get_add_on(self, add_on_id: str) -> dict[str, Any]:
        """Get add on: ``GET /addons/v1/add-ons/{addOnId}``."""
        return await call(self._requester, _GET_ADD_ON, {"addOnId": add_on_id})

    def query_add_ons(self) -> QueryBuilder:
        """Query add ons: ``GET /addons/v1/add-ons/query``."""
        return QueryBuilder(self._requester, _QUERY_ADD_ONS)

    async def update_add_on(self, id: str, add_on: Mapping[str, Any]) -> dict[str, Any]:
        """Update add on: ``PATCH /addons/v1/add-ons/{addOn.id}``."""
        return await call(self._requester, _UPDATE_ADD_ON, {"addOn": {**add_on, "id": id}})


def bind(client: Requester) -> AddOns:
    """The ``addOns`` module for ``client``'s visitor."""
    return AddOns(client)
