# File generated from @wix/auto_sdk_ecom_tax-regions 1.0.64
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxRegions`` module of ``@wix/ecom`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tax_regions as _types

_BULK_CREATE_TAX_REGION = Route(
    "POST",
    "/billing/v1/bulk/tax-regions/create",
    "wix.billing.v1.TaxRegionsService.BulkCreateTaxRegion",
)
_CREATE_TAX_REGION = Route(
    "POST", "/billing/v1/tax-regions", "wix.billing.v1.TaxRegionsService.CreateTaxRegion"
)
_DELETE_TAX_REGION = Route(
    "DELETE",
    "/billing/v1/tax-regions/{taxRegionId}",
    "wix.billing.v1.TaxRegionsService.DeleteTaxRegion",
    path_params=("taxRegionId",),
)
_GET_TAX_REGION = Route(
    "GET",
    "/billing/v1/tax-regions/{taxRegionId}",
    "wix.billing.v1.TaxRegionsService.GetTaxRegion",
    path_params=("taxRegionId",),
)
_QUERY_TAX_REGIONS = Query(
    Route(
        "POST", "/billing/v1/tax-regions/query", "wix.billing.v1.TaxRegionsService.QueryTaxRegions"
    ),
    items="taxRegions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_TAX_REGION = Route(
    "PATCH",
    "/billing/v1/tax-regions/{taxRegion.id}",
    "wix.billing.v1.TaxRegionsService.UpdateTaxRegion",
    path_params=("taxRegion.id",),
)


class TaxRegions(Module):
    """``taxRegions`` of ``@wix/ecom``: ``tax_regions = ecom.tax_regions.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_tax_region(
        self,
        tax_regions: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateTaxRegionOptions | None = None,
    ) -> _types.BulkCreateTaxRegionResponse:
        """Bulk create tax region: ``POST /billing/v1/bulk/tax-regions/create``.

        Permissions: ``BILLING.TAX_REGION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``ALREADY_EXISTS``, ``INVALID_SUBDIVISION_FORMAT``,
        ``SUBDIVISIONS_NOT_SUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.BulkCreateTaxRegionResponse",
            await call(
                self._requester,
                _BULK_CREATE_TAX_REGION,
                {"taxRegions": tax_regions, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def create_tax_region(
        self, tax_region: _types.TaxRegion
    ) -> _types.CreateTaxRegionResponse:
        """Create tax region: ``POST /billing/v1/tax-regions``.

        Permissions: ``BILLING.TAX_REGION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``ALREADY_EXISTS``, ``CALCULATOR_ID_NOT_FOUND``,
        ``CALCULATOR_IS_NOT_SUPPORTED_FOR_THIS_TAX_REGION``, ``INVALID_SUBDIVISION_FORMAT``,
        ``SUBDIVISIONS_NOT_SUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.CreateTaxRegionResponse",
            await call(self._requester, _CREATE_TAX_REGION, {"taxRegion": tax_region}),
        )

    async def delete_tax_region(self, tax_region_id: str) -> _types.DeleteTaxRegionResponse:
        """Delete tax region: ``DELETE /billing/v1/tax-regions/{taxRegionId}``.

        Permissions: ``BILLING.TAX_REGION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTaxRegionResponse",
            await call(self._requester, _DELETE_TAX_REGION, {"taxRegionId": tax_region_id}),
        )

    async def get_tax_region(self, tax_region_id: str) -> _types.GetTaxRegionResponse:
        """Get tax region: ``GET /billing/v1/tax-regions/{taxRegionId}``.

        Permissions: ``BILLING.TAX_REGION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTaxRegionResponse",
            await call(self._requester, _GET_TAX_REGION, {"taxRegionId": tax_region_id}),
        )

    def query_tax_regions(self) -> QueryBuilder[_types.TaxRegion]:
        """Query tax regions: ``POST /billing/v1/tax-regions/query``.

        Permissions: ``BILLING.TAX_REGION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TAX_REGIONS)

    async def update_tax_region(
        self, id: str, tax_region: _types.TaxRegion
    ) -> _types.UpdateTaxRegionResponse:
        """Update tax region: ``PATCH /billing/v1/tax-regions/{taxRegion.id}``.

        Permissions: ``BILLING.TAX_REGION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CALCULATOR_ID_NOT_FOUND``,
        ``CALCULATOR_IS_NOT_SUPPORTED_FOR_THIS_TAX_REGION``, ``INVALID_SUBDIVISION_FORMAT``,
        ``SUBDIVISIONS_NOT_SUPPORTED_FOR_COUNTRY``.
        """
        return cast(
            "_types.UpdateTaxRegionResponse",
            await call(
                self._requester, _UPDATE_TAX_REGION, {"taxRegion": {**tax_region, "id": id}}
            ),
        )


def bind(client: Requester) -> TaxRegions:
    """The ``taxRegions`` module for ``client``'s visitor."""
    return TaxRegions(client)
