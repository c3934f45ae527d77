# File generated from @wix/auto_sdk_ecom_manual-tax-mappings 1.0.46
# by `make apigen` (tools/apigen). Do not edit.
"""The ``manualTaxMappings`` module of ``@wix/ecom`` (10 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import manual_tax_mappings as _types

_BULK_ASSIGN_EXEMPT_OVERRIDES = Route(
    "POST",
    "/billing/v1/manual-tax-mappings/bulk-assign-exempt-overrides",
    "wix.billing.v1.ManualTaxMappingService.BulkAssignExemptOverrides",
)
_BULK_CREATE_MANUAL_TAX_MAPPINGS = Route(
    "POST",
    "/billing/v1/bulk/manual-tax-mappings/create",
    "wix.billing.v1.ManualTaxMappingService.BulkCreateManualTaxMappings",
)
_BULK_UNASSIGN_EXEMPT_OVERRIDES = Route(
    "POST",
    "/billing/v1/manual-tax-mappings/bulk-unassign-exempt-overrides",
    "wix.billing.v1.ManualTaxMappingService.BulkUnassignExemptOverrides",
)
_CREATE_MANUAL_TAX_MAPPING = Route(
    "POST",
    "/billing/v1/manual-tax-mappings",
    "wix.billing.v1.ManualTaxMappingService.CreateManualTaxMapping",
)
_DELETE_MANUAL_TAX_MAPPING = Route(
    "DELETE",
    "/billing/v1/manual-tax-mappings/{manualTaxMappingId}",
    "wix.billing.v1.ManualTaxMappingService.DeleteManualTaxMapping",
    path_params=("manualTaxMappingId",),
)
_GET_MANUAL_TAX_MAPPING = Route(
    "GET",
    "/billing/v1/manual-tax-mappings/{manualTaxMappingId}",
    "wix.billing.v1.ManualTaxMappingService.GetManualTaxMapping",
    path_params=("manualTaxMappingId",),
)
_LIST_MANUAL_TAX_MAPPINGS = Route(
    "GET",
    "/billing/v1/manual-tax-mappings",
    "wix.billing.v1.ManualTaxMappingService.ListManualTaxMappings",
)
_QUERY_MANUAL_TAX_MAPPINGS = Query(
    Route(
        "GET",
        "/billing/v1/manual-tax-mappings/query",
        "wix.billing.v1.ManualTaxMappingService.QueryManualTaxMappings",
        complex=True,
        fallback=True,
    ),
    items="manualTaxMappings",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/billing/v1/manual-tax-mappings/{id}/update-extended-fields",
    "wix.billing.v1.ManualTaxMappingService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_MANUAL_TAX_MAPPING = Route(
    "PATCH",
    "/billing/v1/manual-tax-mappings/{manualTaxMapping.id}",
    "wix.billing.v1.ManualTaxMappingService.UpdateManualTaxMapping",
    path_params=("manualTaxMapping.id",),
)


class ManualTaxMappings(Module):
    """``manualTaxMappings`` of ``@wix/ecom``: ``ecom.manual_tax_mappings.bind(wix)``."""

    __slots__ = ()

    async def bulk_assign_exempt_overrides(
        self, options: _types.BulkAssignExemptOverridesOptions | None = None
    ) -> _types.BulkAssignExemptOverridesResponse:
        """Bulk assign exempt overrides: ``POST``.

        ``/billing/v1/manual-tax-mappings/bulk-assign-exempt-overrides``

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkAssignExemptOverridesResponse",
            await call(
                self._requester,
                _BULK_ASSIGN_EXEMPT_OVERRIDES,
                {**_fields.pick(options, "assignOverrides", "returnEntity")},
            ),
        )

    async def bulk_create_manual_tax_mappings(
        self,
        manual_tax_mappings: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateManualTaxMappingsOptions | None = None,
    ) -> _types.BulkCreateManualTaxMappingsResponse:
        """Bulk create manual tax mappings: ``POST /billing/v1/bulk/manual-tax-mappings/create``.

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateManualTaxMappingsResponse",
            await call(
                self._requester,
                _BULK_CREATE_MANUAL_TAX_MAPPINGS,
                {"manualTaxMappings": manual_tax_mappings, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_unassign_exempt_overrides(
        self,
        unassign_overrides: Sequence[Mapping[str, Any]],
        options: _types.BulkUnassignExemptOverridesOptions | None = None,
    ) -> _types.BulkUnassignExemptOverridesResponse:
        """Bulk unassign exempt overrides: ``POST``.

        ``/billing/v1/manual-tax-mappings/bulk-unassign-exempt-overrides``

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUnassignExemptOverridesResponse",
            await call(
                self._requester,
                _BULK_UNASSIGN_EXEMPT_OVERRIDES,
                {"unassignOverrides": unassign_overrides, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def create_manual_tax_mapping(
        self, manual_tax_mapping: _types.ManualTaxMapping
    ) -> _types.CreateManualTaxMappingResponse:
        """Create manual tax mapping: ``POST /billing/v1/manual-tax-mappings``.

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_CREATE``.
        Callable by: ``APP``.
        Application errors: ``TAX_REGION_ID_NOT_FOUND``, ``TAX_GROUP_ID_NOT_FOUND``,
        ``MANUAL_TAX_MAPPING_ALREADY_EXISTS``.
        """
        return cast(
            "_types.CreateManualTaxMappingResponse",
            await call(
                self._requester,
                _CREATE_MANUAL_TAX_MAPPING,
                {"manualTaxMapping": manual_tax_mapping},
            ),
        )

    async def delete_manual_tax_mapping(
        self, manual_tax_mapping_id: str
    ) -> _types.DeleteManualTaxMappingResponse:
        """Delete manual tax mapping: ``DELETE``.

        ``/billing/v1/manual-tax-mappings/{manualTaxMappingId}``

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteManualTaxMappingResponse",
            await call(
                self._requester,
                _DELETE_MANUAL_TAX_MAPPING,
                {"manualTaxMappingId": manual_tax_mapping_id},
            ),
        )

    async def get_manual_tax_mapping(
        self, manual_tax_mapping_id: str
    ) -> _types.GetManualTaxMappingResponse:
        """Get manual tax mapping: ``GET /billing/v1/manual-tax-mappings/{manualTaxMappingId}``.

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetManualTaxMappingResponse",
            await call(
                self._requester,
                _GET_MANUAL_TAX_MAPPING,
                {"manualTaxMappingId": manual_tax_mapping_id},
            ),
        )

    async def list_manual_tax_mappings(self) -> _types.ListManualTaxMappingsResponse:
        """List manual tax mappings: ``GET /billing/v1/manual-tax-mappings``.

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListManualTaxMappingsResponse",
            await call(self._requester, _LIST_MANUAL_TAX_MAPPINGS),
        )

    def query_manual_tax_mappings(self) -> QueryBuilder[_types.ManualTaxMapping]:
        """Query manual tax mappings: ``GET /billing/v1/manual-tax-mappings/query``.

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_MANUAL_TAX_MAPPINGS)

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST``.

        ``/billing/v1/manual-tax-mappings/{id}/update-extended-fields``

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_manual_tax_mapping(
        self, id: str, manual_tax_mapping: _types.ManualTaxMapping
    ) -> _types.UpdateManualTaxMappingResponse:
        """Update manual tax mapping: ``PATCH``.

        ``/billing/v1/manual-tax-mappings/{manualTaxMapping.id}``

        Permissions: ``BILLING.MANUAL_TAX_MAPPING_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``MANUAL_TAX_MAPPING_ALREADY_EXISTS``, ``TAX_REGION_ID_NOT_FOUND``,
        ``TAX_GROUP_ID_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateManualTaxMappingResponse",
            await call(
                self._requester,
                _UPDATE_MANUAL_TAX_MAPPING,
                {"manualTaxMapping": {**manual_tax_mapping, "id": id}},
            ),
        )


def bind(client: Requester) -> ManualTaxMappings:
    """The ``manualTaxMappings`` module for ``client``'s visitor."""
    return ManualTaxMappings(client)
