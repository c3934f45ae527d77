# File generated from @wix/auto_sdk_members_badge-assignments 1.0.32
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.badge_assignments``.

From ``@wix/auto_sdk_members_badge-assignments``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.badge_assignments import <Type>
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
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder


class BadgeAssignment(TypedDict, total=False):
    id: str | None
    badgeId: str | None
    memberId: str | None
    createdDate: str | None
    updatedDate: str | None
    tags: Tags
    extendedFields: ExtendedFields


class BulkBadgeAssignmentResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: BadgeAssignment


class BulkCreateBadgeAssignmentsOptions(TypedDict, total=False):
    """What ``bulkCreateBadgeAssignments`` reads from ``options``."""

    returnEntity: bool


class BulkCreateBadgeAssignmentsRequest(TypedDict, total=False):
    badgeAssignments: Required[list[BadgeAssignment]]
    returnEntity: bool


class BulkCreateBadgeAssignmentsResponse(TypedDict, total=False):
    results: list[BulkBadgeAssignmentResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteBadgeAssignmentsRequest(TypedDict, total=False):
    badgeAssignmentIds: Required[list[str]]


class BulkDeleteBadgeAssignmentsResponse(TypedDict, total=False):
    results: list[BulkBadgeAssignmentResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateBadgeAssignmentTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateBadgeAssignmentTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateBadgeAssignmentTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Required[Tags]
    unassignTags: Tags


class BulkUpdateBadgeAssignmentTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateBadgeAssignmentTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateBadgeAssignmentTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateBadgeAssignmentTagsRequest(TypedDict, total=False):
    ids: Required[list[str]]
    assignTags: Required[Tags]
    unassignTags: Tags


class BulkUpdateBadgeAssignmentTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateBadgeAssignmentTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateBadgeAssignmentTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class CreateBadgeAssignmentRequest(TypedDict, total=False):
    badgeAssignment: Required[BadgeAssignment]


class CreateBadgeAssignmentResponse(TypedDict, total=False):
    badgeAssignment: BadgeAssignment


class DeleteBadgeAssignmentRequest(TypedDict, total=False):
    badgeAssignmentId: Required[str]


class DeleteBadgeAssignmentResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class QueryBadgeAssignmentsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryBadgeAssignmentsResponse(TypedDict, total=False):
    badgeAssignments: list[BadgeAssignment]
    pagingMetadata: CursorPagingMetadata


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList
