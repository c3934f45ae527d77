# File generated from @wix/auto_sdk_ecom_tax-exempt-groups 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_exempt_groups``.

From ``@wix/auto_sdk_ecom_tax-exempt-groups``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_exempt_groups import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


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


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroupId: Required[str]


class DeleteTaxExemptGroupResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetTaxExemptGroupRequest(TypedDict, total=False):
    taxExemptGroupId: Required[str]


class GetTaxExemptGroupResponse(TypedDict, total=False):
    taxExemptGroup: TaxExemptGroup


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


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
