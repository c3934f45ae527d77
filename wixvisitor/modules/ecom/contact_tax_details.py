# File generated from @wix/auto_sdk_ecom_contact-tax-details 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""The ``contactTaxDetails`` module of ``@wix/ecom`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import contact_tax_details as _types

_BULK_DELETE_CONTACT_TAX_DETAILS = Route(
    "POST",
    "/billing/v1/bulk/contact-tax-details/delete",
    "wix.billing.v1.ContactTaxDetailsService.BulkDeleteContactTaxDetails",
)
_BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS = Route(
    "POST",
    "/billing/v1/bulk/contact-tax-details/update-tags",
    "wix.billing.v1.ContactTaxDetailsService.BulkUpdateContactTaxDetailsTags",
)
_BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS_BY_FILTER = Route(
    "POST",
    "/billing/v1/bulk/contact-tax-details/update-tags-by-filter",
    "wix.billing.v1.ContactTaxDetailsService.BulkUpdateContactTaxDetailsTagsByFilter",
)
_BULK_UPSERT_CONTACT_TAX_DETAILS = Route(
    "POST",
    "/billing/v1/bulk/contact-tax-details/upsert",
    "wix.billing.v1.ContactTaxDetailsService.BulkUpsertContactTaxDetails",
)
_COUNT_CONTACT_TAX_DETAILS = Route(
    "POST",
    "/billing/v1/contact-tax-details/count",
    "wix.billing.v1.ContactTaxDetailsService.CountContactTaxDetails",
)
_DELETE_CONTACT_TAX_DETAILS = Route(
    "DELETE",
    "/billing/v1/contact-tax-details/{contactTaxDetailsId}",
    "wix.billing.v1.ContactTaxDetailsService.DeleteContactTaxDetails",
    path_params=("contactTaxDetailsId",),
)
_GET_CONTACT_TAX_DETAILS = Route(
    "GET",
    "/billing/v1/contact-tax-details/{id}",
    "wix.billing.v1.ContactTaxDetailsService.GetContactTaxDetails",
    path_params=("id",),
)
_QUERY_CONTACT_TAX_DETAILS = Query(
    Route(
        "GET",
        "/billing/v1/contact-tax-details/query",
        "wix.billing.v1.ContactTaxDetailsService.QueryContactTaxDetails",
        complex=True,
        fallback=True,
    ),
    items="contactTaxDetails",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPSERT_CONTACT_TAX_DETAILS = Route(
    "POST",
    "/billing/v1/contact-tax-details",
    "wix.billing.v1.ContactTaxDetailsService.UpsertContactTaxDetails",
)


class ContactTaxDetails(Module):
    """``contactTaxDetails`` of ``@wix/ecom``: ``ecom.contact_tax_details.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_contact_tax_details(
        self, contact_tax_details_ids: Sequence[str]
    ) -> _types.BulkDeleteContactTaxDetailsResponse:
        """Bulk delete contact tax details: ``POST /billing/v1/bulk/contact-tax-details/delete``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteContactTaxDetailsResponse",
            await call(
                self._requester,
                _BULK_DELETE_CONTACT_TAX_DETAILS,
                {"contactTaxDetailsIds": contact_tax_details_ids},
            ),
        )

    async def bulk_update_contact_tax_details_tags(
        self,
        contact_tax_details_ids: Sequence[str],
        options: _types.BulkUpdateContactTaxDetailsTagsOptions | None = None,
    ) -> _types.BulkUpdateContactTaxDetailsTagsResponse:
        """Bulk update contact tax details tags: ``POST``.

        ``/billing/v1/bulk/contact-tax-details/update-tags``

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_UPDATE_TAGS``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateContactTaxDetailsTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS,
                {
                    "contactTaxDetailsIds": contact_tax_details_ids,
                    **_fields.pick(options, "assignTags", "unassignTags"),
                },
            ),
        )

    async def bulk_update_contact_tax_details_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateContactTaxDetailsTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateContactTaxDetailsTagsByFilterResponse:
        """Bulk update contact tax details tags by filter: ``POST``.

        ``/billing/v1/bulk/contact-tax-details/update-tags-by-filter``

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_UPDATE_TAGS``.
        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdateContactTaxDetailsTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_upsert_contact_tax_details(
        self,
        contact_tax_details: Sequence[Mapping[str, Any]],
        options: _types.BulkUpsertContactTaxDetailsOptions | None = None,
    ) -> _types.BulkUpsertContactTaxDetailsResponse:
        """Bulk upsert contact tax details: ``POST /billing/v1/bulk/contact-tax-details/upsert``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpsertContactTaxDetailsResponse",
            await call(
                self._requester,
                _BULK_UPSERT_CONTACT_TAX_DETAILS,
                {
                    "contactTaxDetails": contact_tax_details,
                    **_fields.pick(options, "returnEntity", "fields"),
                },
            ),
        )

    async def count_contact_tax_details(
        self, options: _types.CountContactTaxDetailsOptions | None = None
    ) -> _types.CountContactTaxDetailsResponse:
        """Count contact tax details: ``POST /billing/v1/contact-tax-details/count``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_READ``.
        Callable by: ``APP``.
        Application errors: ``TOO_MANY_TO_COUNT``.
        """
        return cast(
            "_types.CountContactTaxDetailsResponse",
            await call(
                self._requester, _COUNT_CONTACT_TAX_DETAILS, {**_fields.pick(options, "filter")}
            ),
        )

    async def delete_contact_tax_details(
        self, contact_tax_details_id: str
    ) -> _types.DeleteContactTaxDetailsResponse:
        """Delete contact tax details: ``DELETE``.

        ``/billing/v1/contact-tax-details/{contactTaxDetailsId}``

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteContactTaxDetailsResponse",
            await call(
                self._requester,
                _DELETE_CONTACT_TAX_DETAILS,
                {"contactTaxDetailsId": contact_tax_details_id},
            ),
        )

    async def get_contact_tax_details(
        self, id: str, options: _types.GetContactTaxDetailsOptions | None = None
    ) -> _types.GetContactTaxDetailsResponse:
        """Get contact tax details: ``GET /billing/v1/contact-tax-details/{id}``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetContactTaxDetailsResponse",
            await call(
                self._requester,
                _GET_CONTACT_TAX_DETAILS,
                {"id": id, **_fields.pick(options, "fields")},
            ),
        )

    def query_contact_tax_details(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.ContactTaxDetails]:
        """Query contact tax details: ``GET /billing/v1/contact-tax-details/query``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CONTACT_TAX_DETAILS, options)

    async def upsert_contact_tax_details(
        self,
        contact_tax_details: _types.ContactTaxDetails,
        options: _types.UpsertContactTaxDetailsOptions | None = None,
    ) -> _types.UpsertContactTaxDetailsResponse:
        """Upsert contact tax details: ``POST /billing/v1/contact-tax-details``.

        Permissions: ``BILLING.CONTACT_TAX_DETAILS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpsertContactTaxDetailsResponse",
            await call(
                self._requester,
                _UPSERT_CONTACT_TAX_DETAILS,
                {"contactTaxDetails": contact_tax_details, **_fields.pick(options, "fields")},
            ),
        )


def bind(client: Requester) -> ContactTaxDetails:
    """The ``contactTaxDetails`` module for ``client``'s visitor."""
    return ContactTaxDetails(client)
