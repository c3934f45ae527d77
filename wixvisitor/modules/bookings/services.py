# File generated from @wix/auto_sdk_bookings_services 1.0.285
# by `make apigen` (tools/apigen). Do not edit.
"""The ``services`` module of ``@wix/bookings`` (27 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_BULK_CREATE_SERVICES = Route(
    "POST",
    "/bookings/v2/bulk/services/create",
    "wix.bookings.services.v2.ServicesService.BulkCreateServices",
)
_BULK_DELETE_SERVICES = Route(
    "POST",
    "/bookings/v2/bulk/services/delete",
    "wix.bookings.services.v2.ServicesService.BulkDeleteServices",
)
_BULK_DELETE_SERVICES_BY_FILTER = Route(
    "POST",
    "/bookings/v2/bulk/services/delete-by-filter",
    "wix.bookings.services.v2.ServicesService.BulkDeleteServicesByFilter",
)
_BULK_UPDATE_SERVICES = Route(
    "POST",
    "/bookings/v2/bulk/services/update",
    "wix.bookings.services.v2.ServicesService.BulkUpdateServices",
)
_BULK_UPDATE_SERVICES_BY_FILTER = Route(
    "POST",
    "/bookings/v2/bulk/services/update-by-filter",
    "wix.bookings.services.v2.ServicesService.BulkUpdateServicesByFilter",
)
_CLONE_SERVICE = Route(
    "POST",
    "/_api/bookings/v2/services/clone",
    "wix.bookings.services.v2.ServicesService.CloneService",
)
_COUNT_SERVICES = Route(
    "POST",
    "/_api/bookings/v2/services/count",
    "wix.bookings.services.v2.ServicesService.CountServices",
)
_CREATE_ADD_ON_GROUP = Route(
    "POST",
    "/_api/bookings/v2/services/add-on-groups/create",
    "wix.bookings.services.v2.AddOnGroupsService.CreateAddOnGroup",
)
_CREATE_SERVICE = Route(
    "POST", "/_api/bookings/v2/services", "wix.bookings.services.v2.ServicesService.CreateService"
)
_DELETE_ADD_ON_GROUP = Route(
    "POST",
    "/_api/bookings/v2/services/add-on-groups/delete",
    "wix.bookings.services.v2.AddOnGroupsService.DeleteAddOnGroup",
)
_DELETE_SERVICE = Route(
    "DELETE",
    "/_api/bookings/v2/services/{serviceId}",
    "wix.bookings.services.v2.ServicesService.DeleteService",
    path_params=("serviceId",),
)
_DISABLE_PRICING_PLANS_FOR_SERVICE = Route(
    "POST",
    "/_api/bookings/v2/services/{serviceId}/pricing-plans/remove",
    "wix.bookings.services.v2.ServicesService.DisablePricingPlansForService",
    path_params=("serviceId",),
)
_ENABLE_PRICING_PLANS_FOR_SERVICE = Route(
    "POST",
    "/_api/bookings/v2/services/{serviceId}/pricing-plans/add",
    "wix.bookings.services.v2.ServicesService.EnablePricingPlansForService",
    path_params=("serviceId",),
)
_GET_SERVICE = Route(
    "GET",
    "/_api/bookings/v2/services/{serviceId}",
    "wix.bookings.services.v2.ServicesService.GetService",
    path_params=("serviceId",),
)
_LIST_ADD_ON_GROUPS_BY_SERVICE_ID = Route(
    "POST",
    "/_api/bookings/v2/services/add-on-groups/list-add-on-groups-by-service-id",
    "wix.bookings.services.v2.AddOnGroupsService.ListAddOnGroupsByServiceId",
)
_QUERY_BOOKING_FORMS = Route(
    "POST",
    "/_api/bookings/v2/services/booking-forms/query",
    "wix.bookings.services.v2.ServicesService.QueryBookingForms",
)
_QUERY_CATEGORIES = Route(
    "POST",
    "/_api/bookings/v2/services/categories/query",
    "wix.bookings.services.v2.ServicesService.QueryCategories",
)
_QUERY_LOCATIONS = Route(
    "POST",
    "/_api/bookings/v2/services/locations/query",
    "wix.bookings.services.v2.ServicesService.QueryLocations",
)
_QUERY_POLICIES = Route(
    "POST",
    "/_api/bookings/v2/services/policies/query",
    "wix.bookings.services.v2.ServicesService.QueryPolicies",
)
_QUERY_SERVICES = Query(
    Route(
        "POST",
        "/_api/bookings/v2/services/query",
        "wix.bookings.services.v2.ServicesService.QueryServices",
    ),
    items="services",
    paging="OFFSET",
    metadata="pagingMetadata",
)
_SEARCH_SERVICES = Route(
    "POST",
    "/_api/bookings/v2/services/search",
    "wix.bookings.services.v2.ServicesService.SearchServices",
)
_SET_ADD_ONS_FOR_GROUP = Route(
    "POST",
    "/_api/bookings/v2/services/add-on-groups/set-add-ons-for-group",
    "wix.bookings.services.v2.AddOnGroupsService.SetAddOnsForGroup",
)
_SET_CUSTOM_SLUG = Route(
    "POST",
    "/_api/bookings/v2/services/{serviceId}/slugs/custom",
    "wix.bookings.services.v2.ServicesService.SetCustomSlug",
    path_params=("serviceId",),
)
_SET_SERVICE_LOCATIONS = Route(
    "POST",
    "/_api/bookings/v2/services/{serviceId}/locations",
    "wix.bookings.services.v2.ServicesService.SetServiceLocations",
    path_params=("serviceId",),
)
_UPDATE_ADD_ON_GROUP = Route(
    "POST",
    "/_api/bookings/v2/services/add-on-groups/update",
    "wix.bookings.services.v2.AddOnGroupsService.UpdateAddOnGroup",
)
_UPDATE_SERVICE = Route(
    "PATCH",
    "/_api/bookings/v2/services/{service.id}",
    "wix.bookings.services.v2.ServicesService.UpdateService",
    path_params=("service.id",),
)
_VALIDATE_SLUG = Route(
    "POST",
    "/_api/bookings/v2/services/slugs/validate",
    "wix.bookings.services.v2.ServicesService.ValidateSlug",
)


class Services(Module):
    """``services`` of ``@wix/bookings``: ``services = bookings.services.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_services(
        self, services: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create services: ``POST /bookings/v2/bulk/services/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_SERVICES,
            {"services": services, **_fields.pick(options, "returnEntity")},
        )

    async def bulk_delete_services(
        self, ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete services: ``POST /bookings/v2/bulk/services/delete``."""
        return await call(
            self._requester,
            _BULK_DELETE_SERVICES,
            {
                "ids": ids,
                **_fields.pick(
                    options,
                    "preserveFutureSessionsWithParticipants",
                    "participantNotification",
                    "cancelSubscription",
                ),
            },
        )

    async def bulk_delete_services_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk delete services by filter: ``POST /bookings/v2/bulk/services/delete-by-filter``."""
        return await call(
            self._requester,
            _BULK_DELETE_SERVICES_BY_FILTER,
            {
                "filter": filter,
                **_fields.pick(
                    options,
                    "preserveFutureSessionsWithParticipants",
                    "participantNotification",
                    "cancelSubscription",
                ),
            },
        )

    async def bulk_update_services(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update services: ``POST /bookings/v2/bulk/services/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_SERVICES,
            {**_fields.pick(options, "services", "returnEntity")},
        )

    async def bulk_update_services_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Bulk update services by filter: ``POST /bookings/v2/bulk/services/update-by-filter``."""
        return await call(
            self._requester,
            _BULK_UPDATE_SERVICES_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "service")},
        )

    async def clone_service(self, source_service_id: str) -> dict[str, Any]:
        """Clone service: ``POST /_api/bookings/v2/services/clone``."""
        return await call(self._requester, _CLONE_SERVICE, {"sourceServiceId": source_service_id})

    async def count_services(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Count services: ``POST /_api/bookings/v2/services/count``."""
        return await call(self._requester, _COUNT_SERVICES, {**_fields.pick(options, "filter")})

    async def create_add_on_group(
        self, add_on_group: Mapping[str, Any], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Create add on group: ``POST /_api/bookings/v2/services/add-on-groups/create``."""
        return await call(
            self._requester,
            _CREATE_ADD_ON_GROUP,
            {"addOnGroup": add_on_group, **_fields.pick(options, "serviceId")},
        )

    async def create_service(self, service: Mapping[str, Any]) -> dict[str, Any]:
        """Create service: ``POST /_api/bookings/v2/services``."""
        return await call(self._requester, _CREATE_SERVICE, {"service": service})

    async def delete_add_on_group(
        self, add_on_group_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Delete add on group: ``POST /_api/bookings/v2/services/add-on-groups/delete``."""
        return await call(
            self._requester,
            _DELETE_ADD_ON_GROUP,
            {"addOnGroupId": add_on_group_id, **_fields.pick(options, "serviceId")},
        )

    async def delete_service(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Delete service: ``DELETE /_api/bookings/v2/services/{serviceId}``."""
        return await call(
            self._requester,
            _DELETE_SERVICE,
            {
                "serviceId": service_id,
                **_fields.pick(
                    options,
                    "preserveFutureSessionsWithParticipants",
                    "participantNotification",
                    "cancelSubscription",
                ),
            },
        )

    async def disable_pricing_plans_for_service(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Disable pricing plans for service: ``POST``.

        ``/_api/bookings/v2/services/{serviceId}/pricing-plans/remove``
        """
        return await call(
            self._requester,
            _DISABLE_PRICING_PLANS_FOR_SERVICE,
            {"serviceId": service_id, **_fields.pick(options, "pricingPlanIds")},
        )

    async def enable_pricing_plans_for_service(
        self, service_id: str, pricing_plan_ids: list[str]
    ) -> dict[str, Any]:
        """Enable pricing plans for service: ``POST``.

        ``/_api/bookings/v2/services/{serviceId}/pricing-plans/add``
        """
        return await call(
            self._requester,
            _ENABLE_PRICING_PLANS_FOR_SERVICE,
            {"serviceId": service_id, "pricingPlanIds": pricing_plan_ids},
        )

    async def get_service(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get service: ``GET /_api/bookings/v2/services/{serviceId}``."""
        return await call(
            self._requester,
            _GET_SERVICE,
            {"serviceId": service_id, **_fields.pick(options, "conditionalFields")},
        )

    async def list_add_on_groups_by_service_id(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """List add on groups by service id: ``POST``.

        ``/_api/bookings/v2/services/add-on-groups/list-add-on-groups-by-service-id``
        """
        return await call(
            self._requester,
            _LIST_ADD_ON_GROUPS_BY_SERVICE_ID,
            {"serviceId": service_id, **_fields.pick(options, "groupIds")},
        )

    async def query_booking_forms(
        self, query: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Query booking forms: ``POST /_api/bookings/v2/services/booking-forms/query``."""
        return await call(
            self._requester,
            _QUERY_BOOKING_FORMS,
            {"query": query, **_fields.pick(options, "conditionalFields")},
        )

    async def query_categories(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Query categories: ``POST /_api/bookings/v2/services/categories/query``."""
        return await call(self._requester, _QUERY_CATEGORIES, {**_fields.pick(options, "filter")})

    async def query_locations(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Query locations: ``POST /_api/bookings/v2/services/locations/query``."""
        return await call(self._requester, _QUERY_LOCATIONS, {**_fields.pick(options, "filter")})

    async def query_policies(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """Query policies: ``POST /_api/bookings/v2/services/policies/query``."""
        return await call(self._requester, _QUERY_POLICIES, {"query": query})

    def query_services(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query services: ``POST /_api/bookings/v2/services/query``."""
        return QueryBuilder(self._requester, _QUERY_SERVICES, options)

    async def search_services(self, search: Mapping[str, Any]) -> dict[str, Any]:
        """Search services: ``POST /_api/bookings/v2/services/search``."""
        return await call(self._requester, _SEARCH_SERVICES, {"search": search})

    async def set_add_ons_for_group(
        self, service_id: str, options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set add ons for group: ``POST``.

        ``/_api/bookings/v2/services/add-on-groups/set-add-ons-for-group``
        """
        return await call(
            self._requester,
            _SET_ADD_ONS_FOR_GROUP,
            {"serviceId": service_id, **_fields.pick(options, "groupId", "addOnIds")},
        )

    async def set_custom_slug(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set custom slug: ``POST /_api/bookings/v2/services/{serviceId}/slugs/custom``."""
        return await call(
            self._requester,
            _SET_CUSTOM_SLUG,
            {"serviceId": service_id, **_fields.pick(options, "slug")},
        )

    async def set_service_locations(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Set service locations: ``POST /_api/bookings/v2/services/{serviceId}/locations``."""
        return await call(
            self._requester,
            _SET_SERVICE_LOCATIONS,
            {
                "serviceId": service_id,
                **_fields.pick(
                    options, "locations", "removedLocationSessionsAction", "participantNotification"
                ),
            },
        )

    async def update_add_on_group(
        self, add_on_group: Mapping[str, Any], options: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Update add on group: ``POST /_api/bookings/v2/services/add-on-groups/update``."""
        return await call(
            self._requester,
            _UPDATE_ADD_ON_GROUP,
            {"addOnGroup": add_on_group, **_fields.pick(options, "serviceId")},
        )

    async def update_service(self, id: str, service: Mapping[str, Any]) -> dict[str, Any]:
        """Update service: ``PATCH /_api/bookings/v2/services/{service.id}``."""
        return await call(self._requester, _UPDATE_SERVICE, {"service": {**service, "id": id}})

    async def validate_slug(
        self, service_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Validate slug: ``POST /_api/bookings/v2/services/slugs/validate``."""
        return await call(
            self._requester,
            _VALIDATE_SLUG,
            {"serviceId": service_id, **_fields.pick(options, "slug")},
        )


def bind(client: Requester) -> Services:
    """The ``services`` module for ``client``'s visitor."""
    return Services(client)
