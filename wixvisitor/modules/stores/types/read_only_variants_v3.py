# File generated from @wix/auto_sdk_stores_read-only-variants-v-3 1.0.139
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.read_only_variants_v3``.

From ``@wix/auto_sdk_stores_read-only-variants-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.read_only_variants_v3 import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from ._shared import Aggregation as Aggregation
from ._shared import AggregationData as AggregationData
from ._shared import AggregationKindOneOf as AggregationKindOneOf
from ._shared import AggregationResults as AggregationResults
from ._shared import AggregationResultsResultOneOf as AggregationResultsResultOneOf
from ._shared import AggregationResultsScalarResult as AggregationResultsScalarResult
from ._shared import AggregationType as AggregationType
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
from ._shared import FileType as FileType
from ._shared import GroupByValueResults as GroupByValueResults
from ._shared import Image as Image
from ._shared import IncludeMissingValuesOptions as IncludeMissingValuesOptions
from ._shared import Interval as Interval
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MediaType as MediaType
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
from ._shared import ProductMediaMediaOneOf as ProductMediaMediaOneOf
from ._shared import ProductType as ProductType
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
from ._shared import ValueAggregation as ValueAggregation
from ._shared import ValueAggregationOptionsOneOf as ValueAggregationOptionsOneOf
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults
from ._shared import VideoResolution as VideoResolution
from ._shared import VideoV2 as VideoV2
from ._shared import WeightMeasurementUnitInfo as WeightMeasurementUnitInfo
from ._shared import WeightUnit as WeightUnit

RequestedFields: TypeAlias = Literal[
    "CURRENCY", "MERCHANT_DATA", "SUBSCRIPTION_PRICES_INFO", "WEIGHT_MEASUREMENT_UNIT_INFO"
]


class FixedMonetaryAmount(TypedDict, total=False):
    amount: str
    formattedAmount: str | None


class InventoryStatus(TypedDict, total=False):
    inStock: bool
    preorderEnabled: bool


class OptionChoice(TypedDict, total=False):
    optionChoiceIds: OptionChoiceIds
    optionChoiceNames: OptionChoiceNames


class OptionChoiceIds(TypedDict, total=False):
    optionId: str
    choiceId: str


class OptionChoiceNames(TypedDict, total=False):
    optionName: str
    choiceName: str
    renderType: str


class PhysicalProperties(TypedDict, total=False):
    weightMeasurementUnitInfo: WeightMeasurementUnitInfo


class PriceInfo(TypedDict, total=False):
    actualPrice: FixedMonetaryAmount
    compareAtPrice: FixedMonetaryAmount


class PricePerUnit(TypedDict, total=False):
    settings: PricePerUnitSettings
    value: str
    description: str | None


class PricePerUnitSettings(TypedDict, total=False):
    quantity: float
    measurementUnit: MeasurementUnit


class ProductFieldsTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: PhysicalProperties


class ProductFields(ProductFieldsTypedPropertiesOneOf, total=False):
    productId: str
    name: str | None
    productType: ProductType
    slug: str | None
    visible: bool | None
    visibleInPos: bool | None
    mainCategoryId: str | None
    currency: str | None
    revision: str | None
    handle: str | None


class ProductMediaSetByOneOf(TypedDict, total=False):
    id: str
    url: str


class ProductMedia(ProductMediaSetByOneOf, ProductMediaMediaOneOf, total=False):
    altText: str | None
    displayName: str | None
    mediaType: MediaType
    thumbnail: Thumbnail
    uploadId: str


class QueryVariantsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryVariantsResponse(TypedDict, total=False):
    variants: list[ReadOnlyVariant]
    pagingMetadata: CursorPagingMetadata


class ReadOnlyVariantTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: VariantPhysicalProperties
    digitalProperties: VariantDigitalProperties


class ReadOnlyVariant(ReadOnlyVariantTypedPropertiesOneOf, total=False):
    id: str
    visible: bool | None
    sku: str | None
    barcode: str | None
    optionChoices: list[OptionChoice]
    price: PriceInfo
    revenueDetails: RevenueDetails
    media: ProductMedia
    subscriptionPricesInfo: SubscriptionPricesInfo
    inventoryStatus: InventoryStatus
    productData: ProductFields
    variantId: str


class RevenueDetails(TypedDict, total=False):
    cost: FixedMonetaryAmount
    profit: FixedMonetaryAmount
    profitMargin: float


class SearchVariantsOptions(TypedDict, total=False):
    """What ``searchVariants`` reads from ``options``."""

    fields: list[RequestedFields]


class SearchVariantsRequest(TypedDict, total=False):
    search: CursorSearch
    fields: list[RequestedFields]


class SearchVariantsResponse(TypedDict, total=False):
    variants: list[ReadOnlyVariant]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


class SecuredMedia(TypedDict, total=False):
    id: str
    fileName: str
    fileSize: str | None
    fileType: FileType


class SubscriptionPrice(TypedDict, total=False):
    subscriptionId: str
    price: FixedMonetaryAmount
    pricePerUnit: SubscriptionPricePerUnit


class SubscriptionPricePerUnit(TypedDict, total=False):
    value: str
    description: str | None


class SubscriptionPricesInfo(TypedDict, total=False):
    subscriptionPrices: list[SubscriptionPrice]


class Thumbnail(TypedDict, total=False):
    url: str
    height: int
    width: int
    altText: str | None


class VariantDigitalProperties(TypedDict, total=False):
    digitalFile: SecuredMedia


class VariantPhysicalProperties(TypedDict, total=False):
    weight: float | None
    pricePerUnit: PricePerUnit
