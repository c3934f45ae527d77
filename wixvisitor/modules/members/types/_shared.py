# File generated from @wix/members 1.0.519 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/members`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

ActivityStatusStatus: TypeAlias = Literal["UNKNOWN", "ACTIVE", "MUTED"]
Origin: TypeAlias = Literal["UNKNOWN", "CUSTOM", "CONTACT", "SYSTEM"]
Privacy: TypeAlias = Literal["UNKNOWN", "PUBLIC", "PRIVATE"]
PrivacyStatusStatus: TypeAlias = Literal["UNKNOWN", "PRIVATE", "PUBLIC"]
Section: TypeAlias = Literal["GENERAL", "SOCIAL", "DISPLAY_INFO", "ADDRESS"]
SocialTypeType: TypeAlias = Literal[
    "UNKNOWN",
    "FACEBOOK",
    "INSTAGRAM",
    "LINKEDIN",
    "TWITTER",
    "YOUTUBE",
    "PINTEREST",
    "TIKTOK",
    "DEVIANTART",
    "SOUNDCLOUD",
    "TUMBLR",
    "VIMEO",
    "VKONTAKTE",
    "ODNOKLASSNIKI",
    "OTHER",
]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UNKNOWN", "PENDING", "APPROVED", "BLOCKED", "OFFLINE"]
Type: TypeAlias = Literal["UNKNOWN", "TEXT", "NUMBER", "DATE", "URL", "SOCIAL"]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BlockMemberResponse(TypedDict, total=False):
    pass


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


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


class DeleteBadgeResponse(TypedDict, total=False):
    pass


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
