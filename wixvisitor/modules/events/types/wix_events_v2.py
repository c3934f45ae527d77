# File generated from @wix/auto_sdk_events_wix-events-v-2 1.0.112
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.wix_events_v2``.

From ``@wix/auto_sdk_events_wix-events-v-2``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.wix_events_v2 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CheckoutFormMessages as CheckoutFormMessages
from ._shared import DateAndTimeSettings as DateAndTimeSettings
from ._shared import FacetCounts as FacetCounts
from ._shared import Formatted as Formatted
from ._shared import Input as Input
from ._shared import InputControl as InputControl
from ._shared import InputControlType as InputControlType
from ._shared import Label as Label
from ._shared import LocationType as LocationType
from ._shared import Occurrence as Occurrence
from ._shared import OptionSelection as OptionSelection
from ._shared import OptionSelectionSelectedOptionOneOf as OptionSelectionSelectedOptionOneOf
from ._shared import PageUrl as PageUrl
from ._shared import Recurrences as Recurrences
from ._shared import RecurrenceStatusStatus as RecurrenceStatusStatus
from ._shared import RegistrationClosedMessages as RegistrationClosedMessages
from ._shared import ResponseConfirmation as ResponseConfirmation
from ._shared import Status as Status
from ._shared import TicketsUnavailableMessages as TicketsUnavailableMessages
from ._shared import ValueType as ValueType

ActorType: TypeAlias = Literal["USER", "APP", "SYSTEM"]
Alignment: TypeAlias = Literal["START", "CENTER", "END"]
AnimationType: TypeAlias = Literal["VIEW", "POINTER"]
AppType: TypeAlias = Literal["PRODUCT", "EVENT", "BOOKING"]
AspectRatio: TypeAlias = Literal["SQUARE", "RECTANGLE"]
BackdropType: TypeAlias = Literal["COLOR", "GRADIENT"]
BackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
BannerPosition: TypeAlias = Literal["TOP", "BOTTOM"]
ButtonDataType: TypeAlias = Literal["LINK", "ACTION"]
CardDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
CardStylesType: TypeAlias = Literal["CONTAINED", "FRAMELESS"]
ColumnSize: TypeAlias = Literal["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"]
CommonSortOrder: TypeAlias = Literal["ASC", "DESC"]
ConferenceTypeType: TypeAlias = Literal["MEETING", "WEBINAR"]
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
Direction: TypeAlias = Literal["LTR", "RTL"]
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
FontType: TypeAlias = Literal["PX", "EM"]
GIFType: TypeAlias = Literal["NORMAL", "STICKER"]
GradientType: TypeAlias = Literal["LINEAR", "RADIAL"]
GuestTypeType: TypeAlias = Literal["VISITOR_OR_MEMBER", "MEMBER"]
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
InitialRegistrationTypeType: TypeAlias = Literal["RSVP", "TICKETING"]
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
RegistrationStatusStatus: TypeAlias = Literal[
    "UNKNOWN_REGISTRATION_STATUS",
    "CLOSED_AUTOMATICALLY",
    "CLOSED_MANUALLY",
    "OPEN_RSVP",
    "OPEN_RSVP_WAITLIST_ONLY",
    "OPEN_TICKETS",
    "OPEN_EXTERNAL",
    "SCHEDULED_RSVP",
]
RegistrationTypeType: TypeAlias = Literal["RSVP", "TICKETING", "EXTERNAL", "NONE"]
RequestedFields: TypeAlias = Literal[
    "DETAILS",
    "TEXTS",
    "REGISTRATION",
    "URLS",
    "FORM",
    "DASHBOARD",
    "FEED",
    "ONLINE_CONFERENCING_SESSION",
    "SEO_SETTINGS",
    "AGENDA",
    "CATEGORIES",
]
Resizing: TypeAlias = Literal["FILL", "FIT"]
ResponseType: TypeAlias = Literal["YES_ONLY", "YES_AND_NO"]
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
Target: TypeAlias = Literal["SELF", "BLANK", "PARENT", "TOP"]
TaxType: TypeAlias = Literal["INCLUDED_IN_PRICE", "ADDED_AT_CHECKOUT"]
TextAlignment: TypeAlias = Literal["AUTO", "LEFT", "RIGHT", "CENTER", "JUSTIFY"]
ThumbnailsAlignment: TypeAlias = Literal["TOP", "RIGHT", "BOTTOM", "LEFT", "NONE"]
Variant: TypeAlias = Literal[
    "UNDERLINE", "BOX", "CIRCLE", "HIGHLIGHT", "STRIKETHROUGH", "CROSSED_OFF"
]
VerticalAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
VerticalAlignmentAlignment: TypeAlias = Literal["TOP", "MIDDLE", "BOTTOM"]
ViewMode: TypeAlias = Literal["NONE", "FULL", "MINI"]
ViewRole: TypeAlias = Literal["CREATOR", "VOTERS", "EVERYONE"]
VoteRole: TypeAlias = Literal["SITE_MEMBERS", "ALL"]
Width: TypeAlias = Literal["LARGE", "MEDIUM", "SMALL"]
WidthType: TypeAlias = Literal["CONTENT", "SMALL", "ORIGINAL", "FULL_WIDTH"]


class AddressStreetOneOf(TypedDict, total=False):
    streetAddress: StreetAddress
    addressLine: str | None


class Address(AddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


class AgendaSettings(TypedDict, total=False):
    enabled: bool
    pageUrl: PageUrl


class AnchorData(TypedDict, total=False):
    anchor: str


class Animation(TypedDict, total=False):
    type: AnimationType
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
    media: Media
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


class BulkCancelEventsByFilterOptions(TypedDict, total=False):
    """What ``bulkCancelEventsByFilter`` reads from ``options``."""

    filter: CommonQueryV2


class BulkCancelEventsByFilterRequest(TypedDict, total=False):
    filter: CommonQueryV2


class BulkCancelEventsByFilterResponse(TypedDict, total=False):
    pass


class BulkDeleteEventsByFilterOptions(TypedDict, total=False):
    """What ``bulkDeleteEventsByFilter`` reads from ``options``."""

    filter: CommonQueryV2


class BulkDeleteEventsByFilterRequest(TypedDict, total=False):
    filter: CommonQueryV2


class BulkDeleteEventsByFilterResponse(TypedDict, total=False):
    pass


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


class CalendarUrls(TypedDict, total=False):
    google: str
    ics: str


class CancelEventOptions(TypedDict, total=False):
    """What ``cancelEvent`` reads from ``options``."""

    fields: list[RequestedFields]


class CancelEventRequest(TypedDict, total=False):
    eventId: Required[str]
    fields: list[RequestedFields]


class CancelEventResponse(TypedDict, total=False):
    event: Event


class Cancellation(TypedDict, total=False):
    canceledDate: str | None
    actorType: ActorType
    actorName: str
    actorEmail: str


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


class CloneEventOptions(TypedDict, total=False):
    """What ``cloneEvent`` reads from ``options``."""

    event: Event
    draft: bool
    fields: list[RequestedFields]


class CloneEventRequest(TypedDict, total=False):
    eventId: Required[str]
    event: Event
    draft: bool
    fields: list[RequestedFields]


class CloneEventResponse(TypedDict, total=False):
    event: Event


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


class CommonCursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CommonPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class CommonPagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: CommonCursors


class CommonQueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: CommonPaging


class CommonQueryV2(CommonQueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[CommonSorting]


class CommonSorting(TypedDict, total=False):
    fieldName: str
    order: CommonSortOrder


class CountEventsByStatusOptions(TypedDict, total=False):
    """What ``countEventsByStatus`` reads from ``options``."""

    filter: dict[str, Any] | None
    facet: list[str]
    includeDrafts: bool


class CountEventsByStatusRequest(TypedDict, total=False):
    filter: dict[str, Any] | None
    facet: list[str]
    includeDrafts: bool


class CountEventsByStatusResponse(TypedDict, total=False):
    pagingMetadata: CommonPagingMetadataV2
    facets: dict[str, FacetCounts]


class CreateEventOptions(TypedDict, total=False):
    """What ``createEvent`` reads from ``options``."""

    draft: bool
    fields: list[RequestedFields]


class CreateEventRequest(TypedDict, total=False):
    event: Required[Event]
    draft: bool
    fields: list[RequestedFields]


class CreateEventResponse(TypedDict, total=False):
    event: Event


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


class DeleteEventRequest(TypedDict, total=False):
    eventId: Required[str]


class DeleteEventResponse(TypedDict, total=False):
    eventId: str


class Design(TypedDict, total=False):
    poll: PollDesign
    options: OptionDesign


class Dimensions(TypedDict, total=False):
    colsWidthRatio: list[int]
    rowsHeight: list[int]
    colsMinWidth: list[int]


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


class Event(TypedDict, total=False):
    id: str
    location: Location
    dateAndTimeSettings: DateAndTimeSettings
    title: str | None
    shortDescription: str | None
    detailedDescription: str | None
    mainImage: Image
    slug: str
    createdDate: str | None
    updatedDate: str | None
    status: Status
    registration: Registration
    calendarUrls: CalendarUrls
    eventPageUrl: PageUrl
    form: Form
    summaries: Summaries
    instanceId: str
    guestListSettings: GuestListSettings
    userId: str
    onlineConferencing: OnlineConferencing
    seoSettings: SeoSettings
    contactLabel: str | None
    agendaSettings: AgendaSettings
    eventDisplaySettings: EventDisplaySettings
    description: RichContent
    publishedDate: str | None


class EventData(TypedDict, total=False):
    scheduling: str | None
    location: str | None


class EventDisplaySettings(TypedDict, total=False):
    hideEventDetailsButton: bool | None
    hideEventDetailsPage: bool | None


class EventsMoney(TypedDict, total=False):
    amount: str
    currency: str
    value: str | None


class ExternalRegistration(TypedDict, total=False):
    url: str | None


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


class FontFamilyData(TypedDict, total=False):
    value: str | None


class FontSizeData(TypedDict, total=False):
    unit: FontType
    value: int | None


class Form(TypedDict, total=False):
    controls: list[InputControl]
    messages: FormMessages


class FormMessages(TypedDict, total=False):
    rsvp: RsvpFormMessages
    checkout: CheckoutFormMessages
    registrationClosed: RegistrationClosedMessages
    ticketsUnavailable: TicketsUnavailableMessages


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


class GetEventBySlugOptions(TypedDict, total=False):
    """What ``getEventBySlug`` reads from ``options``."""

    fields: list[RequestedFields]


class GetEventBySlugRequest(TypedDict, total=False):
    slug: Required[str | None]
    fields: list[RequestedFields]


class GetEventBySlugResponse(TypedDict, total=False):
    event: Event


class GetEventOptions(TypedDict, total=False):
    """What ``getEvent`` reads from ``options``."""

    fields: list[RequestedFields]


class GetEventRequest(TypedDict, total=False):
    eventId: Required[str | None]
    fields: list[RequestedFields]


class GetEventResponse(TypedDict, total=False):
    event: Event


class Gradient(TypedDict, total=False):
    type: GradientType
    stops: list[Stop]
    angle: int | None
    centerX: float | None
    centerY: float | None


class GuestListSettings(TypedDict, total=False):
    displayedPublicly: bool


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


class ItemDataOneOf(TypedDict, total=False):
    image: ItemImage
    video: Video


class Item(ItemDataOneOf, total=False):
    title: str | None
    altText: str | None


class ItemImage(TypedDict, total=False):
    media: Media
    link: Link


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
    media: Media
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


class ListEventsByCategoryOptions(TypedDict, total=False):
    """What ``listEventsByCategory`` reads from ``options``."""

    paging: CommonPaging
    fields: list[RequestedFields]


class ListEventsByCategoryRequest(TypedDict, total=False):
    categoryId: Required[str]
    paging: CommonPaging
    fields: list[RequestedFields]


class ListEventsByCategoryResponse(TypedDict, total=False):
    pagingMetadata: CommonPagingMetadataV2
    events: list[Event]


class ListItemNodeData(TypedDict, total=False):
    checked: bool | None
    animation: Animation


class Location(TypedDict, total=False):
    name: str | None
    type: LocationType
    address: Address
    locationTbd: bool | None


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
    src: FileSource
    width: int | None
    height: int | None
    duration: float | None


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


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class Negative(TypedDict, total=False):
    title: str
    confirmation: RsvpFormMessagesNegativeResponseConfirmation


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


class OnlineConferencing(TypedDict, total=False):
    enabled: bool
    providerId: str | None
    type: ConferenceTypeType
    session: OnlineConferencingSession


class OnlineConferencingSession(TypedDict, total=False):
    hostLink: str
    guestLink: str
    password: str | None
    sessionCreated: bool | None
    sessionId: str | None


class Option(TypedDict, total=False):
    id: str | None
    title: str | None
    image: Media


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


class ParagraphData(TypedDict, total=False):
    textStyle: TextStyle
    indentation: int | None
    level: int | None
    animation: Animation


class Permissions(TypedDict, total=False):
    view: ViewRole
    vote: VoteRole
    allowMultipleVotes: bool | None


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
    image: Media
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
    image: Media
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


class Positive(TypedDict, total=False):
    title: str
    confirmation: RsvpFormMessagesPositiveResponseConfirmation


class PricingData(TypedDict, total=False):
    valueFrom: str | None
    valueTo: str | None
    discountedValue: str | None
    currency: str | None
    pricingPlanId: str | None


class PublishDraftEventOptions(TypedDict, total=False):
    """What ``publishDraftEvent`` reads from ``options``."""

    fields: list[RequestedFields]


class PublishDraftEventRequest(TypedDict, total=False):
    eventId: Required[str]
    fields: list[RequestedFields]


class PublishDraftEventResponse(TypedDict, total=False):
    event: Event


class QueryEventsRequest(TypedDict, total=False):
    query: CommonQueryV2
    fields: list[RequestedFields]
    includeDrafts: bool


class QueryEventsResponse(TypedDict, total=False):
    pagingMetadata: CommonPagingMetadataV2
    events: list[Event]


class Registration(TypedDict, total=False):
    type: RegistrationTypeType
    status: RegistrationStatusStatus
    rsvp: RsvpRegistration
    tickets: TicketsRegistration
    external: ExternalRegistration
    allowedGuestTypes: GuestTypeType
    initialType: InitialRegistrationTypeType
    registrationPaused: bool
    registrationDisabled: bool


class Rel(TypedDict, total=False):
    nofollow: bool | None
    sponsored: bool | None
    ugc: bool | None
    noreferrer: bool | None


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


class RsvpFormMessages(TypedDict, total=False):
    rsvpYesOption: str
    rsvpNoOption: str
    positiveMessages: Positive
    waitlistMessages: Positive
    negativeMessages: Negative
    submitActionLabel: str


class RsvpFormMessagesNegativeResponseConfirmation(TypedDict, total=False):
    title: str
    shareActionLabel: str


class RsvpFormMessagesPositiveResponseConfirmation(TypedDict, total=False):
    title: str
    message: str
    addToCalendarActionLabel: str
    shareActionLabel: str


class RsvpRegistration(TypedDict, total=False):
    responseType: ResponseType
    limit: int | None
    waitlistEnabled: bool
    startDate: str | None
    endDate: str | None


class Rsvps(TypedDict, total=False):
    totalCount: int
    yesCount: int
    noCount: int
    waitlistCount: int


class SectionDivider(TypedDict, total=False):
    type: Shape
    color: str | None
    height: int | None
    offsetX: int | None
    flipped: bool | None
    layers: Layers


class SeoSchema(TypedDict, total=False):
    tags: list[Tag]
    settings: Settings


class SeoSettings(TypedDict, total=False):
    slug: str
    advancedSeoData: SeoSchema
    hidden: bool | None


class Settings(TypedDict, total=False):
    preventAutoRedirect: bool
    keywords: list[Keyword]


class ShapeData(TypedDict, total=False):
    containerData: PluginContainerData
    shape: Media
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
    shape: Media
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


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


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


class Summaries(TypedDict, total=False):
    rsvps: Rsvps
    tickets: Tickets
    cancellation: Cancellation


class TableCellData(TypedDict, total=False):
    cellStyle: CellStyle
    borderColors: BorderColors
    colspan: int | None
    rowspan: int | None
    borderWidths: BorderWidths


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


class Tag(TypedDict, total=False):
    type: str
    props: dict[str, Any] | None
    meta: dict[str, Any] | None
    children: str
    custom: bool
    disabled: bool


class TaxSettings(TypedDict, total=False):
    type: TaxType
    name: str | None
    rate: str | None
    appliedToDonations: bool | None


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


class Thumbnails(TypedDict, total=False):
    placement: ThumbnailsAlignment
    spacing: int | None


class Tickets(TypedDict, total=False):
    ticketsSold: int
    revenue: EventsMoney
    currencyLocked: bool
    totalOrders: int
    totalSales: EventsMoney


class TicketsRegistration(TypedDict, total=False):
    guestsAssignedSeparately: bool
    ticketLimitPerOrder: int
    currency: str | None
    lowestPrice: Money
    highestPrice: Money
    soldOut: bool | None
    taxSettings: TaxSettings
    reservationDurationInMinutes: int | None


class TocData(TypedDict, total=False):
    includedHeadings: list[int]
    listStyle: ListStyle
    fontSize: float | None
    itemSpacing: float | None
    color: str | None
    indentation: Indentation
    animation: Animation


class UpdateEventOptions(TypedDict, total=False):
    """What ``updateEvent`` reads from ``options``."""

    event: Event
    fields: list[RequestedFields]


class UpdateEventRequest(TypedDict, total=False):
    event: Event
    fields: list[RequestedFields]


class UpdateEventResponse(TypedDict, total=False):
    event: Event


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
