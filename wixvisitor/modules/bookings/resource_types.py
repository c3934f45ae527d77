# File generated from @wix/auto_sdk_bookings_resource-types 1.0.86
# by `make apigen` (tools/apigen). Do not edit.
"""The ``resourceTypes`` module of ``@wix/bookings`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import resource_types as _types

_COUNT_RESOURCE_TYPES = Route(
    "POST",
    "/bookings/v2/resources/resource-types/count",
    "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.CountResourceTypes",
)
_CREATE_RESOURCE_TYPE = Route(
    "POST",
    "/bookings/v2/resources/resource-types",
    "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.CreateResourceType",
)
_DELETE_RESOURCE_TYPE = Route(
    "DELETE",
    "/bookings/v2/resources/resource-types/{resourceTypeId}",
    "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.DeleteResourceType",
    path_params=("resourceTypeId",),
)
_GET_RESOURCE_TYPE = Route(
    "GET",
    "/bookings/v2/resources/resource-types/{resourceTypeId}",
    "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.GetResourceType",
    path_params=("resourceTypeId",),
)
_QUERY_RESOURCE_TYPES = Query(
    Route(
        "POST",
        "/bookings/v2/resources/resource-types/query",
        "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.QueryResourceTypes",
    ),
    items="resourceTypes",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_RESOURCE_TYPE = Route(
    "PATCH",
    "/bookings/v2/resources/resource-types/{resourceType.id}",
    "wix.bookings.resources.v2.resourcetypes.ResourceTypesService.UpdateResourceType",
    path_params=("resourceType.id",),
)


class ResourceTypes(Module):
    """``resourceTypes`` of ``@wix/bookings``: ``bookings.resource_types.bind(wix)``."""

    __slots__ = ()

    async def count_resource_types(
        self, options: _types.CountResourceTypesOptions | None = None
    ) -> _types.CountResourceTypesResponse:
        """Count resource types: ``POST /bookings/v2/resources/resource-types/count``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountResourceTypesResponse",
            await call(self._requester, _COUNT_RESOURCE_TYPES, {**_fields.pick(options, "filter")}),
        )

    async def create_resource_type(
        self, resource_type: _types.ResourceType
    ) -> _types.CreateResourceTypeResponse:
        """Create resource type: ``POST /bookings/v2/resources/resource-types``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_CREATE``.
        Callable by: ``APP``.
        Application errors: ``RESOURCE_TYPE_ALREADY_EXISTS_FOR_NAME``,
        ``MAX_NUMBER_OF_RESOURCE_TYPES_REACHED``.
        """
        return cast(
            "_types.CreateResourceTypeResponse",
            await call(self._requester, _CREATE_RESOURCE_TYPE, {"resourceType": resource_type}),
        )

    async def delete_resource_type(
        self, resource_type_id: str
    ) -> _types.DeleteResourceTypeResponse:
        """Delete resource type: ``DELETE /bookings/v2/resources/resource-types/{resourceTypeId}``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteResourceTypeResponse",
            await call(
                self._requester, _DELETE_RESOURCE_TYPE, {"resourceTypeId": resource_type_id}
            ),
        )

    async def get_resource_type(self, resource_type_id: str) -> _types.GetResourceTypeResponse:
        """Get resource type: ``GET /bookings/v2/resources/resource-types/{resourceTypeId}``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_READ``, ``BOOKINGS.RESOURCES_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetResourceTypeResponse",
            await call(self._requester, _GET_RESOURCE_TYPE, {"resourceTypeId": resource_type_id}),
        )

    def query_resource_types(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.ResourceType]:
        """Query resource types: ``POST /bookings/v2/resources/resource-types/query``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_RESOURCE_TYPES, options)

    async def update_resource_type(
        self, id: str, resource_type: _types.ResourceType
    ) -> _types.UpdateResourceTypeResponse:
        """Update resource type: ``PATCH /bookings/v2/resources/resource-types/{resourceType.id}``.

        Permissions: ``BOOKINGS.RESOURCE_TYPE_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``RESOURCE_TYPE_ALREADY_EXISTS_FOR_NAME``.
        """
        return cast(
            "_types.UpdateResourceTypeResponse",
            await call(
                self._requester,
                _UPDATE_RESOURCE_TYPE,
                {"resourceType": {**resource_type, "id": id}},
            ),
        )


def bind(client: Requester) -> ResourceTypes:
    """The ``resourceTypes`` module for ``client``'s visitor."""
    return ResourceTypes(client)
