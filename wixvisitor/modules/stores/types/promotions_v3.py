# File generated from @wix/auto_sdk_stores_promotions-v-3 1.0.5
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.promotions_v3``.

From ``@wix/auto_sdk_stores_promotions-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.promotions_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import Aggregation as Aggregation
from ._shared import AggregationData as AggregationData
from ._shared import AggregationKindOneOf as AggregationKindOneOf
from ._shared import AggregationResults as AggregationResults
from ._shared import AggregationResultsResultOneOf as AggregationResultsResultOneOf
from ._shared import AggregationResultsScalarResult as AggregationResultsScalarResult
from ._shared import AggregationType as AggregationType
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CursorSearch as CursorSearch
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import DateHistogramAggregation as DateHistogramAggregation
from ._shared import DateHistogramResult as DateHistogramResult
from ._shared import DateHistogramResults as DateHistogramResults
from ._shared import ExtendedFields as ExtendedFields
from ._shared import GroupByValueResults as GroupByValueResults
from ._shared import Image as Image
from ._shared import IncludeMissingValuesOptions as IncludeMissingValuesOptions
from ._shared import Interval as Interval
from ._shared import ItemMetadata as ItemMetadata
from ._shared import MissingValues as MissingValues
from ._shared import Mode as Mode
from ._shared import NestedAggregation as NestedAggregation
from ._shared import NestedAggregationItem as NestedAggregationItem
from ._shared import NestedAggregationItemKindOneOf as NestedAggregationItemKindOneOf
from ._shared import NestedAggregationResults as NestedAggregationResults
from ._shared import NestedAggregationResultsResultOneOf as NestedAggregationResultsResultOneOf
from ._shared import NestedAggregationType as NestedAggregationType
from ._shared import NestedResults as NestedResults
from ._shared import NestedResultValue as NestedResultValue
from ._shared import NestedResultValueResultOneOf as NestedResultValueResultOneOf
from ._shared import NestedValueAggregationResult as NestedValueAggregationResult
from ._shared import RangeAggregation as RangeAggregation
from ._shared import RangeAggregationResult as RangeAggregationResult
from ._shared import RangeBucket as RangeBucket
from ._shared import RangeResult as RangeResult
from ._shared import RangeResults as RangeResults
from ._shared import Results as Results
from ._shared import ScalarAggregation as ScalarAggregation
from ._shared import ScalarResult as ScalarResult
from ._shared import ScalarType as ScalarType
from ._shared import SearchDetails as SearchDetails
from ._shared import SortDirection as SortDirection
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import SortType as SortType
from ._shared import TagList as TagList
from ._shared import Tags as Tags
from ._shared import ValueAggregation as ValueAggregation
from ._shared import ValueAggregationOptionsOneOf as ValueAggregationOptionsOneOf
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults

MediaType: TypeAlias = Literal["IMAGE"]


class BulkCreatePromotionsOptions(TypedDict, total=False):
    """What ``bulkCreatePromotions`` reads from ``options``."""

    returnEntity: bool


class BulkCreatePromotionsRequest(TypedDict, total=False):
    promotions: Required[list[Promotion]]
    returnEntity: bool


class BulkCreatePromotionsResponse(TypedDict, total=False):
    results: list[BulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeletePromotionsRequest(TypedDict, total=False):
    promotionIds: Required[list[str]]


class BulkDeletePromotionsResponse(TypedDict, total=False):
    results: list[BulkDeletePromotionsResponseBulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeletePromotionsResponseBulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Promotion


class BulkUpdatePromotionTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotionTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdatePromotionTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdatePromotionTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdatePromotionTagsOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotionTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags
    returnEntity: bool


class BulkUpdatePromotionTagsRequest(TypedDict, total=False):
    promotionIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags
    returnEntity: bool


class BulkUpdatePromotionTagsResponse(TypedDict, total=False):
    results: list[BulkUpdatePromotionTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdatePromotionTagsResult(TypedDict, total=False):
    item: Promotion
    itemMetadata: ItemMetadata


class BulkUpdatePromotionsOptions(TypedDict, total=False):
    """What ``bulkUpdatePromotions`` reads from ``options``."""

    returnEntity: bool


class BulkUpdatePromotionsRequest(TypedDict, total=False):
    promotions: Required[list[MaskedPromotion]]
    returnEntity: bool


class BulkUpdatePromotionsResponse(TypedDict, total=False):
    results: list[BulkUpdatePromotionsResponseBulkPromotionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdatePromotionsResponseBulkPromotionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Promotion


class CategoryAssignment(TypedDict, total=False):
    id: str
    position: int
    appliedToSubcategories: bool


class CreatePromotionRequest(TypedDict, total=False):
    promotion: Required[Promotion]


class CreatePromotionResponse(TypedDict, total=False):
    promotion: Promotion


class DeletePromotionRequest(TypedDict, total=False):
    promotionId: Required[str]


class DeletePromotionResponse(TypedDict, total=False):
    pass


class GetPromotionRequest(TypedDict, total=False):
    promotionId: Required[str]


class GetPromotionResponse(TypedDict, total=False):
    promotion: Promotion


class MaskedPromotion(TypedDict, total=False):
    promotion: Promotion


class PositionedPromotion(TypedDict, total=False):
    promotion: Promotion
    position: int


class Promotion(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str
    media: PromotionMedia
    destinationUrl: str | None
    categories: list[CategoryAssignment]
    enabled: bool
    extendedFields: ExtendedFields
    tags: Tags


class PromotionMediaSetByOneOf(TypedDict, total=False):
    id: str
    url: str


class PromotionMediaMediaOneOf(TypedDict, total=False):
    image: Image


class PromotionMedia(PromotionMediaSetByOneOf, PromotionMediaMediaOneOf, total=False):
    altText: str | None
    displayName: str | None
    mediaType: MediaType
    uploadId: str


class QueryPromotionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryPromotionsResponse(TypedDict, total=False):
    promotions: list[Promotion]
    pagingMetadata: CursorPagingMetadata


class ResolvePromotionsRequest(TypedDict, total=False):
    categoryId: Required[str]


class ResolvePromotionsResponse(TypedDict, total=False):
    promotions: list[PositionedPromotion]


class SearchPromotionsRequest(TypedDict, total=False):
    search: CursorSearch


class SearchPromotionsResponse(TypedDict, total=False):
    promotions: list[Promotion]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class UpdatePromotionRequest(TypedDict, total=False):
    promotion: Required[Promotion]


class UpdatePromotionResponse(TypedDict, total=False):
    promotion: Promotion
