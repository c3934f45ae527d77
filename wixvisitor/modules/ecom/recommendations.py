# File generated from @wix/auto_sdk_ecom_recommendations 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""The ``recommendations`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import _fields
from .._runtime import Module, Requester, Route, call

_GET_RECOMMENDATION = Route(
    "POST",
    "/v1/recommendations/get",
    "com.wix.ecom.recommendations.v1.RecommendationsService.GetRecommendation",
)
_LIST_AVAILABLE_ALGORITHMS = Route(
    "GET",
    "/v1/recommendations/algorithms",
    "com.wix.ecom.recommendations.v1.RecommendationsService.ListAvailableAlgorithms",
)


class Recommendations(Module):
    """``recommendations`` of ``@wix/ecom``: ``ecom.recommendations.bind(wix)``."""

    __slots__ = ()

    async def get_recommendation(
        self, algorithms: Sequence[Mapping[str, Any]], options: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Get recommendation: ``POST /v1/recommendations/get``."""
        return await call(
            self._requester,
            _GET_RECOMMENDATION,
            {"algorithms": algorithms, **_fields.pick(options, "items", "minimumRecommendedItems")},
        )

    async def list_available_algorithms(self) -> dict[str, Any]:
        """List available algorithms: ``GET /v1/recommendations/algorithms``."""
        return await call(self._requester, _LIST_AVAILABLE_ALGORITHMS)


def bind(client: Requester) -> Recommendations:
    """The ``recommendations`` module for ``client``'s visitor."""
    return Recommendations(client)
