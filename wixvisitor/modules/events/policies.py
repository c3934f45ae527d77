# File generated from @wix/auto_sdk_events_policies 1.0.49
# by `make apigen` (tools/apigen). Do not edit.
"""The ``policies`` module of ``@wix/events`` (6 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

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

    async def create_policy(self, policy: Mapping[str, Any]) -> dict[str, Any]:
        """Create policy: ``POST /events-policies/v2/policies``."""
        return await call(self._requester, _CREATE_POLICY, {"policy": policy})

    async def delete_policy(self, policy_id: str) -> dict[str, Any]:
        """Delete policy: ``DELETE /events-policies/v2/policies/{policyId}``."""
        return await call(self._requester, _DELETE_POLICY, {"policyId": policy_id})

    async def get_policy(self, policy_id: str) -> dict[str, Any]:
        """Get policy: ``GET /events-policies/v2/policies/{policyId}``."""
        return await call(self._requester, _GET_POLICY, {"policyId": policy_id})

    def query_policies(self) -> QueryBuilder:
        """Query policies: ``POST /events-policies/v2/policies/query``."""
        return QueryBuilder(self._requester, _QUERY_POLICIES)

    async def reorder_event_policies(
        self, policy_id: str, event_id: str, options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Reorder event policies: ``POST /events-policies/v2/policies/reorder``."""
        return await call(
            self._requester,
            _REORDER_EVENT_POLICIES,
            {
                "policyId": policy_id,
                "eventId": event_id,
                **_fields.pick(options, "beforePolicyId", "afterPolicyId"),
            },
        )

    async def update_policy(self, id: str, policy: Mapping[str, Any]) -> dict[str, Any]:
        """Update policy: ``PATCH /events-policies/v2/policies/{policy.id}``."""
        return await call(self._requester, _UPDATE_POLICY, {"policy": {**policy, "id": id}})


def bind(client: Requester) -> Policies:
    """The ``policies`` module for ``client``'s visitor."""
    return Policies(client)
