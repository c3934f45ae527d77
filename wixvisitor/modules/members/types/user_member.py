# File generated from @wix/auto_sdk_members_user-member 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.user_member``.

From ``@wix/auto_sdk_members_user-member``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.user_member import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

ActivityStatusStatus: TypeAlias = Literal["UNKNOWN", "ACTIVE", "MUTED"]
PrivacyStatusStatus: TypeAlias = Literal["UNKNOWN", "PRIVATE", "PUBLIC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UNKNOWN", "PENDING", "APPROVED", "BLOCKED", "OFFLINE"]


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    offsetX: int | None
    offsetY: int | None


class QueryUserMembersRequest(TypedDict, total=False):
    query: CursorQuery


class QueryUserMembersResponse(TypedDict, total=False):
    userMembers: list[UserMember]
    metadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UserMember(TypedDict, total=False):
    memberId: str | None
    userId: str | None
    contactId: str | None
    siteMembersInstanceId: str | None
    metaSiteId: str | None
    photo: Image
    nickname: str | None
    privacyStatus: PrivacyStatusStatus
    createdDate: str | None
    updatedDate: str | None
    status: Status
    activityStatus: ActivityStatusStatus
