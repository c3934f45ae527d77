# File generated from @wix/auto_sdk_members_custom-fields 1.0.62
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customFields`` module of ``@wix/members`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_CREATE_CUSTOM_FIELD = Route(
    "POST",
    "/members/v1/custom-fields",
    "com.wixpress.members.customfields.CustomFields.CreateCustomField",
)
_DELETE_CUSTOM_FIELD = Route(
    "DELETE",
    "/members/v1/custom-fields/{id}",
    "com.wixpress.members.customfields.CustomFields.DeleteCustomField",
    path_params=("id",),
)
_GET_CUSTOM_FIELD = Route(
    "GET",
    "/members/v1/custom-fields/{id}",
    "com.wixpress.members.customfields.CustomFields.GetCustomField",
    path_params=("id",),
)
_HIDE_CUSTOM_FIELD = Route(
    "POST",
    "/members/v1/custom-fields/{id}/hide",
    "com.wixpress.members.customfields.CustomFields.HideCustomField",
    path_params=("id",),
)
_LIST_CUSTOM_FIELDS = Route(
    "GET",
    "/members/v1/custom-fields",
    "com.wixpress.members.customfields.CustomFields.ListCustomFields",
)
_UPDATE_CUSTOM_FIELD = Route(
    "PATCH",
    "/members/v1/custom-fields/{field.id}",
    "com.wixpress.members.customfields.CustomFields.UpdateCustomField",
    path_params=("field.id",),
)
_UPDATE_CUSTOM_FIELDS_ORDER = Route(
    "POST",
    "/members/v1/custom-fields/order",
    "com.wixpress.members.customfields.CustomFields.UpdateCustomFieldsOrder",
)


class CustomFields(Module):
    """``customFields`` of ``@wix/members``: ``custom_fields = members.custom_fields.bind(wix)``."""

    __slots__ = ()

    async def create_custom_field(self, field: Mapping[str, Any]) -> dict[str, Any]:
        """Create custom field: ``POST /members/v1/custom-fields``."""
        return await call(self._requester, _CREATE_CUSTOM_FIELD, {"field": field})

    async def delete_custom_field(self, id: str, revision: str) -> dict[str, Any]:
        """Delete custom field: ``DELETE /members/v1/custom-fields/{id}``."""
        return await call(self._requester, _DELETE_CUSTOM_FIELD, {"id": id, "revision": revision})

    async def get_custom_field(self, id: str) -> dict[str, Any]:
        """Get custom field: ``GET /members/v1/custom-fields/{id}``."""
        return await call(self._requester, _GET_CUSTOM_FIELD, {"id": id})

    async def hide_custom_field(self, id: str, revision: str) -> dict[str, Any]:
        """Hide custom field: ``POST /members/v1/custom-fields/{id}/hide``."""
        return await call(self._requester, _HIDE_CUSTOM_FIELD, {"id": id, "revision": revision})

    async def list_custom_fields(self, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """List custom fields: ``GET /members/v1/custom-fields``."""
        return await call(self._requester, _LIST_CUSTOM_FIELDS, {**_fields.pick(options, "paging")})

    async def update_custom_field(self, id: str, field: Mapping[str, Any]) -> dict[str, Any]:
        """Update custom field: ``PATCH /members/v1/custom-fields/{field.id}``."""
        return await call(self._requester, _UPDATE_CUSTOM_FIELD, {"field": {**field, "id": id}})

    async def update_custom_fields_order(
        self, field_ids: list[str], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Update custom fields order: ``POST /members/v1/custom-fields/order``."""
        return await call(
            self._requester,
            _UPDATE_CUSTOM_FIELDS_ORDER,
            {"fieldIds": field_ids, **_fields.pick(options, "section")},
        )


def bind(client: Requester) -> CustomFields:
    """The ``customFields`` module for ``client``'s visitor."""
    return CustomFields(client)
