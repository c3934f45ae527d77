# File generated from @wix/auto_sdk_members_badges-v-2 1.0.39
# by `make apigen` (tools/apigen). Do not edit.
"""The ``badgesV2`` module of ``@wix/members`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import badges_v2 as _types

_CREATE_BADGE = Route("POST", "/badges/v4/badges", "wix.badges.v4.Badges.CreateBadge")
_DELETE_BADGE = Route(
    "DELETE",
    "/badges/v4/badges/{badgeId}",
    "wix.badges.v4.Badges.DeleteBadge",
    path_params=("badgeId",),
)
_GET_BADGE = Route(
    "GET", "/badges/v4/badges/{badgeId}", "wix.badges.v4.Badges.GetBadge", path_params=("badgeId",)
)
_MOVE_BADGE = Route(
    "POST",
    "/badges/v4/badges/{badgeId}/move",
    "wix.badges.v4.Badges.MoveBadge",
    path_params=("badgeId",),
)
_QUERY_BADGES = Query(
    Route("POST", "/badges/v4/badges/query", "wix.badges.v4.Badges.QueryBadges"),
    items="badges",
    paging="OFFSET",
    metadata="pagingMetadata",
)
_UPDATE_BADGE = Route(
    "PATCH",
    "/badges/v4/badges/{badge.id}",
    "wix.badges.v4.Badges.UpdateBadge",
    path_params=("badge.id",),
)
_UPDATE_BADGES_DISPLAY_ORDER = Route(
    "POST", "/badges/v4/badges/order", "wix.badges.v4.Badges.UpdateBadgesDisplayOrder"
)


class BadgesV2(Module):
    """``badgesV2`` of ``@wix/members``: ``badges_v2 = members.badges_v2.bind(wix)``."""

    __slots__ = ()

    async def create_badge(self, badge: _types.Badge) -> _types.CreateBadgeResponse:
        """Create badge: ``POST /badges/v4/badges``.

        Permissions: ``BADGES.BADGE_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateBadgeResponse",
            await call(self._requester, _CREATE_BADGE, {"badge": badge}),
        )

    async def delete_badge(self, badge_id: str) -> _types.DeleteBadgeResponse:
        """Delete badge: ``DELETE /badges/v4/badges/{badgeId}``.

        Permissions: ``BADGES.BADGE_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteBadgeResponse",
            await call(self._requester, _DELETE_BADGE, {"badgeId": badge_id}),
        )

    async def get_badge(self, badge_id: str) -> _types.GetBadgeResponse:
        """Get badge: ``GET /badges/v4/badges/{badgeId}``.

        Permissions: ``BADGES.BADGE_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetBadgeResponse",
            await call(self._requester, _GET_BADGE, {"badgeId": badge_id}),
        )

    async def move_badge(
        self, badge_id: str, options: _types.MoveBadgeOptions | None = None
    ) -> _types.MoveBadgeResponse:
        """Move badge: ``POST /badges/v4/badges/{badgeId}/move``.

        Permissions: ``BADGES.BADGE_UPDATE_DISPLAY_ORDER``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.MoveBadgeResponse",
            await call(
                self._requester,
                _MOVE_BADGE,
                {"badgeId": badge_id, **_fields.pick(options, "position", "moveAfterBadgeId")},
            ),
        )

    def query_badges(self) -> QueryBuilder[_types.Badge]:
        """Query badges: ``POST /badges/v4/badges/query``.

        Permissions: ``BADGES.BADGE_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_BADGES)

    async def update_badge(self, id: str, badge: _types.Badge) -> _types.UpdateBadgeResponse:
        """Update badge: ``PATCH /badges/v4/badges/{badge.id}``.

        Permissions: ``BADGES.BADGE_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateBadgeResponse",
            await call(self._requester, _UPDATE_BADGE, {"badge": {**badge, "id": id}}),
        )

    async def update_badges_display_order(
        self, ids: Sequence[str]
    ) -> _types.UpdateBadgesDisplayOrderResponse:
        """Update badges display order: ``POST /badges/v4/badges/order``.

        Permissions: ``BADGES.BADGE_UPDATE_DISPLAY_ORDER``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.UpdateBadgesDisplayOrderResponse",
            await call(self._requester, _UPDATE_BADGES_DISPLAY_ORDER, {"ids": ids}),
        )


def bind(client: Requester) -> BadgesV2:
    """The ``badgesV2`` module for ``client``'s visitor."""
    return BadgesV2(client)
