# File generated from @wix/auto_sdk_stores_read-only-variants-v-3 1.0.139
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.read_only_variants_v3``.

From ``@wix/auto_sdk_stores_read-only-variants-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.read_only_variants_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
FileType: TypeAlias = Literal[
    "UNSPECIFIED",
    "SECURE_PICTURE",
    "SECURE_VIDEO",
    "SECURE_DOCUMENT",
    "SECURE_MUSIC",
    "SECURE_ARCHIVE",
    "SECURE_RAW",
]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
MeasurementUnit: TypeAlias = Literal[
    "UNSPECIFIED",
    "ML",
    "CL",
    "L",
    "CBM",
    "MG",
    "G",
    "KG",
    "MM",
    "CM",
    "M",
    "SQM",
    "OZ",
    "LB",
    "FLOZ",
    "PT",
    "QT",
    "GAL",
    "IN",
    "FT",
    "YD",
    "SQFT",
]
MediaType: TypeAlias = Literal["IMAGE", "VIDEO"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
ProductType: TypeAlias = Literal["PHYSICAL", "DIGITAL"]
RequestedFields: TypeAlias = Literal[
    "CURRENCY", "MERCHANT_DATA", "SUBSCRIPTION_PRICES_INFO", "WEIGHT_MEASUREMENT_UNIT_INFO"
]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class AggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation
    range: RangeAggregation
    scalar: ScalarAggregation
    dateHistogram: DateHistogramAggregation
    nested: NestedAggregation


class Aggregation(AggregationKindOneOf, total=False):
    name: str | None
    type: AggregationType
    fieldPath: str


class AggregationData(TypedDict, total=False):
    results: list[AggregationResults]


class AggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult
    groupedByValue: GroupByValueResults
    dateHistogram: DateHistogramResults
    nested: NestedResults


class AggregationResults(AggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class AggregationResultsScalarResult(TypedDict, total=False):
    type: ScalarType
    value: float


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class CursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    aggregations: list[Aggregation]
    search: SearchDetails
    timeZone: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DateHistogramAggregation(TypedDict, total=False):
    interval: Interval


class DateHistogramResult(TypedDict, total=False):
    value: str
    count: int


class DateHistogramResults(TypedDict, total=False):
    results: list[DateHistogramResult]


class FixedMonetaryAmount(TypedDict, total=False):
    amount: str
    formattedAmount: str | None


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class InventoryStatus(TypedDict, total=False):
    inStock: bool
    preorderEnabled: bool


class NestedAggregation(TypedDict, total=False):
    nestedAggregations: list[NestedAggregationItem]


class NestedAggregationItemKindOneOf(TypedDict, total=False):
    value: ValueAggregation
    range: RangeAggregation
    scalar: ScalarAggregation
    dateHistogram: DateHistogramAggregation


class NestedAggregationItem(NestedAggregationItemKindOneOf, total=False):
    name: str | None
    type: NestedAggregationType
    fieldPath: str


class NestedAggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult


class NestedAggregationResults(NestedAggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class NestedResultValueResultOneOf(TypedDict, total=False):
    value: ValueResult
    range: RangeResult
    scalar: ScalarResult
    dateHistogram: ValueResult


class NestedResultValue(NestedResultValueResultOneOf, total=False):
    pass


class NestedResults(TypedDict, total=False):
    results: list[Results]


class NestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: NestedAggregationResults


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


class ProductMediaMediaOneOf(TypedDict, total=False):
    image: Image
    video: VideoV2


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


class RangeAggregation(TypedDict, total=False):
    buckets: list[RangeBucket]


RangeAggregationResult = TypedDict(
    "RangeAggregationResult",
    {
        "from": "float | None",
        "to": "float | None",
        "count": "int",
    },
    total=False,
)


RangeBucket = TypedDict(
    "RangeBucket",
    {
        "from": "float | None",
        "to": "float | None",
    },
    total=False,
)


RangeResult = TypedDict(
    "RangeResult",
    {
        "from": "int | None",
        "to": "int | None",
        "count": "int | None",
    },
    total=False,
)


class RangeResults(TypedDict, total=False):
    results: list[RangeAggregationResult]


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


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class RevenueDetails(TypedDict, total=False):
    cost: FixedMonetaryAmount
    profit: FixedMonetaryAmount
    profitMargin: float


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarResult(TypedDict, total=False):
    value: int


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


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


class ValueAggregationOptionsOneOf(TypedDict, total=False):
    includeOptions: IncludeMissingValuesOptions


class ValueAggregation(ValueAggregationOptionsOneOf, total=False):
    sortType: SortType
    sortDirection: SortDirection
    limit: int | None
    missingValues: MissingValues


class ValueAggregationResult(TypedDict, total=False):
    value: str
    count: int


class ValueResult(TypedDict, total=False):
    value: str
    count: int | None


class ValueResults(TypedDict, total=False):
    results: list[ValueAggregationResult]


class VariantDigitalProperties(TypedDict, total=False):
    digitalFile: SecuredMedia


class VariantPhysicalProperties(TypedDict, total=False):
    weight: float | None
    pricePerUnit: PricePerUnit


class VideoResolution(TypedDict, total=False):
    url: str
    height: int
    width: int
    format: str


class VideoV2(TypedDict, total=False):
    id: str
    resolutions: list[VideoResolution]
    filename: str | None


class WeightMeasurementUnitInfo(TypedDict, total=False):
    weightMeasurementUnit: WeightUnit
