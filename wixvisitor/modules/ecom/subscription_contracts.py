# File generated from @wix/auto_sdk_ecom_subscription-contracts 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""The ``subscriptionContracts`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import subscription_contracts as _types

_GET_SUBSCRIPTION_CONTRACT = Route(
    "GET",
    "/ecom/subscription-contracts/v1/subscription-contracts/{subscriptionContractId}",
    "wix.ecom.subscription_contracts.v1.SubscriptionContracts.GetSubscriptionContract",
    path_params=("subscriptionContractId",),
)
_QUERY_SUBSCRIPTION_CONTRACTS = Query(
    Route(
        "GET",
        "/ecom/subscription-contracts/v1/subscription-contracts/query",
        "wix.ecom.subscription_contracts.v1.SubscriptionContracts.QuerySubscriptionContracts",
        complex=True,
        fallback=True,
    ),
    items="subscriptionContracts",
    paging="CURSOR",
    metadata="pagingMetadata",
)


class SubscriptionContracts(Module):
    """``subscriptionContracts`` of ``@wix/ecom``: ``ecom.subscription_contracts.bind(wix)``."""

    __slots__ = ()

    async def get_subscription_contract(
        self, subscription_contract_id: str
    ) -> _types.GetSubscriptionContractResponse:
        """Get subscription contract: ``GET``.

        ``/ecom/subscription-contracts/v1/subscription-contracts/{subscriptionContractId}``

        Permissions: ``ECOM.SUBSCRIPTION_CONTRACT_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetSubscriptionContractResponse",
            await call(
                self._requester,
                _GET_SUBSCRIPTION_CONTRACT,
                {"subscriptionContractId": subscription_contract_id},
            ),
        )

    def query_subscription_contracts(self) -> QueryBuilder[_types.SubscriptionContract]:
        """Query subscription contracts: ``GET``.

        ``/ecom/subscription-contracts/v1/subscription-contracts/query``

        Permissions: ``ECOM.SUBSCRIPTION_CONTRACT_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_SUBSCRIPTION_CONTRACTS)


def bind(client: Requester) -> SubscriptionContracts:
    """The ``subscriptionContracts`` module for ``client``'s visitor."""
    return SubscriptionContracts(client)
