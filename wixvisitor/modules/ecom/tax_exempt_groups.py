# File generated from @wix/auto_sdk_ecom_tax-exempt-groups 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""The ``taxExemptGroups`` module of ``@wix/ecom`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import tax_exempt_groups as _types

_BULK_CREATE_TAX_EXEMPT_GROUPS = Route(
    "POST",
    "/billing/v1/bulk/tax-exempt-groups/create",
    "wix.billing.v1.TaxExemptGroups.BulkCreateTaxExemptGroups",
)
_BULK_DELETE_TAX_EXEMPT_GROUPS = Route(
    "POST",
    "/billing/v1/bulk/tax-exempt-groups/delete",
    "wix.billing.v1.TaxExemptGroups.BulkDeleteTaxExemptGroups",
)
_BULK_UPDATE_TAX_EXEMPT_GROUP_TAGS = Route(
    "POST",
    "/billing/v1/bulk/tax-exempt-groups/update-tags",
    "wix.billing.v1.TaxExemptGroups.BulkUpdateTaxExemptGroupTags",
)
_BULK_UPDATE_TAX_EXEMPT_GROUP_TAGS_BY_FILTER = Route(
    "POST",
    "/billing/v1/bulk/tax-exempt-groups/update-tags-by-filter",
    "wix.billing.v1.TaxExemptGroups.BulkUpdateTaxExemptGroupTagsByFilter",
)
_BULK_UPDATE_TAX_EXEMPT_GROUPS = Route(
    "POST",
    "/billing/v1/bulk/tax-exempt-groups/update",
    "wix.billing.v1.TaxExemptGroups.BulkUpdateTaxExemptGroups",
)
_CREATE_TAX_EXEMPT_GROUP = Route(
    "POST", "/billing/v1/tax-exempt-groups", "wix.billing.v1.TaxExemptGroups.CreateTaxExemptGroup"
)
_DELETE_TAX_EXEMPT_GROUP = Route(
    "DELETE",
    "/billing/v1/tax-exempt-groups/{taxExemptGroupId}",
    "wix.billing.v1.TaxExemptGroups.DeleteTaxExemptGroup",
    path_params=("taxExemptGroupId",),
)
_GET_TAX_EXEMPT_GROUP = Route(
    "GET",
    "/billing/v1/tax-exempt-groups/{taxExemptGroupId}",
    "wix.billing.v1.TaxExemptGroups.GetTaxExemptGroup",
    path_params=("taxExemptGroupId",),
)
_LIST_DEFAULT_TAX_EXEMPT_GROUPS = Route(
    "GET",
    "/billing/v1/tax-exempt-groups/default-tax-exempt-groups",
    "wix.billing.v1.TaxExemptGroups.ListDefaultTaxExemptGroups",
)
_QUERY_TAX_EXEMPT_GROUPS = Query(
    Route(
        "GET",
        "/billing/v1/tax-exempt-groups/query",
        "wix.billing.v1.TaxExemptGroups.QueryTaxExemptGroups",
        complex=True,
        fallback=True,
    ),
    items="taxExemptGroups",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_TAX_EXEMPT_GROUP = Route(
    "PATCH",
    "/billing/v1/tax-exempt-groups/{taxExemptGroup.id}",
    "wix.billing.v1.TaxExemptGroups.UpdateTaxExemptGroup",
    path_params=("taxExemptGroup.id",),
)


class TaxExemptGroups(Module):
    """``taxExemptGroups`` of ``@wix/ecom``: ``ecom.tax_exempt_groups.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_tax_exempt_groups(
        self,
        tax_exempt_groups: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateTaxExemptGroupsOptions | None = None,
    ) -> _types.BulkCreateTaxExemptGroupsResponse:
        """Bulk create tax exempt groups: ``POST /billing/v1/bulk/tax-exempt-groups/create``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateTaxExemptGroupsResponse",
            await call(
                self._requester,
                _BULK_CREATE_TAX_EXEMPT_GROUPS,
                {"taxExemptGroups": tax_exempt_groups, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_tax_exempt_groups(
        self, tax_exempt_group_ids: Sequence[str]
    ) -> _types.BulkDeleteTaxExemptGroupsResponse:
        """Bulk delete tax exempt groups: ``POST /billing/v1/bulk/tax-exempt-groups/delete``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteTaxExemptGroupsResponse",
            await call(
                self._requester,
                _BULK_DELETE_TAX_EXEMPT_GROUPS,
                {"taxExemptGroupIds": tax_exempt_group_ids},
            ),
        )

    async def bulk_update_tax_exempt_group_tags(
        self,
        tax_exempt_group_ids: Sequence[str],
        options: _types.BulkUpdateTaxExemptGroupTagsOptions | None = None,
    ) -> _types.BulkUpdateTaxExemptGroupTagsResponse:
        """Bulk update tax exempt group tags: ``POST``.

        ``/billing/v1/bulk/tax-exempt-groups/update-tags``

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_UPDATE_TAGS``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateTaxExemptGroupTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TAX_EXEMPT_GROUP_TAGS,
                {
                    "taxExemptGroupIds": tax_exempt_group_ids,
                    **_fields.pick(options, "assignTags", "unassignTags"),
                },
            ),
        )

    async def bulk_update_tax_exempt_group_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateTaxExemptGroupTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateTaxExemptGroupTagsByFilterResponse:
        """Bulk update tax exempt group tags by filter: ``POST``.

        ``/billing/v1/bulk/tax-exempt-groups/update-tags-by-filter``

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_UPDATE_TAGS``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateTaxExemptGroupTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TAX_EXEMPT_GROUP_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_tax_exempt_groups(
        self,
        tax_exempt_groups: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateTaxExemptGroupsOptions | None = None,
    ) -> _types.BulkUpdateTaxExemptGroupsResponse:
        """Bulk update tax exempt groups: ``POST /billing/v1/bulk/tax-exempt-groups/update``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateTaxExemptGroupsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_TAX_EXEMPT_GROUPS,
                {"taxExemptGroups": tax_exempt_groups, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def create_tax_exempt_group(
        self, tax_exempt_group: _types.TaxExemptGroup
    ) -> _types.CreateTaxExemptGroupResponse:
        """Create tax exempt group: ``POST /billing/v1/tax-exempt-groups``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateTaxExemptGroupResponse",
            await call(
                self._requester, _CREATE_TAX_EXEMPT_GROUP, {"taxExemptGroup": tax_exempt_group}
            ),
        )

    async def delete_tax_exempt_group(
        self, tax_exempt_group_id: str
    ) -> _types.DeleteTaxExemptGroupResponse:
        """Delete tax exempt group: ``DELETE /billing/v1/tax-exempt-groups/{taxExemptGroupId}``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteTaxExemptGroupResponse",
            await call(
                self._requester, _DELETE_TAX_EXEMPT_GROUP, {"taxExemptGroupId": tax_exempt_group_id}
            ),
        )

    async def get_tax_exempt_group(
        self, tax_exempt_group_id: str
    ) -> _types.GetTaxExemptGroupResponse:
        """Get tax exempt group: ``GET /billing/v1/tax-exempt-groups/{taxExemptGroupId}``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetTaxExemptGroupResponse",
            await call(
                self._requester, _GET_TAX_EXEMPT_GROUP, {"taxExemptGroupId": tax_exempt_group_id}
            ),
        )

    async def list_default_tax_exempt_groups(self) -> _types.ListDefaultTaxExemptGroupsResponse:
        """List default tax exempt groups: ``GET``.

        ``/billing/v1/tax-exempt-groups/default-tax-exempt-groups``

        Permissions: ``BILLING.TAX_GROUP_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListDefaultTaxExemptGroupsResponse",
            await call(self._requester, _LIST_DEFAULT_TAX_EXEMPT_GROUPS),
        )

    def query_tax_exempt_groups(self) -> QueryBuilder[_types.TaxExemptGroup]:
        """Query tax exempt groups: ``GET /billing/v1/tax-exempt-groups/query``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_TAX_EXEMPT_GROUPS)

    async def update_tax_exempt_group(
        self, id: str, tax_exempt_group: _types.TaxExemptGroup
    ) -> _types.UpdateTaxExemptGroupResponse:
        """Update tax exempt group: ``PATCH /billing/v1/tax-exempt-groups/{taxExemptGroup.id}``.

        Permissions: ``BILLING.TAX_EXEMPT_GROUP_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateTaxExemptGroupResponse",
            await call(
                self._requester,
                _UPDATE_TAX_EXEMPT_GROUP,
                {"taxExemptGroup": {**tax_exempt_group, "id": id}},
            ),
        )


def bind(client: Requester) -> TaxExemptGroups:
    """The ``taxExemptGroups`` module for ``client``'s visitor."""
    return TaxExemptGroups(client)
