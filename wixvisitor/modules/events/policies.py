# File generated from @wix/auto_sdk_events_policies 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""The ``policies`` module of ``@wix/events`` (6 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import policies as _types

_CREATE_POLICY = Route(
    "POST", "/events-policies/v2/policies", "wix.events.v2.PolicyManagement.CreatePolicy"
)
_DELETE_POLICY = Route(
    "DELETE",
    "/events-policies/v2/policies/{policyId}",
    "wix.events.v2.PolicyManagement.DeletePolicy",
    path_params=("policyId",),
)
_GET_POLICY = Route(
    "GET",
    "/events-policies/v2/policies/{policyId}",
    "wix.events.v2.PolicyManagement.GetPolicy",
    path_params=("policyId",),
)
_QUERY_POLICIES = Query(
    Route(
        "POST", "/events-policies/v2/policies/query", "wix.events.v2.PolicyManagement.QueryPolicies"
    ),
    items="policies",
    paging="CURSOR",
    metadata="metadata",
)
_REORDER_EVENT_POLICIES = Route(
    "POST",
    "/events-policies/v2/policies/reorder",
    "wix.events.v2.PolicyManagement.ReorderEventPolicies",
)
_UPDATE_POLICY = Route(
    "PATCH",
    "/events-policies/v2/policies/{policy.id}",
    "wix.events.v2.PolicyManagement.UpdatePolicy",
    path_params=("policy.id",),
)


class Policies(Module):
    """``policies`` of ``@wix/events``: ``policies = events.policies.bind(wix)``."""

    __slots__ = ()

    async def create_policy(self, policy: _types.Policy) -> _types.CreatePolicyResponse:
        """Create policy: ``POST /events-policies/v2/policies``.

        Permissions: ``WIX_EVENTS.MANAGE_POLICIES``.
        Callable by: ``APP``.
        Application errors: ``POLICIES_LIMIT_REACHED``.
        """
        return cast(
            "_types.CreatePolicyResponse",
            await call(self._requester, _CREATE_POLICY, {"policy": policy}),
        )

    async def delete_policy(self, policy_id: str) -> _types.DeletePolicyResponse:
        """Delete policy: ``DELETE /events-policies/v2/policies/{policyId}``.

        Permissions: ``WIX_EVENTS.MANAGE_POLICIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeletePolicyResponse",
            await call(self._requester, _DELETE_POLICY, {"policyId": policy_id}),
        )

    async def get_policy(self, policy_id: str) -> _types.GetPolicyResponse:
        """Get policy: ``GET /events-policies/v2/policies/{policyId}``.

        Permissions: ``WIX_EVENTS.READ_POLICIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetPolicyResponse",
            await call(self._requester, _GET_POLICY, {"policyId": policy_id}),
        )

    def query_policies(self) -> QueryBuilder[_types.Policy]:
        """Query policies: ``POST /events-policies/v2/policies/query``.

        Permissions: ``WIX_EVENTS.READ_POLICIES``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_POLICIES)

    async def reorder_event_policies(
        self,
        policy_id: str,
        event_id: str,
        options: _types.ReorderEventPoliciesOptions | None = None,
    ) -> _types.ReorderEventPoliciesResponse:
        """Reorder event policies: ``POST /events-policies/v2/policies/reorder``.

        Permissions: ``WIX_EVENTS.MANAGE_POLICIES``.
        Callable by: ``APP``.
        Application errors: ``INVALID_REORDER_INSTRUCTION``.
        """
        return cast(
            "_types.ReorderEventPoliciesResponse",
            await call(
                self._requester,
                _REORDER_EVENT_POLICIES,
                {
                    "policyId": policy_id,
                    "eventId": event_id,
                    **_fields.pick(options, "beforePolicyId", "afterPolicyId"),
                },
            ),
        )

    async def update_policy(self, id: str, policy: _types.Policy) -> _types.UpdatePolicyResponse:
        """Update policy: ``PATCH /events-policies/v2/policies/{policy.id}``.

        Permissions: ``WIX_EVENTS.MANAGE_POLICIES``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdatePolicyResponse",
            await call(self._requester, _UPDATE_POLICY, {"policy": {**policy, "id": id}}),
        )


def bind(client: Requester) -> Policies:
    """The ``policies`` module for ``client``'s visitor."""
    return Policies(client)
