# File generated from @wix/auto_sdk_members_custom-fields 1.0.62
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customFields`` module of ``@wix/members`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import custom_fields as _types

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

    async def create_custom_field(
        self, field: _types.CustomField
    ) -> _types.CreateCustomFieldResponse:
        """Create custom field: ``POST /members/v1/custom-fields``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_CREATE``.
        Callable by: ``APP``.
        Application errors: ``INCORRECT_FIELD_TYPE``, ``INCORRECT_FIELD_PRIVACY``,
        ``INVALID_FIELD_SOCIAL_TYPE``.
        """
        return cast(
            "_types.CreateCustomFieldResponse",
            await call(self._requester, _CREATE_CUSTOM_FIELD, {"field": field}),
        )

    async def delete_custom_field(self, id: str, revision: str) -> _types.DeleteCustomFieldResponse:
        """Delete custom field: ``DELETE /members/v1/custom-fields/{id}``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCustomFieldResponse",
            await call(self._requester, _DELETE_CUSTOM_FIELD, {"id": id, "revision": revision}),
        )

    async def get_custom_field(self, id: str) -> _types.GetCustomFieldResponse:
        """Get custom field: ``GET /members/v1/custom-fields/{id}``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCustomFieldResponse",
            await call(self._requester, _GET_CUSTOM_FIELD, {"id": id}),
        )

    async def hide_custom_field(self, id: str, revision: str) -> _types.HideCustomFieldResponse:
        """Hide custom field: ``POST /members/v1/custom-fields/{id}/hide``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_HIDE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.HideCustomFieldResponse",
            await call(self._requester, _HIDE_CUSTOM_FIELD, {"id": id, "revision": revision}),
        )

    async def list_custom_fields(
        self, options: _types.ListCustomFieldsOptions | None = None
    ) -> _types.ListCustomFieldsResponse:
        """List custom fields: ``GET /members/v1/custom-fields``."""
        return cast(
            "_types.ListCustomFieldsResponse",
            await call(self._requester, _LIST_CUSTOM_FIELDS, {**_fields.pick(options, "paging")}),
        )

    async def update_custom_field(
        self, id: str, field: _types.CustomField
    ) -> _types.UpdateCustomFieldResponse:
        """Update custom field: ``PATCH /members/v1/custom-fields/{field.id}``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_UPDATE``.
        Callable by: ``APP``.
        Application errors: ``INCORRECT_FIELD_PRIVACY``, ``INVALID_FIELD_SOCIAL_TYPE``,
        ``RESERVED_FIELD_NAME_NON_EDITABLE``.
        """
        return cast(
            "_types.UpdateCustomFieldResponse",
            await call(self._requester, _UPDATE_CUSTOM_FIELD, {"field": {**field, "id": id}}),
        )

    async def update_custom_fields_order(
        self, field_ids: Sequence[str], options: _types.UpdateCustomFieldsOrderOptions | None = None
    ) -> _types.UpdateCustomFieldsOrderResponse:
        """Update custom fields order: ``POST /members/v1/custom-fields/order``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCustomFieldsOrderResponse",
            await call(
                self._requester,
                _UPDATE_CUSTOM_FIELDS_ORDER,
                {"fieldIds": field_ids, **_fields.pick(options, "section")},
            ),
        )


def bind(client: Requester) -> CustomFields:
    """The ``customFields`` module for ``client``'s visitor."""
    return CustomFields(client)
