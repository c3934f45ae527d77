# File generated from @wix/auto_sdk_stores_promotions-v-3 1.0.5
# by `make apigen` (tools/apigen). Do not edit.
"""The ``promotionsV3`` module of ``@wix/stores`` (12 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import promotions_v3 as _types

_BULK_CREATE_PROMOTIONS = Route(
    "POST",
    "/stores/v3/bulk/promotions/create",
    "wix.stores.catalog.promotion.v3.PromotionsService.BulkCreatePromotions",
)
_BULK_DELETE_PROMOTIONS = Route(
    "POST",
    "/stores/v3/bulk/promotions/delete",
    "wix.stores.catalog.promotion.v3.PromotionsService.BulkDeletePromotions",
)
_BULK_UPDATE_PROMOTION_TAGS = Route(
    "POST",
    "/stores/v3/bulk/promotions/update-tags",
    "wix.stores.catalog.promotion.v3.PromotionsService.BulkUpdatePromotionTags",
)
_BULK_UPDATE_PROMOTION_TAGS_BY_FILTER = Route(
    "POST",
    "/stores/v3/bulk/promotions/update-tags-by-filter",
    "wix.stores.catalog.promotion.v3.PromotionsService.BulkUpdatePromotionTagsByFilter",
)
_BULK_UPDATE_PROMOTIONS = Route(
    "POST",
    "/stores/v3/bulk/promotions/update",
    "wix.stores.catalog.promotion.v3.PromotionsService.BulkUpdatePromotions",
)
_CREATE_PROMOTION = Route(
    "POST",
    "/stores/v3/promotions",
    "wix.stores.catalog.promotion.v3.PromotionsService.CreatePromotion",
)
_DELETE_PROMOTION = Route(
    "DELETE",
    "/stores/v3/promotions/{promotionId}",
    "wix.stores.catalog.promotion.v3.PromotionsService.DeletePromotion",
    path_params=("promotionId",),
)
_GET_PROMOTION = Route(
    "GET",
    "/stores/v3/promotions/{promotionId}",
    "wix.stores.catalog.promotion.v3.PromotionsService.GetPromotion",
    path_params=("promotionId",),
)
_QUERY_PROMOTIONS = Query(
    Route(
        "GET",
        "/stores/v3/promotions/query",
        "wix.stores.catalog.promotion.v3.PromotionsService.QueryPromotions",
        complex=True,
        fallback=True,
    ),
    items="promotions",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_RESOLVE_PROMOTIONS = Route(
    "GET",
    "/stores/v3/promotions/resolve",
    "wix.stores.catalog.promotion.v3.PromotionsService.ResolvePromotions",
)
_SEARCH_PROMOTIONS = Route(
    "POST",
    "/stores/v3/promotions/search",
    "wix.stores.catalog.promotion.v3.PromotionsService.SearchPromotions",
)
_UPDATE_PROMOTION = Route(
    "PATCH",
    "/stores/v3/promotions/{promotion.id}",
    "wix.stores.catalog.promotion.v3.PromotionsService.UpdatePromotion",
    path_params=("promotion.id",),
)


class PromotionsV3(Module):
    """``promotionsV3`` of ``@wix/stores``: ``promotions_v3 = stores.promotions_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_promotions(
        self,
        promotions: Sequence[Mapping[str, Any]],
        options: _types.BulkCreatePromotionsOptions | None = None,
    ) -> _types.BulkCreatePromotionsResponse:
        """Bulk create promotions: ``POST /stores/v3/bulk/promotions/create``.

        Application errors: ``MEDIA_NOT_FOUND``, ``DUPLICATE_CATEGORY_ASSIGNMENT``,
        ``PROMOTIONS_LIMIT_EXCEEDED``.
        """
        return cast(
            "_types.BulkCreatePromotionsResponse",
            await call(
                self._requester,
                _BULK_CREATE_PROMOTIONS,
                {"promotions": promotions, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_promotions(
        self, promotion_ids: Sequence[str]
    ) -> _types.BulkDeletePromotionsResponse:
        """Bulk delete promotions: ``POST /stores/v3/bulk/promotions/delete``."""
        return cast(
            "_types.BulkDeletePromotionsResponse",
            await call(self._requester, _BULK_DELETE_PROMOTIONS, {"promotionIds": promotion_ids}),
        )

    async def bulk_update_promotion_tags(
        self,
        promotion_ids: Sequence[str],
        options: _types.BulkUpdatePromotionTagsOptions | None = None,
    ) -> _types.BulkUpdatePromotionTagsResponse:
        """Bulk update promotion tags: ``POST /stores/v3/bulk/promotions/update-tags``.

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdatePromotionTagsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PROMOTION_TAGS,
                {
                    "promotionIds": promotion_ids,
                    **_fields.pick(options, "assignTags", "unassignTags", "returnEntity"),
                },
            ),
        )

    async def bulk_update_promotion_tags_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.BulkUpdatePromotionTagsByFilterOptions | None = None,
    ) -> _types.BulkUpdatePromotionTagsByFilterResponse:
        """Bulk update promotion tags by filter: ``POST``.

        ``/stores/v3/bulk/promotions/update-tags-by-filter``

        Application errors: ``EMPTY_ASSIGN_AND_UNASSIGN_LISTS``.
        """
        return cast(
            "_types.BulkUpdatePromotionTagsByFilterResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PROMOTION_TAGS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "assignTags", "unassignTags")},
            ),
        )

    async def bulk_update_promotions(
        self,
        promotions: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdatePromotionsOptions | None = None,
    ) -> _types.BulkUpdatePromotionsResponse:
        """Bulk update promotions: ``POST /stores/v3/bulk/promotions/update``.

        Application errors: ``MEDIA_NOT_FOUND``, ``DUPLICATE_CATEGORY_ASSIGNMENT``,
        ``MEDIA_REMOVAL_NOT_ALLOWED``.
        """
        return cast(
            "_types.BulkUpdatePromotionsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_PROMOTIONS,
                {"promotions": promotions, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def create_promotion(self, promotion: _types.Promotion) -> _types.CreatePromotionResponse:
        """Create promotion: ``POST /stores/v3/promotions``.

        Application errors: ``MEDIA_NOT_FOUND``, ``DUPLICATE_CATEGORY_ASSIGNMENT``,
        ``PROMOTIONS_LIMIT_EXCEEDED``.
        """
        return cast(
            "_types.CreatePromotionResponse",
            await call(self._requester, _CREATE_PROMOTION, {"promotion": promotion}),
        )

    async def delete_promotion(self, promotion_id: str) -> _types.DeletePromotionResponse:
        """Delete promotion: ``DELETE /stores/v3/promotions/{promotionId}``."""
        return cast(
            "_types.DeletePromotionResponse",
            await call(self._requester, _DELETE_PROMOTION, {"promotionId": promotion_id}),
        )

    async def get_promotion(self, promotion_id: str) -> _types.GetPromotionResponse:
        """Get promotion: ``GET /stores/v3/promotions/{promotionId}``."""
        return cast(
            "_types.GetPromotionResponse",
            await call(self._requester, _GET_PROMOTION, {"promotionId": promotion_id}),
        )

    def query_promotions(self) -> QueryBuilder[_types.Promotion]:
        """Query promotions: ``GET /stores/v3/promotions/query``."""
        return QueryBuilder(self._requester, _QUERY_PROMOTIONS)

    async def resolve_promotions(self, category_id: str) -> _types.ResolvePromotionsResponse:
        """Resolve promotions: ``GET /stores/v3/promotions/resolve``.

        Application errors: ``CATEGORY_NOT_FOUND``.
        """
        return cast(
            "_types.ResolvePromotionsResponse",
            await call(self._requester, _RESOLVE_PROMOTIONS, {"categoryId": category_id}),
        )

    async def search_promotions(
        self, search: _types.CursorSearch
    ) -> _types.SearchPromotionsResponse:
        """Search promotions: ``POST /stores/v3/promotions/search``.

        Permissions: ``stores:catalog:v3:promotion:search_promotions``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchPromotionsResponse",
            await call(self._requester, _SEARCH_PROMOTIONS, {"search": search}),
        )

    async def update_promotion(
        self, id: str, promotion: _types.Promotion
    ) -> _types.UpdatePromotionResponse:
        """Update promotion: ``PATCH /stores/v3/promotions/{promotion.id}``.

        Application errors: ``MEDIA_NOT_FOUND``, ``DUPLICATE_CATEGORY_ASSIGNMENT``,
        ``MEDIA_REMOVAL_NOT_ALLOWED``.
        """
        return cast(
            "_types.UpdatePromotionResponse",
            await call(self._requester, _UPDATE_PROMOTION, {"promotion": {**promotion, "id": id}}),
        )


def bind(client: Requester) -> PromotionsV3:
    """The ``promotionsV3`` module for ``client``'s visitor."""
    return PromotionsV3(client)
