# File generated from @wix/stores 1.0.918 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/stores`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
Alignment: TypeAlias = Literal["START", "CENTER", "END"]
AppType: TypeAlias = Literal["PRODUCT", "EVENT", "BOOKING"]
AspectRatio: TypeAlias = Literal["SQUARE", "RECTANGLE"]
AvailabilityStatus: TypeAlias = Literal["OUT_OF_STOCK", "IN_STOCK", "PREORDER"]
BackdropType: TypeAlias = Literal["COLOR", "GRADIENT"]
BackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
BannerPosition: TypeAlias = Literal["TOP", "BOTTOM"]
ButtonDataType: TypeAlias = Literal["LINK", "ACTION"]
CardDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
CardStylesType: TypeAlias = Literal["CONTAINED", "FRAMELESS"]
ChoiceType: TypeAlias = Literal["CHOICE_TEXT", "ONE_COLOR"]
ColumnSize: TypeAlias = Literal["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"]
Crop: TypeAlias = Literal["FILL", "FIT"]
CustomizationRenderType: TypeAlias = Literal["FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"]
CustomizationType: TypeAlias = Literal["PRODUCT_OPTION", "MODIFIER"]
DecorationType: TypeAlias = Literal[
    "BOLD",
    "ITALIC",
    "UNDERLINE",
    "SPOILER",
    "ANCHOR",
    "MENTION",
    "LINK",
    "COLOR",
    "FONT_SIZE",
    "EXTERNAL",
    "STRIKETHROUGH",
    "SUPERSCRIPT",
    "SUBSCRIPT",
    "FONT_FAMILY",
    "SKETCH",
]
DesignTarget: TypeAlias = Literal["LAYOUT", "CELL"]
DimensionsUnit: TypeAlias = Literal["UNKNOWN_DIMENSIONS_UNIT", "MM", "CM", "M", "IN", "FT", "YD"]
Direction: TypeAlias = Literal["LTR", "RTL"]
DiscountType: TypeAlias = Literal["AMOUNT", "PERCENT"]
DividerDataAlignment: TypeAlias = Literal["CENTER", "LEFT", "RIGHT"]
EntranceEffectType: TypeAlias = Literal[
    "FADE",
    "ARC",
    "BLUR",
    "BOUNCE",
    "DROP",
    "EXPAND",
    "FLIP",
    "FLOAT",
    "FOLD",
    "GLIDE",
    "REVEAL",
    "SHAPE",
    "SHUTTERS",
    "SLIDE",
    "SPIN",
    "TILT",
    "TURN",
    "WINK",
]
FileType: TypeAlias = Literal[
    "UNSPECIFIED",
    "SECURE_PICTURE",
    "SECURE_VIDEO",
    "SECURE_DOCUMENT",
    "SECURE_MUSIC",
    "SECURE_ARCHIVE",
    "SECURE_RAW",
]
FontType: TypeAlias = Literal["PX", "EM"]
GIFType: TypeAlias = Literal["NORMAL", "STICKER"]
GradientType: TypeAlias = Literal["LINEAR", "RADIAL"]
ImagePosition: TypeAlias = Literal[
    "CENTER",
    "CENTER_LEFT",
    "CENTER_RIGHT",
    "TOP",
    "TOP_LEFT",
    "TOP_RIGHT",
    "BOTTOM",
    "BOTTOM_LEFT",
    "BOTTOM_RIGHT",
]
ImagePositionPosition: TypeAlias = Literal[
    "CENTER",
    "CENTER_LEFT",
    "CENTER_RIGHT",
    "TOP",
    "TOP_LEFT",
    "TOP_RIGHT",
    "BOTTOM",
    "BOTTOM_LEFT",
    "BOTTOM_RIGHT",
]
ImageScalingScaling: TypeAlias = Literal["AUTO", "CONTAIN", "COVER"]
Indentation: TypeAlias = Literal["NESTED", "FLAT"]
InitialExpandedItems: TypeAlias = Literal["FIRST", "ALL", "NONE"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
LayerEffect: TypeAlias = Literal["CENTER", "FADE_TO_TOP", "FADE_TO_BOTTOM"]
Layout: TypeAlias = Literal["STACKED", "SIDE_BY_SIDE"]
LayoutDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
LayoutType: TypeAlias = Literal[
    "COLLAGE",
    "MASONRY",
    "GRID",
    "THUMBNAIL",
    "SLIDER",
    "SLIDESHOW",
    "PANORAMA",
    "COLUMN",
    "MAGIC",
    "FULLSIZE",
]
LineCap: TypeAlias = Literal["SQUARE", "ROUND"]
LineStyle: TypeAlias = Literal["SINGLE", "DOUBLE", "DASHED", "DOTTED"]
ListStyle: TypeAlias = Literal[
    "PLAIN",
    "NUMBERED",
    "LETTERS",
    "ROMAN",
    "BULLETED",
    "ALPHABETICAL_INDEX",
    "ALPHABETICAL_INDEX_COMPACT",
]
LoopEffectType: TypeAlias = Literal[
    "BOUNCE",
    "BREATHE",
    "CROSS",
    "FLASH",
    "FLIP",
    "FOLD",
    "JELLO",
    "POKE",
    "PULSE",
    "RUBBER",
    "SPIN",
    "SWING",
    "WIGGLE",
]
MapType: TypeAlias = Literal["ROADMAP", "SATELITE", "HYBRID", "TERRAIN"]
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
MediaItemType: TypeAlias = Literal[
    "unspecified_media_item_type", "image", "video", "audio", "document", "zip"
]
MediaType: TypeAlias = Literal["IMAGE", "VIDEO"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
ModifierRenderType: TypeAlias = Literal["FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
NodeType: TypeAlias = Literal[
    "PARAGRAPH",
    "TEXT",
    "HEADING",
    "BULLETED_LIST",
    "ORDERED_LIST",
    "LIST_ITEM",
    "BLOCKQUOTE",
    "CODE_BLOCK",
    "VIDEO",
    "DIVIDER",
    "FILE",
    "GALLERY",
    "GIF",
    "HTML",
    "IMAGE",
    "LINK_PREVIEW",
    "MAP",
    "POLL",
    "APP_EMBED",
    "BUTTON",
    "COLLAPSIBLE_LIST",
    "TABLE",
    "EMBED",
    "COLLAPSIBLE_ITEM",
    "COLLAPSIBLE_ITEM_TITLE",
    "COLLAPSIBLE_ITEM_BODY",
    "TABLE_CELL",
    "TABLE_ROW",
    "EXTERNAL",
    "AUDIO",
    "CAPTION",
    "LAYOUT",
    "LAYOUT_CELL",
    "SHAPE",
    "CARD",
    "TOC",
    "SMART_BLOCK",
    "SMART_BLOCK_CELL",
    "CHECKBOX_LIST",
]
Orientation: TypeAlias = Literal["ROWS", "COLUMNS"]
Origin: TypeAlias = Literal["IMAGE", "LAYOUT"]
Placement: TypeAlias = Literal["IMAGE", "PRODUCT_INFO"]
PluginContainerDataAlignment: TypeAlias = Literal["CENTER", "LEFT", "RIGHT"]
PointerEffectType: TypeAlias = Literal[
    "AIRY", "BLOB", "BLUR", "SCALE", "SKEW", "SWIVEL", "TILT_3D", "TRACK", "TRACK_3D"
]
PollDesignBackgroundType: TypeAlias = Literal["COLOR", "IMAGE", "GRADIENT"]
PollLayoutDirection: TypeAlias = Literal["LTR", "RTL"]
PollLayoutType: TypeAlias = Literal["LIST", "GRID"]
Position: TypeAlias = Literal["START", "END", "TOP"]
ProductOptionRenderType: TypeAlias = Literal["TEXT_CHOICES", "SWATCH_CHOICES"]
ProductType: TypeAlias = Literal["PHYSICAL", "DIGITAL"]
RequestedFields: TypeAlias = Literal["ASSIGNED_PRODUCTS_COUNT"]
Resizing: TypeAlias = Literal["FILL", "FIT"]
ResponsivenessBehaviour: TypeAlias = Literal["STACK", "WRAP"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
Scaling: TypeAlias = Literal["AUTO", "CONTAIN", "COVER"]
Shape: TypeAlias = Literal[
    "ELLIPSE",
    "TILT",
    "LIQUID",
    "LEFT_WAVE",
    "PAINT_SCRIBBLE",
    "INVERTED_ELLIPSE",
    "RIGHT_WAVE",
    "DUNES",
    "WAVES",
    "TRIANGLE",
    "SEMI_ELLIPSE",
    "PLANTS",
    "LAYERED_ELLIPSE",
    "PIXELS",
    "PAINT",
    "CLOUDS",
    "OPTICAL_ILLUSION",
    "STRIPES",
    "BLOBS",
    "SEMI_CIRCLES",
    "HILL",
    "BRUSH",
    "PEAKS",
    "ANGLED_TRIANGLE",
]
SmartBlockDataType: TypeAlias = Literal[
    "SOLID_BOXES",
    "NUMBERED_BOXES",
    "STATS",
    "CIRCLE_STATS",
    "SOLID_BOXES_ALTERNATING",
    "SOLID_JOINED_BOXES",
    "SIDE_LINE_TEXT",
    "TOP_LINE_TEXT",
    "OUTLINE_BOXES_WITH_TOP_CIRCLE",
    "BIG_BULLETS",
    "SMALL_BULLETS",
    "ARROW_BULLETS",
    "PROCESS_STEPS",
    "BAR_STATS",
    "TIMELINE",
    "MINIMAL_TIMELINE",
    "PILLS",
    "STAR_RATING",
    "QUOTE_BOXES",
    "CIRCLE",
    "PYRAMID",
    "STAIRCASE",
    "VERTICAL_FUNNEL",
]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]
Source: TypeAlias = Literal["HTML", "ADSENSE", "AI", "AI_WIDGET"]
StylesPosition: TypeAlias = Literal["START", "END", "TOP", "HIDDEN"]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
Target: TypeAlias = Literal["SELF", "BLANK", "PARENT", "TOP"]
TextAlignment: TypeAlias = Literal["AUTO", "LEFT", "RIGHT", "CENTER", "JUSTIFY"]
ThumbnailsAlignment: TypeAlias = Literal["TOP", "RIGHT", "BOTTOM", "LEFT", "NONE"]
Type: TypeAlias = Literal["VIEW", "POINTER"]
UserCriteria: TypeAlias = Literal["MEMBERS_ONLY"]
Variant: TypeAlias = Literal[
    "UNDERLINE", "BOX", "CIRCLE", "HIGHLIGHT", "STRIKETHROUGH", "CROSSED_OFF"
]
VerticalAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
VerticalAlignmentAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
ViewMode: TypeAlias = Literal["NONE", "FULL", "MINI"]
ViewRole: TypeAlias = Literal["CREATOR", "VOTERS", "EVERYONE"]
VoteRole: TypeAlias = Literal["SITE_MEMBERS", "ALL"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]
Width: TypeAlias = Literal["LARGE", "MEDIUM", "SMALL"]
WidthType: TypeAlias = Literal["CONTENT", "SMALL", "ORIGINAL", "FULL_WIDTH"]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


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


class AnchorData(TypedDict, total=False):
    anchor: str


class Animation(TypedDict, total=False):
    type: Type
    entrance: EntranceAnimation
    loop: LoopAnimation
    effect: PointerEffect
    transitionDuration: int | None


class AppEmbedDataAppDataOneOf(TypedDict, total=False):
    bookingData: BookingData
    eventData: EventData


class AppEmbedData(AppEmbedDataAppDataOneOf, total=False):
    type: AppType
    itemId: str | None
    name: str | None
    imageSrc: str | None
    url: str | None
    image: V1Media
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


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AudioData(TypedDict, total=False):
    containerData: PluginContainerData
    audio: V1Media
    disableDownload: bool | None
    coverImage: V1Media
    name: str | None
    authorName: str | None
    html: str | None
    animation: Animation


class Backdrop(TypedDict, total=False):
    type: BackdropType
    color: str | None
    gradient: Gradient


class Background(TypedDict, total=False):
    type: BackgroundType
    color: str | None
    gradient: Gradient


class BackgroundGradient(TypedDict, total=False):
    angle: int | None
    startColor: str | None
    lastColor: str | None


class BackgroundImage(TypedDict, total=False):
    media: V1Media
    opacity: int | None
    scaling: Scaling
    position: ImagePositionPosition
    overlay: CardDataBackground
    blur: int | None


class Banner(TypedDict, total=False):
    origin: Origin
    position: BannerPosition


class BlockquoteData(TypedDict, total=False):
    indentation: int
    animation: Animation


class BookingData(TypedDict, total=False):
    durations: str | None


class Border(TypedDict, total=False):
    width: int | None
    radius: int | None


class BorderColors(TypedDict, total=False):
    left: str | None
    right: str | None
    top: str | None
    bottom: str | None


class BorderWidths(TypedDict, total=False):
    left: int | None
    right: int | None
    top: int | None
    bottom: int | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulletedListData(TypedDict, total=False):
    indentation: int
    offset: int | None
    animation: Animation


class ButtonData(TypedDict, total=False):
    containerData: PluginContainerData
    type: ButtonDataType
    styles: Styles
    text: str | None
    link: Link
    animation: Animation


class ButtonStyles(TypedDict, total=False):
    buttonText: str | None
    borderWidth: int | None
    borderRadius: int | None
    borderColor: str | None
    textColor: str | None
    backgroundColor: str | None
    borderColorHover: str | None
    textColorHover: str | None
    backgroundColorHover: str | None
    buttonSize: str | None


class CaptionData(TypedDict, total=False):
    textStyle: TextStyle


class CardData(TypedDict, total=False):
    background: CardDataBackground
    backgroundImage: BackgroundImage


class CardDataBackground(TypedDict, total=False):
    type: CardDataBackgroundType
    color: str | None
    gradient: Gradient


class CardStyles(TypedDict, total=False):
    backgroundColor: str | None
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    type: CardStylesType
    alignment: Alignment
    titlePriceLayout: Layout
    titleColor: str | None
    textColor: str | None


class CellStyle(TypedDict, total=False):
    verticalAlignment: VerticalAlignment
    backgroundColor: str | None


class CheckboxListData(TypedDict, total=False):
    indentation: int
    offset: int | None
    animation: Animation


class ChoicesSettings(TypedDict, total=False):
    choices: list[ConnectedOptionChoice]


class CodeBlockData(TypedDict, total=False):
    textStyle: TextStyle
    animation: Animation


class CollapsibleListData(TypedDict, total=False):
    containerData: PluginContainerData
    expandOnlyOne: bool | None
    initialExpandedItems: InitialExpandedItems
    direction: Direction
    isQapageData: bool | None
    animation: Animation


class Collection(TypedDict, total=False):
    id: str | None
    name: str | None
    media: Media
    numberOfProducts: int
    description: str | None
    slug: str | None
    visible: bool | None


class ColorData(TypedDict, total=False):
    background: str | None
    foreground: str | None


class Colors(TypedDict, total=False):
    text: str | None
    border: str | None
    background: str | None


class CommonCursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class ConnectedModifierModifierSettingsOneOf(TypedDict, total=False):
    freeTextSettings: FreeTextSettings
    choicesSettings: ModifierChoicesSettings


class ConnectedModifier(ConnectedModifierModifierSettingsOneOf, total=False):
    id: str | None
    name: str | None
    modifierRenderType: ModifierRenderType
    toBeRemovedMandatory: bool
    key: str
    mandatory: bool | None


class ConnectedModifierChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class ConnectedModifierChoice(ConnectedModifierChoiceValueOneOf, total=False):
    choiceId: str | None
    linkedMedia: list[ProductMedia]
    choiceType: ChoiceType
    key: str
    name: str | None
    addedPrice: str | None
    displayImage: Image
    media: MediaReferences


class ConnectedOptionOptionSettingsOneOf(TypedDict, total=False):
    choicesSettings: ChoicesSettings


class ConnectedOption(ConnectedOptionOptionSettingsOneOf, total=False):
    id: str | None
    name: str | None
    optionRenderType: ProductOptionRenderType
    key: str


class ConnectedOptionChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class ConnectedOptionChoice(ConnectedOptionChoiceValueOneOf, total=False):
    choiceId: str | None
    linkedMedia: list[ProductMedia]
    choiceType: ChoiceType
    key: str
    name: str | None
    inStock: bool
    visible: bool
    displayImage: Image
    media: MediaReferences


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


class Design(TypedDict, total=False):
    poll: PollDesign
    options: OptionDesign


class Dimensions(TypedDict, total=False):
    length: str | None
    width: str | None
    height: str | None
    unit: DimensionsUnit


class DividerData(TypedDict, total=False):
    containerData: PluginContainerData
    lineStyle: LineStyle
    width: Width
    alignment: DividerDataAlignment
    styles: DividerDataStyles
    animation: Animation


class DividerDataStyles(TypedDict, total=False):
    color: str | None
    lineCap: LineCap
    lineThickness: list[int]
    dashLength: int | None
    dashGap: int | None
    lineGap: int | None


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


class EmbedData(TypedDict, total=False):
    containerData: PluginContainerData
    oembed: Oembed
    src: str | None
    animation: Animation


class EntranceAnimation(TypedDict, total=False):
    effect: EntranceEffect
    duration: int | None
    delay: int | None


class EntranceEffect(TypedDict, total=False):
    type: EntranceEffectType
    direction: str | None
    shape: str | None
    easing: str | None


class EventData(TypedDict, total=False):
    scheduling: str | None
    location: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FileData(TypedDict, total=False):
    containerData: PluginContainerData
    src: FileSource
    name: str | None
    type: str | None
    size: int | None
    pdfSettings: PDFSettings
    mimeType: str | None
    path: str | None
    sizeInKb: str | None
    animation: Animation


class FileSourceDataOneOf(TypedDict, total=False):
    url: str | None
    custom: str | None
    id: str | None


class FileSource(FileSourceDataOneOf, total=False):
    private: bool | None


class FixedMonetaryAmount(TypedDict, total=False):
    amount: str
    formattedAmount: str | None


class FontFamilyData(TypedDict, total=False):
    value: str | None


class FontSizeData(TypedDict, total=False):
    unit: FontType
    value: int | None


class FreeTextSettings(TypedDict, total=False):
    minCharCount: int
    maxCharCount: int
    defaultAddedPrice: str | None
    title: str
    key: str


class GIF(TypedDict, total=False):
    gif: str | None
    mp4: str | None
    still: str | None


class GIFData(TypedDict, total=False):
    containerData: PluginContainerData
    original: GIF
    downsized: GIF
    height: int
    width: int
    gifType: GIFType
    animation: Animation


class GalleryData(TypedDict, total=False):
    containerData: PluginContainerData
    items: list[Item]
    options: GalleryOptions
    disableExpand: bool | None
    disableDownload: bool | None
    animation: Animation


class GalleryOptions(TypedDict, total=False):
    layout: GalleryOptionsLayout
    item: ItemStyle
    thumbnails: Thumbnails


class GalleryOptionsLayout(TypedDict, total=False):
    type: LayoutType
    horizontalScroll: bool | None
    orientation: Orientation
    numberOfColumns: int | None
    mobileNumberOfColumns: int | None


class GetCollectionBySlugRequest(TypedDict, total=False):
    slug: Required[str]


class GetCollectionBySlugResponse(TypedDict, total=False):
    collection: Collection


class Gradient(TypedDict, total=False):
    type: GradientType
    stops: list[Stop]
    angle: int | None
    centerX: float | None
    centerY: float | None


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class HTMLDataDataOneOf(TypedDict, total=False):
    url: str
    html: str
    isAdsense: bool | None
    widgetId: str


class HTMLData(HTMLDataDataOneOf, total=False):
    containerData: PluginContainerData
    source: Source
    autoHeight: bool | None
    animation: Animation


class HeadingData(TypedDict, total=False):
    level: int
    textStyle: TextStyle
    indentation: int | None
    renderedLevel: int | None
    animation: Animation


class Height(TypedDict, total=False):
    custom: str | None


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ImageData(TypedDict, total=False):
    containerData: PluginContainerData
    image: V1Media
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


class ImageDataCrop(TypedDict, total=False):
    x: float | None
    y: float | None
    width: float | None
    height: float | None


class ImageDataStyles(TypedDict, total=False):
    border: StylesBorder


class ImageStyles(TypedDict, total=False):
    hideImage: bool | None
    imagePosition: Position
    aspectRatio: AspectRatio
    resizing: Resizing
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


class InventoryItemTrackingMethodOneOf(TypedDict, total=False):
    inStock: bool
    quantity: int


class InventoryItem(InventoryItemTrackingMethodOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    variantId: str
    locationId: str | None
    productId: str
    trackQuantity: bool
    availabilityStatus: AvailabilityStatus
    preorderInfo: PreorderInfo
    product: Product
    extendedFields: ExtendedFields


class InventoryItemCompositeTrackingMethodOneOf(TypedDict, total=False):
    inStock: bool
    quantity: int


class InventoryItemComposite(InventoryItemCompositeTrackingMethodOneOf, total=False):
    id: str | None
    revision: str | None
    preorderInfo: PreorderInfo


class ItemDataOneOf(TypedDict, total=False):
    image: ItemImage
    video: Video


class Item(ItemDataOneOf, total=False):
    title: str | None
    altText: str | None


class ItemImage(TypedDict, total=False):
    media: V1Media
    link: Link


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class ItemStyle(TypedDict, total=False):
    targetSize: int | None
    ratio: float | None
    crop: Crop
    spacing: int | None


class Keyword(TypedDict, total=False):
    term: str
    isMain: bool
    origin: str | None


class Layers(TypedDict, total=False):
    count: int | None
    offsetY: int | None
    layerEffect: LayerEffect
    offsetX: int | None


class LayoutCellData(TypedDict, total=False):
    colSpan: int | None


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


class LayoutDataBackground(TypedDict, total=False):
    type: LayoutDataBackgroundType
    color: str | None
    gradient: Gradient


class LayoutDataBackgroundImage(TypedDict, total=False):
    media: V1Media
    opacity: int | None
    scaling: ImageScalingScaling
    position: ImagePosition
    blur: int | None
    overlay: LayoutDataBackground


class LinkDataOneOf(TypedDict, total=False):
    url: str
    anchor: str


class Link(LinkDataOneOf, total=False):
    target: Target
    rel: Rel
    customData: str | None


class LinkData(TypedDict, total=False):
    link: Link


class LinkPreviewData(TypedDict, total=False):
    containerData: PluginContainerData
    link: Link
    title: str | None
    thumbnailUrl: str | None
    description: str | None
    html: str | None
    styles: LinkPreviewDataStyles
    animation: Animation


class LinkPreviewDataStyles(TypedDict, total=False):
    backgroundColor: str | None
    titleColor: str | None
    subtitleColor: str | None
    linkColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    borderColor: str | None
    thumbnailPosition: StylesPosition


class ListItemNodeData(TypedDict, total=False):
    checked: bool | None
    animation: Animation


class LoopAnimation(TypedDict, total=False):
    effect: LoopEffect
    duration: int | None
    iterationDelay: int | None


class LoopEffect(TypedDict, total=False):
    type: LoopEffectType
    direction: str | None
    easing: str | None


class MapData(TypedDict, total=False):
    containerData: PluginContainerData
    mapSettings: MapSettings


class MapSettings(TypedDict, total=False):
    address: str | None
    draggable: bool | None
    marker: bool | None
    streetViewControl: bool | None
    zoomControl: bool | None
    lat: float | None
    lng: float | None
    locationName: str | None
    viewModeControl: bool | None
    initialZoom: int | None
    mapType: MapType


class Media(TypedDict, total=False):
    mainMedia: MediaItem
    items: list[MediaItem]


class MediaItemItemOneOf(TypedDict, total=False):
    image: MediaItemUrlAndSize
    video: MediaItemVideo


class MediaItem(MediaItemItemOneOf, total=False):
    thumbnail: MediaItemUrlAndSize
    mediaType: MediaItemType
    title: str
    id: str


class MediaItemUrlAndSize(TypedDict, total=False):
    url: str
    width: int
    height: int
    format: str | None
    altText: str | None


class MediaItemVideo(TypedDict, total=False):
    files: list[MediaItemUrlAndSize]
    stillFrameMediaId: str


class MediaItemsInfo(TypedDict, total=False):
    items: list[ProductMedia]


class MediaReferenceIdentifierOneOf(TypedDict, total=False):
    mediaId: str
    url: str


class MediaReference(MediaReferenceIdentifierOneOf, total=False):
    pass


class MediaReferences(TypedDict, total=False):
    items: list[MediaReference]


class MentionData(TypedDict, total=False):
    name: str
    slug: str
    id: str | None
    type: str | None


class Metadata(TypedDict, total=False):
    version: int
    createdTimestamp: str | None
    updatedTimestamp: str | None
    id: str | None


class ModifierChoicesSettings(TypedDict, total=False):
    choices: list[ConnectedModifierChoice]


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


class NodeStyle(TypedDict, total=False):
    paddingTop: str | None
    paddingBottom: str | None
    backgroundColor: str | None


class Oembed(TypedDict, total=False):
    type: str | None
    width: int | None
    height: int | None
    title: str | None
    url: str | None
    html: str | None
    authorName: str | None
    authorUrl: str | None
    providerName: str | None
    providerUrl: str | None
    thumbnailUrl: str | None
    thumbnailWidth: str | None
    thumbnailHeight: str | None
    videoUrl: str | None
    version: str | None


class Option(TypedDict, total=False):
    id: str | None
    title: str | None
    image: V1Media


class OptionChoiceIds(TypedDict, total=False):
    optionId: str
    choiceId: str


class OptionChoiceNames(TypedDict, total=False):
    optionName: str
    choiceName: str
    renderType: ProductOptionRenderType


class OptionDesign(TypedDict, total=False):
    borderRadius: int | None


class OptionLayout(TypedDict, total=False):
    enableImage: bool | None


class OrderedListData(TypedDict, total=False):
    indentation: int
    offset: int | None
    start: int | None
    animation: Animation


class PDFSettings(TypedDict, total=False):
    viewMode: ViewMode
    disableDownload: bool | None
    disablePrint: bool | None


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadata(TypedDict, total=False):
    items: int
    offset: int


class ParagraphData(TypedDict, total=False):
    textStyle: TextStyle
    indentation: int | None
    level: int | None
    animation: Animation


class Permissions(TypedDict, total=False):
    view: ViewRole
    vote: VoteRole
    allowMultipleVotes: bool | None


class PhysicalProperties(TypedDict, total=False):
    pricePerUnit: PricePerUnitSettings
    fulfillerId: str | None
    shippingWeightRange: WeightRange
    pricePerUnitRange: PricePerUnitRange
    weightMeasurementUnitInfo: WeightMeasurementUnitInfo
    deliveryProfileId: str | None


class PlatformPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PlatformPagingMetadata(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    cursors: Cursors


class PlatformQueryPagingMethodOneOf(TypedDict, total=False):
    paging: PlatformPaging
    cursorPaging: CursorPaging


class PlaybackOptions(TypedDict, total=False):
    autoPlay: bool | None
    playInLoop: bool | None
    showControls: bool | None


class PluginContainerData(TypedDict, total=False):
    width: PluginContainerDataWidth
    alignment: PluginContainerDataAlignment
    spoiler: Spoiler
    height: Height
    textWrap: bool | None


class PluginContainerDataWidthDataOneOf(TypedDict, total=False):
    size: WidthType
    custom: str | None


class PluginContainerDataWidth(PluginContainerDataWidthDataOneOf, total=False):
    pass


class PointerEffect(TypedDict, total=False):
    type: PointerEffectType
    inverted: bool | None
    axis: str | None
    direction: str | None
    easing: str | None


class Poll(TypedDict, total=False):
    id: str | None
    title: str | None
    creatorId: str | None
    image: V1Media
    options: list[Option]
    settings: PollSettings


class PollData(TypedDict, total=False):
    containerData: PluginContainerData
    poll: Poll
    layout: PollDataLayout
    design: Design
    animation: Animation


class PollDataLayout(TypedDict, total=False):
    poll: PollLayout
    options: OptionLayout


class PollDesign(TypedDict, total=False):
    background: PollDesignBackground
    borderRadius: int | None


class PollDesignBackgroundBackgroundOneOf(TypedDict, total=False):
    color: str | None
    image: V1Media
    gradient: BackgroundGradient


class PollDesignBackground(PollDesignBackgroundBackgroundOneOf, total=False):
    type: PollDesignBackgroundType


class PollLayout(TypedDict, total=False):
    type: PollLayoutType
    direction: PollLayoutDirection
    enableImage: bool | None


class PollSettings(TypedDict, total=False):
    permissions: Permissions
    showVoters: bool | None
    showVotesCount: bool | None


class PreorderInfo(TypedDict, total=False):
    enabled: bool | None
    message: str | None
    limit: int | None
    counter: int | None
    quantity: int | None


class PriceInfo(TypedDict, total=False):
    actualPrice: FixedMonetaryAmount
    compareAtPrice: FixedMonetaryAmount
    priceAfterDiscount: FixedMonetaryAmount


class PricePerUnit(TypedDict, total=False):
    settings: PricePerUnitSettings
    value: str
    description: str | None
    priceAfterDiscount: FixedMonetaryAmount


class PricePerUnitRange(TypedDict, total=False):
    minValue: PricePerUnitRangePricePerUnit
    maxValue: PricePerUnitRangePricePerUnit


class PricePerUnitRangePricePerUnit(TypedDict, total=False):
    value: str
    description: str | None


class PricePerUnitSettings(TypedDict, total=False):
    quantity: float
    measurementUnit: MeasurementUnit


class PricingData(TypedDict, total=False):
    valueFrom: str | None
    valueTo: str | None
    discountedValue: str | None
    currency: str | None
    pricingPlanId: str | None


class Product(TypedDict, total=False):
    name: str | None
    directCategoryIds: list[str]
    variantName: str | None
    variantSku: str | None
    variantVisible: bool | None


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


class ProductWithInventoryTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: PhysicalProperties


class PurchaseEligibility(TypedDict, total=False):
    userCriteria: UserCriteria


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


class Rel(TypedDict, total=False):
    nofollow: bool | None
    sponsored: bool | None
    ugc: bool | None
    noreferrer: bool | None


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class RevenueDetails(TypedDict, total=False):
    cost: FixedMonetaryAmount
    profit: FixedMonetaryAmount
    profitMargin: float


class Ribbon(TypedDict, total=False):
    id: str | None
    name: str | None


class RibbonStyles(TypedDict, total=False):
    ribbonText: str | None
    backgroundColor: str | None
    textColor: str | None
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    ribbonPlacement: Placement


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarResult(TypedDict, total=False):
    value: int


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class SectionDivider(TypedDict, total=False):
    type: Shape
    color: str | None
    height: int | None
    offsetX: int | None
    flipped: bool | None
    layers: Layers


class SecuredMedia(TypedDict, total=False):
    id: str
    fileName: str
    fileSize: str | None
    fileType: FileType


class SeoSchema(TypedDict, total=False):
    tags: list[Tag]
    settings: Settings


class Settings(TypedDict, total=False):
    preventAutoRedirect: bool
    keywords: list[Keyword]


class ShapeData(TypedDict, total=False):
    containerData: PluginContainerData
    shape: V1Media
    styles: ShapeDataStyles
    animation: Animation
    link: Link
    altText: str | None


class ShapeDataStyles(TypedDict, total=False):
    color: str | None
    colors: dict[str, str]


class SketchData(TypedDict, total=False):
    variant: Variant
    color: str | None
    animate: bool | None


class SmartBlockCellData(TypedDict, total=False):
    label: str | None
    shape: V1Media
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    type: SmartBlockDataType
    accentColor: str | None
    backgroundColor: str | None
    shapeColor: str | None


class SmartBlockData(TypedDict, total=False):
    type: SmartBlockDataType
    orientation: str | None
    columnSize: ColumnSize
    borderColor: str | None
    borderWidth: int | None
    borderRadius: int | None
    animation: Animation


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class Spoiler(TypedDict, total=False):
    enabled: bool | None
    description: str | None
    buttonText: str | None


class SpoilerData(TypedDict, total=False):
    id: str | None


class Stop(TypedDict, total=False):
    color: str | None
    position: float | None


class Styles(TypedDict, total=False):
    border: Border
    colors: Colors
    borderWidth: int | None
    borderWidthHover: int | None
    borderRadius: int | None
    borderColor: str | None
    borderColorHover: str | None
    textColor: str | None
    textColorHover: str | None
    backgroundColor: str | None
    backgroundColorHover: str | None
    buttonSize: str | None
    background: Background
    backgroundHover: Background


class StylesBorder(TypedDict, total=False):
    width: int | None
    color: str | None
    radius: int | None


class SubscriptionCyclesOneOf(TypedDict, total=False):
    autoRenewal: bool
    billingCycles: int


class Subscription(SubscriptionCyclesOneOf, total=False):
    id: str | None
    title: str
    description: str | None
    visible: bool | None
    frequency: SubscriptionFrequency
    interval: int | None
    discount: SubscriptionDiscount


class SubscriptionDetails(TypedDict, total=False):
    subscriptions: list[Subscription]
    allowOneTimePurchases: bool | None


class SubscriptionDiscountDiscountOneOf(TypedDict, total=False):
    amountOff: str
    percentOff: float


class SubscriptionDiscount(SubscriptionDiscountDiscountOneOf, total=False):
    type: DiscountType


class TableCellData(TypedDict, total=False):
    cellStyle: CellStyle
    borderColors: BorderColors
    colspan: int | None
    rowspan: int | None
    borderWidths: BorderWidths


class TableData(TypedDict, total=False):
    containerData: PluginContainerData
    dimensions: TableDataDimensions
    header: bool | None
    rowHeader: bool | None
    columnHeader: bool | None
    cellSpacing: int | None
    cellPadding: list[int]
    altText: str | None
    animation: Animation


class TableDataDimensions(TypedDict, total=False):
    colsWidthRatio: list[int]
    rowsHeight: list[int]
    colsMinWidth: list[int]


class Tag(TypedDict, total=False):
    type: str
    props: dict[str, Any] | None
    meta: dict[str, Any] | None
    children: str
    custom: bool
    disabled: bool


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    publicTags: TagList


class TextData(TypedDict, total=False):
    text: str
    decorations: list[Decoration]


class TextNodeStyle(TypedDict, total=False):
    decorations: list[Decoration]
    nodeStyle: NodeStyle
    lineHeight: str | None


class TextStyle(TypedDict, total=False):
    textAlignment: TextAlignment
    lineHeight: str | None


class Thumbnail(TypedDict, total=False):
    url: str
    height: int
    width: int
    altText: str | None


class Thumbnails(TypedDict, total=False):
    placement: ThumbnailsAlignment
    spacing: int | None


class TocData(TypedDict, total=False):
    includedHeadings: list[int]
    listStyle: ListStyle
    fontSize: float | None
    itemSpacing: float | None
    color: str | None
    indentation: Indentation
    animation: Animation


class V1Media(TypedDict, total=False):
    src: FileSource
    width: int | None
    height: int | None
    duration: float | None


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
    productDimensions: Dimensions
    packageDimensions: Dimensions


class VariantWithInventoryTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: VariantPhysicalProperties
    digitalProperties: VariantDigitalProperties


class Video(TypedDict, total=False):
    media: V1Media
    thumbnail: V1Media


class VideoData(TypedDict, total=False):
    containerData: PluginContainerData
    video: V1Media
    thumbnail: V1Media
    disableDownload: bool | None
    title: str | None
    options: PlaybackOptions
    animation: Animation


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


class WeightRange(TypedDict, total=False):
    minValue: float
    maxValue: float
