# File generated from @wix/auto_sdk_stores_customizations-v-3 1.0.99
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customizationsV3`` module of ``@wix/stores`` (14 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import customizations_v3 as _types

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
        options: _types.AddCustomizationChoicesOptions | None = None,
    ) -> _types.AddCustomizationChoicesResponse:
        """Add customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/add-choices``

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CHOICES_LIMIT_EXCEEDED``, ``DOESNT_SUPPORT_CHOICES``.
        """
        return cast(
            "_types.AddCustomizationChoicesResponse",
            await call(
                self._requester,
                _ADD_CUSTOMIZATION_CHOICES,
                {
                    "customizationId": customization_id,
                    "choices": choices,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def bulk_add_customization_choices(
        self,
        customizations_choices: Sequence[Mapping[str, Any]],
        options: _types.BulkAddCustomizationChoicesOptions | None = None,
    ) -> _types.BulkAddCustomizationChoicesResponse:
        """Bulk add customization choices: ``POST /stores/v3/bulk/customizations/add-choices``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CHOICES_LIMIT_EXCEEDED``, ``DOESNT_SUPPORT_CHOICES``.
        """
        return cast(
            "_types.BulkAddCustomizationChoicesResponse",
            await call(
                self._requester,
                _BULK_ADD_CUSTOMIZATION_CHOICES,
                {
                    "customizationsChoices": customizations_choices,
                    **_fields.pick(options, "returnEntity", "fields"),
                },
            ),
        )

    async def bulk_create_customizations(
        self,
        customizations: Sequence[Mapping[str, Any]],
        options: _types.BulkCreateCustomizationsOptions | None = None,
    ) -> _types.BulkCreateCustomizationsResponse:
        """Bulk create customizations: ``POST /stores/v3/bulk/customizations/create``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``MODIFIER_SETTINGS_NOT_SUPPORTED_FOR_PRODUCT_OPTION``,
        ``OPTIONS_LIMIT_EXCEEDED``, ``MODIFIERS_LIMIT_EXCEEDED``, ``DOESNT_SUPPORT_CHOICES``,
        ``CHOICES_LIMIT_EXCEEDED``.
        """
        return cast(
            "_types.BulkCreateCustomizationsResponse",
            await call(
                self._requester,
                _BULK_CREATE_CUSTOMIZATIONS,
                {"customizations": customizations, **_fields.pick(options, "returnEntity")},
            ),
        )

    async def bulk_update_customizations(
        self,
        customizations: Sequence[Mapping[str, Any]],
        options: _types.BulkUpdateCustomizationsOptions | None = None,
    ) -> _types.BulkUpdateCustomizationsResponse:
        """Bulk update customizations: ``POST /stores/v3/bulk/customizations/update``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_FREE_TEXT_SETTINGS``, ``DOESNT_SUPPORT_FREE_TEXT``,
        ``MODIFIER_SETTINGS_NOT_SUPPORTED_FOR_PRODUCT_OPTION``.
        """
        return cast(
            "_types.BulkUpdateCustomizationsResponse",
            await call(
                self._requester,
                _BULK_UPDATE_CUSTOMIZATIONS,
                {
                    "customizations": customizations,
                    **_fields.pick(options, "returnEntity", "fields"),
                },
            ),
        )

    async def count_customizations(
        self, options: _types.CountCustomizationsOptions | None = None
    ) -> _types.CountCustomizationsResponse:
        """Count customizations: ``POST /stores/v3/customizations/count``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountCustomizationsResponse",
            await call(self._requester, _COUNT_CUSTOMIZATIONS, {**_fields.pick(options, "filter")}),
        )

    async def create_customization(
        self, customization: _types.Customization
    ) -> _types.CreateCustomizationResponse:
        """Create customization: ``POST /stores/v3/customizations``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_CREATE``.
        Callable by: ``APP``.
        Application errors: ``OPTIONS_LIMIT_EXCEEDED``, ``MODIFIERS_LIMIT_EXCEEDED``,
        ``INVALID_CUSTOMIZATION_RENDER_TYPE``, ``INVALID_FREE_TEXT_SETTINGS``,
        ``MODIFIER_SETTINGS_NOT_SUPPORTED_FOR_PRODUCT_OPTION``.
        """
        return cast(
            "_types.CreateCustomizationResponse",
            await call(self._requester, _CREATE_CUSTOMIZATION, {"customization": customization}),
        )

    async def delete_customization(
        self, customization_id: str
    ) -> _types.DeleteCustomizationResponse:
        """Delete customization: ``DELETE /stores/v3/customizations/{customizationId}``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCustomizationResponse",
            await call(
                self._requester, _DELETE_CUSTOMIZATION, {"customizationId": customization_id}
            ),
        )

    async def get_customization(
        self, customization_id: str, options: _types.GetCustomizationOptions | None = None
    ) -> _types.GetCustomizationResponse:
        """Get customization: ``GET /stores/v3/customizations/{customizationId}``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCustomizationResponse",
            await call(
                self._requester,
                _GET_CUSTOMIZATION,
                {"customizationId": customization_id, **_fields.pick(options, "fields")},
            ),
        )

    def query_customizations(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.Customization]:
        """Query customizations: ``GET /stores/v3/customizations/query``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_CUSTOMIZATIONS, options)

    async def remove_customization_choices(
        self,
        customization_id: str,
        choice_ids: Sequence[str],
        options: _types.RemoveCustomizationChoicesOptions | None = None,
    ) -> _types.RemoveCustomizationChoicesResponse:
        """Remove customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/remove-choices``

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CHOICE_NOT_FOUND``, ``CHOICE_ASSIGNED_TO_PRODUCT``.
        """
        return cast(
            "_types.RemoveCustomizationChoicesResponse",
            await call(
                self._requester,
                _REMOVE_CUSTOMIZATION_CHOICES,
                {
                    "customizationId": customization_id,
                    "choiceIds": choice_ids,
                    **_fields.pick(options, "revision", "fields"),
                },
            ),
        )

    async def reorder_customization_choices(
        self,
        customization_id: str,
        revision: str,
        options: _types.ReorderCustomizationChoicesOptions | None = None,
    ) -> _types.ReorderCustomizationChoicesResponse:
        """Reorder customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/reorder-choices``

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DOESNT_SUPPORT_CHOICES``, ``CHOICE_IDS_MISMATCH``.
        """
        return cast(
            "_types.ReorderCustomizationChoicesResponse",
            await call(
                self._requester,
                _REORDER_CUSTOMIZATION_CHOICES,
                {
                    "customizationId": customization_id,
                    "revision": revision,
                    **_fields.pick(options, "choiceIds", "fields"),
                },
            ),
        )

    async def set_customization_choices(
        self,
        customization_id: str,
        choices: Sequence[Mapping[str, Any]],
        options: _types.SetCustomizationChoicesOptions | None = None,
    ) -> _types.SetCustomizationChoicesResponse:
        """Set customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/set-choices``

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``DOESNT_SUPPORT_CHOICES``, ``CHOICES_LIMIT_EXCEEDED``.
        """
        return cast(
            "_types.SetCustomizationChoicesResponse",
            await call(
                self._requester,
                _SET_CUSTOMIZATION_CHOICES,
                {
                    "customizationId": customization_id,
                    "choices": choices,
                    **_fields.pick(options, "fields"),
                },
            ),
        )

    async def update_customization(
        self,
        id: str,
        customization: _types.Customization,
        options: _types.UpdateCustomizationOptions | None = None,
    ) -> _types.UpdateCustomizationResponse:
        """Update customization: ``PATCH /stores/v3/customizations/{customization.id}``.

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``INVALID_FREE_TEXT_SETTINGS``, ``DOESNT_SUPPORT_FREE_TEXT``,
        ``MODIFIER_SETTINGS_NOT_SUPPORTED_FOR_PRODUCT_OPTION``.
        """
        return cast(
            "_types.UpdateCustomizationResponse",
            await call(
                self._requester,
                _UPDATE_CUSTOMIZATION,
                {"customization": {**customization, "id": id}, **_fields.pick(options, "fields")},
            ),
        )

    async def update_customization_choices(
        self,
        customization_id: str,
        revision: str,
        options: _types.UpdateCustomizationChoicesOptions | None = None,
    ) -> _types.UpdateCustomizationChoicesResponse:
        """Update customization choices: ``POST``.

        ``/stores/v3/customizations/{customizationId}/update-choices``

        Permissions: ``WIX_STORES.CUSTOMIZATION_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``CHOICE_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateCustomizationChoicesResponse",
            await call(
                self._requester,
                _UPDATE_CUSTOMIZATION_CHOICES,
                {
                    "customizationId": customization_id,
                    "revision": revision,
                    **_fields.pick(options, "choices", "fields"),
                },
            ),
        )


def bind(client: Requester) -> CustomizationsV3:
    """The ``customizationsV3`` module for ``client``'s visitor."""
    return CustomizationsV3(client)
