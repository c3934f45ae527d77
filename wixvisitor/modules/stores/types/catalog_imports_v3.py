# File generated from @wix/auto_sdk_stores_catalog-imports-v-3 1.0.90
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.catalog_imports_v3``.

From ``@wix/auto_sdk_stores_catalog-imports-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.catalog_imports_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

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
from ._shared import BulkActionMetadata as BulkActionMetadata
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
from ._shared import Decoration as Decoration
from ._shared import DecorationDataOneOf as DecorationDataOneOf
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
from ._shared import DocumentStyle as DocumentStyle
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
from ._shared import InventoryItemComposite as InventoryItemComposite
from ._shared import (
    InventoryItemCompositeTrackingMethodOneOf as InventoryItemCompositeTrackingMethodOneOf,
)
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
from ._shared import SketchData as SketchData
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
from ._shared import TextData as TextData
from ._shared import TextNodeStyle as TextNodeStyle
from ._shared import TextStyle as TextStyle
from ._shared import Thumbnail as Thumbnail
from ._shared import Thumbnails as Thumbnails
from ._shared import ThumbnailsAlignment as ThumbnailsAlignment
from ._shared import TocData as TocData
from ._shared import Type as Type
from ._shared import UserCriteria as UserCriteria
from ._shared import V1Media as V1Media
from ._shared import Variant as Variant
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


class AddProductResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class AddProductsToImportRequest(TypedDict, total=False):
    catalogImportId: Required[str]
    products: Required[list[ProductItem]]


class AddProductsToImportResponse(TypedDict, total=False):
    results: list[AddProductResult]
    bulkActionMetadata: BulkActionMetadata


class Brand(TypedDict, total=False):
    id: str | None
    name: str | None


class CatalogImport(TypedDict, total=False):
    id: str | None
    createdDate: str | None


class CreateCatalogImportRequest(TypedDict, total=False):
    catalogImport: Required[CatalogImport]


class CreateCatalogImportResponse(TypedDict, total=False):
    catalogImport: CatalogImport


class InfoSection(TypedDict, total=False):
    id: str | None
    uniqueName: str | None
    title: str | None
    description: RichContent
    plainDescription: str | None


class Media(TypedDict, total=False):
    main: ProductMedia
    itemsInfo: MediaItemsInfo


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


class OptionChoiceReferences(TypedDict, total=False):
    optionChoiceIds: OptionChoiceIds
    optionChoiceNames: OptionChoiceNames


class ProductCategoryIdsInfo(TypedDict, total=False):
    categoryIds: list[str]


class ProductItem(TypedDict, total=False):
    product: ProductWithInventory
    categoryIdsInfo: ProductCategoryIdsInfo


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
    brand: Brand
    infoSections: list[InfoSection]
    ribbon: Ribbon
    additionalRibbons: list[Ribbon]
    mainCategoryId: str | None
    productType: ProductType
    handle: str | None
    variantsInfo: VariantsInfo
    subscriptionDetails: SubscriptionDetails
    purchaseEligibility: PurchaseEligibility
    extendedFields: ExtendedFields
    tags: Tags


class RichContent(TypedDict, total=False):
    nodes: list[Node]
    metadata: Metadata
    documentStyle: DocumentStyle


class SubmitCatalogImportRequest(TypedDict, total=False):
    catalogImportId: Required[str]


class SubmitCatalogImportResponse(TypedDict, total=False):
    jobId: str
    totalProductsCount: int


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
    variants: list[VariantWithInventory]
