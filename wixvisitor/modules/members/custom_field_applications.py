# File generated from @wix/auto_sdk_members_custom-field-applications 1.0.43
# by `make apigen` (tools/apigen). Do not edit.
"""The ``customFieldApplications`` module of ``@wix/members`` (7 methods)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import custom_field_applications as _types

_CREATE_CUSTOM_FIELD_APPLICATION = Route(
    "POST",
    "/members/v1/custom-fields-applications",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.CreateCustomFieldApplication",
)
_DELETE_CUSTOM_FIELD_APPLICATION = Route(
    "DELETE",
    "/members/v1/custom-fields-applications/{customFieldId}",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.DeleteCustomFieldApplication",
    path_params=("customFieldId",),
)
_GET_CUSTOM_FIELD_APPLICATION = Route(
    "GET",
    "/members/v1/custom-fields-applications/{customFieldId}",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.GetCustomFieldApplication",
    path_params=("customFieldId",),
)
_GET_CUSTOM_FIELD_APPLICATIONS = Route(
    "POST",
    "/members/v1/custom-fields-applications/applications",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.GetCustomFieldApplications",
)
_GET_MEMBERS_CUSTOM_FIELD_APPLICATIONS = Route(
    "POST",
    "/members/v1/custom-fields-applications/members",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.GetMembersCustomFieldApplications",
)
_GET_ROLES_CUSTOM_FIELD_APPLICATIONS = Route(
    "POST",
    "/members/v1/custom-fields-applications/roles",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.GetRolesCustomFieldApplications",
)
_UPDATE_CUSTOM_FIELD_APPLICATION = Route(
    "PATCH",
    "/members/v1/custom-fields-applications/{application.customFieldId}",
    "com.wixpress.members.customfields.applications.CustomFieldApplications.UpdateCustomFieldApplication",
    path_params=("application.customFieldId",),
)


class CustomFieldApplications(Module):
    """``customFieldApplications`` of ``@wix/members``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def create_custom_field_application(
        self, application: _types.CustomFieldApplication
    ) -> _types.CreateCustomFieldApplicationResponse:
        """Create custom field application: ``POST /members/v1/custom-fields-applications``.

        Permissions: ``MEMBERS.CUSTOM_FIELDS_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateCustomFieldApplicationResponse",
            await call(
                self._requester, _CREATE_CUSTOM_FIELD_APPLICATION, {"application": application}
            ),
        )

    async def delete_custom_field_application(
        self, custom_field_id: str
    ) -> _types.DeleteCustomFieldApplicationResponse:
        """Delete custom field application: ``DELETE``.

        ``/members/v1/custom-fields-applications/{customFieldId}``

        Permissions: ``MEMBERS.CUSTOM_FIELDS_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteCustomFieldApplicationResponse",
            await call(
                self._requester,
                _DELETE_CUSTOM_FIELD_APPLICATION,
                {"customFieldId": custom_field_id},
            ),
        )

    async def get_custom_field_application(
        self, custom_field_id: str
    ) -> _types.GetCustomFieldApplicationResponse:
        """Get custom field application: ``GET``.

        ``/members/v1/custom-fields-applications/{customFieldId}``

        Permissions: ``MEMBERS.CUSTOM_FIELDS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCustomFieldApplicationResponse",
            await call(
                self._requester, _GET_CUSTOM_FIELD_APPLICATION, {"customFieldId": custom_field_id}
            ),
        )

    async def get_custom_field_applications(
        self, custom_field_ids: Sequence[str]
    ) -> _types.GetCustomFieldApplicationsResponse:
        """Get custom field applications: ``POST``.

        ``/members/v1/custom-fields-applications/applications``

        Permissions: ``MEMBERS.CUSTOM_FIELDS_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetCustomFieldApplicationsResponse",
            await call(
                self._requester,
                _GET_CUSTOM_FIELD_APPLICATIONS,
                {"customFieldIds": custom_field_ids},
            ),
        )

    async def get_members_custom_field_applications(
        self, member_ids: Sequence[str]
    ) -> _types.GetMembersCustomFieldApplicationsResponse:
        """Get members custom field applications: ``POST``.

        ``/members/v1/custom-fields-applications/members``
        """
        return cast(
            "_types.GetMembersCustomFieldApplicationsResponse",
            await call(
                self._requester, _GET_MEMBERS_CUSTOM_FIELD_APPLICATIONS, {"memberIds": member_ids}
            ),
        )

    async def get_roles_custom_field_applications(
        self, role_ids: Sequence[str]
    ) -> _types.GetRolesCustomFieldApplicationsResponse:
        """Get roles custom field applications: ``POST``.

        ``/members/v1/custom-fields-applications/roles``
        """
        return cast(
            "_types.GetRolesCustomFieldApplicationsResponse",
            await call(
                self._requester, _GET_ROLES_CUSTOM_FIELD_APPLICATIONS, {"roleIds": role_ids}
            ),
        )

    async def update_custom_field_application(
        self, custom_field_id: str, application: _types.CustomFieldApplication
    ) -> _types.UpdateCustomFieldApplicationResponse:
        """Update custom field application: ``PATCH``.

        ``/members/v1/custom-fields-applications/{application.customFieldId}``

        Permissions: ``MEMBERS.CUSTOM_FIELDS_UPDATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateCustomFieldApplicationResponse",
            await call(
                self._requester,
                _UPDATE_CUSTOM_FIELD_APPLICATION,
                {"application": {**application, "customFieldId": custom_field_id}},
            ),
        )


def bind(client: Requester) -> CustomFieldApplications:
    """The ``customFieldApplications`` module for ``client``'s visitor."""
    return CustomFieldApplications(client)
