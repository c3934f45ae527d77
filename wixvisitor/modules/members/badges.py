# File generated from @wix/auto_sdk_members_badges 1.0.54
# by `make apigen` (tools/apigen). Do not edit.
"""The ``badges`` module of ``@wix/members`` (11 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import badges as _types

_ASSIGN_BADGE = Route(
    "POST",
    "/members/v3/badges/{id}/members",
    "com.wixpress.badges.v3.BadgesServiceV3.AssignBadge",
    path_params=("id",),
)
_CREATE_BADGE = Route(
    "POST", "/members/v3/badges", "com.wixpress.badges.v3.BadgesServiceV3.CreateBadge"
)
_DELETE_BADGE = Route(
    "DELETE",
    "/members/v3/badges/{id}",
    "com.wixpress.badges.v3.BadgesServiceV3.DeleteBadge",
    path_params=("id",),
)
_GET_BADGE = Route(
    "GET",
    "/members/v3/badges/{id}",
    "com.wixpress.badges.v3.BadgesServiceV3.GetBadge",
    path_params=("id",),
)
_GET_MEMBER_COUNTS_PER_BADGE = Route(
    "GET",
    "/members/v3/badges/members/count",
    "com.wixpress.badges.v3.BadgesServiceV3.GetMemberCountsPerBadge",
)
_LIST_BADGES = Route(
    "GET", "/members/v3/badges", "com.wixpress.badges.v3.BadgesServiceV3.ListBadges"
)
_LIST_BADGES_PER_MEMBER = Route(
    "POST",
    "/members/v3/badges/members",
    "com.wixpress.badges.v3.BadgesServiceV3.ListMembersBadgeIds",
)
_LIST_MEMBERS_BY_BADGE = Route(
    "GET",
    "/members/v3/badges/{id}/members",
    "com.wixpress.badges.v3.BadgesServiceV3.ListMembers",
    path_params=("id",),
)
_UNASSIGN_BADGE = Route(
    "DELETE",
    "/members/v3/badges/{id}/members",
    "com.wixpress.badges.v3.BadgesServiceV3.UnassignBadge",
    path_params=("id",),
)
_UPDATE_BADGE = Route(
    "PATCH",
    "/members/v3/badges/{badge.id}",
    "com.wixpress.badges.v3.BadgesServiceV3.UpdateBadge",
    path_params=("badge.id",),
)
_UPDATE_BADGES_DISPLAY_ORDER = Route(
    "PATCH",
    "/members/v3/badges/order",
    "com.wixpress.badges.v3.BadgesServiceV3.UpdateBadgesDisplayOrder",
)


class Badges(Module):
    """``badges`` of ``@wix/members``: ``badges = members.badges.bind(wix)``."""

    __slots__ = ()

    async def assign_badge(self, id: str, member_ids: Sequence[str]) -> _types.AssignBadgeResponse:
        """Assign badge: ``POST /members/v3/badges/{id}/members``.

        Permissions: ``BADGES.BADGE_ASSIGN``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.AssignBadgeResponse",
            await call(self._requester, _ASSIGN_BADGE, {"id": id, "memberIds": member_ids}),
        )

    async def create_badge(self, badge: _types.Badge) -> _types.CreateBadgeResponse:
        """Create badge: ``POST /members/v3/badges``.

        Permissions: ``BADGES.BADGE_CREATE``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.CreateBadgeResponse",
            await call(self._requester, _CREATE_BADGE, {"badge": badge}),
        )

    async def delete_badge(self, id: str) -> _types.DeleteBadgeResponse:
        """Delete badge: ``DELETE /members/v3/badges/{id}``.

        Permissions: ``BADGES.BADGE_DELETE``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DeleteBadgeResponse", await call(self._requester, _DELETE_BADGE, {"id": id})
        )

    async def get_badge(self, id: str) -> _types.GetBadgeResponse:
        """Get badge: ``GET /members/v3/badges/{id}``.

        Permissions: ``BADGES.BADGE_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast("_types.GetBadgeResponse", await call(self._requester, _GET_BADGE, {"id": id}))

    async def get_member_counts_per_badge(self) -> _types.GetMemberCountsPerBadgeResponse:
        """Get member counts per badge: ``GET /members/v3/badges/members/count``.

        Permissions: ``BADGES.BADGE_READ_MEMBERS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.GetMemberCountsPerBadgeResponse",
            await call(self._requester, _GET_MEMBER_COUNTS_PER_BADGE),
        )

    async def list_badges(
        self, options: _types.ListBadgesOptions | None = None
    ) -> _types.ListBadgesResponse:
        """List badges: ``GET /members/v3/badges``.

        Permissions: ``BADGES.BADGE_READ``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListBadgesResponse",
            await call(self._requester, _LIST_BADGES, {**_fields.pick(options, "paging")}),
        )

    async def list_badges_per_member(
        self, member_ids: Sequence[str]
    ) -> _types.ListMembersBadgeIdsResponse:
        """List badges per member: ``POST /members/v3/badges/members``.

        Permissions: ``BADGES.BADGE_READ_MEMBERS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListMembersBadgeIdsResponse",
            await call(self._requester, _LIST_BADGES_PER_MEMBER, {"memberIds": member_ids}),
        )

    async def list_members_by_badge(
        self, id: str, options: _types.ListMembersByBadgeOptions | None = None
    ) -> _types.ListMembersResponse:
        """List members by badge: ``GET /members/v3/badges/{id}/members``.

        Permissions: ``BADGES.BADGE_READ_MEMBERS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.ListMembersResponse",
            await call(
                self._requester,
                _LIST_MEMBERS_BY_BADGE,
                {"id": id, **_fields.pick(options, "paging")},
            ),
        )

    async def unassign_badge(
        self, id: str, member_ids: Sequence[str]
    ) -> _types.UnassignBadgeResponse:
        """Unassign badge: ``DELETE /members/v3/badges/{id}/members``.

        Permissions: ``BADGES.BADGE_ASSIGN``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UnassignBadgeResponse",
            await call(self._requester, _UNASSIGN_BADGE, {"id": id, "memberIds": member_ids}),
        )

    async def update_badge(self, id: str, badge: _types.Badge) -> _types.UpdateBadgeResponse:
        """Update badge: ``PATCH /members/v3/badges/{badge.id}``.

        Permissions: ``BADGES.BADGE_UPDATE``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateBadgeResponse",
            await call(self._requester, _UPDATE_BADGE, {"badge": {**badge, "id": id}}),
        )

    async def update_badges_display_order(
        self, badge_ids: Sequence[str]
    ) -> _types.UpdateBadgesDisplayOrderResponse:
        """Update badges display order: ``PATCH /members/v3/badges/order``.

        Permissions: ``BADGES.BADGE_UPDATE_DISPLAY_ORDER``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateBadgesDisplayOrderResponse",
            await call(self._requester, _UPDATE_BADGES_DISPLAY_ORDER, {"badgeIds": badge_ids}),
        )


def bind(client: Requester) -> Badges:
    """The ``badges`` module for ``client``'s visitor."""
    return Badges(client)
