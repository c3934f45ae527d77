# File generated from @wix/auto_sdk_members_badge-assignments 1.0.32
# by `make apigen` (tools/apigen). Do not edit.
"""The ``badgeAssignments`` module of ``@wix/members`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import badge_assignments as _types

_BULK_CREATE_BADGE_ASSIGNMENTS = Route(
    "POST",
    "/badges/v4/bulk/assignments/create",
    "wix.badges.badgeassignments.v4.BadgeAssignments.BulkCreateBadgeAssignments",
)
_BULK_DELETE_BADGE_ASSIGNMENTS = Route(
    "POST",
    "/badges/v4/bulk/assignments/delete",
    "wix.badges.badgeassignments.v4.BadgeAssignments.BulkDeleteBadgeAssignments",
)
_BULK_UPDATE_BADGE_ASSIGNMENT_TAGS = Route(
    "POST",
    "/badges/v4/bulk/assignments/bulk-update-tags",
    "wix.badges.badgeassignments.v4.BadgeAssignments.BulkUpdateBadgeAssignmentTags",
)
_BULK_UPDATE_BADGE_ASSIGNMENT_TAGS_BY_FILTER = Route(
    "POST",
    "/badges/v4/bulk/assignments/update-tags-by-filter",
    "wix.badges.badgeassignments.v4.BadgeAssignments.BulkUpdateBadgeAssignmentTagsByFilter",
)
_CREATE_BADGE_ASSIGNMENT = Route(
    "POST",
    "/badges/v4/assignments",
    "wix.badges.badgeassignments.v4.BadgeAssignments.CreateBadgeAssignment",
)
_DELETE_BADGE_ASSIGNMENT = Route(
    "DELETE",
    "/badges/v4/assignments/{badgeAssignmentId}",
    "wix.badges.badgeassignments.v4.BadgeAssignments.DeleteBadgeAssignment",
    path_params=("badgeAssignmentId",),
)
_QUERY_BADGE_ASSIGNMENTS = Query(
    Route(
        "POST",
        "/badges/v4/assignments/query",
        "wix.badges.badgeassignments.v4.BadgeAssignments.QueryBadgeAssignments",
    ),
    items="badgeAssignments",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class BadgeAssignments(Module):
    """``badgeAssignments`` of ``@wix/members``: ``members.badge_assignments.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_badge_assignments(
        self,
        badge_assignments: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateBadgeAssignmentsOptions | None = None,
    ) -> _types.BulkCreateBadgeAssignmentsResponse:
        """Bulk create badge assignments: ``POST /badges/v4/bulk/assignments/create``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_ASSIGNMENT_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateBadgeAssignmentsResponse",
            await call(
                self._requester,
                _BULK_CREATE_BADGE_ASSIGNMENTS,
                {"badgeAssignments": badge_assignments, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_badge_assignments(
        self, badge_assignment_ids: Sequence[str]
    ) -> _types.BulkDeleteBadgeAssignmentsResponse:
        """Bulk delete badge assignments: ``POST /badges/v4/bulk/assignments/delete``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_ASSIGNMENT_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteBadgeAssignmentsResponse",
            await call(
                self._requester,
                _BULK_DELETE_BADGE_ASSIGNMENTS,
                {"badgeAssignmentIds": badge_assignment_ids},
            ),
        )

    async def bulk_update_badge_assignment_tags(
        self, ids: Sequence[str], options: _types.BulkUpdateBadgeAssignmentTagsOptions | None = None
    ) -> _types.BulkUpdateBadgeAssignmentTagsResponse:
        """Bulk update badge assignment tags: ``POST /badges/v4/bulk/assignments/bulk-update-tags``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_UPDATE_TAGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateBadgeAssignmentTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_BADGE_ASSIGNMENT_TAGS,
                {"ids": ids, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_badge_assignment_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdateBadgeAssignmentTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdateBadgeAssignmentTagsByFilterResponse:
        """Bulk update badge assignment tags by filter: ``POST``.

        ``/badges/v4/bulk/assignments/update-tags-by-filter``

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_UPDATE_TAGS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateBadgeAssignmentTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_BADGE_ASSIGNMENT_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def create_badge_assignment(
        self, badge_assignment: _types.BadgeAssignment
    ) -> _types.CreateBadgeAssignmentResponse:
        """Create badge assignment: ``POST /badges/v4/assignments``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_ASSIGNMENT_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateBadgeAssignmentResponse",
            await call(
                self._requester, _CREATE_BADGE_ASSIGNMENT, {"badgeAssignment": badge_assignment}
            ),
        )

    async def delete_badge_assignment(
        self, badge_assignment_id: str
    ) -> _types.DeleteBadgeAssignmentResponse:
        """Delete badge assignment: ``DELETE /badges/v4/assignments/{badgeAssignmentId}``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_ASSIGNMENT_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteBadgeAssignmentResponse",
            await call(
                self._requester,
                _DELETE_BADGE_ASSIGNMENT,
                {"badgeAssignmentId": badge_assignment_id},
            ),
        )

    def query_badge_assignments(self) -> QueryBuilder[_types.BadgeAssignment]:
        """Query badge assignments: ``POST /badges/v4/assignments/query``.

        Permissions: ``BADGE_ASSIGNMENTS.BADGE_ASSIGNMENT_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_BADGE_ASSIGNMENTS)


def bind(client: Requester) -> BadgeAssignments:
    """The ``badgeAssignments`` module for ``client``'s visitor."""
    return BadgeAssignments(client)
