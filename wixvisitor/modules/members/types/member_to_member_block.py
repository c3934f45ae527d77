# File generated from @wix/auto_sdk_members_member-to-member-block 1.0.37
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``members.member_to_member_block``.

From ``@wix/auto_sdk_members_member-to-member-block``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.members.types.member_to_member_block import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import BlockMemberResponse as BlockMemberResponse
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import PagingMetadataV2 as PagingMetadataV2

BlockDirection: TypeAlias = Literal["UNKNOWN", "BLOCKING", "BLOCKED"]


class BlockMemberRequest(TypedDict, total=False):
    memberId: Required[str]


class ListCurrentMemberBlockingOptions(TypedDict, total=False):
    """What ``listCurrentMemberBlocking`` reads from ``options``."""

    cursorPaging: CursorPaging


class ListCurrentMemberBlockingRequest(TypedDict, total=False):
    cursorPaging: CursorPaging


class ListCurrentMemberBlockingResponse(TypedDict, total=False):
    blockedMemberIds: list[str]
    pagingMetadata: PagingMetadataV2


class ListMemberBlocksOptions(TypedDict, total=False):
    """What ``listMemberBlocks`` reads from ``options``."""

    cursorPaging: CursorPaging


class ListMemberBlocksRequest(TypedDict, total=False):
    memberId: Required[str]
    cursorPaging: CursorPaging


class ListMemberBlocksResponse(TypedDict, total=False):
    memberBlocks: list[MemberBlock]
    pagingMetadata: PagingMetadataV2


class MemberBlock(TypedDict, total=False):
    memberId: str
    blockDirection: BlockDirection


class UnblockMemberRequest(TypedDict, total=False):
    memberId: Required[str]


class UnblockMemberResponse(TypedDict, total=False):
    pass
