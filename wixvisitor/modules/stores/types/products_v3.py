# File generated from @wix/auto_sdk_stores_products-v-3 1.0.226
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.products_v3``.

From ``@wix/auto_sdk_stores_products-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.products_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import GIF as GIF
from ._shared import Alignment as Alignment
from ._shared import AnchorData as AnchorData
from ._shared import Animation as Animation
from ._shared import AppEmbedData as AppEmbedData
from ._shared import AppEmbedDataAppDataOneOf as AppEmbedDataAppDataOneOf
from ._shared import ApplicationError as ApplicationError
from ._shared import AppType as AppType
from ._shared import AspectRatio as AspectRatio
from ._shared import AudioData as AudioData
from ._shared import AvailabilityStatus as AvailabilityStatus
from ._shared import Backdrop as Backdrop
from ._shared import BackdropType as BackdropType
from ._shared import Background as Background
from ._shared import BackgroundGradient as BackgroundGradient
from ._shared import BackgroundImage as BackgroundImage
from ._shared import BackgroundType as BackgroundType
from ._shared import Banner as Banner
from ._shared import BannerPosition as BannerPosition
from ._shared import BlockquoteData as BlockquoteData
from ._shared import BookingData as BookingData
from ._shared import Border as Border
from ._shared import BorderColors as BorderColors
from ._shared import BorderWidths as BorderWidths
from ._shared import BulletedListData as BulletedListData
from ._shared import ButtonData as ButtonData
from ._shared import ButtonDataType as ButtonDataType
from ._shared import ButtonStyles as ButtonStyles
from ._shared import CaptionData as CaptionData
from ._shared import CardData as CardData
from ._shared import CardDataBackground as CardDataBackground
from ._shared import CardDataBackgroundType as CardDataBackgroundType
from ._shared import CardStyles as CardStyles
from ._shared import CardStylesType as CardStylesType
from ._shared import CellStyle as CellStyle
from ._shared import CheckboxListData as CheckboxListData
from ._shared import ChoicesSettings as ChoicesSettings
from ._shared import ChoiceType as ChoiceType
from ._shared import CodeBlockData as CodeBlockData
from ._shared import CollapsibleListData as CollapsibleListData
from ._shared import ColorData as ColorData
from ._shared import Colors as Colors
from ._shared import ColumnSize as ColumnSize
from ._shared import CommonCursors as CommonCursors
from ._shared import ConnectedModifier as ConnectedModifier
from ._shared import ConnectedModifierChoice as ConnectedModifierChoice
from ._shared import ConnectedModifierChoiceValueOneOf as ConnectedModifierChoiceValueOneOf
from ._shared import (
    ConnectedModifierModifierSettingsOneOf as ConnectedModifierModifierSettingsOneOf,
)
from ._shared import ConnectedOption as ConnectedOption
from ._shared import ConnectedOptionChoice as ConnectedOptionChoice
from ._shared import ConnectedOptionChoiceValueOneOf as ConnectedOptionChoiceValueOneOf
from ._shared import ConnectedOptionOptionSettingsOneOf as ConnectedOptionOptionSettingsOneOf
from ._shared import Crop as Crop
from ._shared import DecorationType as DecorationType
from ._shared import Design as Design
from ._shared import DesignTarget as DesignTarget
from ._shared import Dimensions as Dimensions
from ._shared import DimensionsUnit as DimensionsUnit
from ._shared import Direction as Direction
from ._shared import DiscountType as DiscountType
from ._shared import DividerData as DividerData
from ._shared import DividerDataAlignment as DividerDataAlignment
from ._shared import DividerDataStyles as DividerDataStyles
from ._shared import EmbedData as EmbedData
from ._shared import EntranceAnimation as EntranceAnimation
from ._shared import EntranceEffect as EntranceEffect
from ._shared import EntranceEffectType as EntranceEffectType
from ._shared import EventData as EventData
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FileData as FileData
from ._shared import FileSource as FileSource
from ._shared import FileSourceDataOneOf as FileSourceDataOneOf
from ._shared import FileType as FileType
from ._shared import FixedMonetaryAmount as FixedMonetaryAmount
from ._shared import FontFamilyData as FontFamilyData
from ._shared import FontSizeData as FontSizeData
from ._shared import FontType as FontType
from ._shared import FreeTextSettings as FreeTextSettings
from ._shared import GalleryData as GalleryData
from ._shared import GalleryOptions as GalleryOptions
from ._shared import GalleryOptionsLayout as GalleryOptionsLayout
from ._shared import GIFData as GIFData
from ._shared import GIFType as GIFType
from ._shared import Gradient as Gradient
from ._shared import GradientType as GradientType
from ._shared import HeadingData as HeadingData
from ._shared import Height as Height
from ._shared import HTMLData as HTMLData
from ._shared import HTMLDataDataOneOf as HTMLDataDataOneOf
from ._shared import Image as Image
from ._shared import ImageData as ImageData
from ._shared import ImageDataCrop as ImageDataCrop
from ._shared import ImageDataStyles as ImageDataStyles
from ._shared import ImagePosition as ImagePosition
from ._shared import ImagePositionPosition as ImagePositionPosition
from ._shared import ImageScalingScaling as ImageScalingScaling
from ._shared import ImageStyles as ImageStyles
from ._shared import Indentation as Indentation
from ._shared import InitialExpandedItems as InitialExpandedItems
from ._shared import InventoryItem as InventoryItem
from ._shared import InventoryItemComposite as InventoryItemComposite
from ._shared import (
    InventoryItemCompositeTrackingMethodOneOf as InventoryItemCompositeTrackingMethodOneOf,
)
from ._shared import InventoryItemTrackingMethodOneOf as InventoryItemTrackingMethodOneOf
from ._shared import Item as Item
from ._shared import ItemDataOneOf as ItemDataOneOf
from ._shared import ItemImage as ItemImage
from ._shared import ItemMetadata as ItemMetadata
from ._shared import ItemStyle as ItemStyle
from ._shared import Keyword as Keyword
from ._shared import LayerEffect as LayerEffect
from ._shared import Layers as Layers
from ._shared import Layout as Layout
from ._shared import LayoutCellData as LayoutCellData
from ._shared import LayoutData as LayoutData
from ._shared import LayoutDataBackground as LayoutDataBackground
from ._shared import LayoutDataBackgroundImage as LayoutDataBackgroundImage
from ._shared import LayoutDataBackgroundType as LayoutDataBackgroundType
from ._shared import LayoutType as LayoutType
from ._shared import LineCap as LineCap
from ._shared import LineStyle as LineStyle
from ._shared import Link as Link
from ._shared import LinkData as LinkData
from ._shared import LinkDataOneOf as LinkDataOneOf
from ._shared import LinkPreviewData as LinkPreviewData
from ._shared import LinkPreviewDataStyles as LinkPreviewDataStyles
from ._shared import ListItemNodeData as ListItemNodeData
from ._shared import ListStyle as ListStyle
from ._shared import LoopAnimation as LoopAnimation
from ._shared import LoopEffect as LoopEffect
from ._shared import LoopEffectType as LoopEffectType
from ._shared import MapData as MapData
from ._shared import MapSettings as MapSettings
from ._shared import MapType as MapType
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import MediaItemsInfo as MediaItemsInfo
from ._shared import MediaReference as MediaReference
from ._shared import MediaReferenceIdentifierOneOf as MediaReferenceIdentifierOneOf
from ._shared import MediaReferences as MediaReferences
from ._shared import MediaType as MediaType
from ._shared import MentionData as MentionData
from ._shared import Metadata as Metadata
from ._shared import ModifierChoicesSettings as ModifierChoicesSettings
from ._shared import ModifierRenderType as ModifierRenderType
from ._shared import NodeStyle as NodeStyle
from ._shared import NodeType as NodeType
from ._shared import Oembed as Oembed
from ._shared import Option as Option
from ._shared import OptionChoiceIds as OptionChoiceIds
from ._shared import OptionChoiceNames as OptionChoiceNames
from ._shared import OptionDesign as OptionDesign
from ._shared import OptionLayout as OptionLayout
from ._shared import OrderedListData as OrderedListData
from ._shared import Orientation as Orientation
from ._shared import Origin as Origin
from ._shared import ParagraphData as ParagraphData
from ._shared import PDFSettings as PDFSettings
from ._shared import Permissions as Permissions
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import Placement as Placement
from ._shared import PlaybackOptions as PlaybackOptions
from ._shared import PluginContainerData as PluginContainerData
from ._shared import PluginContainerDataAlignment as PluginContainerDataAlignment
from ._shared import PluginContainerDataWidth as PluginContainerDataWidth
from ._shared import PluginContainerDataWidthDataOneOf as PluginContainerDataWidthDataOneOf
from ._shared import PointerEffect as PointerEffect
from ._shared import PointerEffectType as PointerEffectType
from ._shared import Poll as Poll
from ._shared import PollData as PollData
from ._shared import PollDataLayout as PollDataLayout
from ._shared import PollDesign as PollDesign
from ._shared import PollDesignBackground as PollDesignBackground
from ._shared import PollDesignBackgroundBackgroundOneOf as PollDesignBackgroundBackgroundOneOf
from ._shared import PollDesignBackgroundType as PollDesignBackgroundType
from ._shared import PollLayout as PollLayout
from ._shared import PollLayoutDirection as PollLayoutDirection
from ._shared import PollLayoutType as PollLayoutType
from ._shared import PollSettings as PollSettings
from ._shared import Position as Position
from ._shared import PreorderInfo as PreorderInfo
from ._shared import PriceInfo as PriceInfo
from ._shared import PricePerUnit as PricePerUnit
from ._shared import PricePerUnitRange as PricePerUnitRange
from ._shared import PricePerUnitRangePricePerUnit as PricePerUnitRangePricePerUnit
from ._shared import PricePerUnitSettings as PricePerUnitSettings
from ._shared import PricingData as PricingData
from ._shared import Product as Product
from ._shared import ProductMedia as ProductMedia
from ._shared import ProductMediaMediaOneOf as ProductMediaMediaOneOf
from ._shared import ProductMediaSetByOneOf as ProductMediaSetByOneOf
from ._shared import ProductOptionRenderType as ProductOptionRenderType
from ._shared import ProductType as ProductType
from ._shared import (
    ProductWithInventoryTypedPropertiesOneOf as ProductWithInventoryTypedPropertiesOneOf,
)
from ._shared import PurchaseEligibility as PurchaseEligibility
from ._shared import Rel as Rel
from ._shared import Resizing as Resizing
from ._shared import ResponsivenessBehaviour as ResponsivenessBehaviour
from ._shared import RevenueDetails as RevenueDetails
from ._shared import Ribbon as Ribbon
from ._shared import RibbonStyles as RibbonStyles
from ._shared import Scaling as Scaling
from ._shared import SectionDivider as SectionDivider
from ._shared import SecuredMedia as SecuredMedia
from ._shared import SeoSchema as SeoSchema
from ._shared import Settings as Settings
from ._shared import Shape as Shape
from ._shared import ShapeData as ShapeData
from ._shared import ShapeDataStyles as ShapeDataStyles
from ._shared import SmartBlockCellData as SmartBlockCellData
from ._shared import SmartBlockData as SmartBlockData
from ._shared import SmartBlockDataType as SmartBlockDataType
from ._shared import Source as Source
from ._shared import Spoiler as Spoiler
from ._shared import SpoilerData as SpoilerData
from ._shared import Stop as Stop
from ._shared import Styles as Styles
from ._shared import StylesBorder as StylesBorder
from ._shared import StylesPosition as StylesPosition
from ._shared import Subscription as Subscription
from ._shared import SubscriptionCyclesOneOf as SubscriptionCyclesOneOf
from ._shared import SubscriptionDetails as SubscriptionDetails
from ._shared import SubscriptionDiscount as SubscriptionDiscount
from ._shared import SubscriptionDiscountDiscountOneOf as SubscriptionDiscountDiscountOneOf
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import TableCellData as TableCellData
from ._shared import TableData as TableData
from ._shared import TableDataDimensions as TableDataDimensions
from ._shared import Tag as Tag
from ._shared import TagList as TagList
from ._shared import Tags as Tags
from ._shared import Target as Target
from ._shared import TextAlignment as TextAlignment
from ._shared import TextStyle as TextStyle
from ._shared import Thumbnail as Thumbnail
from ._shared import Thumbnails as Thumbnails
from ._shared import ThumbnailsAlignment as ThumbnailsAlignment
from ._shared import TocData as TocData
from ._shared import Type as Type
from ._shared import UserCriteria as UserCriteria
from ._shared import V1Media as V1Media
from ._shared import VariantDigitalProperties as VariantDigitalProperties
from ._shared import VariantPhysicalProperties as VariantPhysicalProperties
from ._shared import (
    VariantWithInventoryTypedPropertiesOneOf as VariantWithInventoryTypedPropertiesOneOf,
)
from ._shared import VerticalAlignment as VerticalAlignment
from ._shared import VerticalAlignmentAlignment as VerticalAlignmentAlignment
from ._shared import Video as Video
from ._shared import VideoData as VideoData
from ._shared import VideoResolution as VideoResolution
from ._shared import VideoV2 as VideoV2
from ._shared import ViewMode as ViewMode
from ._shared import ViewRole as ViewRole
from ._shared import VoteRole as VoteRole
from ._shared import WeightMeasurementUnitInfo as WeightMeasurementUnitInfo
from ._shared import WeightRange as WeightRange
from ._shared import WeightUnit as WeightUnit
from ._shared import Width as Width
from ._shared import WidthType as WidthType

AggregationDateHistogramAggregationInterval: TypeAlias = Literal[
    "YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"
]
AggregationNestedAggregationNestedAggregationType: TypeAlias = Literal[
    "VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"
]
AggregationValueAggregationMissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
AggregationValueAggregationSortDirection: TypeAlias = Literal["DESC", "ASC"]
AggregationValueAggregationSortType: TypeAlias = Literal["COUNT", "VALUE"]
BulkAdjustProductVariantsByFilterRequestRoundingStrategy: TypeAlias = Literal[
    "NO_ROUNDING", "CURRENCY_PRECISION", "NEAREST_WHOLE_NUMBER"
]
CommonSearchDetailsMode: TypeAlias = Literal["OR", "AND"]
InventoryAvailabilityStatus: TypeAlias = Literal[
    "IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"
]
PreorderStatus: TypeAlias = Literal["ENABLED", "DISABLED", "PARTIALLY_ENABLED"]
ProductPreorderAvailability: TypeAlias = Literal["ALL_VARIANTS", "NO_VARIANTS", "SOME_VARIANTS"]
RequestedFields: TypeAlias = Literal[
    "URL",
    "CURRENCY",
    "INFO_SECTION",
    "MERCHANT_DATA",
    "PLAIN_DESCRIPTION",
    "INFO_SECTION_PLAIN_DESCRIPTION",
    "SUBSCRIPTION_PRICES_INFO",
    "BREADCRUMBS_INFO",
    "WEIGHT_MEASUREMENT_UNIT_INFO",
    "VARIANT_OPTION_CHOICE_NAMES",
    "MEDIA_ITEMS_INFO",
    "DESCRIPTION",
    "DIRECT_CATEGORIES_INFO",
    "ALL_CATEGORIES_INFO",
    "INFO_SECTION_DESCRIPTION",
    "THUMBNAIL",
    "PRODUCT_CHOICES_MEDIA_REFERENCES",
    "PRODUCT_CHOICES_DISPLAY_IMAGE",
    "MIN_PRICE_VARIANT",
    "DISCOUNT_INFO",
]
SingleEntityOpsRequestedFields: TypeAlias = Literal[
    "URL",
    "CURRENCY",
    "INFO_SECTION",
    "MERCHANT_DATA",
    "PLAIN_DESCRIPTION",
    "INFO_SECTION_PLAIN_DESCRIPTION",
    "SUBSCRIPTION_PRICES_INFO",
    "BREADCRUMBS_INFO",
    "WEIGHT_MEASUREMENT_UNIT_INFO",
    "VARIANT_OPTION_CHOICE_NAMES",
    "MEDIA_ITEMS_INFO",
    "DESCRIPTION",
    "DIRECT_CATEGORIES_INFO",
    "ALL_CATEGORIES_INFO",
    "INFO_SECTION_DESCRIPTION",
    "THUMBNAIL",
    "PRODUCT_CHOICES_MEDIA_REFERENCES",
    "PRODUCT_CHOICES_DISPLAY_IMAGE",
    "DISCOUNT_INFO",
]
SketchDataVariant: TypeAlias = Literal[
    "UNDERLINE", "BOX", "CIRCLE", "HIGHLIGHT", "STRIKETHROUGH", "CROSSED_OFF"
]
WixCommonAggregationType: TypeAlias = Literal[
    "VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"
]
WixCommonScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
WixCommonSortOrder: TypeAlias = Literal["ASC", "DESC"]


class AggregationDataAggregationResultsResultOneOf(TypedDict, total=False):
    values: AggregationResultsValueResults
    ranges: AggregationResultsRangeResults
    scalar: AggregationDataAggregationResultsScalarResult
    groupedByValue: AggregationResultsGroupByValueResults
    dateHistogram: AggregationResultsDateHistogramResults
    nested: AggregationResultsNestedResults


class AggregationDataAggregationResults(AggregationDataAggregationResultsResultOneOf, total=False):
    name: str
    type: WixCommonAggregationType
    fieldPath: str


class AggregationDataAggregationResultsScalarResult(TypedDict, total=False):
    type: WixCommonScalarType
    value: float


class AggregationNestedAggregationNestedAggregationItemKindOneOf(TypedDict, total=False):
    value: CommonAggregationValueAggregation
    range: CommonAggregationRangeAggregation
    scalar: CommonAggregationScalarAggregation
    dateHistogram: CommonAggregationDateHistogramAggregation


class AggregationNestedAggregationNestedAggregationItem(
    AggregationNestedAggregationNestedAggregationItemKindOneOf, total=False
):
    name: str | None
    type: AggregationNestedAggregationNestedAggregationType
    fieldPath: str


AggregationRangeAggregationRangeBucket = TypedDict(
    "AggregationRangeAggregationRangeBucket",
    {
        "from": "float | None",
        "to": "float | None",
    },
    total=False,
)


class AggregationResultsDateHistogramResults(TypedDict, total=False):
    results: list[DateHistogramResultsDateHistogramResult]


class AggregationResultsGroupByValueResults(TypedDict, total=False):
    results: list[GroupByValueResultsNestedValueAggregationResult]


class AggregationResultsNestedAggregationResultsResultOneOf(TypedDict, total=False):
    values: AggregationResultsValueResults
    ranges: AggregationResultsRangeResults
    scalar: AggregationDataAggregationResultsScalarResult


class AggregationResultsNestedAggregationResults(
    AggregationResultsNestedAggregationResultsResultOneOf, total=False
):
    name: str
    type: WixCommonAggregationType
    fieldPath: str


class AggregationResultsNestedResults(TypedDict, total=False):
    results: list[NestedResultsResults]


class AggregationResultsRangeResults(TypedDict, total=False):
    results: list[RangeResultsRangeAggregationResult]


class AggregationResultsValueResults(TypedDict, total=False):
    results: list[ValueResultsValueAggregationResult]


class AggregationValueAggregationIncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class BreadCrumb(TypedDict, total=False):
    categoryId: str
    categoryName: str
    categorySlug: str


class BreadcrumbsInfo(TypedDict, total=False):
    breadcrumbs: list[BreadCrumb]


class BulkAddInfoSectionsToProductsByFilterOptions(TypedDict, total=False):
    """What ``bulkAddInfoSectionsToProductsByFilter`` reads from ``options``."""

    infoSectionIds: list[str]
    search: WixCommonSearchDetails


class BulkAddInfoSectionsToProductsOptions(TypedDict, total=False):
    """What ``bulkAddInfoSectionsToProducts`` reads from ``options``."""

    infoSectionIds: list[str]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkAddProductsToCategoriesByFilterOptions(TypedDict, total=False):
    """What ``bulkAddProductsToCategoriesByFilter`` reads from ``options``."""

    filter: dict[str, Any] | None
    categoryIds: list[str]
    search: WixCommonSearchDetails


class BulkAddProductsToCategoriesByFilterRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    categoryIds: Required[list[str]]
    search: WixCommonSearchDetails


class BulkAddProductsToCategoriesByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkAdjustProductVariantsByFilterOptions(TypedDict, total=False):
    """What ``bulkAdjustProductVariantsByFilter`` reads from ``options``."""

    cost: V3AdjustValue
    rounding: BulkAdjustProductVariantsByFilterRequestRoundingStrategy
    search: WixCommonSearchDetails
    actualPrice: V3AdjustValue
    compareAtPrice: V3AdjustValue
    compareAtPriceDiscount: V3UnsignedAdjustValue


class BulkCreateProductsOptions(TypedDict, total=False):
    """What ``bulkCreateProducts`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkCreateProductsRequest(TypedDict, total=False):
    products: Required[list[V3Product]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkCreateProductsResponse(TypedDict, total=False):
    results: list[CatalogV3BulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class BulkCreateProductsWithInventoryOptions(TypedDict, total=False):
    """What ``bulkCreateProductsWithInventory`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkCreateProductsWithInventoryRequest(TypedDict, total=False):
    products: Required[list[ProductWithInventory]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkCreateProductsWithInventoryResponse(TypedDict, total=False):
    productResults: BulkProductResults
    inventoryResults: BulkInventoryItemResults


class BulkDeleteProductsByFilterOptions(TypedDict, total=False):
    """What ``bulkDeleteProductsByFilter`` reads from ``options``."""

    search: WixCommonSearchDetails


class BulkDeleteProductsResponseBulkProductResult(TypedDict, total=False):
    itemMetadata: WixCommonItemMetadata


class BulkInventoryItemResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: InventoryItem


class BulkInventoryItemResults(TypedDict, total=False):
    results: list[BulkInventoryItemResult]
    bulkActionMetadata: CommonBulkActionMetadata
    error: ApplicationError


class BulkProductResults(TypedDict, total=False):
    results: list[CatalogV3BulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class BulkRemoveInfoSectionsFromProductsByFilterOptions(TypedDict, total=False):
    """What ``bulkRemoveInfoSectionsFromProductsByFilter`` reads from ``options``."""

    infoSectionIds: list[str]
    search: WixCommonSearchDetails


class BulkRemoveInfoSectionsFromProductsOptions(TypedDict, total=False):
    """What ``bulkRemoveInfoSectionsFromProducts`` reads from ``options``."""

    infoSectionIds: list[str]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkRemoveProductsFromCategoriesByFilterOptions(TypedDict, total=False):
    """What ``bulkRemoveProductsFromCategoriesByFilter`` reads from ``options``."""

    filter: dict[str, Any] | None
    categoryIds: list[str]
    search: WixCommonSearchDetails


class BulkRemoveProductsFromCategoriesByFilterRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    categoryIds: Required[list[str]]
    search: WixCommonSearchDetails


class BulkRemoveProductsFromCategoriesByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateProductTagsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateProductTagsByFilter`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductTagsOptions(TypedDict, total=False):
    """What ``bulkUpdateProductTags`` reads from ``options``."""

    assignTags: Tags
    unassignTags: Tags


class BulkUpdateProductTagsResponseBulkUpdateProductTagsResult(TypedDict, total=False):
    itemMetadata: WixCommonItemMetadata


class BulkUpdateProductVariantsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateProductVariantsByFilter`` reads from ``options``."""

    variant: Variant
    search: WixCommonSearchDetails


class BulkUpdateProductVariantsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    variant: Required[Variant]
    search: WixCommonSearchDetails


class BulkUpdateProductVariantsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateProductsByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateProductsByFilter`` reads from ``options``."""

    filter: dict[str, Any] | None
    product: V3Product
    search: WixCommonSearchDetails


class BulkUpdateProductsOptions(TypedDict, total=False):
    """What ``bulkUpdateProducts`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateProductsRequest(TypedDict, total=False):
    products: Required[list[V3MaskedProduct]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateProductsResponse(TypedDict, total=False):
    results: list[CatalogV3BulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class BulkUpdateProductsWithInventoryOptions(TypedDict, total=False):
    """What ``bulkUpdateProductsWithInventory`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateProductsWithInventoryRequest(TypedDict, total=False):
    products: Required[list[MaskedProductWithInventory]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateProductsWithInventoryResponse(TypedDict, total=False):
    productResults: BulkProductResults
    inventoryResults: BulkInventoryItemResults


class CatalogV3BulkProductResult(TypedDict, total=False):
    itemMetadata: WixCommonItemMetadata
    item: V3Product


class CommonAggregationData(TypedDict, total=False):
    results: list[AggregationDataAggregationResults]


class CommonAggregationDateHistogramAggregation(TypedDict, total=False):
    interval: AggregationDateHistogramAggregationInterval


class CommonAggregationNestedAggregation(TypedDict, total=False):
    nestedAggregations: list[AggregationNestedAggregationNestedAggregationItem]


class CommonAggregationRangeAggregation(TypedDict, total=False):
    buckets: list[AggregationRangeAggregationRangeBucket]


class CommonAggregationScalarAggregation(TypedDict, total=False):
    type: WixCommonScalarType


class CommonAggregationValueAggregationOptionsOneOf(TypedDict, total=False):
    includeOptions: AggregationValueAggregationIncludeMissingValuesOptions


class CommonAggregationValueAggregation(CommonAggregationValueAggregationOptionsOneOf, total=False):
    sortType: AggregationValueAggregationSortType
    sortDirection: AggregationValueAggregationSortDirection
    limit: int | None
    missingValues: AggregationValueAggregationMissingValues


class CommonBulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class CommonCursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CommonCursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: CommonCursors
    hasNext: bool | None


class CommonCursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CommonCursorPaging


class CommonCursorQuery(CommonCursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[WixCommonSorting]


class CommonCursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CommonCursorPaging


class CommonCursorSearch(CommonCursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[WixCommonSorting]
    aggregations: list[WixCommonAggregation]
    search: WixCommonSearchDetails
    timeZone: str | None


class CountProductsOptions(TypedDict, total=False):
    """What ``countProducts`` reads from ``options``."""

    filter: dict[str, Any] | None
    search: WixCommonSearchDetails
    returnNonVisibleProducts: bool


class CreateProductOptions(TypedDict, total=False):
    """What ``createProduct`` reads from ``options``."""

    fields: list[SingleEntityOpsRequestedFields]


class CreateProductRequest(TypedDict, total=False):
    product: Required[V3Product]
    fields: list[SingleEntityOpsRequestedFields]


class CreateProductResponse(TypedDict, total=False):
    product: V3Product


class CreateProductWithInventoryOptions(TypedDict, total=False):
    """What ``createProductWithInventory`` reads from ``options``."""

    returnEntity: bool
    fields: list[SingleEntityOpsRequestedFields]


class CreateProductWithInventoryRequest(TypedDict, total=False):
    product: Required[ProductWithInventory]
    returnEntity: bool
    fields: list[SingleEntityOpsRequestedFields]


class CreateProductWithInventoryResponse(TypedDict, total=False):
    product: V3Product
    inventoryResults: BulkInventoryItemResults


class DateHistogramResultsDateHistogramResult(TypedDict, total=False):
    value: str
    count: int


class DecorationDataOneOf(TypedDict, total=False):
    anchorData: AnchorData
    colorData: ColorData
    linkData: LinkData
    mentionData: MentionData
    fontSizeData: FontSizeData
    fontWeightValue: int | None
    italicData: bool | None
    underlineData: bool | None
    spoilerData: SpoilerData
    strikethroughData: bool | None
    superscriptData: bool | None
    subscriptData: bool | None
    fontFamilyData: FontFamilyData
    sketchData: SketchData


class Decoration(DecorationDataOneOf, total=False):
    type: DecorationType


class DocumentStyle(TypedDict, total=False):
    headerOne: TextNodeStyle
    headerTwo: TextNodeStyle
    headerThree: TextNodeStyle
    headerFour: TextNodeStyle
    headerFive: TextNodeStyle
    headerSix: TextNodeStyle
    paragraph: TextNodeStyle
    blockquote: TextNodeStyle
    codeBlock: TextNodeStyle


class GetAllProductsCategoryRequest(TypedDict, total=False):
    pass


class GetAllProductsCategoryResponse(TypedDict, total=False):
    categoryId: str
    treeReference: TreeReference


class GetProductBySlugOptions(TypedDict, total=False):
    """What ``getProductBySlug`` reads from ``options``."""

    fields: list[SingleEntityOpsRequestedFields]


class GetProductOptions(TypedDict, total=False):
    """What ``getProduct`` reads from ``options``."""

    fields: list[SingleEntityOpsRequestedFields]


class GroupByValueResultsNestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: AggregationResultsNestedAggregationResults


class InfoSection(TypedDict, total=False):
    id: str | None
    uniqueName: str | None
    title: str | None
    description: RichContent
    plainDescription: str | None


class Inventory(TypedDict, total=False):
    availabilityStatus: InventoryAvailabilityStatus
    preorderStatus: PreorderStatus
    preorderAvailability: ProductPreorderAvailability


class InventoryStatus(TypedDict, total=False):
    inStock: bool
    preorderEnabled: bool


class MaskedProductWithInventory(TypedDict, total=False):
    product: ProductWithInventory


class Media(TypedDict, total=False):
    main: ProductMedia
    itemsInfo: MediaItemsInfo


class NestedResultsNestedResultValueResultOneOf(TypedDict, total=False):
    value: NestedResultsValueResult
    range: NestedResultsRangeResult
    scalar: NestedResultsScalarResult
    dateHistogram: NestedResultsValueResult


class NestedResultsNestedResultValue(NestedResultsNestedResultValueResultOneOf, total=False):
    pass


NestedResultsRangeResult = TypedDict(
    "NestedResultsRangeResult",
    {
        "from": "int | None",
        "to": "int | None",
        "count": "int | None",
    },
    total=False,
)


class NestedResultsResults(TypedDict, total=False):
    results: dict[str, NestedResultsNestedResultValue]


class NestedResultsScalarResult(TypedDict, total=False):
    value: int


class NestedResultsValueResult(TypedDict, total=False):
    value: str
    count: int | None


class NodeDataOneOf(TypedDict, total=False):
    buttonData: ButtonData
    codeBlockData: CodeBlockData
    dividerData: DividerData
    fileData: FileData
    galleryData: GalleryData
    gifData: GIFData
    headingData: HeadingData
    htmlData: HTMLData
    imageData: ImageData
    linkPreviewData: LinkPreviewData
    mapData: MapData
    paragraphData: ParagraphData
    pollData: PollData
    textData: TextData
    appEmbedData: AppEmbedData
    videoData: VideoData
    embedData: EmbedData
    collapsibleListData: CollapsibleListData
    tableData: TableData
    tableCellData: TableCellData
    externalData: dict[str, Any] | None
    audioData: AudioData
    orderedListData: OrderedListData
    bulletedListData: BulletedListData
    blockquoteData: BlockquoteData
    captionData: CaptionData
    layoutData: LayoutData
    layoutCellData: LayoutCellData
    shapeData: ShapeData
    cardData: CardData
    tocData: TocData
    smartBlockData: SmartBlockData
    smartBlockCellData: SmartBlockCellData
    checkboxListData: CheckboxListData
    listItemData: ListItemNodeData


class Node(NodeDataOneOf, total=False):
    type: NodeType
    id: str
    nodes: list[Node]
    style: NodeStyle


class OptionChoice(TypedDict, total=False):
    optionChoiceIds: OptionChoiceIds
    optionChoiceNames: OptionChoiceNames


class OptionChoiceReferences(TypedDict, total=False):
    optionChoiceIds: V3OptionChoiceIds
    optionChoiceNames: V3OptionChoiceNames


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class PriceRange(TypedDict, total=False):
    minValue: FixedMonetaryAmount
    maxValue: FixedMonetaryAmount


class ProductCategoriesInfo(TypedDict, total=False):
    categories: list[ProductCategory]


class ProductCategory(TypedDict, total=False):
    id: str
    index: int | None


class ProductWithInventory(ProductWithInventoryTypedPropertiesOneOf, total=False):
    id: str | None
    revision: str | None
    name: str | None
    slug: str | None
    plainDescription: str | None
    visible: bool | None
    visibleInPos: bool | None
    media: Media
    seoData: SeoSchema
    taxGroupId: str | None
    options: list[ConnectedOption]
    modifiers: list[ConnectedModifier]
    brand: V3Brand
    infoSections: list[InfoSection]
    ribbon: Ribbon
    additionalRibbons: list[Ribbon]
    mainCategoryId: str | None
    productType: ProductType
    handle: str | None
    variantsInfo: V3VariantsInfo
    subscriptionDetails: SubscriptionDetails
    purchaseEligibility: PurchaseEligibility
    extendedFields: ExtendedFields
    tags: Tags


RangeResultsRangeAggregationResult = TypedDict(
    "RangeResultsRangeAggregationResult",
    {
        "from": "float | None",
        "to": "float | None",
        "count": "int",
    },
    total=False,
)


class RichContent(TypedDict, total=False):
    nodes: list[Node]
    metadata: Metadata
    documentStyle: DocumentStyle


class SearchProductsOptions(TypedDict, total=False):
    """What ``searchProducts`` reads from ``options``."""

    fields: list[RequestedFields]


class SketchData(TypedDict, total=False):
    variant: SketchDataVariant
    color: str | None
    animate: bool | None


class SubscriptionPrice(TypedDict, total=False):
    subscriptionId: str
    price: FixedMonetaryAmount
    pricePerUnit: SubscriptionPricePerUnit
    priceAfterDiscount: FixedMonetaryAmount


class SubscriptionPricePerUnit(TypedDict, total=False):
    value: str
    description: str | None
    priceAfterDiscount: FixedMonetaryAmount


class SubscriptionPricesInfo(TypedDict, total=False):
    subscriptionPrices: list[SubscriptionPrice]


class TextData(TypedDict, total=False):
    text: str
    decorations: list[Decoration]


class TextNodeStyle(TypedDict, total=False):
    decorations: list[Decoration]
    nodeStyle: NodeStyle
    lineHeight: str | None


class TreeReference(TypedDict, total=False):
    appNamespace: str
    treeKey: str | None


class UpdateProductOptions(TypedDict, total=False):
    """What ``updateProduct`` reads from ``options``."""

    fields: list[SingleEntityOpsRequestedFields]


class UpdateProductRequest(TypedDict, total=False):
    product: Required[V3Product]
    fields: list[SingleEntityOpsRequestedFields]


class UpdateProductResponse(TypedDict, total=False):
    product: V3Product


class UpdateProductWithInventoryOptions(TypedDict, total=False):
    """What ``updateProductWithInventory`` reads from ``options``."""

    returnEntity: bool
    fields: list[SingleEntityOpsRequestedFields]


class UpdateProductWithInventoryRequest(TypedDict, total=False):
    product: Required[ProductWithInventory]
    returnEntity: bool
    fields: list[SingleEntityOpsRequestedFields]


class UpdateProductWithInventoryResponse(TypedDict, total=False):
    product: V3Product
    inventoryResults: BulkInventoryItemResults


class V3AdjustValueAdjustValueOneOf(TypedDict, total=False):
    amount: str
    percentage: int


class V3AdjustValue(V3AdjustValueAdjustValueOneOf, total=False):
    pass


class V3Brand(TypedDict, total=False):
    id: str | None
    name: str | None


class V3BulkAddInfoSectionsToProductsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    infoSectionIds: Required[list[str]]
    search: WixCommonSearchDetails


class V3BulkAddInfoSectionsToProductsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3BulkAddInfoSectionsToProductsRequest(TypedDict, total=False):
    products: Required[list[V3ProductIdWithRevision]]
    infoSectionIds: Required[list[str]]
    returnEntity: bool
    fields: list[RequestedFields]


class V3BulkAddInfoSectionsToProductsResponse(TypedDict, total=False):
    results: list[CatalogV3BulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class V3BulkAdjustProductVariantsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    cost: V3AdjustValue
    rounding: BulkAdjustProductVariantsByFilterRequestRoundingStrategy
    search: WixCommonSearchDetails
    actualPrice: V3AdjustValue
    compareAtPrice: V3AdjustValue
    compareAtPriceDiscount: V3UnsignedAdjustValue


class V3BulkAdjustProductVariantsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3BulkDeleteProductsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    search: WixCommonSearchDetails


class V3BulkDeleteProductsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3BulkDeleteProductsRequest(TypedDict, total=False):
    productIds: Required[list[str]]


class V3BulkDeleteProductsResponse(TypedDict, total=False):
    results: list[BulkDeleteProductsResponseBulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class V3BulkRemoveInfoSectionsFromProductsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    infoSectionIds: Required[list[str]]
    search: WixCommonSearchDetails


class V3BulkRemoveInfoSectionsFromProductsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3BulkRemoveInfoSectionsFromProductsRequest(TypedDict, total=False):
    products: Required[list[V3ProductIdWithRevision]]
    infoSectionIds: Required[list[str]]
    returnEntity: bool
    fields: list[RequestedFields]


class V3BulkRemoveInfoSectionsFromProductsResponse(TypedDict, total=False):
    results: list[CatalogV3BulkProductResult]
    bulkActionMetadata: CommonBulkActionMetadata


class V3BulkUpdateProductTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: Tags
    unassignTags: Tags


class V3BulkUpdateProductTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3BulkUpdateProductTagsRequest(TypedDict, total=False):
    productIds: Required[list[str]]
    assignTags: Tags
    unassignTags: Tags


class V3BulkUpdateProductTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateProductTagsResponseBulkUpdateProductTagsResult]
    bulkActionMetadata: CommonBulkActionMetadata


class V3BulkUpdateProductsByFilterRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    product: Required[V3Product]
    search: WixCommonSearchDetails


class V3BulkUpdateProductsByFilterResponse(TypedDict, total=False):
    jobId: str


class V3CountProductsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    search: WixCommonSearchDetails
    returnNonVisibleProducts: bool


class V3CountProductsResponse(TypedDict, total=False):
    count: int


class V3DeleteProductRequest(TypedDict, total=False):
    productId: Required[str]


class V3DeleteProductResponse(TypedDict, total=False):
    pass


class V3GetProductBySlugRequest(TypedDict, total=False):
    slug: Required[str]
    fields: list[SingleEntityOpsRequestedFields]


class V3GetProductBySlugResponse(TypedDict, total=False):
    product: V3Product


class V3GetProductRequest(TypedDict, total=False):
    productId: Required[str]
    fields: list[SingleEntityOpsRequestedFields]


class V3GetProductResponse(TypedDict, total=False):
    product: V3Product


class V3MaskedProduct(TypedDict, total=False):
    product: V3Product


class V3OptionChoiceIds(TypedDict, total=False):
    optionId: str
    choiceId: str


class V3OptionChoiceNames(TypedDict, total=False):
    optionName: str
    choiceName: str
    renderType: ProductOptionRenderType


class V3ProductTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: PhysicalProperties


class V3Product(V3ProductTypedPropertiesOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    slug: str | None
    url: PageUrlV2
    description: RichContent
    plainDescription: str | None
    visible: bool | None
    visibleInPos: bool | None
    media: Media
    seoData: SeoSchema
    taxGroupId: str | None
    options: list[ConnectedOption]
    modifiers: list[ConnectedModifier]
    brand: V3Brand
    infoSections: list[InfoSection]
    ribbon: Ribbon
    directCategoriesInfo: ProductCategoriesInfo
    allCategoriesInfo: ProductCategoriesInfo
    mainCategoryId: str | None
    costRange: PriceRange
    inventory: Inventory
    productType: ProductType
    handle: str | None
    currency: str | None
    breadcrumbsInfo: BreadcrumbsInfo
    actualPriceRange: PriceRange
    compareAtPriceRange: PriceRange
    variantsInfo: VariantsInfo
    purchaseEligibility: PurchaseEligibility
    additionalRibbons: list[Ribbon]
    extendedFields: ExtendedFields
    tags: Tags
    subscriptionDetails: SubscriptionDetails
    variantSummary: VariantSummary


class V3ProductIdWithRevision(TypedDict, total=False):
    productId: str
    revision: str


class V3QueryProductsRequest(TypedDict, total=False):
    query: CommonCursorQuery
    fields: list[RequestedFields]


class V3QueryProductsResponse(TypedDict, total=False):
    products: list[V3Product]
    pagingMetadata: CommonCursorPagingMetadata


class V3SearchProductsRequest(TypedDict, total=False):
    search: CommonCursorSearch
    fields: list[RequestedFields]


class V3SearchProductsResponse(TypedDict, total=False):
    products: list[V3Product]
    pagingMetadata: CommonCursorPagingMetadata
    aggregationData: CommonAggregationData


class V3UnsignedAdjustValueAdjustValueOneOf(TypedDict, total=False):
    amount: str
    percentage: int


class V3UnsignedAdjustValue(V3UnsignedAdjustValueAdjustValueOneOf, total=False):
    pass


class V3VariantsInfo(TypedDict, total=False):
    variants: list[VariantWithInventory]


class ValueResultsValueAggregationResult(TypedDict, total=False):
    value: str
    count: int


class VariantTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: VariantPhysicalProperties
    digitalProperties: VariantDigitalProperties


class Variant(VariantTypedPropertiesOneOf, total=False):
    id: str | None
    visible: bool | None
    sku: str | None
    barcode: str | None
    choices: list[OptionChoice]
    price: PriceInfo
    revenueDetails: RevenueDetails
    media: ProductMedia
    subscriptionPricesInfo: SubscriptionPricesInfo
    inventoryStatus: InventoryStatus


class VariantSummary(TypedDict, total=False):
    variantCount: int
    minPriceVariant: Variant


class VariantWithInventory(VariantWithInventoryTypedPropertiesOneOf, total=False):
    id: str | None
    visible: bool | None
    sku: str | None
    barcode: str | None
    price: PriceInfo
    revenueDetails: RevenueDetails
    inventoryItem: InventoryItemComposite
    choices: list[OptionChoiceReferences]


class VariantsInfo(TypedDict, total=False):
    variants: list[Variant]


class WixCommonAggregationKindOneOf(TypedDict, total=False):
    value: CommonAggregationValueAggregation
    range: CommonAggregationRangeAggregation
    scalar: CommonAggregationScalarAggregation
    dateHistogram: CommonAggregationDateHistogramAggregation
    nested: CommonAggregationNestedAggregation


class WixCommonAggregation(WixCommonAggregationKindOneOf, total=False):
    name: str | None
    type: WixCommonAggregationType
    fieldPath: str


class WixCommonItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class WixCommonSearchDetails(TypedDict, total=False):
    mode: CommonSearchDetailsMode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class WixCommonSorting(TypedDict, total=False):
    fieldName: str
    order: WixCommonSortOrder
    selectItemsBy: list[dict[str, Any]] | None
