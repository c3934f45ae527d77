# File generated from @wix/auto_sdk_stores_customizations-v-3 1.0.99
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customizationsV3`` module of ``@wix/stores`` (14 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

_ADD_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/customizations/{customizationId}/add-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.AddCustomizationChoices",
    path_params=("customizationId",),
)
_BULK_ADD_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/bulk/customizations/add-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.BulkAddCustomizationChoices",
)
_BULK_CREATE_CUSTOMIZATIONS = Route(
    "POST",
    "/stores/v3/bulk/customizations/create",
    "wix.stores.catalog.customization.v3.CustomizationService.BulkCreateCustomizations",
)
_BULK_UPDATE_CUSTOMIZATIONS = Route(
    "POST",
    "/stores/v3/bulk/customizations/update",
    "wix.stores.catalog.customization.v3.CustomizationService.BulkUpdateCustomizations",
)
_COUNT_CUSTOMIZATIONS = Route(
    "POST",
    "/stores/v3/customizations/count",
    "wix.stores.catalog.customization.v3.CustomizationService.CountCustomizations",
)
_CREATE_CUSTOMIZATION = Route(
    "POST",
    "/stores/v3/customizations",
    "wix.stores.catalog.customization.v3.CustomizationService.CreateCustomization",
)
_DELETE_CUSTOMIZATION = Route(
    "DELETE",
    "/stores/v3/customizations/{customizationId}",
    "wix.stores.catalog.customization.v3.CustomizationService.DeleteCustomization",
    path_params=("customizationId",),
)
_GET_CUSTOMIZATION = Route(
    "GET",
    "/stores/v3/customizations/{customizationId}",
    "wix.stores.catalog.customization.v3.CustomizationService.GetCustomization",
    path_params=("customizationId",),
)
_QUERY_CUSTOMIZATIONS = Query(
    Route(
        "GET",
        "/stores/v3/customizations/query",
        "wix.stores.catalog.customization.v3.CustomizationService.QueryCustomizations",
        complex=True,
        fallback=True,
    ),
    items="customizations",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REMOVE_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/customizations/{customizationId}/remove-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.RemoveCustomizationChoices",
    path_params=("customizationId",),
)
_REORDER_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/customizations/{customizationId}/reorder-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.ReorderCustomizationChoices",
    path_params=("customizationId",),
)
_SET_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/customizations/{customizationId}/set-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.SetCustomizationChoices",
    path_params=("customizationId",),
)
_UPDATE_CUSTOMIZATION = Route(
    "PATCH",
    "/stores/v3/customizations/{customization.id}",
    "wix.stores.catalog.customization.v3.CustomizationService.UpdateCustomization",
    path_params=("customization.id",),
)
_UPDATE_CUSTOMIZATION_CHOICES = Route(
    "POST",
    "/stores/v3/customizations/{customizationId}/update-choices",
    "wix.stores.catalog.customization.v3.CustomizationService.UpdateCustomizationChoices",
    path_params=("customizationId",),
)


class CustomizationsV3(Module):
    """``customizationsV3`` of ``@wix/stores``: ``stores.customizations_v3.bind(wix)``."""

    __slots__ = ()

    async def add_customization_choices(
        self,
        customization_id: str,
        choices: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Add customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/add-choices``
        """
        return await call(
            self._requester,
            _ADD_CUSTOMIZATION_CHOICES,
            {
                "customizationId": customization_id,
                "choices": choices,
                **_fields.pick(options, "fields"),
            },
        )

    async def bulk_add_customization_choices(
        self,
        customizations_choices: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Bulk add customization choices: ``POST /stores/v3/bulk/customizations/add-choices``."""
        return await call(
            self._requester,
            _BULK_ADD_CUSTOMIZATION_CHOICES,
            {
                "customizationsChoices": customizations_choices,
                **_fields.pick(options, "returnEntity", "fields"),
            },
        )

    async def bulk_create_customizations(
        self, customizations: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk create customizations: ``POST /stores/v3/bulk/customizations/create``."""
        return await call(
            self._requester,
            _BULK_CREATE_CUSTOMIZATIONS,
            {"customizations": customizations, **_fields.pick(options, "returnEntity")},
        )

    async def bulk_update_customizations(
        self, customizations: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Bulk update customizations: ``POST /stores/v3/bulk/customizations/update``."""
        return await call(
            self._requester,
            _BULK_UPDATE_CUSTOMIZATIONS,
            {"customizations": customizations, **_fields.pick(options, "returnEntity", "fields")},
        )

    async def count_customizations(
        self, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Count customizations: ``POST /stores/v3/customizations/count``."""
        return await call(
            self._requester, _COUNT_CUSTOMIZATIONS, {**_fields.pick(options, "filter")}
        )

    async def create_customization(self, customization: Mapping[str, Any]) -> dict[str, Any]:
        """Create customization: ``POST /stores/v3/customizations``."""
        return await call(self._requester, _CREATE_CUSTOMIZATION, {"customization": customization})

    async def delete_customization(self, customization_id: str) -> dict[str, Any]:
        """Delete customization: ``DELETE /stores/v3/customizations/{customizationId}``."""
        return await call(
            self._requester, _DELETE_CUSTOMIZATION, {"customizationId": customization_id}
        )

    async def get_customization(
        self, customization_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get customization: ``GET /stores/v3/customizations/{customizationId}``."""
        return await call(
            self._requester,
            _GET_CUSTOMIZATION,
            {"customizationId": customization_id, **_fields.pick(options, "fields")},
        )

    def query_customizations(self, options: Mapping[str, Any] | None = None) -> QueryBuilder:
        """Query customizations: ``GET /stores/v3/customizations/query``."""
        return QueryBuilder(self._requester, _QUERY_CUSTOMIZATIONS, options)

    async def remove_customization_choices(
        self, customization_id: str, choice_ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Remove customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/remove-choices``
        """
        return await call(
            self._requester,
            _REMOVE_CUSTOMIZATION_CHOICES,
            {
                "customizationId": customization_id,
                "choiceIds": choice_ids,
                **_fields.pick(options, "revision", "fields"),
            },
        )

    async def reorder_customization_choices(
        self, customization_id: str, revision: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Reorder customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/reorder-choices``
        """
        return await call(
            self._requester,
            _REORDER_CUSTOMIZATION_CHOICES,
            {
                "customizationId": customization_id,
                "revision": revision,
                **_fields.pick(options, "choiceIds", "fields"),
            },
        )

    async def set_customization_choices(
        self,
        customization_id: str,
        choices: Sequence[Mapping[str, Any]],
        options: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Set customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/set-choices``
        """
        return await call(
            self._requester,
            _SET_CUSTOMIZATION_CHOICES,
            {
                "customizationId": customization_id,
                "choices": choices,
                **_fields.pick(options, "fields"),
            },
        )

    async def update_customization(
        self, id: str, customization: Mapping[str, Any], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update customization: ``PATCH /stores/v3/customizations/{customization.id}``."""
        return await call(
            self._requester,
            _UPDATE_CUSTOMIZATION,
            {"customization": {**customization, "id": id}, **_fields.pick(options, "fields")},
        )

    async def update_customization_choices(
        self, customization_id: str, revision: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/update-choices``
        """
        return await call(
            self._requester,
            _UPDATE_CUSTOMIZATION_CHOICES,
            {
                "customizationId": customization_id,
                "revision": revision,
                **_fields.pick(options, "choices", "fields"),
            },
        )


def bind(client: Requester) -> CustomizationsV3:
    """The ``customizationsV3`` module for ``client``'s visitor."""
    return CustomizationsV3(client)
