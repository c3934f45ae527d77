# File generated from @wix/auto_sdk_ecom_tax-exempt-groups 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_exempt_groups``.

From ``@wix/auto_sdk_ecom_tax-exempt-groups``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_exempt_groups import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

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


class BulkCreateTaxExemptGroupsOptions(TypedDict, total=False):
    """What ``bulkCreateTaxExemptGroups`` reads from ``options``."""

    returnEntity: bool


class BulkCreateTaxExemptGroupsRequest(TypedDict, total=False):
    taxExemptGroups: Required[list[TaxExemptGroup]]
    returnEntity: bool


class BulkCreateTaxExemptGroupsResponse(TypedDict, total=False):
    results: list[BulkTaxExemptGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteTaxExemptGroupsRequest(TypedDict, total=False):
    taxExemptGroupIds: Required[list[str]]


class BulkDeleteTaxExemptGroupsResponse(TypedDict, total=False):
    results: list[BulkDeleteTaxExemptGroupsResponseBulkTaxExemptGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteTaxExemptGroupsResponseBulkTaxExemptGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkTaxExemptGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: TaxExemptGroup


class BulkUpdateTaxExemptGroupTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateTaxExemptGroupTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTaxExemptGroupTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTaxExemptGroupTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateTaxExemptGroupTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateTaxExemptGroupTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTaxExemptGroupTagsRequest(TypedDict, total=False):
    taxExemptGroupIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateTaxExemptGroupTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateTaxExemptGroupTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateTaxExemptGroupTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateTaxExemptGroupsOptions(TypedDict, total=False):
    """What ``bulkUpdateTaxExemptGroups`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateTaxExemptGroupsRequest(TypedDict, total=False):
    taxExemptGroups: Required[list[MaskedTaxExemptGroup]]
    returnEntity: bool


class BulkUpdateTaxExemptGroupsResponse(TypedDict, total=False):
    results: list[BulkUpdateTaxExemptGroupsResponseBulkTaxExemptGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateTaxExemptGroupsResponseBulkTaxExemptGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: TaxExemptGroup


class CreateTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroup: Required[TaxExemptGroup]


class CreateTaxExemptGroupResponse(TypedDict, total=False):
    taxExemptGroup: TaxExemptGroup


class DeleteTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroupId: Required[str]


class DeleteTaxExemptGroupResponse(TypedDict, total=False):
    pass


class GetTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroupId: Required[str]


class GetTaxExemptGroupResponse(TypedDict, total=False):
    taxExemptGroup: TaxExemptGroup


class ListDefaultTaxExemptGroupsRequest(TypedDict, total=False):
    pass


class ListDefaultTaxExemptGroupsResponse(TypedDict, total=False):
    taxExemptGroups: list[TaxExemptDefaultGroup]


class MaskedTaxExemptGroup(TypedDict, total=False):
    taxExemptGroup: TaxExemptGroup


class QueryTaxExemptGroupsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryTaxExemptGroupsResponse(TypedDict, total=False):
    taxExemptGroups: list[TaxExemptGroup]
    pagingMetadata: CursorPagingMetadata


class TaxExemptDefaultGroup(TypedDict, total=False):
    id: str | None
    name: str | None
    appId: str | None


class TaxExemptGroup(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    extendedFields: ExtendedFields
    tags: Tags


class UpdateTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroup: Required[TaxExemptGroup]


class UpdateTaxExemptGroupResponse(TypedDict, total=False):
    taxExemptGroup: TaxExemptGroup
