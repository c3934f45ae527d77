# File generated from @wix/auto_sdk_ecom_tippable-staff 1.0.43
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tippable_staff``.

From ``@wix/auto_sdk_ecom_tippable-staff``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tippable_staff import <Type>
"""

from __future__ import annotations

from typing import TypedDict


class IdentificationDataIdOneOf(TypedDict, total=False):
    anonymousVisitorId: str
    memberId: str
    wixUserId: str
    appId: str


class IdentificationData(IdentificationDataIdOneOf, total=False):
    contactId: str | None


class ListTippableStaffOptions(TypedDict, total=False):
    """What ``listTippableStaff`` reads from ``options``."""

    includeWixUsers: bool
    filterByName: str | None
    filterByIds: list[str] | None


class ListTippableStaffRequest(TypedDict, total=False):
    includeWixUsers: bool
    filterByName: str | None
    filterByIds: list[str] | None


class ListTippableStaffResponse(TypedDict, total=False):
    staff: list[Staff]


class Staff(TypedDict, total=False):
    id: str | None
    name: str | None
    staffMemberId: str | None
    identificationData: IdentificationData
