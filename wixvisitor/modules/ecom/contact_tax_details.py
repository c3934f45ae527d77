# File generated from @wix/auto_sdk_ecom_contact-tax-details 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""The ``contactTaxDetails`` module of ``@wix/ecom`` (9 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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
        self, contact_tax_details_ids: list[str]
    ) -> dict[str, Any]:
        """Bulk delete contact tax details: ``POST /billing/v1/bulk/contact-tax-details/delete``."""
        return await call(
            self._requester,
            _BULK_DELETE_CONTACT_TAX_DETAILS,
            {"contactTaxDetailsIds": contact_tax_details_ids},
        )

    async def bulk_update_contact_tax_details_tags(
        self, contact_tax_details_ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update contact tax details tags: ``POST``.

        ``/billing/v1/bulk/contact-tax-details/update-tags``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS,
            {
                "contactTaxDetailsIds": contact_tax_details_ids,
                **_fields.pick(options, "assignTags", "unassignTags"),
            },
        )

    async def bulk_update_contact_tax_details_tags_by_filter(
        self, filter: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update contact tax details tags by filter: ``POST``.

        ``/billing/v1/bulk/contact-tax-details/update-tags-by-filter``
        """
        return await call(
            self._requester,
            _BULK_UPDATE_CONTACT_TAX_DETAILS_TAGS_BY_FILTER,
            {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
        )

    async def bulk_upsert_contact_tax_details(
        self,
        contact_tax_details: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Bulk upsert contact tax details: ``POST /billing/v1/bulk/contact-tax-details/upsert``."""
        return await call(
            self._requester,
            _BULK_UPSERT_CONTACT_TAX_DETAILS,
            {
                "contactTaxDetails": contact_tax_details,
                **_fields.pick(options, "returnEntity", "fields"),
            },
        )

    async def count_contact_tax_details(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Count contact tax details: ``POST /billing/v1/contact-tax-details/count``."""
        return await call(
            self._requester, _COUNT_CONTACT_TAX_DETAILS, {**_fields.pick(options, "filter")}
        )

    async def delete_contact_tax_details(self, contact_tax_details_id: str) -> dict[str, Any]:
        """Delete contact tax details: ``DELETE``.

        ``/billing/v1/contact-tax-details/{contactTaxDetailsId}``
        """
        return await call(
            self._requester,
            _DELETE_CONTACT_TAX_DETAILS,
            {"contactTaxDetailsId": contact_tax_details_id},
        )

    async def get_contact_tax_details(
        self, id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get contact tax details: ``GET /billing/v1/contact-tax-details/{id}``."""
        return await call(
            self._requester, _GET_CONTACT_TAX_DETAILS, {"id": id, **_fields.pick(options, "fields")}
        )

    def query_contact_tax_details(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query contact tax details: ``GET /billing/v1/contact-tax-details/query``."""
        return QueryBuilder(self._requester, _QUERY_CONTACT_TAX_DETAILS, options)

    async def upsert_contact_tax_details(
        self, contact_tax_details: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Upsert contact tax details: ``POST /billing/v1/contact-tax-details``."""
        return await call(
            self._requester,
            _UPSERT_CONTACT_TAX_DETAILS,
            {"contactTaxDetails": contact_tax_details, **_fields.pick(options, "fields")},
        )


def bind(client: Requester) -> ContactTaxDetails:
    """The ``contactTaxDetails`` module for ``client``'s visitor."""
    return ContactTaxDetails(client)
