# File generated from @wix/auto_sdk_members_authentication 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.authentication``.

From ``@wix/auto_sdk_members_authentication``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.authentication import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import BlockMemberResponse as BlockMemberResponse
from ._shared import Image as Image

Role: TypeAlias = Literal["UNDEFINED_ROLE", "MEMBER", "OWNER", "CONTRIBUTOR"]
SiteMemberPrivacyStatus: TypeAlias = Literal["UNDEFINED", "PUBLIC", "PRIVATE", "COMMUNITY"]
SiteMemberStatus: TypeAlias = Literal[
    "UNDEFINED_STATUS", "APPLICANT", "ACTIVE", "INACTIVE", "BLOCKED", "OFFLINE_ONLY"
]
Source: TypeAlias = Literal["UNKNOWN", "HANDLING_SPAM"]


class Address(TypedDict, total=False):
    street: str | None
    city: str | None
    region: str | None
    country: str | None
    postalCode: str | None


class ApproveMemberRequestMemberIdentifierOneOf(TypedDict, total=False):
    id: str
    email: str
    token: str


class ApproveMemberRequest(ApproveMemberRequestMemberIdentifierOneOf, total=False):
    pass


class ApproveMemberResponse(TypedDict, total=False):
    session: Session


class ApproveOptions(TypedDict, total=False):
    """What ``approve`` reads from ``options``."""

    id: str
    email: str
    token: str


class BlockMemberRequestMemberIdentifierOneOf(TypedDict, total=False):
    id: str
    email: str


class BlockMemberRequest(BlockMemberRequestMemberIdentifierOneOf, total=False):
    source: Source


class BlockOptions(TypedDict, total=False):
    """What ``block`` reads from ``options``."""

    id: str
    email: str
    source: Source


class ChangeLoginEmailOptions(TypedDict, total=False):
    """What ``changeLoginEmail`` reads from ``options``."""

    revokeCurrentSessions: bool | None


class ChangeLoginEmailRequest(TypedDict, total=False):
    id: Required[str]
    newEmail: str
    revokeCurrentSessions: bool | None


class ChangeLoginEmailResponse(TypedDict, total=False):
    member: Member


class CustomFieldValueOneOf(TypedDict, total=False):
    strValue: str | None
    numValue: float
    dateValue: str | None


class CustomField(CustomFieldValueOneOf, total=False):
    name: str


class DialogData(TypedDict, total=False):
    visitorId: str | None
    appId: str | None
    initiator: str | None


class EmailVerification(TypedDict, total=False):
    verificationId: str
    otp: str


class Group(TypedDict, total=False):
    id: str
    name: str
    type: str


class LoginOptions(TypedDict, total=False):
    """What ``login`` reads from ``options``."""

    recaptchaToken: str
    invisibleRecaptchaToken: str
    emailVerification: EmailVerification
    isMobile: bool | None


class LoginRequest(TypedDict, total=False):
    email: str
    password: str
    recaptchaToken: str
    invisibleRecaptchaToken: str
    emailVerification: EmailVerification
    isMobile: bool | None


class LoginResponse(TypedDict, total=False):
    session: Session
    member: Member


class Member(TypedDict, total=False):
    id: str
    emailVerified: bool
    role: Role
    loginEmail: str | None
    memberName: str | None
    firstName: str | None
    lastName: str | None
    imageUrl: str | None
    nickname: str | None
    profilePrivacyStatus: SiteMemberPrivacyStatus
    slug: str | None
    language: str | None
    status: SiteMemberStatus
    creationDate: str | None
    lastUpdateDate: str | None
    lastLoginDate: str | None
    emails: list[str]
    phones: list[str]
    addresses: list[Address]
    labels: list[str]
    customFields: list[CustomField]
    picture: Image
    userId: str | None
    groups: list[Group]
    contactId: str | None
    requireProfileCompletion: bool


class MemberContactInfo(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    picture: str | None
    emails: list[str]
    phones: list[str]
    labels: list[str]
    locale: str | None
    customFields: list[CustomField]


class RegisterOptions(TypedDict, total=False):
    """What ``register`` reads from ``options``."""

    contactInfo: MemberContactInfo
    dialogData: DialogData
    profilePrivacyStatus: SiteMemberPrivacyStatus
    isOfflineRegistration: bool
    recaptchaToken: str | None
    invisibleRecaptchaToken: str | None
    emailVerification: EmailVerification
    isMobile: bool | None


class RegisterRequest(TypedDict, total=False):
    email: str
    password: str
    contactInfo: MemberContactInfo
    dialogData: DialogData
    profilePrivacyStatus: SiteMemberPrivacyStatus
    isOfflineRegistration: bool
    recaptchaToken: str | None
    invisibleRecaptchaToken: str | None
    emailVerification: EmailVerification
    isMobile: bool | None


class RegisterResponse(TypedDict, total=False):
    member: Member
    session: Session
    approvalToken: str | None


class SendSetPasswordEmailOptions(TypedDict, total=False):
    """What ``sendSetPasswordEmail`` reads from ``options``."""

    requestedByMember: bool
    hideIgnoreMessage: bool


class SendSetPasswordEmailRequest(TypedDict, total=False):
    email: Required[str]
    requestedByMember: bool
    hideIgnoreMessage: bool


class SendSetPasswordEmailResponse(TypedDict, total=False):
    accepted: bool


class Session(TypedDict, total=False):
    token: str | None
