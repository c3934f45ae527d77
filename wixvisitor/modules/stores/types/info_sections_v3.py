# File generated from @wix/auto_sdk_stores_info-sections-v-3 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.info_sections_v3``.

From ``@wix/auto_sdk_stores_info-sections-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.info_sections_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import GIF as GIF
from ._shared import Alignment as Alignment
from ._shared import AnchorData as AnchorData
from ._shared import Animation as Animation
from ._shared import AppEmbedDataAppDataOneOf as AppEmbedDataAppDataOneOf
from ._shared import ApplicationError as ApplicationError
from ._shared import AppType as AppType
from ._shared import AspectRatio as AspectRatio
from ._shared import Backdrop as Backdrop
from ._shared import BackdropType as BackdropType
from ._shared import Background as Background
from ._shared import BackgroundGradient as BackgroundGradient
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
from ._shared import CardDataBackground as CardDataBackground
from ._shared import CardDataBackgroundType as CardDataBackgroundType
from ._shared import CardStyles as CardStyles
from ._shared import CardStylesType as CardStylesType
from ._shared import CellStyle as CellStyle
from ._shared import CheckboxListData as CheckboxListData
from ._shared import CodeBlockData as CodeBlockData
from ._shared import CollapsibleListData as CollapsibleListData
from ._shared import ColorData as ColorData
from ._shared import Colors as Colors
from ._shared import ColumnSize as ColumnSize
from ._shared import Crop as Crop
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import Decoration as Decoration
from ._shared import DecorationDataOneOf as DecorationDataOneOf
from ._shared import DecorationType as DecorationType
from ._shared import DesignTarget as DesignTarget
from ._shared import Direction as Direction
from ._shared import DividerData as DividerData
from ._shared import DividerDataAlignment as DividerDataAlignment
from ._shared import DividerDataStyles as DividerDataStyles
from ._shared import DocumentStyle as DocumentStyle
from ._shared import EmbedData as EmbedData
from ._shared import EntranceAnimation as EntranceAnimation
from ._shared import EntranceEffect as EntranceEffect
from ._shared import EntranceEffectType as EntranceEffectType
from ._shared import EventData as EventData
from ._shared import FileData as FileData
from ._shared import FileSource as FileSource
from ._shared import FileSourceDataOneOf as FileSourceDataOneOf
from ._shared import FontFamilyData as FontFamilyData
from ._shared import FontSizeData as FontSizeData
from ._shared import FontType as FontType
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
from ._shared import ImageDataCrop as ImageDataCrop
from ._shared import ImageDataStyles as ImageDataStyles
from ._shared import ImagePosition as ImagePosition
from ._shared import ImagePositionPosition as ImagePositionPosition
from ._shared import ImageScalingScaling as ImageScalingScaling
from ._shared import ImageStyles as ImageStyles
from ._shared import Indentation as Indentation
from ._shared import InitialExpandedItems as InitialExpandedItems
from ._shared import ItemMetadata as ItemMetadata
from ._shared import ItemStyle as ItemStyle
from ._shared import LayerEffect as LayerEffect
from ._shared import Layers as Layers
from ._shared import Layout as Layout
from ._shared import LayoutCellData as LayoutCellData
from ._shared import LayoutDataBackground as LayoutDataBackground
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
from ._shared import MentionData as MentionData
from ._shared import Metadata as Metadata
from ._shared import NodeStyle as NodeStyle
from ._shared import NodeType as NodeType
from ._shared import Oembed as Oembed
from ._shared import OptionDesign as OptionDesign
from ._shared import OptionLayout as OptionLayout
from ._shared import OrderedListData as OrderedListData
from ._shared import Orientation as Orientation
from ._shared import Origin as Origin
from ._shared import ParagraphData as ParagraphData
from ._shared import PDFSettings as PDFSettings
from ._shared import Permissions as Permissions
from ._shared import Placement as Placement
from ._shared import PlaybackOptions as PlaybackOptions
from ._shared import PluginContainerData as PluginContainerData
from ._shared import PluginContainerDataAlignment as PluginContainerDataAlignment
from ._shared import PluginContainerDataWidth as PluginContainerDataWidth
from ._shared import PluginContainerDataWidthDataOneOf as PluginContainerDataWidthDataOneOf
from ._shared import PointerEffect as PointerEffect
from ._shared import PointerEffectType as PointerEffectType
from ._shared import PollDataLayout as PollDataLayout
from ._shared import PollDesignBackgroundType as PollDesignBackgroundType
from ._shared import PollLayout as PollLayout
from ._shared import PollLayoutDirection as PollLayoutDirection
from ._shared import PollLayoutType as PollLayoutType
from ._shared import Position as Position
from ._shared import PricingData as PricingData
from ._shared import Rel as Rel
from ._shared import RequestedFields as RequestedFields
from ._shared import Resizing as Resizing
from ._shared import ResponsivenessBehaviour as ResponsivenessBehaviour
from ._shared import RibbonStyles as RibbonStyles
from ._shared import Scaling as Scaling
from ._shared import SectionDivider as SectionDivider
from ._shared import Shape as Shape
from ._shared import ShapeDataStyles as ShapeDataStyles
from ._shared import SketchData as SketchData
from ._shared import SmartBlockData as SmartBlockData
from ._shared import SmartBlockDataType as SmartBlockDataType
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import Source as Source
from ._shared import Spoiler as Spoiler
from ._shared import SpoilerData as SpoilerData
from ._shared import Stop as Stop
from ._shared import Styles as Styles
from ._shared import StylesBorder as StylesBorder
from ._shared import StylesPosition as StylesPosition
from ._shared import TableCellData as TableCellData
from ._shared import Target as Target
from ._shared import TextAlignment as TextAlignment
from ._shared import TextData as TextData
from ._shared import TextNodeStyle as TextNodeStyle
from ._shared import TextStyle as TextStyle
from ._shared import Thumbnails as Thumbnails
from ._shared import ThumbnailsAlignment as ThumbnailsAlignment
from ._shared import TocData as TocData
from ._shared import Type as Type
from ._shared import Variant as Variant
from ._shared import VerticalAlignment as VerticalAlignment
from ._shared import VerticalAlignmentAlignment as VerticalAlignmentAlignment
from ._shared import ViewMode as ViewMode
from ._shared import ViewRole as ViewRole
from ._shared import VoteRole as VoteRole
from ._shared import Width as Width
from ._shared import WidthType as WidthType


class AppEmbedData(AppEmbedDataAppDataOneOf, total=False):
    type: AppType
    itemId: str | None
    name: str | None
    imageSrc: str | None
    url: str | None
    image: Media
    hideImage: bool | None
    hideTitle: bool | None
    hidePrice: bool | None
    hideDescription: bool | None
    hideDateTime: bool | None
    hideLocation: bool | None
    hideDuration: bool | None
    hideButton: bool | None
    hideRibbon: bool | None
    buttonStyles: ButtonStyles
    imageStyles: ImageStyles
    ribbonStyles: RibbonStyles
    cardStyles: CardStyles
    containerData: PluginContainerData
    pricingData: PricingData
    animation: Animation


class AudioData(TypedDict, total=False):
    containerData: PluginContainerData
    audio: Media
    disableDownload: bool | None
    coverImage: Media
    name: str | None
    authorName: str | None
    html: str | None
    animation: Animation


class BackgroundImage(TypedDict, total=False):
    media: Media
    opacity: int | None
    scaling: Scaling
    position: ImagePositionPosition
    overlay: CardDataBackground
    blur: int | None


class BulkCreateInfoSectionsOptions(TypedDict, total=False):
    """What ``bulkCreateInfoSections`` reads from ``options``."""

    returnEntity: bool


class BulkCreateInfoSectionsRequest(TypedDict, total=False):
    infoSections: Required[list[InfoSection]]
    returnEntity: bool


class BulkCreateInfoSectionsResponse(TypedDict, total=False):
    results: list[BulkInfoSectionItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteInfoSectionsRequest(TypedDict, total=False):
    infoSectionIds: Required[list[str]]


class BulkDeleteInfoSectionsResponse(TypedDict, total=False):
    results: list[BulkInfoSectionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkGetOrCreateInfoSectionsOptions(TypedDict, total=False):
    """What ``bulkGetOrCreateInfoSections`` reads from ``options``."""

    infoSections: list[InfoSectionForGetOrCreate]
    fields: list[RequestedFields]


class BulkGetOrCreateInfoSectionsRequest(TypedDict, total=False):
    infoSections: list[InfoSectionForGetOrCreate]
    fields: list[RequestedFields]


class BulkGetOrCreateInfoSectionsResponse(TypedDict, total=False):
    results: list[BulkInfoSectionItemResult]
    bulkActionMetadata: BulkActionMetadata


class BulkInfoSectionItemResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: InfoSection


class BulkInfoSectionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateInfoSectionsOptions(TypedDict, total=False):
    """What ``bulkUpdateInfoSections`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateInfoSectionsRequest(TypedDict, total=False):
    infoSections: Required[list[MaskedInfoSection]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateInfoSectionsResponse(TypedDict, total=False):
    results: list[BulkInfoSectionItemResult]
    bulkActionMetadata: BulkActionMetadata


class CardData(TypedDict, total=False):
    background: CardDataBackground
    backgroundImage: BackgroundImage


class CountInfoSectionsOptions(TypedDict, total=False):
    """What ``countInfoSections`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountInfoSectionsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountInfoSectionsResponse(TypedDict, total=False):
    count: int


class CreateInfoSectionRequest(TypedDict, total=False):
    infoSection: Required[InfoSection]


class CreateInfoSectionResponse(TypedDict, total=False):
    infoSection: InfoSection


class DeleteInfoSectionRequest(TypedDict, total=False):
    infoSectionId: Required[str]


class DeleteInfoSectionResponse(TypedDict, total=False):
    pass


class Design(TypedDict, total=False):
    poll: PollDesign
    options: OptionDesign


class Dimensions(TypedDict, total=False):
    colsWidthRatio: list[int]
    rowsHeight: list[int]
    colsMinWidth: list[int]


class GalleryData(TypedDict, total=False):
    containerData: PluginContainerData
    items: list[Item]
    options: GalleryOptions
    disableExpand: bool | None
    disableDownload: bool | None
    animation: Animation


class GetInfoSectionOptions(TypedDict, total=False):
    """What ``getInfoSection`` reads from ``options``."""

    fields: list[RequestedFields]


class GetInfoSectionRequest(TypedDict, total=False):
    infoSectionId: Required[str]
    fields: list[RequestedFields]


class GetInfoSectionResponse(TypedDict, total=False):
    infoSection: InfoSection


class GetOrCreateInfoSectionOptions(TypedDict, total=False):
    """What ``getOrCreateInfoSection`` reads from ``options``."""

    infoSection: InfoSectionForGetOrCreate
    fields: list[RequestedFields]


class GetOrCreateInfoSectionRequest(TypedDict, total=False):
    infoSection: InfoSectionForGetOrCreate
    fields: list[RequestedFields]


class GetOrCreateInfoSectionResponse(TypedDict, total=False):
    infoSection: InfoSection


class Image(TypedDict, total=False):
    media: Media
    link: Link


class ImageData(TypedDict, total=False):
    containerData: PluginContainerData
    image: Media
    link: Link
    disableExpand: bool | None
    altText: str | None
    caption: str | None
    disableDownload: bool | None
    decorative: bool | None
    styles: ImageDataStyles
    crop: ImageDataCrop
    cropShape: str | None
    animation: Animation


class InfoSection(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    uniqueName: str
    title: str
    description: RichContent
    plainDescription: str | None
    assignedProductsCount: int | None


class InfoSectionForGetOrCreate(TypedDict, total=False):
    id: str | None
    uniqueName: str | None
    title: str | None
    description: RichContent
    plainDescription: str | None


class ItemDataOneOf(TypedDict, total=False):
    image: Image
    video: Video


class Item(ItemDataOneOf, total=False):
    title: str | None
    altText: str | None


class LayoutData(TypedDict, total=False):
    backgroundColor: str | None
    backgroundImage: LayoutDataBackgroundImage
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    backdropColor: str | None
    backdropImage: LayoutDataBackgroundImage
    backdropPaddingTop: int | None
    backdropPaddingBottom: int | None
    gap: int | None
    cellPadding: list[int]
    cellVerticalAlignment: VerticalAlignmentAlignment
    responsivenessBehaviour: ResponsivenessBehaviour
    responsivenessBreakpoint: int | None
    containerData: PluginContainerData
    designTarget: DesignTarget
    banner: Banner
    background: LayoutDataBackground
    backdrop: Backdrop
    animation: Animation
    topDivider: SectionDivider
    bottomDivider: SectionDivider


class LayoutDataBackgroundImage(TypedDict, total=False):
    media: Media
    opacity: int | None
    scaling: ImageScalingScaling
    position: ImagePosition
    blur: int | None
    overlay: LayoutDataBackground


class MaskedInfoSection(TypedDict, total=False):
    infoSection: InfoSection
    fieldMask: list[str]


class Media(TypedDict, total=False):
    src: FileSource
    width: int | None
    height: int | None
    duration: float | None


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


class Option(TypedDict, total=False):
    id: str | None
    title: str | None
    image: Media


class Poll(TypedDict, total=False):
    id: str | None
    title: str | None
    creatorId: str | None
    image: Media
    options: list[Option]
    settings: Settings


class PollData(TypedDict, total=False):
    containerData: PluginContainerData
    poll: Poll
    layout: PollDataLayout
    design: Design
    animation: Animation


class PollDesign(TypedDict, total=False):
    background: PollDesignBackground
    borderRadius: int | None


class PollDesignBackgroundBackgroundOneOf(TypedDict, total=False):
    color: str | None
    image: Media
    gradient: BackgroundGradient


class PollDesignBackground(PollDesignBackgroundBackgroundOneOf, total=False):
    type: PollDesignBackgroundType


class QueryInfoSectionsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryInfoSectionsResponse(TypedDict, total=False):
    infoSections: list[InfoSection]
    pagingMetadata: CursorPagingMetadata


class RichContent(TypedDict, total=False):
    nodes: list[Node]
    metadata: Metadata
    documentStyle: DocumentStyle


class Settings(TypedDict, total=False):
    permissions: Permissions
    showVoters: bool | None
    showVotesCount: bool | None


class ShapeData(TypedDict, total=False):
    containerData: PluginContainerData
    shape: Media
    styles: ShapeDataStyles
    animation: Animation
    link: Link
    altText: str | None


class SmartBlockCellData(TypedDict, total=False):
    label: str | None
    shape: Media
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    type: SmartBlockDataType
    accentColor: str | None
    backgroundColor: str | None
    shapeColor: str | None


class TableData(TypedDict, total=False):
    containerData: PluginContainerData
    dimensions: Dimensions
    header: bool | None
    rowHeader: bool | None
    columnHeader: bool | None
    cellSpacing: int | None
    cellPadding: list[int]
    altText: str | None
    animation: Animation


class UpdateInfoSectionOptions(TypedDict, total=False):
    """What ``updateInfoSection`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateInfoSectionRequest(TypedDict, total=False):
    infoSection: Required[InfoSection]
    fields: list[RequestedFields]


class UpdateInfoSectionResponse(TypedDict, total=False):
    infoSection: InfoSection


class Video(TypedDict, total=False):
    media: Media
    thumbnail: Media


class VideoData(TypedDict, total=False):
    containerData: PluginContainerData
    video: Media
    thumbnail: Media
    disableDownload: bool | None
    title: str | None
    options: PlaybackOptions
    animation: Animation
