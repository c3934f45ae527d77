# File generated from @wix/auto_sdk_members_custom-field-applications 1.0.43
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.custom_field_applications``.

From ``@wix/auto_sdk_members_custom-field-applications``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.custom_field_applications import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import Origin as Origin
from ._shared import Privacy as Privacy
from ._shared import Section as Section
from ._shared import SocialTypeType as SocialTypeType

AppliesToEnumAppliesTo: TypeAlias = Literal["ALL_MEMBERS", "SELECTED_MEMBERS"]
ExclusionType: TypeAlias = Literal["UNKNOWN", "ROLE", "BADGE", "PRICING_PLAN", "MEMBER"]
FieldTypeType: TypeAlias = Literal["UNKNOWN", "TEXT", "NUMBER", "DATE", "URL", "SOCIAL"]
Type: TypeAlias = Literal["UNKNOWN", "ROLE", "BADGE", "PRICING_PLAN", "MEMBER"]


class ApplicationsWrapper(TypedDict, total=False):
    items: list[AppliesTo]


class AppliesTo(TypedDict, total=False):
    applicationType: Type
    entityId: str | None


class CreateCustomFieldApplicationRequest(TypedDict, total=False):
    application: Required[CustomFieldApplication]


class CreateCustomFieldApplicationResponse(TypedDict, total=False):
    application: CustomFieldApplication


class CustomField(TypedDict, total=False):
    id: str | None
    name: str | None
    key: str | None
    defaultPrivacy: Privacy
    fieldType: FieldTypeType
    socialType: SocialTypeType
    fieldOrigin: Origin
    appliesTo: AppliesToEnumAppliesTo
    section: Section
    createdDate: str | None
    updatedDate: str | None
    revision: str | None


class CustomFieldApplication(TypedDict, total=False):
    customFieldId: str | None
    customFieldKey: str | None
    applications: ApplicationsWrapper
    exclusions: ExclusionsWrapper
    revision: str | None


class DeleteCustomFieldApplicationRequest(TypedDict, total=False):
    customFieldId: Required[str | None]


class DeleteCustomFieldApplicationResponse(TypedDict, total=False):
    pass


class Exclusion(TypedDict, total=False):
    exclusionType: ExclusionType
    entityId: str | None


class ExclusionsWrapper(TypedDict, total=False):
    items: list[Exclusion]


class FieldApplication(TypedDict, total=False):
    customFieldKey: str | None
    applies: bool
    customField: CustomField


class GetCustomFieldApplicationRequest(TypedDict, total=False):
    customFieldId: Required[str | None]


class GetCustomFieldApplicationResponse(TypedDict, total=False):
    application: CustomFieldApplication


class GetCustomFieldApplicationsRequest(TypedDict, total=False):
    customFieldIds: Required[list[str]]


class GetCustomFieldApplicationsResponse(TypedDict, total=False):
    applications: list[CustomFieldApplication]


class GetMembersCustomFieldApplicationsRequest(TypedDict, total=False):
    memberIds: Required[list[str]]


class GetMembersCustomFieldApplicationsResponse(TypedDict, total=False):
    results: list[MemberCustomFieldApplication]


class GetRolesCustomFieldApplicationsRequest(TypedDict, total=False):
    roleIds: Required[list[str]]


class GetRolesCustomFieldApplicationsResponse(TypedDict, total=False):
    results: list[RoleCustomFieldApplication]


class MemberCustomFieldApplication(TypedDict, total=False):
    memberId: str | None
    applications: list[FieldApplication]


class RoleCustomFieldApplication(TypedDict, total=False):
    roleId: str | None
    applications: list[FieldApplication]


class UpdateCustomFieldApplicationRequest(TypedDict, total=False):
    application: Required[CustomFieldApplication]


class UpdateCustomFieldApplicationResponse(TypedDict, total=False):
    application: CustomFieldApplication
