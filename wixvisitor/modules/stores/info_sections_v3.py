# File generated from @wix/auto_sdk_stores_info-sections-v-3 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""The ``infoSectionsV3`` module of ``@wix/stores`` (11 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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
        self, info_sections: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create info sections: ``POST /stores/v3/bulk/info-sections/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_INFO_SECTIONS,
            {"infoSections": info_sections, **_fields.pick(options, "returnEntity")},
        )

    async def bulk_delete_info_sections(self, info_section_ids: list[str]) -> dict[str, Any]:
        """Bulk delete info sections: ``POST /stores/v3/bulk/info-sections/delete``."""
        return await call(
            self._requester, _BULK_DELETE_INFO_SECTIONS, {"infoSectionIds": info_section_ids}
        )

    async def bulk_get_or_create_info_sections(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk get or create info sections: ``POST``.

        ``/stores/v3/bulk/info-sections/get-or-create``
        """
        return await call(
            self._requester,
            _BULK_GET_OR_CREATE_INFO_SECTIONS,
            {**_fields.pick(options, "infoSections", "fields")},
        )

    async def bulk_update_info_sections(
        self, info_sections: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update info sections: ``POST /stores/v3/bulk/info-sections/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_INFO_SECTIONS,
            {"infoSections": info_sections, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def count_info_sections(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Count info sections: ``POST /stores/v3/info-sections/count``."""
        return await call(
            self._requester, _COUNT_INFO_SECTIONS, {**_fields.pick(options, "filter")}
        )

    async def create_info_section(self, info_section: Mapping[str, Any]) -> dict[str, Any]:
        """Create info section: ``POST /stores/v3/info-sections``."""
        return await call(self._requester, _CREATE_INFO_SECTION, {"infoSection": info_section})

    async def delete_info_section(self, info_section_id: str) -> dict[str, Any]:
        """Delete info section: ``DELETE /stores/v3/info-sections/{infoSectionId}``."""
        return await call(self._requester, _DELETE_INFO_SECTION, {"infoSectionId": info_section_id})

    async def get_info_section(
        self, info_section_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get info section: ``GET /stores/v3/info-sections/{infoSectionId}``."""
        return await call(
            self._requester,
            _GET_INFO_SECTION,
            {"infoSectionId": info_section_id, **_fields.pick(options, "fields")},
        )

    async def get_or_create_info_section(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get or create info section: ``POST /stores/v3/info-sections/get-or-create``."""
        return await call(
            self._requester,
            _GET_OR_CREATE_INFO_SECTION,
            {**_fields.pick(options, "infoSection", "fields")},
        )

    def query_info_sections(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query info sections: ``GET /stores/v3/info-sections/query``."""
        return QueryBuilder(self._requester, _QUERY_INFO_SECTIONS, options)

    async def update_info_section(
        self, id: str, info_section: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update info section: ``PATCH /stores/v3/info-sections/{infoSection.id}``."""
        return await call(
            self._requester,
            _UPDATE_INFO_SECTION,
            {"infoSection": {**info_section, "id": id}, **_fields.pick(options, "fields")},
        )


def bind(client: Requester) -> InfoSectionsV3:
    """The ``infoSectionsV3`` module for ``client``'s visitor."""
    return InfoSectionsV3(client)
