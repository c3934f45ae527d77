# File generated from @wix/auto_sdk_members_user-member 1.0.59
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.user_member``.

From ``@wix/auto_sdk_members_user-member``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.user_member import <Type>
"""

from __future__ import annotations

from typing import TypedDict

from ._shared import ActivityStatusStatus as ActivityStatusStatus
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import PrivacyStatusStatus as PrivacyStatusStatus
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import Status as Status


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
