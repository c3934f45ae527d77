# File generated from @wix/auto_sdk_ecom_recommendations 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.recommendations``.

From ``@wix/auto_sdk_ecom_recommendations``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.recommendations import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CatalogReference as CatalogReference

AlgorithmType: TypeAlias = Literal["UNSPECIFIED", "RELATED_ITEMS", "GLOBAL"]


class Algorithm(TypedDict, total=False):
    id: str
    appId: str


class AlgorithmConfig(TypedDict, total=False):
    name: str
    description: str
    additionalInfo: str | None
    algorithmType: AlgorithmType
    algorithmId: str


class AlgorithmInfo(TypedDict, total=False):
    config: AlgorithmConfig
    appId: str
    catalogAppIds: list[str]


class GetRecommendationOptions(TypedDict, total=False):
    """What ``getRecommendation`` reads from ``options``."""

    items: list[CatalogReference]
    minimumRecommendedItems: int


class GetRecommendationRequest(TypedDict, total=False):
    items: list[CatalogReference]
    algorithms: Required[list[Algorithm]]
    minimumRecommendedItems: int


class GetRecommendationResponse(TypedDict, total=False):
    recommendation: Recommendation


class ListAvailableAlgorithmsRequest(TypedDict, total=False):
    pass


class ListAvailableAlgorithmsResponse(TypedDict, total=False):
    availableAlgorithms: list[AlgorithmInfo]


class Recommendation(TypedDict, total=False):
    items: list[CatalogReference]
    algorithm: Algorithm
