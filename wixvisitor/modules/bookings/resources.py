# File generated from @wix/auto_sdk_bookings_resources 1.0.92
# by `make apigen` (tools/apigen). Do not edit.
"""The ``resources`` module of ``@wix/bookings`` (10 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import resources as _types

_BULK_CREATE_RESOURCES = Route(
    "POST",
    "/bookings/v2/bulk/resources/create",
    "wix.bookings.resources.v2.ResourcesService.BulkCreateResources",
)
_BULK_DELETE_RESOURCES = Route(
    "POST",
    "/bookings/v2/bulk/resources/delete",
    "wix.bookings.resources.v2.ResourcesService.BulkDeleteResources",
)
_BULK_UPDATE_RESOURCES = Route(
    "POST",
    "/bookings/v2/bulk/resources/update",
    "wix.bookings.resources.v2.ResourcesService.BulkUpdateResources",
)
_COUNT_RESOURCES = Route(
    "POST",
    "/bookings/v2/resources/count",
    "wix.bookings.resources.v2.ResourcesService.CountResources",
)
_CREATE_RESOURCE = Route(
    "POST", "/bookings/v2/resources", "wix.bookings.resources.v2.ResourcesService.CreateResource"
)
_DELETE_RESOURCE = Route(
    "DELETE",
    "/bookings/v2/resources/{resourceId}",
    "wix.bookings.resources.v2.ResourcesService.DeleteResource",
    path_params=("resourceId",),
)
_GET_RESOURCE = Route(
    "GET",
    "/bookings/v2/resources/{resourceId}",
    "wix.bookings.resources.v2.ResourcesService.GetResource",
    path_params=("resourceId",),
)
_QUERY_RESOURCES = Query(
    Route(
        "POST",
        "/bookings/v2/resources/query",
        "wix.bookings.resources.v2.ResourcesService.QueryResources",
    ),
    items="resources",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_SEARCH_RESOURCES = Route(
    "POST",
    "/bookings/v2/resources/search",
    "wix.bookings.resources.v2.ResourcesService.SearchResources",
)
_UPDATE_RESOURCE = Route(
    "PATCH",
    "/bookings/v2/resources/{resource.id}",
    "wix.bookings.resources.v2.ResourcesService.UpdateResource",
    path_params=("resource.id",),
)


class Resources(Module):
    """``resources`` of ``@wix/bookings``: ``resources = bookings.resources.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_resources(
        self,
        resources: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateResourcesOptions | None = None,
    ) -> _types.BulkCreateResourcesResponse:
        """Bulk create resources: ``POST /bookings/v2/bulk/resources/create``."""
        return cast(
            "_types.BulkCreateResourcesResponse",
            await call(
                self._requester,
                _BULK_CREATE_RESOURCES,
                {"resources": resources, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_resources(self, ids: Sequence[str]) -> _types.BulkDeleteResourcesResponse:
        """Bulk delete resources: ``POST /bookings/v2/bulk/resources/delete``."""
        return cast(
            "_types.BulkDeleteResourcesResponse",
            await call(self._requester, _BULK_DELETE_RESOURCES, {"ids": ids}),
        )

    async def bulk_update_resources(
        self,
        resources: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateResourcesOptions | None = None,
    ) -> _types.BulkUpdateResourcesResponse:
        """Bulk update resources: ``POST /bookings/v2/bulk/resources/update``."""
        return cast(
            "_types.BulkUpdateResourcesResponse",
            await call(
                self._requester,
                _BULK_UPDATE_RESOURCES,
                {"resources": resources, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def count_resources(
        self, options: _types.CountResourcesOptions | None = None
    ) -> _types.CountResourcesResponse:
        """Count resources: ``POST /bookings/v2/resources/count``."""
        return cast(
            "_types.CountResourcesResponse",
            await call(
                self._requester, _COUNT_RESOURCES, {**_fields.pick(options, "filter", "search")}
            ),
        )

    async def create_resource(self, resource: _types.Resource) -> _types.CreateResourceResponse:
        """Create resource: ``POST /bookings/v2/resources``."""
        return cast(
            "_types.CreateResourceResponse",
            await call(self._requester, _CREATE_RESOURCE, {"resource": resource}),
        )

    async def delete_resource(self, resource_id: str) -> _types.DeleteResourceResponse:
        """Delete resource: ``DELETE /bookings/v2/resources/{resourceId}``."""
        return cast(
            "_types.DeleteResourceResponse",
            await call(self._requester, _DELETE_RESOURCE, {"resourceId": resource_id}),
        )

    async def get_resource(self, resource_id: str) -> _types.GetResourceResponse:
        """Get resource: ``GET /bookings/v2/resources/{resourceId}``."""
        return cast(
            "_types.GetResourceResponse",
            await call(self._requester, _GET_RESOURCE, {"resourceId": resource_id}),
        )

    def query_resources(self) -> QueryBuilder[_types.Resource]:
        """Query resources: ``POST /bookings/v2/resources/query``."""
        return QueryBuilder(self._requester, _QUERY_RESOURCES)

    async def search_resources(self, search: _types.CursorSearch) -> _types.SearchResourcesResponse:
        """Search resources: ``POST /bookings/v2/resources/search``.

        Permissions: ``BOOKINGS.RESOURCE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchResourcesResponse",
            await call(self._requester, _SEARCH_RESOURCES, {"search": search}),
        )

    async def update_resource(
        self, id: str, resource: _types.Resource
    ) -> _types.UpdateResourceResponse:
        """Update resource: ``PATCH /bookings/v2/resources/{resource.id}``."""
        return cast(
            "_types.UpdateResourceResponse",
            await call(self._requester, _UPDATE_RESOURCE, {"resource": {**resource, "id": id}}),
        )


def bind(client: Requester) -> Resources:
    """The ``resources`` module for ``client``'s visitor."""
    return Resources(client)
