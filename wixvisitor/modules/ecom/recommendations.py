# File generated from @wix/auto_sdk_ecom_recommendations 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""The ``recommendations`` module of ``@wix/ecom`` (2 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import recommendations as _types

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
        self,
        algorithms: Sequence[Mapping[str, Any]],
        options: _types.GetRecommendationOptions | None = None,
    ) -> _types.GetRecommendationResponse:
        """Get recommendation: ``POST /v1/recommendations/get``.

        Permissions: ``RECOMMENDATIONS.READ``.
        Callable by: ``APP``.
        Application errors: ``ITEM_APP_ID_NOT_SUPPORTED``, ``ALGORITHM_NOT_SUPPORTED``,
        ``RECOMMENDATIONS_PROVIDER_NOT_FOUND``.
        """
        return cast(
            "_types.GetRecommendationResponse",
            await call(
                self._requester,
                _GET_RECOMMENDATION,
                {
                    "algorithms": algorithms,
                    **_fields.pick(options, "items", "minimumRecommendedItems"),
                },
            ),
        )

    async def list_available_algorithms(self) -> _types.ListAvailableAlgorithmsResponse:
        """List available algorithms: ``GET /v1/recommendations/algorithms``.

        Permissions: ``RECOMMENDATIONS.READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListAvailableAlgorithmsResponse",
            await call(self._requester, _LIST_AVAILABLE_ALGORITHMS),
        )


def bind(client: Requester) -> Recommendations:
    """The ``recommendations`` module for ``client``'s visitor."""
    return Recommendations(client)
