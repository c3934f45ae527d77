# File generated from @wix/auto_sdk_stores_info-sections-v-3 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``infoSectionsV3`` module of ``@wix/stores`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import info_sections_v3 as _types

_BULK_CREATE_INFO_SECTIONS = Route(
    "POST",
    "/stores/v3/bulk/info-sections/create",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.BulkCreateInfoSections",
)
_BULK_DELETE_INFO_SECTIONS = Route(
    "POST",
    "/stores/v3/bulk/info-sections/delete",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.BulkDeleteInfoSections",
)
_BULK_GET_OR_CREATE_INFO_SECTIONS = Route(
    "POST",
    "/stores/v3/bulk/info-sections/get-or-create",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.BulkGetOrCreateInfoSections",
)
_BULK_UPDATE_INFO_SECTIONS = Route(
    "POST",
    "/stores/v3/bulk/info-sections/update",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.BulkUpdateInfoSections",
)
_COUNT_INFO_SECTIONS = Route(
    "POST",
    "/stores/v3/info-sections/count",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.CountInfoSections",
)
_CREATE_INFO_SECTION = Route(
    "POST",
    "/stores/v3/info-sections",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.CreateInfoSection",
)
_DELETE_INFO_SECTION = Route(
    "DELETE",
    "/stores/v3/info-sections/{infoSectionId}",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.DeleteInfoSection",
    path_params=("infoSectionId",),
)
_GET_INFO_SECTION = Route(
    "GET",
    "/stores/v3/info-sections/{infoSectionId}",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.GetInfoSection",
    path_params=("infoSectionId",),
)
_GET_OR_CREATE_INFO_SECTION = Route(
    "POST",
    "/stores/v3/info-sections/get-or-create",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.GetOrCreateInfoSection",
)
_QUERY_INFO_SECTIONS = Query(
    Route(
        "GET",
        "/stores/v3/info-sections/query",
        "com.wix.stores.catalog.info.section.v3.InfoSectionsService.QueryInfoSections",
        complex=True,
        fallback=True,
    ),
    items="infoSections",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_UPDATE_INFO_SECTION = Route(
    "PATCH",
    "/stores/v3/info-sections/{infoSection.id}",
    "com.wix.stores.catalog.info.section.v3.InfoSectionsService.UpdateInfoSection",
    path_params=("infoSection.id",),
)


class InfoSectionsV3(Module):
    """``infoSectionsV3`` of ``@wix/stores``: ``stores.info_sections_v3.bind(wix)``."""

    __slots__ = ()

    async def bulk_create_info_sections(
        self,
        info_sections: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateInfoSectionsOptions | None = None,
    ) -> _types.BulkCreateInfoSectionsResponse:
        """Bulk create info sections: ``POST /stores/v3/bulk/info-sections/create``.

        Permissions: ``WIX_STORES.INFO_SECTION_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateInfoSectionsResponse",
            await call(
                self._requester,
                _BULK_CREATE_INFO_SECTIONS,
                {"infoSections": info_sections, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_delete_info_sections(
        self, info_section_ids: Sequence[str]
    ) -> _types.BulkDeleteInfoSectionsResponse:
        """Bulk delete info sections: ``POST /stores/v3/bulk/info-sections/delete``.

        Permissions: ``WIX_STORES.INFO_SECTION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteInfoSectionsResponse",
            await call(
                self._requester, _BULK_DELETE_INFO_SECTIONS, {"infoSectionIds": info_section_ids}
            ),
        )

    async def bulk_get_or_create_info_sections(
        self, options: _types.BulkGetOrCreateInfoSectionsOptions | None = None
    ) -> _types.BulkGetOrCreateInfoSectionsResponse:
        """Bulk get or create info sections: ``POST /stores/v3/bulk/info-sections/get-or-create``.

        Permissions: ``WIX_STORES.INFO_SECTION_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkGetOrCreateInfoSectionsResponse",
            await call(
                self._requester,
                _BULK_GET_OR_CREATE_INFO_SECTIONS,
                {**_fields.pick(options, "infoSections", "fields")},
            ),
        )

    async def bulk_update_info_sections(
        self,
        info_sections: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateInfoSectionsOptions | None = None,
    ) -> _types.BulkUpdateInfoSectionsResponse:
        """Bulk update info sections: ``POST /stores/v3/bulk/info-sections/update``.

        Permissions: ``WIX_STORES.INFO_SECTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkUpdateInfoSectionsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_INFO_SECTIONS,
                {"infoSections": info_sections, **_fields.pick(options, "returnEntity", "fields")},
            ),
        )

    async def count_info_sections(
        self, options: _types.CountInfoSectionsOptions | None = None
    ) -> _types.CountInfoSectionsResponse:
        """Count info sections: ``POST /stores/v3/info-sections/count``.

        Permissions: ``WIX_STORES.INFO_SECTION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountInfoSectionsResponse",
            await call(self._requester, _COUNT_INFO_SECTIONS, {**_fields.pick(options, "filter")}),
        )

    async def create_info_section(
        self, info_section: _types.InfoSection
    ) -> _types.CreateInfoSectionResponse:
        """Create info section: ``POST /stores/v3/info-sections``.

        Permissions: ``WIX_STORES.INFO_SECTION_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateInfoSectionResponse",
            await call(self._requester, _CREATE_INFO_SECTION, {"infoSection": info_section}),
        )

    async def delete_info_section(self, info_section_id: str) -> _types.DeleteInfoSectionResponse:
        """Delete info section: ``DELETE /stores/v3/info-sections/{infoSectionId}``.

        Permissions: ``WIX_STORES.INFO_SECTION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteInfoSectionResponse",
            await call(self._requester, _DELETE_INFO_SECTION, {"infoSectionId": info_section_id}),
        )

    async def get_info_section(
        self, info_section_id: str, options: _types.GetInfoSectionOptions | None = None
    ) -> _types.GetInfoSectionResponse:
        """Get info section: ``GET /stores/v3/info-sections/{infoSectionId}``.

        Permissions: ``WIX_STORES.INFO_SECTION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetInfoSectionResponse",
            await call(
                self._requester,
                _GET_INFO_SECTION,
                {"infoSectionId": info_section_id, **_fields.pick(options, "fields")},
            ),
        )

    async def get_or_create_info_section(
        self, options: _types.GetOrCreateInfoSectionOptions | None = None
    ) -> _types.GetOrCreateInfoSectionResponse:
        """Get or create info section: ``POST /stores/v3/info-sections/get-or-create``.

        Permissions: ``WIX_STORES.INFO_SECTION_GET_OR_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetOrCreateInfoSectionResponse",
            await call(
                self._requester,
                _GET_OR_CREATE_INFO_SECTION,
                {**_fields.pick(options, "infoSection", "fields")},
            ),
        )

    def query_info_sections(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.InfoSection]:
        """Query info sections: ``GET /stores/v3/info-sections/query``.

        Permissions: ``WIX_STORES.INFO_SECTION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_INFO_SECTIONS, options)

    async def update_info_section(
        self,
        id: str,
        info_section: _types.InfoSection,
        options: _types.UpdateInfoSectionOptions | None = None,
    ) -> _types.UpdateInfoSectionResponse:
        """Update info section: ``PATCH /stores/v3/info-sections/{infoSection.id}``.

        Permissions: ``WIX_STORES.INFO_SECTION_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateInfoSectionResponse",
            await call(
                self._requester,
                _UPDATE_INFO_SECTION,
                {"infoSection": {**info_section, "id": id}, **_fields.pick(options, "fields")},
            ),
        )


def bind(client: Requester) -> InfoSectionsV3:
    """The ``infoSectionsV3`` module for ``client``'s visitor."""
    return InfoSectionsV3(client)
