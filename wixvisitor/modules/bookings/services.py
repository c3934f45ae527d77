# File generated from @wix/auto_sdk_bookings_services 1.0.285
# by `make apigen` (tools/apigen). Do not edit.
"""The ``services`` module of ``@wix/bookings`` (27 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import services as _types

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
        self,
        services: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateServicesOptions | None = None,
    ) -> _types.BulkCreateServicesResponse:
        """Bulk create services: ``POST /bookings/v2/bulk/services/create``."""
        return cast(
            "_types.BulkCreateServicesResponse",
            await call(
                self._requester,
                _BULK_CREATE_SERVICES,
                {"services": services, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_services(
        self, ids: Sequence[str], options: _types.BulkDeleteServicesOptions | None = None
    ) -> _types.BulkDeleteServicesResponse:
        """Bulk delete services: ``POST /bookings/v2/bulk/services/delete``."""
        return cast(
            "_types.BulkDeleteServicesResponse",
            await call(
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
            ),
        )

    async def bulk_delete_services_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkDeleteServicesByFilterOptions | None = None,
    ) -> _types.BulkDeleteServicesByFilterResponse:
        """Bulk delete services by filter: ``POST /bookings/v2/bulk/services/delete-by-filter``."""
        return cast(
            "_types.BulkDeleteServicesByFilterResponse",
            await call(
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
            ),
        )

    async def bulk_update_services(
        self, options: _types.BulkUpdateServicesOptions | None = None
    ) -> _types.BulkUpdateServicesResponse:
        """Bulk update services: ``POST /bookings/v2/bulk/services/update``."""
        return cast(
            "_types.BulkUpdateServicesResponse",
            await call(
                self._requester,
                _BULK_UPDATE_SERVICES,
                {**_fields.pick(options, "services", "returnEntity")},
            ),
        )

    async def bulk_update_services_by_filter(
        self, filter: Mapping[str, Any], options: _types.BulkUpdateServicesByFilterOptions
    ) -> _types.BulkUpdateServicesByFilterResponse:
        """Bulk update services by filter: ``POST /bookings/v2/bulk/services/update-by-filter``."""
        return cast(
            "_types.BulkUpdateServicesByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_SERVICES_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "service")},
            ),
        )

    async def clone_service(self, source_service_id: str) -> _types.CloneServiceResponse:
        """Clone service: ``POST /_api/bookings/v2/services/clone``."""
        return cast(
            "_types.CloneServiceResponse",
            await call(self._requester, _CLONE_SERVICE, {"sourceServiceId": source_service_id}),
        )

    async def count_services(
        self, options: _types.CountServicesOptions | None = None
    ) -> _types.CountServicesResponse:
        """Count services: ``POST /_api/bookings/v2/services/count``."""
        return cast(
            "_types.CountServicesResponse",
            await call(self._requester, _COUNT_SERVICES, {**_fields.pick(options, "filter")}),
        )

    async def create_add_on_group(
        self, add_on_group: _types.AddOnGroup, options: _types.CreateAddOnGroupOptions
    ) -> _types.CreateAddOnGroupResponse:
        """Create add on group: ``POST /_api/bookings/v2/services/add-on-groups/create``.

        Application errors: ``SUBSCRIPTION_SERVICE_NOT_SUPPORTED``.
        """
        return cast(
            "_types.CreateAddOnGroupResponse",
            await call(
                self._requester,
                _CREATE_ADD_ON_GROUP,
                {"addOnGroup": add_on_group, **_fields.pick(options, "serviceId")},
            ),
        )

    async def create_service(self, service: _types.Service) -> _types.CreateServiceResponse:
        """Create service: ``POST /_api/bookings/v2/services``."""
        return cast(
            "_types.CreateServiceResponse",
            await call(self._requester, _CREATE_SERVICE, {"service": service}),
        )

    async def delete_add_on_group(
        self, add_on_group_id: str, options: _types.DeleteAddOnGroupOptions
    ) -> _types.DeleteAddOnGroupResponse:
        """Delete add on group: ``POST /_api/bookings/v2/services/add-on-groups/delete``.

        Application errors: ``GROUP_NOT_ON_SERVICE``.
        """
        return cast(
            "_types.DeleteAddOnGroupResponse",
            await call(
                self._requester,
                _DELETE_ADD_ON_GROUP,
                {"addOnGroupId": add_on_group_id, **_fields.pick(options, "serviceId")},
            ),
        )

    async def delete_service(
        self, service_id: str, options: _types.DeleteServiceOptions | None = None
    ) -> _types.DeleteServiceResponse:
        """Delete service: ``DELETE /_api/bookings/v2/services/{serviceId}``."""
        return cast(
            "_types.DeleteServiceResponse",
            await call(
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
            ),
        )

    async def disable_pricing_plans_for_service(
        self, service_id: str, options: _types.DisablePricingPlansForServiceOptions | None = None
    ) -> _types.DisablePricingPlansForServiceResponse:
        """Disable pricing plans for service: ``POST``.

        ``/_api/bookings/v2/services/{serviceId}/pricing-plans/remove``

        Application errors: ``INVALID_PRICING_PLAN``.
        """
        return cast(
            "_types.DisablePricingPlansForServiceResponse",
            await call(
                self._requester,
                _DISABLE_PRICING_PLANS_FOR_SERVICE,
                {"serviceId": service_id, **_fields.pick(options, "pricingPlanIds")},
            ),
        )

    async def enable_pricing_plans_for_service(
        self, service_id: str, pricing_plan_ids: Sequence[str]
    ) -> _types.EnablePricingPlansForServiceResponse:
        """Enable pricing plans for service: ``POST``.

        ``/_api/bookings/v2/services/{serviceId}/pricing-plans/add``

        Application errors: ``INVALID_PRICING_PLAN``,
        ``SERVICE_DOES_NOT_SUPPORT_PRICING_PLANS``.
        """
        return cast(
            "_types.EnablePricingPlansForServiceResponse",
            await call(
                self._requester,
                _ENABLE_PRICING_PLANS_FOR_SERVICE,
                {"serviceId": service_id, "pricingPlanIds": pricing_plan_ids},
            ),
        )

    async def get_service(
        self, service_id: str, options: _types.GetServiceOptions | None = None
    ) -> _types.GetServiceResponse:
        """Get service: ``GET /_api/bookings/v2/services/{serviceId}``."""
        return cast(
            "_types.GetServiceResponse",
            await call(
                self._requester,
                _GET_SERVICE,
                {"serviceId": service_id, **_fields.pick(options, "conditionalFields")},
            ),
        )

    async def list_add_on_groups_by_service_id(
        self, service_id: str, options: _types.ListAddOnGroupsByServiceIdOptions | None = None
    ) -> _types.ListAddOnGroupsByServiceIdResponse:
        """List add on groups by service id: ``POST``.

        ``/_api/bookings/v2/services/add-on-groups/list-add-on-groups-by-service-id``
        """
        return cast(
            "_types.ListAddOnGroupsByServiceIdResponse",
            await call(
                self._requester,
                _LIST_ADD_ON_GROUPS_BY_SERVICE_ID,
                {"serviceId": service_id, **_fields.pick(options, "groupIds")},
            ),
        )

    async def query_booking_forms(
        self, query: _types.CursorQuery, options: _types.QueryBookingFormsOptions | None = None
    ) -> _types.QueryBookingFormsResponse:
        """Query booking forms: ``POST /_api/bookings/v2/services/booking-forms/query``.

        Application errors: ``DEFAULT_BOOKING_FORM_NOT_FOUND``.
        """
        return cast(
            "_types.QueryBookingFormsResponse",
            await call(
                self._requester,
                _QUERY_BOOKING_FORMS,
                {"query": query, **_fields.pick(options, "conditionalFields")},
            ),
        )

    async def query_categories(
        self, options: _types.QueryCategoriesOptions | None = None
    ) -> _types.QueryCategoriesResponse:
        """Query categories: ``POST /_api/bookings/v2/services/categories/query``."""
        return cast(
            "_types.QueryCategoriesResponse",
            await call(self._requester, _QUERY_CATEGORIES, {**_fields.pick(options, "filter")}),
        )

    async def query_locations(
        self, options: _types.QueryLocationsOptions | None = None
    ) -> _types.QueryLocationsResponse:
        """Query locations: ``POST /_api/bookings/v2/services/locations/query``."""
        return cast(
            "_types.QueryLocationsResponse",
            await call(self._requester, _QUERY_LOCATIONS, {**_fields.pick(options, "filter")}),
        )

    async def query_policies(self, query: _types.CursorQuery) -> _types.QueryPoliciesResponse:
        """Query policies: ``POST /_api/bookings/v2/services/policies/query``."""
        return cast(
            "_types.QueryPoliciesResponse",
            await call(self._requester, _QUERY_POLICIES, {"query": query}),
        )

    def query_services(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.Service]:
        """Query services: ``POST /_api/bookings/v2/services/query``."""
        return QueryBuilder(self._requester, _QUERY_SERVICES, options)

    async def search_services(self, search: _types.CursorSearch) -> _types.SearchServicesResponse:
        """Search services: ``POST /_api/bookings/v2/services/search``.

        Permissions: ``BOOKINGS.SERVICES_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchServicesResponse",
            await call(self._requester, _SEARCH_SERVICES, {"search": search}),
        )

    async def set_add_ons_for_group(
        self, service_id: str, options: _types.SetAddOnsForGroupOptions
    ) -> _types.SetAddOnsForGroupResponse:
        """Set add ons for group: ``POST``.

        ``/_api/bookings/v2/services/add-on-groups/set-add-ons-for-group``

        Application errors: ``ADD_ON_GROUP_NOT_FOUND``.
        """
        return cast(
            "_types.SetAddOnsForGroupResponse",
            await call(
                self._requester,
                _SET_ADD_ONS_FOR_GROUP,
                {"serviceId": service_id, **_fields.pick(options, "groupId", "addOnIds")},
            ),
        )

    async def set_custom_slug(
        self, service_id: str, options: _types.SetCustomSlugOptions | None = None
    ) -> _types.SetCustomSlugResponse:
        """Set custom slug: ``POST /_api/bookings/v2/services/{serviceId}/slugs/custom``.

        Application errors: ``SLUG_ALREADY_EXISTS``.
        """
        return cast(
            "_types.SetCustomSlugResponse",
            await call(
                self._requester,
                _SET_CUSTOM_SLUG,
                {"serviceId": service_id, **_fields.pick(options, "slug")},
            ),
        )

    async def set_service_locations(
        self, service_id: str, options: _types.SetServiceLocationsOptions | None = None
    ) -> _types.SetServiceLocationsResponse:
        """Set service locations: ``POST /_api/bookings/v2/services/{serviceId}/locations``."""
        return cast(
            "_types.SetServiceLocationsResponse",
            await call(
                self._requester,
                _SET_SERVICE_LOCATIONS,
                {
                    "serviceId": service_id,
                    **_fields.pick(
                        options,
                        "locations",
                        "removedLocationSessionsAction",
                        "participantNotification",
                    ),
                },
            ),
        )

    async def update_add_on_group(
        self, add_on_group: _types.AddOnGroup, options: _types.UpdateAddOnGroupOptions
    ) -> _types.UpdateAddOnGroupResponse:
        """Update add on group: ``POST /_api/bookings/v2/services/add-on-groups/update``.

        Application errors: ``GROUP_NOT_ON_SERVICE``.
        """
        return cast(
            "_types.UpdateAddOnGroupResponse",
            await call(
                self._requester,
                _UPDATE_ADD_ON_GROUP,
                {"addOnGroup": add_on_group, **_fields.pick(options, "serviceId")},
            ),
        )

    async def update_service(
        self, id: str, service: _types.Service
    ) -> _types.UpdateServiceResponse:
        """Update service: ``PATCH /_api/bookings/v2/services/{service.id}``."""
        return cast(
            "_types.UpdateServiceResponse",
            await call(self._requester, _UPDATE_SERVICE, {"service": {**service, "id": id}}),
        )

    async def validate_slug(
        self, service_id: str, options: _types.ValidateSlugOptions | None = None
    ) -> _types.ValidateSlugResponse:
        """Validate slug: ``POST /_api/bookings/v2/services/slugs/validate``."""
        return cast(
            "_types.ValidateSlugResponse",
            await call(
                self._requester,
                _VALIDATE_SLUG,
                {"serviceId": service_id, **_fields.pick(options, "slug")},
            ),
        )


def bind(client: Requester) -> Services:
    """The ``services`` module for ``client``'s visitor."""
    return Services(client)
