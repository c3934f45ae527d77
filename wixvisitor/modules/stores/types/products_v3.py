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

AggregationDateHistogramAggregationInterval: TypeAlias = Literal[
    "YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"
]
AggregationNestedAggregationNestedAggregationType: TypeAlias = Literal[
    "VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"
]
AggregationValueAggregationMissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
AggregationValueAggregationSortDirection: TypeAlias = Literal["DESC", "ASC"]
AggregationValueAggregationSortType: TypeAlias = Literal["COUNT", "VALUE"]
Alignment: TypeAlias = Literal["START", "CENTER", "END"]
AppType: TypeAlias = Literal["PRODUCT", "EVENT", "BOOKING"]
AspectRatio: TypeAlias = Literal["SQUARE", "RECTANGLE"]
AvailabilityStatus: TypeAlias = Literal["OUT_OF_STOCK", "IN_STOCK", "PREORDER"]
BackdropType: TypeAlias = Literal["COLOR", "GRADIENT"]
BackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
BannerPosition: TypeAlias = Literal["TOP", "BOTTOM"]
BulkAdjustProductVariantsByFilterRequestRoundingStrategy: TypeAlias = Literal[
    "NO_ROUNDING", "CURRENCY_PRECISION", "NEAREST_WHOLE_NUMBER"
]
ButtonDataType: TypeAlias = Literal["LINK", "ACTION"]
CardDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
CardStylesType: TypeAlias = Literal["CONTAINED", "FRAMELESS"]
ChoiceType: TypeAlias = Literal["CHOICE_TEXT", "ONE_COLOR"]
ColumnSize: TypeAlias = Literal["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"]
CommonSearchDetailsMode: TypeAlias = Literal["OR", "AND"]
Crop: TypeAlias = Literal["FILL", "FIT"]
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
InventoryAvailabilityStatus: TypeAlias = Literal[
    "IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"
]
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
MediaType: TypeAlias = Literal["IMAGE", "VIDEO"]
ModifierRenderType: TypeAlias = Literal["FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"]
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
PreorderStatus: TypeAlias = Literal["ENABLED", "DISABLED", "PARTIALLY_ENABLED"]
ProductOptionRenderType: TypeAlias = Literal["TEXT_CHOICES", "SWATCH_CHOICES"]
ProductPreorderAvailability: TypeAlias = Literal["ALL_VARIANTS", "NO_VARIANTS", "SOME_VARIANTS"]
ProductType: TypeAlias = Literal["PHYSICAL", "DIGITAL"]
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
Resizing: TypeAlias = Literal["FILL", "FIT"]
ResponsivenessBehaviour: TypeAlias = Literal["STACK", "WRAP"]
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
Source: TypeAlias = Literal["HTML", "ADSENSE", "AI", "AI_WIDGET"]
StylesPosition: TypeAlias = Literal["START", "END", "TOP", "HIDDEN"]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
Target: TypeAlias = Literal["SELF", "BLANK", "PARENT", "TOP"]
TextAlignment: TypeAlias = Literal["AUTO", "LEFT", "RIGHT", "CENTER", "JUSTIFY"]
ThumbnailsAlignment: TypeAlias = Literal["TOP", "RIGHT", "BOTTOM", "LEFT", "NONE"]
Type: TypeAlias = Literal["VIEW", "POINTER"]
UserCriteria: TypeAlias = Literal["MEMBERS_ONLY"]
VerticalAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
VerticalAlignmentAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
ViewMode: TypeAlias = Literal["NONE", "FULL", "MINI"]
ViewRole: TypeAlias = Literal["CREATOR", "VOTERS", "EVERYONE"]
VoteRole: TypeAlias = Literal["SITE_MEMBERS", "ALL"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]
Width: TypeAlias = Literal["LARGE", "MEDIUM", "SMALL"]
WidthType: TypeAlias = Literal["CONTENT", "SMALL", "ORIGINAL", "FULL_WIDTH"]
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


class CatalogV3BulkProductResult(TypedDict, total=False):
    itemMetadata: WixCommonItemMetadata
    item: V3Product


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


class ColorData(TypedDict, total=False):
    background: str | None
    foreground: str | None


class Colors(TypedDict, total=False):
    text: str | None
    border: str | None
    background: str | None


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


class Gradient(TypedDict, total=False):
    type: GradientType
    stops: list[Stop]
    angle: int | None
    centerX: float | None
    centerY: float | None


class GroupByValueResultsNestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: AggregationResultsNestedAggregationResults


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


class InventoryStatus(TypedDict, total=False):
    inStock: bool
    preorderEnabled: bool


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


class MaskedProductWithInventory(TypedDict, total=False):
    product: ProductWithInventory


class Media(TypedDict, total=False):
    main: ProductMedia
    itemsInfo: MediaItemsInfo


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


class OptionChoice(TypedDict, total=False):
    optionChoiceIds: OptionChoiceIds
    optionChoiceNames: OptionChoiceNames


class OptionChoiceIds(TypedDict, total=False):
    optionId: str
    choiceId: str


class OptionChoiceNames(TypedDict, total=False):
    optionName: str
    choiceName: str
    renderType: ProductOptionRenderType


class OptionChoiceReferences(TypedDict, total=False):
    optionChoiceIds: V3OptionChoiceIds
    optionChoiceNames: V3OptionChoiceNames


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


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


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


class PriceRange(TypedDict, total=False):
    minValue: FixedMonetaryAmount
    maxValue: FixedMonetaryAmount


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


class ProductCategoriesInfo(TypedDict, total=False):
    categories: list[ProductCategory]


class ProductCategory(TypedDict, total=False):
    id: str
    index: int | None


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


class PurchaseEligibility(TypedDict, total=False):
    userCriteria: UserCriteria


RangeResultsRangeAggregationResult = TypedDict(
    "RangeResultsRangeAggregationResult",
    {
        "from": "float | None",
        "to": "float | None",
        "count": "int",
    },
    total=False,
)


class Rel(TypedDict, total=False):
    nofollow: bool | None
    sponsored: bool | None
    ugc: bool | None
    noreferrer: bool | None


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


class RichContent(TypedDict, total=False):
    nodes: list[Node]
    metadata: Metadata
    documentStyle: DocumentStyle


class SearchProductsOptions(TypedDict, total=False):
    """What ``searchProducts`` reads from ``options``."""

    fields: list[RequestedFields]


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
    variant: SketchDataVariant
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


class V1Media(TypedDict, total=False):
    src: FileSource
    width: int | None
    height: int | None
    duration: float | None


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


class VariantDigitalProperties(TypedDict, total=False):
    digitalFile: SecuredMedia


class VariantPhysicalProperties(TypedDict, total=False):
    weight: float | None
    pricePerUnit: PricePerUnit
    productDimensions: Dimensions
    packageDimensions: Dimensions


class VariantSummary(TypedDict, total=False):
    variantCount: int
    minPriceVariant: Variant


class VariantWithInventoryTypedPropertiesOneOf(TypedDict, total=False):
    physicalProperties: VariantPhysicalProperties
    digitalProperties: VariantDigitalProperties


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
