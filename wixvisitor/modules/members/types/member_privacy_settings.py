# File generated from @wix/auto_sdk_members_member-privacy-settings 1.0.61
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.member_privacy_settings``.

From ``@wix/auto_sdk_members_member-privacy-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.member_privacy_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

Candidates: TypeAlias = Literal["UNKNOWN", "NO_ONE", "ANYONE"]
Visibility: TypeAlias = Literal["UNKNOWN", "VISIBLE_TO_MEMBERS_ONLY", "VISIBLE_TO_ALL"]


class GetMemberPrivacySettingsRequest(TypedDict, total=False):
    pass


class GetMemberPrivacySettingsResponse(TypedDict, total=False):
    memberPrivacySettings: MemberPrivacySettings


class MemberPrivacySettings(TypedDict, total=False):
    id: str | None
    publicMemberVisibility: Visibility
    publicMemberCandidates: Candidates
    revision: str | None
    updatedDate: str | None


class SetMemberPrivacySettingsRequest(TypedDict, total=False):
    memberPrivacySettings: Required[MemberPrivacySettings]


class SetMemberPrivacySettingsResponse(TypedDict, total=False):
    memberPrivacySettings: MemberPrivacySettings
