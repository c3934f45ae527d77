# File generated from @wix/auto_sdk_stores_product-groups-v-3 1.0.9
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.product_groups_v3``.

From ``@wix/auto_sdk_stores_product-groups-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.product_groups_v3 import <Type>
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
from ._shared import ChoiceType as ChoiceType
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CursorSearch as CursorSearch
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import CustomizationRenderType as CustomizationRenderType
from ._shared import CustomizationType as CustomizationType
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
from ._shared import Thumbnail as Thumbnail
from ._shared import ValueAggregation as ValueAggregation
from ._shared import ValueAggregationOptionsOneOf as ValueAggregationOptionsOneOf
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults

AvailabilityStatus: TypeAlias = Literal["IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"]
MediaType: TypeAlias = Literal["IMAGE"]
MembershipStatus: TypeAlias = Literal["ACTIVE", "HIDDEN", "OUT_OF_SYNC"]
ProductGroupRequestedFields: TypeAlias = Literal["GROUPING_CUSTOMIZATION", "THUMBNAIL"]


class AssignProductsToProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    productIds: Required[list[str]]


class AssignProductsToProductGroupResponse(TypedDict, total=False):
    results: list[ProductAssignmentResult]


class BulkCreateProductGroupsRequest(TypedDict, total=False):
    productGroups: Required[list[ProductGroup]]
    returnEntity: bool
    fields: list[ProductGroupRequestedFields]


class BulkCreateProductGroupsResponse(TypedDict, total=False):
    results: list[BulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata
    fields: list[ProductGroupRequestedFields]


class BulkDeleteProductGroupsRequest(TypedDict, total=False):
    productGroupIds: Required[list[str]]


class BulkDeleteProductGroupsResponse(TypedDict, total=False):
    results: list[BulkDeleteProductGroupsResponseBulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteProductGroupsResponseBulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ProductGroup


class BulkUpdateProductGroupTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductGroupTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateProductGroupTagsRequest(TypedDict, total=False):
    productGroupIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductGroupTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateProductGroupTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateProductGroupTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateProductGroupsRequest(TypedDict, total=False):
    productGroups: Required[list[MaskedProductGroup]]
    returnEntity: bool
    fields: list[ProductGroupRequestedFields]


class BulkUpdateProductGroupsResponse(TypedDict, total=False):
    results: list[BulkUpdateProductGroupsResponseBulkProductGroupResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateProductGroupsResponseBulkProductGroupResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ProductGroup


class CreateProductGroupRequest(TypedDict, total=False):
    productGroup: Required[ProductGroup]
    fields: list[ProductGroupRequestedFields]


class CreateProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]


class DeleteProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]


class DeleteProductGroupResponse(TypedDict, total=False):
    pass


class GetProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    fields: list[ProductGroupRequestedFields]


class GetProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]


class GroupingCustomization(TypedDict, total=False):
    id: str | None
    key: str | None
    name: str
    customizationType: CustomizationType
    customizationRenderType: CustomizationRenderType


class MaskedProductGroup(TypedDict, total=False):
    productGroup: ProductGroup


class ProductAssignmentResult(TypedDict, total=False):
    productId: str
    success: bool
    error: ApplicationError


class ProductChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class ProductChoice(ProductChoiceValueOneOf, total=False):
    id: str
    choiceType: ChoiceType
    key: str | None
    name: str


class ProductGroup(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    groupingCustomizationId: str | None
    choiceOrder: list[str]
    members: list[ProductGroupMember]
    handle: str | None
    groupingCustomization: GroupingCustomization
    media: ProductGroupMedia
    extendedFields: ExtendedFields
    tags: Tags


class ProductGroupMediaSetByOneOf(TypedDict, total=False):
    id: str


class ProductGroupMediaMediaOneOf(TypedDict, total=False):
    image: Image


class ProductGroupMedia(ProductGroupMediaSetByOneOf, ProductGroupMediaMediaOneOf, total=False):
    altText: str | None
    displayName: str | None
    mediaType: MediaType
    thumbnail: Thumbnail
    uploadId: str


class ProductGroupMember(TypedDict, total=False):
    productId: str
    choice: ProductChoice
    slug: str | None
    inventoryAvailabilityStatus: AvailabilityStatus
    status: MembershipStatus
    productName: str | None


class ProductUnassignmentResult(TypedDict, total=False):
    productId: str
    success: bool
    error: ApplicationError


class QueryProductGroupsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[ProductGroupRequestedFields]


class QueryProductGroupsResponse(TypedDict, total=False):
    productGroups: list[ProductGroup]
    pagingMetadata: CursorPagingMetadata
    fields: list[ProductGroupRequestedFields]


class SearchProductGroupsRequest(TypedDict, total=False):
    search: CursorSearch
    fields: list[ProductGroupRequestedFields]


class SearchProductGroupsResponse(TypedDict, total=False):
    productGroups: list[ProductGroup]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData
    fields: list[ProductGroupRequestedFields]


class UnassignProductsFromProductGroupRequest(TypedDict, total=False):
    productGroupId: Required[str]
    productIds: Required[list[str]]


class UnassignProductsFromProductGroupResponse(TypedDict, total=False):
    results: list[ProductUnassignmentResult]


class UpdateProductGroupRequest(TypedDict, total=False):
    productGroup: Required[ProductGroup]
    fields: list[ProductGroupRequestedFields]


class UpdateProductGroupResponse(TypedDict, total=False):
    productGroup: ProductGroup
    fields: list[ProductGroupRequestedFields]
