# File generated from @wix/auto_sdk_ecom_tax-groups 1.0.67
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxGroups`` module of ``@wix/ecom`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tax_groups as _types

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

    async def create_tax_group(self, tax_group: _types.TaxGroup) -> _types.CreateTaxGroupResponse:
        """Create tax group: ``POST /billing/v1/tax-groups``.

        Permissions: ``BILLING.TAX_GROUP_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateTaxGroupResponse",
            await call(self._requester, _CREATE_TAX_GROUP, {"taxGroup": tax_group}),
        )

    async def delete_tax_group(self, tax_group_id: str) -> _types.DeleteTaxGroupResponse:
        """Delete tax group: ``DELETE /billing/v1/tax-groups/{taxGroupId}``.

        Permissions: ``BILLING.TAX_GROUP_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTaxGroupResponse",
            await call(self._requester, _DELETE_TAX_GROUP, {"taxGroupId": tax_group_id}),
        )

    async def get_tax_group(self, tax_group_id: str) -> _types.GetTaxGroupResponse:
        """Get tax group: ``GET /billing/v1/tax-groups/{taxGroupId}``.

        Permissions: ``BILLING.TAX_GROUP_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTaxGroupResponse",
            await call(self._requester, _GET_TAX_GROUP, {"taxGroupId": tax_group_id}),
        )

    async def list_default_tax_groups(self) -> _types.ListDefaultTaxGroupsResponse:
        """List default tax groups: ``GET /billing/v1/tax-groups/default-tax-groups``.

        Permissions: ``BILLING.TAX_GROUP_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListDefaultTaxGroupsResponse",
            await call(self._requester, _LIST_DEFAULT_TAX_GROUPS),
        )

    async def list_default_tax_groups_by_app_ids(
        self, app_ids: Sequence[str]
    ) -> _types.ListDefaultTaxGroupsByAppIdsResponse:
        """List default tax groups by app ids: ``POST``.

        ``/billing/v1/tax-groups/list-default-tax-groups-by-app-ids``

        Permissions: ``BILLING.TAX_GROUP_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListDefaultTaxGroupsByAppIdsResponse",
            await call(self._requester, _LIST_DEFAULT_TAX_GROUPS_BY_APP_IDS, {"appIds": app_ids}),
        )

    def query_tax_groups(self) -> QueryBuilder[_types.TaxGroup]:
        """Query tax groups: ``POST /billing/v1/tax-groups/query``.

        Permissions: ``BILLING.TAX_GROUP_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TAX_GROUPS)

    async def update_tax_group(
        self, id: str, tax_group: _types.TaxGroup
    ) -> _types.UpdateTaxGroupResponse:
        """Update tax group: ``PATCH /billing/v1/tax-groups/{taxGroup.id}``.

        Permissions: ``BILLING.TAX_GROUP_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``ILLEGAL_UPDATE_ON_SYSTEM_DEFINED_TAX_GROUP``.
        """
        return cast(
            "_types.UpdateTaxGroupResponse",
            await call(self._requester, _UPDATE_TAX_GROUP, {"taxGroup": {**tax_group, "id": id}}),
        )


def bind(client: Requester) -> TaxGroups:
    """The ``taxGroups`` module for ``client``'s visitor."""
    return TaxGroups(client)
