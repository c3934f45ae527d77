# File generated from @wix/auto_sdk_ecom_tax-groups 1.0.67
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxGroups`` module of ``@wix/ecom`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_CREATE_TAX_GROUP = Route(
    "POST", "/billing/v1/tax-groups", "wix.billing.v1.TaxGroups.CreateTaxGroup"
)
_DELETE_TAX_GROUP = Route(
    "DELETE",
    "/billing/v1/tax-groups/{taxGroupId}",
    "wix.billing.v1.TaxGroups.DeleteTaxGroup",
    path_params=("taxGroupId",),
)
_GET_TAX_GROUP = Route(
    "GET",
    "/billing/v1/tax-groups/{taxGroupId}",
    "wix.billing.v1.TaxGroups.GetTaxGroup",
    path_params=("taxGroupId",),
)
_LIST_DEFAULT_TAX_GROUPS = Route(
    "GET",
    "/billing/v1/tax-groups/default-tax-groups",
    "wix.billing.v1.TaxGroups.ListDefaultTaxGroups",
)
_LIST_DEFAULT_TAX_GROUPS_BY_APP_IDS = Route(
    "POST",
    "/billing/v1/tax-groups/list-default-tax-groups-by-app-ids",
    "wix.billing.v1.TaxGroups.ListDefaultTaxGroupsByAppIds",
)
_QUERY_TAX_GROUPS = Query(
    Route("POST", "/billing/v1/tax-groups/query", "wix.billing.v1.TaxGroups.QueryTaxGroups"),
    items="taxGroups",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_TAX_GROUP = Route(
    "PATCH",
    "/billing/v1/tax-groups/{taxGroup.id}",
    "wix.billing.v1.TaxGroups.UpdateTaxGroup",
    path_params=("taxGroup.id",),
)


class TaxGroups(Module):
    """``taxGroups`` of ``@wix/ecom``: ``tax_groups = ecom.tax_groups.bind(wix)``."""

    __slots__ = ()

    async def create_tax_group(self, tax_group: Mapping[str, Any]) -> dict[str, Any]:
        """Create tax group: ``POST /billing/v1/tax-groups``."""
        return await call(self._requester, _CREATE_TAX_GROUP, {"taxGroup": tax_group})

    async def delete_tax_group(self, tax_group_id: str) -> dict[str, Any]:
        """Delete tax group: ``DELETE /billing/v1/tax-groups/{taxGroupId}``."""
        return await call(self._requester, _DELETE_TAX_GROUP, {"taxGroupId": tax_group_id})

    async def get_tax_group(self, tax_group_id: str) -> dict[str, Any]:
        """Get tax group: ``GET /billing/v1/tax-groups/{taxGroupId}``."""
        return await call(self._requester, _GET_TAX_GROUP, {"taxGroupId": tax_group_id})

    async def list_default_tax_groups(self) -> dict[str, Any]:
        """List default tax groups: ``GET /billing/v1/tax-groups/default-tax-groups``."""
        return await call(self._requester, _LIST_DEFAULT_TAX_GROUPS)

    async def list_default_tax_groups_by_app_ids(self, app_ids: list[str]) -> dict[str, Any]:
        """List default tax groups by app ids: ``POST``.

        ``/billing/v1/tax-groups/list-default-tax-groups-by-app-ids``
        """
        return await call(self._requester, _LIST_DEFAULT_TAX_GROUPS_BY_APP_IDS, {"appIds": app_ids})

    def query_tax_groups(self) -> QueryBuilder:
        """Query tax groups: ``POST /billing/v1/tax-groups/query``."""
        return QueryBuilder(self._requester, _QUERY_TAX_GROUPS)

    async def update_tax_group(self, id: str, tax_group: Mapping[str, Any]) -> dict[str, Any]:
        """Update tax group: ``PATCH /billing/v1/tax-groups/{taxGroup.id}``."""
        return await call(self._requester, _UPDATE_TAX_GROUP, {"taxGroup": {**tax_group, "id": id}})


def bind(client: Requester) -> TaxGroups:
    """The ``taxGroups`` module for ``client``'s visitor."""
    return TaxGroups(client)
