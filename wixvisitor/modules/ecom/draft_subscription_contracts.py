# File generated from @wix/auto_sdk_ecom_draft-subscription-contracts 1.0.19
# by `make apigen` (tools/apigen). Do not edit.
"""The ``draftSubscriptionContracts`` module of ``@wix/ecom`` (1 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route

if TYPE_CHECKING:
    from .types import draft_subscription_contracts as _types

_QUERY_DRAFT_SUBSCRIPTION_CONTRACTS = Query(
    Route(
        "GET",
        "/v1/draft-subscription-contracts/query",
        "wix.ecom.draft_subscription_contracts.v1.DraftSubscriptionContractsService.QueryDraftSubscriptionContracts",
        complex=True,
        fallback=True,
    ),
    items="draftSubscriptionContracts",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class DraftSubscriptionContracts(Module):
    """``draftSubscriptionContracts`` of ``@wix/ecom``: ``bind(wix)`` gives one."""

    __slots__ = ()

    def query_draft_subscription_contracts(self) -> QueryBuilder[_types.DraftSubscriptionContract]:
        """Query draft subscription contracts: ``GET /v1/draft-subscription-contracts/query``."""
        return QueryBuilder(self._requester, _QUERY_DRAFT_SUBSCRIPTION_CONTRACTS)


def bind(client: Requester) -> DraftSubscriptionContracts:
    """The ``draftSubscriptionContracts`` module for ``client``'s visitor."""
    return DraftSubscriptionContracts(client)
