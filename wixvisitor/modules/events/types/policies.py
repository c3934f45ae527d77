# File generated from @wix/auto_sdk_events_policies 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.policies``.

From ``@wix/auto_sdk_events_policies``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.policies import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2 as QueryV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder


class CreatePolicyRequest(TypedDict, total=False):
    policy: Required[Policy]


class CreatePolicyResponse(TypedDict, total=False):
    policy: Policy


class DeletePolicyRequest(TypedDict, total=False):
    policyId: Required[str]


class DeletePolicyResponse(TypedDict, total=False):
    pass


class GetPolicyRequest(TypedDict, total=False):
    policyId: Required[str]


class GetPolicyResponse(TypedDict, total=False):
    policy: Policy


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


class UpdatePolicyRequest(TypedDict, total=False):
    policy: Required[Policy]


class UpdatePolicyResponse(TypedDict, total=False):
    policy: Policy
