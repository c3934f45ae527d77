# File generated from @wix/auto_sdk_members_member-to-member-block 1.0.37
# by `make apigen` (tools/apigen). Do not edit.
"""The ``memberToMemberBlock`` module of ``@wix/members`` (4 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import member_to_member_block as _types

_BLOCK_MEMBER = Route(
    "POST",
    "/members/v1/member-to-member-blocks/members/my",
    "com.wixpress.members.membertomemberblocks.MemberToMemberBlocks.BlockMember",
)
_LIST_CURRENT_MEMBER_BLOCKING = Route(
    "GET",
    "/members/v1/member-to-member-blocks/members/my",
    "com.wixpress.members.membertomemberblocks.MemberToMemberBlocks.ListCurrentMemberBlocking",
)
_LIST_MEMBER_BLOCKS = Route(
    "GET",
    "/members/v1/member-to-member-blocks/members/{memberId}",
    "com.wixpress.members.membertomemberblocks.MemberToMemberBlocks.ListMemberBlocks",
    path_params=("memberId",),
)
_UNBLOCK_MEMBER = Route(
    "DELETE",
    "/members/v1/member-to-member-blocks/members/my/{memberId}",
    "com.wixpress.members.membertomemberblocks.MemberToMemberBlocks.UnblockMember",
    path_params=("memberId",),
)


class MemberToMemberBlock(Module):
    """``memberToMemberBlock`` of ``@wix/members``: ``members.member_to_member_block.bind(wix)``."""

    __slots__ = ()

    async def block_member(self, member_id: str) -> _types.BlockMemberResponse:
        """Block member: ``POST /members/v1/member-to-member-blocks/members/my``.

        Permissions: ``MEMBERS.MEMBER_TO_MEMBER_BLOCKS_WRITE``.
        Callable by: ``MEMBER``.
        Application errors: ``MEMBER_ALREADY_BLOCKED``, ``SELF_BLOCKING_FORBIDDEN``,
        ``ADMIN_BLOCKING_FORBIDDEN``.
        """
        return cast(
            "_types.BlockMemberResponse",
            await call(self._requester, _BLOCK_MEMBER, {"memberId": member_id}),
        )

    async def list_current_member_blocking(
        self, options: _types.ListCurrentMemberBlockingOptions | None = None
    ) -> _types.ListCurrentMemberBlockingResponse:
        """List current member blocking: ``GET /members/v1/member-to-member-blocks/members/my``.

        Permissions: ``MEMBERS.MEMBER_TO_MEMBER_BLOCKS_READ``.
        Callable by: ``MEMBER``.
        """
        return cast(
            "_types.ListCurrentMemberBlockingResponse",
            await call(
                self._requester,
                _LIST_CURRENT_MEMBER_BLOCKING,
                {**_fields.pick(options, "cursorPaging")},
            ),
        )

    async def list_member_blocks(
        self, member_id: str, options: _types.ListMemberBlocksOptions | None = None
    ) -> _types.ListMemberBlocksResponse:
        """List member blocks: ``GET /members/v1/member-to-member-blocks/members/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_TO_MEMBER_BLOCKS_READ_MEMBER_BLOCKS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListMemberBlocksResponse",
            await call(
                self._requester,
                _LIST_MEMBER_BLOCKS,
                {"memberId": member_id, **_fields.pick(options, "cursorPaging")},
            ),
        )

    async def unblock_member(self, member_id: str) -> _types.UnblockMemberResponse:
        """Unblock member: ``DELETE /members/v1/member-to-member-blocks/members/my/{memberId}``.

        Permissions: ``MEMBERS.MEMBER_TO_MEMBER_BLOCKS_WRITE``.
        Callable by: ``MEMBER``.
        Application errors: ``SELF_UNBLOCKING_FORBIDDEN``, ``BLOCK_DOES_NOT_EXIST``.
        """
        return cast(
            "_types.UnblockMemberResponse",
            await call(self._requester, _UNBLOCK_MEMBER, {"memberId": member_id}),
        )


def bind(client: Requester) -> MemberToMemberBlock:
    """The ``memberToMemberBlock`` module for ``client``'s visitor."""
    return MemberToMemberBlock(client)
