# File generated from @wix/auto_sdk_events_policies 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.policies``.

From ``@wix/auto_sdk_events_policies``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.policies import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]


class CreatePolicyRequest(TypedDict, total=False):
    policy: Required[Policy]


class CreatePolicyResponse(TypedDict, total=False):
    policy: Policy


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeletePolicyRequest(TypedDict, total=False):
    policyId: Required[str]


class DeletePolicyResponse(TypedDict, total=False):
    pass


class GetPolicyRequest(TypedDict, total=False):
    policyId: Required[str]


class GetPolicyResponse(TypedDict, total=False):
    policy: Policy


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class Policy(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str
    body: str
    eventId: str


class QueryPoliciesRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryPoliciesResponse(TypedDict, total=False):
    policies: list[Policy]
    metadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class ReorderEventPoliciesOptions(TypedDict, total=False):
    """What ``reorderEventPolicies`` reads from ``options``."""

    beforePolicyId: str
    afterPolicyId: str


class ReorderEventPoliciesRequestReferencePolicyOneOf(TypedDict, total=False):
    beforePolicyId: str
    afterPolicyId: str


class ReorderEventPoliciesRequest(ReorderEventPoliciesRequestReferencePolicyOneOf, total=False):
    eventId: Required[str]
    policyId: Required[str]


class ReorderEventPoliciesResponse(TypedDict, total=False):
    policies: list[Policy]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdatePolicyRequest(TypedDict, total=False):
    policy: Required[Policy]


class UpdatePolicyResponse(TypedDict, total=False):
    policy: Policy
