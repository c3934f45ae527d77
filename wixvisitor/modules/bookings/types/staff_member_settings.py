# File generated from @wix/auto_sdk_bookings_staff-member-settings 1.0.25
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.staff_member_settings``.

From ``@wix/auto_sdk_bookings_staff-member-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.staff_member_settings import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ExtendedFields as ExtendedFields


class ContactInformation(TypedDict, total=False):
    publiclyAccessible: bool | None


class GetStaffMemberSettingsRequest(TypedDict, total=False):
    pass


class GetStaffMemberSettingsResponse(TypedDict, total=False):
    staffMemberSettings: StaffMemberSettings


class StaffMemberSettings(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    contactInformation: ContactInformation
    extendedFields: ExtendedFields


class UpdateStaffMemberSettingsRequest(TypedDict, total=False):
    staffMemberSettings: Required[StaffMemberSettings]


class UpdateStaffMemberSettingsResponse(TypedDict, total=False):
    staffMemberSettings: StaffMemberSettings
