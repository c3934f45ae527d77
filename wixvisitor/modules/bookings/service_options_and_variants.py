# File generated from @wix/auto_sdk_bookings_service-options-and-variants 1.0.94
# by `make apigen` (tools/apigen). Do not edit.
"""The ``serviceOptionsAndVariants`` module of ``@wix/bookings`` (7 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import service_options_and_variants as _types

_CLONE_SERVICE_OPTIONS_AND_VARIANTS = Route(
    "POST",
    "/bookings/v1/serviceOptionsAndVariants/{cloneFromId}/clone",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.CloneServiceOptionsAndVariants",
    path_params=("cloneFromId",),
)
_CREATE_SERVICE_OPTIONS_AND_VARIANTS = Route(
    "POST",
    "/bookings/v1/serviceOptionsAndVariants",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.CreateServiceOptionsAndVariants",
)
_DELETE_SERVICE_OPTIONS_AND_VARIANTS = Route(
    "DELETE",
    "/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariantsId}",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.DeleteServiceOptionsAndVariants",
    path_params=("serviceOptionsAndVariantsId",),
)
_GET_SERVICE_OPTIONS_AND_VARIANTS = Route(
    "GET",
    "/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariantsId}",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.GetServiceOptionsAndVariants",
    path_params=("serviceOptionsAndVariantsId",),
)
_GET_SERVICE_OPTIONS_AND_VARIANTS_BY_SERVICE_ID = Route(
    "GET",
    "/bookings/v1/serviceOptionsAndVariants/service_id/{serviceId}",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.GetServiceOptionsAndVariantsByServiceId",
    path_params=("serviceId",),
)
_QUERY_SERVICE_OPTIONS_AND_VARIANTS = Query(
    Route(
        "POST",
        "/bookings/v1/serviceOptionsAndVariants/query",
        "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.QueryServiceOptionsAndVariants",
    ),
    items="serviceOptionsAndVariantsList",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_SERVICE_OPTIONS_AND_VARIANTS = Route(
    "PATCH",
    "/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariants.id}",
    "wix.bookings.catalog.v1.ServiceOptionsAndVariantsService.UpdateServiceOptionsAndVariants",
    path_params=("serviceOptionsAndVariants.id",),
)


class ServiceOptionsAndVariants(Module):
    """``serviceOptionsAndVariants`` of ``@wix/bookings``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def clone_service_options_and_variants(
        self, clone_from_id: str, target_service_id: str
    ) -> _types.CloneServiceOptionsAndVariantsResponse:
        """Clone service options and variants: ``POST``.

        ``/bookings/v1/serviceOptionsAndVariants/{cloneFromId}/clone``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CloneServiceOptionsAndVariantsResponse",
            await call(
                self._requester,
                _CLONE_SERVICE_OPTIONS_AND_VARIANTS,
                {"cloneFromId": clone_from_id, "targetServiceId": target_service_id},
            ),
        )

    async def create_service_options_and_variants(
        self, service_options_and_variants: _types.ServiceOptionsAndVariants
    ) -> _types.CreateServiceOptionsAndVariantsResponse:
        """Create service options and variants: ``POST /bookings/v1/serviceOptionsAndVariants``.

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_CREATE``.
        Callable by: ``APP``.
        Application errors: ``UNKNOWN_OPTION_IDS``, ``MULTIPLE_CURRENCIES``,
        ``UNSUPPORTED_OPTION_TYPE``, ``UNKNOWN_STAFF_IDS``, ``MISSING_STAFF_VARIANTS``,
        ``IDENTICAL_CHOICES``, ``MISSING_CUSTOM_CHOICES``, ``UNSUPPORTED_OPTION_DATA``.
        """
        return cast(
            "_types.CreateServiceOptionsAndVariantsResponse",
            await call(
                self._requester,
                _CREATE_SERVICE_OPTIONS_AND_VARIANTS,
                {"serviceOptionsAndVariants": service_options_and_variants},
            ),
        )

    async def delete_service_options_and_variants(
        self,
        service_options_and_variants_id: str,
        options: _types.DeleteServiceOptionsAndVariantsOptions | None = None,
    ) -> _types.DeleteServiceOptionsAndVariantsResponse:
        """Delete service options and variants: ``DELETE``.

        ``/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariantsId}``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteServiceOptionsAndVariantsResponse",
            await call(
                self._requester,
                _DELETE_SERVICE_OPTIONS_AND_VARIANTS,
                {
                    "serviceOptionsAndVariantsId": service_options_and_variants_id,
                    **_fields.pick(options, "revision"),
                },
            ),
        )

    async def get_service_options_and_variants(
        self, service_options_and_variants_id: str
    ) -> _types.GetServiceOptionsAndVariantsResponse:
        """Get service options and variants: ``GET``.

        ``/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariantsId}``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetServiceOptionsAndVariantsResponse",
            await call(
                self._requester,
                _GET_SERVICE_OPTIONS_AND_VARIANTS,
                {"serviceOptionsAndVariantsId": service_options_and_variants_id},
            ),
        )

    async def get_service_options_and_variants_by_service_id(
        self, service_id: str
    ) -> _types.GetServiceOptionsAndVariantsByServiceIdResponse:
        """Get service options and variants by service id: ``GET``.

        ``/bookings/v1/serviceOptionsAndVariants/service_id/{serviceId}``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetServiceOptionsAndVariantsByServiceIdResponse",
            await call(
                self._requester,
                _GET_SERVICE_OPTIONS_AND_VARIANTS_BY_SERVICE_ID,
                {"serviceId": service_id},
            ),
        )

    def query_service_options_and_variants(self) -> QueryBuilder[_types.ServiceOptionsAndVariants]:
        """Query service options and variants: ``POST``.

        ``/bookings/v1/serviceOptionsAndVariants/query``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_SERVICE_OPTIONS_AND_VARIANTS)

    async def update_service_options_and_variants(
        self, id: str, service_options_and_variants: _types.ServiceOptionsAndVariants
    ) -> _types.UpdateServiceOptionsAndVariantsResponse:
        """Update service options and variants: ``PATCH``.

        ``/bookings/v1/serviceOptionsAndVariants/{serviceOptionsAndVariants.id}``

        Permissions: ``BOOKINGS.SERVICE_OPTIONS_AND_VARIANTS_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``UNKNOWN_OPTION_IDS``, ``MULTIPLE_CURRENCIES``,
        ``UNSUPPORTED_OPTION_TYPE``, ``UNKNOWN_STAFF_IDS``, ``MISSING_STAFF_VARIANTS``,
        ``IDENTICAL_CHOICES``, ``MISSING_CUSTOM_CHOICES``, ``UNSUPPORTED_OPTION_DATA``.
        """
        return cast(
            "_types.UpdateServiceOptionsAndVariantsResponse",
            await call(
                self._requester,
                _UPDATE_SERVICE_OPTIONS_AND_VARIANTS,
                {"serviceOptionsAndVariants": {**service_options_and_variants, "id": id}},
            ),
        )


def bind(client: Requester) -> ServiceOptionsAndVariants:
    """The ``serviceOptionsAndVariants`` module for ``client``'s visitor."""
    return ServiceOptionsAndVariants(client)
