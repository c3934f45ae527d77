# File generated from @wix/auto_sdk_ecom_contact-tax-details 1.0.6
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.contact_tax_details``.

From ``@wix/auto_sdk_ecom_contact-tax-details``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.contact_tax_details import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TagList as TagList
from ._shared import Tags as Tags

ContactTaxDetailsRequestedFields: TypeAlias = Literal["CONTACT_DETAILS"]


class BulkContactTaxDetailsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkDeleteContactTaxDetailsRequest(TypedDict, total=False):
    contactTaxDetailsIds: Required[list[str]]


class BulkDeleteContactTaxDetailsResponse(TypedDict, total=False):
    results: list[BulkContactTaxDetailsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateContactTaxDetailsTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateContactTaxDetailsTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateContactTaxDetailsTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateContactTaxDetailsTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateContactTaxDetailsTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateContactTaxDetailsTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateContactTaxDetailsTagsRequest(TypedDict, total=False):
    contactTaxDetailsIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateContactTaxDetailsTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateContactTaxDetailsTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateContactTaxDetailsTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpsertContactTaxDetailsOptions(TypedDict, total=False):
    """What ``bulkUpsertContactTaxDetails`` reads from ``options``."""

    returnEntity: bool
    fields: list[ContactTaxDetailsRequestedFields]


class BulkUpsertContactTaxDetailsRequest(TypedDict, total=False):
    contactTaxDetails: Required[list[ContactTaxDetails]]
    returnEntity: bool
    fields: list[ContactTaxDetailsRequestedFields]


class BulkUpsertContactTaxDetailsResponse(TypedDict, total=False):
    results: list[BulkUpsertContactTaxDetailsResponseBulkContactTaxDetailsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpsertContactTaxDetailsResponseBulkContactTaxDetailsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ContactTaxDetails


class ContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    company: str | None
    email: str | None
    vatId: str | None


class ContactTaxDetails(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    taxExemptGroupId: str | None
    contactDetails: ContactDetails
    extendedFields: ExtendedFields
    tags: Tags


class CountContactTaxDetailsOptions(TypedDict, total=False):
    """What ``countContactTaxDetails`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountContactTaxDetailsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountContactTaxDetailsResponse(TypedDict, total=False):
    count: int


class DeleteContactTaxDetailsRequest(TypedDict, total=False):
    contactTaxDetailsId: Required[str]


class DeleteContactTaxDetailsResponse(TypedDict, total=False):
    pass


class GetContactTaxDetailsOptions(TypedDict, total=False):
    """What ``getContactTaxDetails`` reads from ``options``."""

    fields: list[ContactTaxDetailsRequestedFields]


class GetContactTaxDetailsRequest(TypedDict, total=False):
    id: Required[str]
    fields: list[ContactTaxDetailsRequestedFields]


class GetContactTaxDetailsResponse(TypedDict, total=False):
    contactTaxDetails: ContactTaxDetails


class QueryContactTaxDetailsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[ContactTaxDetailsRequestedFields]


class QueryContactTaxDetailsResponse(TypedDict, total=False):
    contactTaxDetails: list[ContactTaxDetails]
    pagingMetadata: CursorPagingMetadata


class UpsertContactTaxDetailsOptions(TypedDict, total=False):
    """What ``upsertContactTaxDetails`` reads from ``options``."""

    fields: list[ContactTaxDetailsRequestedFields]


class UpsertContactTaxDetailsRequest(TypedDict, total=False):
    contactTaxDetails: Required[ContactTaxDetails]
    fields: list[ContactTaxDetailsRequestedFields]


class UpsertContactTaxDetailsResponse(TypedDict, total=False):
    contactTaxDetails: ContactTaxDetails
