# File generated from @wix/forms 1.0.520 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/forms`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

Alignment: TypeAlias = Literal["LEFT", "CENTER", "RIGHT"]
AnimationType: TypeAlias = Literal["VIEW", "POINTER"]
AppType: TypeAlias = Literal["PRODUCT", "EVENT", "BOOKING"]
ArrayComponentType: TypeAlias = Literal[
    "UNKNOWN_COMPONENT_TYPE", "CHECKBOX_GROUP", "TAGS", "SERVICES_CHECKBOX_GROUP"
]
AspectRatio: TypeAlias = Literal["SQUARE", "RECTANGLE"]
BackdropType: TypeAlias = Literal["COLOR", "GRADIENT"]
BackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
BannerPosition: TypeAlias = Literal["TOP", "BOTTOM"]
BooleanComponentType: TypeAlias = Literal["UNKNOWN_COMPONENT_TYPE", "CHECKBOX"]
ButtonDataType: TypeAlias = Literal["LINK", "ACTION"]
CardDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
CardStylesAlignment: TypeAlias = Literal["START", "CENTER", "END"]
CardStylesType: TypeAlias = Literal["CONTAINED", "FRAMELESS"]
ChangeableProperty: TypeAlias = Literal["REQUIRED", "HIDDEN"]
ColumnSize: TypeAlias = Literal["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"]
ComponentType: TypeAlias = Literal["UNKNOWN_COMPONENT_TYPE", "MULTILINE_ADDRESS"]
ConfirmationLevel: TypeAlias = Literal[
    "UNKNOWN_CONFIRMATION_LEVEL", "SINGLE_CONFIRMATION", "DOUBLE_CONFIRMATION"
]
ContactAutofill: TypeAlias = Literal["MEMBER_DATA", "FORM_INPUT"]
ContactField: TypeAlias = Literal[
    "FIRST_NAME",
    "LAST_NAME",
    "COMPANY",
    "POSITION",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "BIRTHDATE",
    "CUSTOM_FIELD",
    "SUBSCRIPTION",
    "VAT_ID",
]
Crop: TypeAlias = Literal["FILL", "FIT"]
DayOfWeek: TypeAlias = Literal[
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
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
DisplayFieldType: TypeAlias = Literal[
    "UNKNOWN_FIELD_TYPE", "RICH_CONTENT", "PAGE_NAVIGATION", "LOGIN_BAR"
]
DividerDataAlignment: TypeAlias = Literal["CENTER", "LEFT", "RIGHT"]
EmailInfoTag: TypeAlias = Literal["UNTAGGED", "MAIN"]
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
FieldType: TypeAlias = Literal["UNKNOWN_FIELD_TYPE", "INPUT", "DISPLAY"]
FirstDayOfWeek: TypeAlias = Literal["MONDAY", "SUNDAY"]
FontType: TypeAlias = Literal["PX", "EM"]
Format: TypeAlias = Literal["IN_PERSON", "VIDEO_CONFERENCE", "PHONE"]
FormatEnumFormat: TypeAlias = Literal[
    "UNKNOWN_FORMAT",
    "DATE",
    "TIME",
    "DATE_TIME",
    "EMAIL",
    "URL",
    "UUID",
    "PHONE",
    "URI",
    "HOSTNAME",
    "COLOR_HEX",
    "CURRENCY",
    "LANGUAGE",
    "DATE_OPTIONAL_TIME",
]
GIFType: TypeAlias = Literal["NORMAL", "STICKER"]
GradientType: TypeAlias = Literal["LINEAR", "RADIAL"]
ImageFit: TypeAlias = Literal["COVER", "CONTAIN"]
ImagePosition: TypeAlias = Literal["ABOVE", "BELOW"]
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
InputType: TypeAlias = Literal[
    "UNKNOWN_INPUT_TYPE",
    "STRING",
    "NUMBER",
    "BOOLEAN",
    "ARRAY",
    "OBJECT",
    "WIX_FILE",
    "PAYMENT",
    "SCHEDULING",
    "ADDRESS",
]
ItemType: TypeAlias = Literal["STRING", "NUMBER", "BOOLEAN"]
LayerEffect: TypeAlias = Literal["CENTER", "FADE_TO_TOP", "FADE_TO_BOTTOM"]
Layout: TypeAlias = Literal["STACKED", "SIDE_BY_SIDE"]
LayoutDataBackgroundType: TypeAlias = Literal["COLOR", "GRADIENT"]
LayoutDataImagePosition: TypeAlias = Literal[
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
LinkTarget: TypeAlias = Literal["SELF", "BLANK", "PARENT", "TOP"]
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
NumberComponentType: TypeAlias = Literal["UNKNOWN_COMPONENT_TYPE", "NUMBER_INPUT", "RATING_INPUT"]
NumberOfColumns: TypeAlias = Literal["ZERO", "ONE", "TWO", "THREE"]
Operator: TypeAlias = Literal[
    "EQUAL",
    "NOT_EQUAL",
    "EMPTY",
    "NOT_EMPTY",
    "CONTAINS",
    "NOT_CONTAINS",
    "LESS_THAN",
    "LESS_THAN_OR_EQUALS",
    "GREATER_THAN",
    "GREATER_THAN_OR_EQUALS",
    "BEFORE",
    "BEFORE_OR_EQUAL",
    "AFTER",
    "AFTER_OR_EQUAL",
    "BETWEEN",
    "ANY",
    "ARRAY_EQUAL",
    "ARRAY_NOT_EQUAL",
    "CHECKED",
    "NOT_CHECKED",
    "IN",
    "NOT_IN",
    "IS_DATE_OLDER_THAN",
    "IS_DATE_OLDER_THAN_OR_EQUAL",
    "IS_DATE_NEWER_THAN",
    "IS_DATE_NEWER_THAN_OR_EQUAL",
]
Orientation: TypeAlias = Literal["ROWS", "COLUMNS"]
Origin: TypeAlias = Literal["IMAGE", "LAYOUT"]
OverrideEntityType: TypeAlias = Literal["UNKNOWN", "FIELD"]
OverrideEntityTypeEnumOverrideEntityType: TypeAlias = Literal["FIELD"]
PaymentComponentType: TypeAlias = Literal[
    "UNKNOWN_COMPONENT_TYPE", "CHECKBOX_GROUP", "DONATION_INPUT", "PAYMENT_INPUT", "FIXED_PAYMENT"
]
PhoneInfoTag: TypeAlias = Literal["UNTAGGED", "MAIN"]
Placement: TypeAlias = Literal["IMAGE", "PRODUCT_INFO"]
PluginContainerDataAlignment: TypeAlias = Literal["CENTER", "LEFT", "RIGHT"]
PointerEffectType: TypeAlias = Literal[
    "AIRY", "BLOB", "BLUR", "SCALE", "SKEW", "SWIVEL", "TILT_3D", "TRACK", "TRACK_3D"
]
PollDesignBackgroundType: TypeAlias = Literal["COLOR", "IMAGE", "GRADIENT"]
PollLayoutDirection: TypeAlias = Literal["LTR", "RTL"]
PollLayoutType: TypeAlias = Literal["LIST", "GRID"]
Position: TypeAlias = Literal["START", "END", "TOP"]
PriceType: TypeAlias = Literal["FIXED_PRICE", "DYNAMIC_PRICE"]
ProductType: TypeAlias = Literal["SHIPPABLE", "DIGITAL"]
PropertiesTypeEnum: TypeAlias = Literal["STRING", "NUMBER", "BOOLEAN", "ARRAY"]
RequiredIndicator: TypeAlias = Literal["ASTERISK", "TEXT", "NONE"]
RequiredIndicatorPlacement: TypeAlias = Literal["AFTER_FIELD_TITLE", "BEFORE_FIELD_TITLE"]
Resizing: TypeAlias = Literal["FILL", "FIT"]
ResponsivenessBehaviour: TypeAlias = Literal["STACK", "WRAP"]
ResultsDisplay: TypeAlias = Literal[
    "DO_NOT_DISPLAY", "SCORE", "PASSING_STATUS", "SCORE_AND_PASSING_STATUS"
]
Scaling: TypeAlias = Literal["AUTO", "CONTAIN", "COVER"]
SchedulingComponentType: TypeAlias = Literal["UNKNOWN_COMPONENT_TYPE", "APPOINTMENT"]
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
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Source: TypeAlias = Literal["HTML", "ADSENSE", "AI", "AI_WIDGET"]
SpamFilterProtectionLevel: TypeAlias = Literal["UNKNOWN", "NONE", "BASIC", "ADVANCED"]
StringComponentType: TypeAlias = Literal[
    "UNKNOWN_COMPONENT_TYPE",
    "TEXT_INPUT",
    "RADIO_GROUP",
    "DROPDOWN",
    "DATE_TIME",
    "PHONE_INPUT",
    "DATE_INPUT",
    "TIME_INPUT",
    "DATE_PICKER",
    "SERVICES_DROPDOWN",
    "PASSWORD",
]
StringTypeFormatEnumFormat: TypeAlias = Literal[
    "UNDEFINED",
    "DATE",
    "TIME",
    "DATE_TIME",
    "EMAIL",
    "URL",
    "UUID",
    "PHONE",
    "URI",
    "HOSTNAME",
    "COLOR_HEX",
    "CURRENCY",
    "LANGUAGE",
    "DATE_OPTIONAL_TIME",
]
StylesPosition: TypeAlias = Literal["START", "END", "TOP", "HIDDEN"]
SubmissionAccess: TypeAlias = Literal[
    "UNKNOWN_SUBMISSION_ACCESS", "OWNER_AND_COLLABORATORS", "MEMBERS", "PUBLIC"
]
SubmissionStatus: TypeAlias = Literal["PENDING", "CONFIRMED", "PAYMENT_WAITING", "PAYMENT_CANCELED"]
SubmitSuccessAction: TypeAlias = Literal["NO_ACTION", "THANK_YOU_MESSAGE", "REDIRECT", "POPUP"]
SubscriptionChannel: TypeAlias = Literal["EMAIL", "SMS"]
Tag: TypeAlias = Literal["UNTAGGED", "HOME"]
Target: TypeAlias = Literal["UNKNOWN_TARGET", "SELF", "BLANK"]
TextAlignment: TypeAlias = Literal["AUTO", "LEFT", "RIGHT", "CENTER", "JUSTIFY"]
ThumbnailsAlignment: TypeAlias = Literal["TOP", "RIGHT", "BOTTOM", "LEFT", "NONE"]
UploadFileFormat: TypeAlias = Literal["VIDEO", "IMAGE", "AUDIO", "DOCUMENT", "ARCHIVE", "MODEL_3D"]
ValidationFormat: TypeAlias = Literal[
    "UNDEFINED", "WIX_FILE", "PAYMENT", "MULTILINE_ADDRESS", "SCHEDULING", "OBJECT_ARRAY"
]
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
WixFileComponentType: TypeAlias = Literal["UNKNOWN_COMPONENT_TYPE", "FILE_UPLOAD", "SIGNATURE"]


class AddressInfo(TypedDict, total=False):
    tag: Tag


class AddressLine2(TypedDict, total=False):
    show: bool


class AllowedValuesOptions(TypedDict, total=False):
    allowedValues: list[Any]


class AnchorData(TypedDict, total=False):
    anchor: str


class AndCondition(TypedDict, total=False):
    conditions: list[ConditionNode]


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


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AppointmentFormatInfoOneOf(TypedDict, total=False):
    inPersonOptions: InPersonOptions
    videoConferenceOptions: VideoConferenceOptions
    phoneOptions: PhoneOptions


class Appointment(AppointmentFormatInfoOneOf, total=False):
    label: str | None
    name: str | None
    durationInMinutes: int | None
    manualApprovalRequired: bool | None
    staffIds: list[str] | None
    format: Format
    description: RichContent
    showLabel: bool | None


class AppointmentDetails(TypedDict, total=False):
    staffMemberId: str | None
    staffMemberName: str | None


class ArrayErrorMessages(TypedDict, total=False):
    default: str | None


class ArrayItemsItemTypeOptionsOneOf(TypedDict, total=False):
    stringOptions: StringType
    numberOptions: NumberType
    booleanOptions: BooleanType


class ArrayItems(ArrayItemsItemTypeOptionsOneOf, total=False):
    itemType: ItemType


class ArrayType(TypedDict, total=False):
    maxItems: int | None
    minItems: int | None
    items: ArrayItems


class ArrayTypeArrayItemsItemsOneOf(TypedDict, total=False):
    string: FormFieldStringType
    number: FormFieldNumberType
    boolean: FormFieldBooleanType
    integer: IntegerType
    object: FormFieldObjectType


class ArrayTypeArrayItems(ArrayTypeArrayItemsItemsOneOf, total=False):
    pass


class AudioData(TypedDict, total=False):
    containerData: PluginContainerData
    audio: Media
    disableDownload: bool | None
    coverImage: Media
    name: str | None
    authorName: str | None
    html: str | None
    animation: Animation


class Availability(TypedDict, total=False):
    availableDates: list[DateRange]
    unavailableDates: list[DateRange]
    availableDays: list[DayOfWeek]


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


class BooleanErrorMessages(TypedDict, total=False):
    default: str | None


class BooleanType(TypedDict, total=False):
    enum: list[bool]


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


class BreakPoint(TypedDict, total=False):
    items: list[ItemLayout]
    columns: int | None
    rowHeight: int | None
    margin: Margin
    padding: Margin


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
    alignment: CardStylesAlignment
    titlePriceLayout: Layout
    titleColor: str | None
    textColor: str | None


class CellStyle(TypedDict, total=False):
    verticalAlignment: VerticalAlignment
    backgroundColor: str | None


class Checkbox(TypedDict, total=False):
    label: RichContent
    checked: bool


class CheckboxListData(TypedDict, total=False):
    indentation: int
    offset: int | None
    animation: Animation


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


class ComponentsTags(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[TagsOption]
    showLabel: bool | None
    customOption: CustomOption
    numberOfColumns: NumberOfColumns
    media: MediaItem
    mediaSettings: MediaSettings


class Condition(TypedDict, total=False):
    target: str
    operator: Operator
    value: Any


ConditionNodeNodeOneOf = TypedDict(
    "ConditionNodeNodeOneOf",
    {
        "and": "AndCondition",
        "or": "OrCondition",
        "condition": "Condition",
    },
    total=False,
)


class ConditionNode(ConditionNodeNodeOneOf, total=False):
    pass


class CorrectAnswersList(TypedDict, total=False):
    correctAnswers: list[Any]


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


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CustomFieldInfo(TypedDict, total=False):
    key: str


class CustomOption(TypedDict, total=False):
    label: str | None
    placeholder: str | None


class DataExtensionsDetails(TypedDict, total=False):
    fqdns: list[str]


class DateInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    showPlaceholder: bool | None
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings
    showDateLabels: bool | None


class DatePicker(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    placeholder: str | None
    firstDayOfWeek: FirstDayOfWeek
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class DateRange(TypedDict, total=False):
    start: str
    end: str


class DateTimeAdvancedConstraints(TypedDict, total=False):
    availability: Availability
    minimum: str | None
    maximum: str | None


class DateTimeConstraints(TypedDict, total=False):
    minimum: str | None
    maximum: str | None


class DateTimeInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    showPlaceholder: bool | None
    use24HourFormat: bool
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings
    showDateLabels: bool | None


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


class DefaultCountryConfigOptionsOneOf(TypedDict, total=False):
    countryOptions: str


class Design(TypedDict, total=False):
    poll: PollDesign
    options: OptionDesign


class Dimensions(TypedDict, total=False):
    colsWidthRatio: list[int]
    rowsHeight: list[int]
    colsMinWidth: list[int]


class DisplayFieldDisplayFieldTypeOptionsOneOf(TypedDict, total=False):
    richContentOptions: RichContentOptions
    pageNavigationOptions: PageNavigationOptions


class DisplayField(DisplayFieldDisplayFieldTypeOptionsOneOf, total=False):
    displayFieldType: DisplayFieldType


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


class DonationInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[DonationInputOption]
    customOption: CustomOption
    numberOfColumns: NumberOfColumns
    showLabel: bool | None
    media: MediaItem
    mediaSettings: MediaSettings


class DonationInputOption(TypedDict, total=False):
    value: str
    default: bool


class Dropdown(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[DropdownOption]
    showLabel: bool | None
    customOption: CustomOption
    placeholder: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class DropdownOption(TypedDict, total=False):
    label: str | None
    value: str | None
    default: bool
    id: str


class DynamicPriceOptions(TypedDict, total=False):
    minPrice: str
    maxPrice: str | None


class EmailInfo(TypedDict, total=False):
    tag: EmailInfoTag


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


class FieldOverridePropertyTypeOptionsOneOf(TypedDict, total=False):
    requiredOptions: RequiredOptions
    hiddenOptions: HiddenOptions
    allowedValuesOptions: AllowedValuesOptions


class FieldOverride(FieldOverridePropertyTypeOptionsOneOf, total=False):
    fieldId: str
    propertyType: ChangeableProperty


class FieldOverrides(TypedDict, total=False):
    required: bool


class FieldsOverrides(TypedDict, total=False):
    subdivision: FieldOverrides
    city: FieldOverrides
    postalCode: FieldOverrides
    streetName: FieldOverrides
    streetNumber: FieldOverrides
    addressLine: FieldOverrides
    addressLine2: FieldOverrides
    country: FieldOverrides


class FieldsSettings(TypedDict, total=False):
    addressLine2: AddressLine2


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


class FileType(TypedDict, total=False):
    fileLimit: int
    uploadFileFormats: list[UploadFileFormat]


class FileUpload(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    buttonText: str | None
    explanationText: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class FixedPayment(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    media: MediaItem
    mediaSettings: MediaSettings


class FixedPriceOptions(TypedDict, total=False):
    price: str


class FontFamilyData(TypedDict, total=False):
    value: str | None


class FontSizeData(TypedDict, total=False):
    unit: FontType
    value: int | None


class FormField(TypedDict, total=False):
    id: str
    target: str | None
    validation: Validation
    pii: bool
    hidden: bool
    view: dict[str, Any] | None
    dataExtensionsDetails: DataExtensionsDetails
    readOnly: bool


class FormFieldArrayType(TypedDict, total=False):
    maxItems: int | None
    minItems: int | None
    items: ArrayTypeArrayItems
    errorMessages: ArrayErrorMessages


class FormFieldBooleanType(TypedDict, total=False):
    errorMessages: BooleanErrorMessages
    enum: list[bool]


class FormFieldContactInfoAdditionalInfoOneOf(TypedDict, total=False):
    emailInfo: EmailInfo
    phoneInfo: PhoneInfo
    addressInfo: AddressInfo
    customFieldInfo: CustomFieldInfo
    subscriptionInfo: SubscriptionInfo


class FormFieldContactInfo(FormFieldContactInfoAdditionalInfoOneOf, total=False):
    contactField: ContactField


class FormFieldNumberType(TypedDict, total=False):
    maximum: float | None
    minimum: float | None
    multipleOf: float | None
    errorMessages: NumberErrorMessages
    enum: list[float] | None


class FormFieldObjectType(TypedDict, total=False):
    properties: dict[str, ObjectTypePropertiesType]
    errorMessages: ObjectErrorMessages


class FormFieldStringTypeFormatOptionsOneOf(TypedDict, total=False):
    dateOptions: DateTimeAdvancedConstraints
    dateTimeOptions: StringTypeDateTimeConstraints
    timeOptions: StringTypeDateTimeConstraints
    dateOptionalTimeOptions: StringTypeDateTimeConstraints
    phoneOptions: StringTypePhoneConstraints


class FormFieldStringType(FormFieldStringTypeFormatOptionsOneOf, total=False):
    minLength: int | None
    maxLength: int | None
    pattern: str | None
    format: StringTypeFormatEnumFormat
    errorMessages: StringErrorMessages
    enum: list[str] | None
    validationMessages: StringTypeValidationMessages


class FormLayout(TypedDict, total=False):
    large: BreakPoint
    medium: BreakPoint
    small: BreakPoint


class FormOverride(TypedDict, total=False):
    entityType: OverrideEntityType
    entityId: str | None
    valueChanges: dict[str, Any]


class FormRule(TypedDict, total=False):
    id: str
    condition: dict[str, Any] | None
    overrides: list[FormOverride]
    name: str | None
    namespaceRule: bool | None


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


class Gradient(TypedDict, total=False):
    type: GradientType
    stops: list[Stop]
    angle: int | None
    centerX: float | None
    centerY: float | None


class Group(TypedDict, total=False):
    groupId: str
    items: list[ItemLayout]


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


class HiddenOptions(TypedDict, total=False):
    hidden: bool


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


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


class InPersonOptions(TypedDict, total=False):
    locations: list[Location]


class IntegerType(TypedDict, total=False):
    maximum: int | None
    minimum: int | None
    multipleOf: int | None
    errorMessages: NumberErrorMessages
    enum: list[int] | None


class ItemDataOneOf(TypedDict, total=False):
    image: ItemImage
    video: Video


class Item(ItemDataOneOf, total=False):
    title: str | None
    altText: str | None


class ItemImage(TypedDict, total=False):
    media: Media
    link: Link


class ItemLayoutItemOneOf(TypedDict, total=False):
    fieldId: str
    group: Group


class ItemLayout(ItemLayoutItemOneOf, total=False):
    row: int | None
    column: int | None
    width: int | None
    height: int | None


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
    position: LayoutDataImagePosition
    blur: int | None
    overlay: LayoutDataBackground


class LimitationRule(TypedDict, total=False):
    maxAllowedSubmissions: int | None
    dateTimeDeadline: str | None
    submissionLimitPerUser: int | None


class LinkDataOneOf(TypedDict, total=False):
    url: str
    anchor: str


class Link(LinkDataOneOf, total=False):
    target: LinkTarget
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


class LocationLocationInfoOneOf(TypedDict, total=False):
    customAddress: str | None
    businessLocationId: str | None


class Location(LocationLocationInfoOneOf, total=False):
    pass


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


class Margin(TypedDict, total=False):
    horizontal: int | None
    vertical: int | None


class Media(TypedDict, total=False):
    src: FileSource
    width: int | None
    height: int | None
    duration: float | None


class MediaItemMediaOneOf(TypedDict, total=False):
    image: Image


class MediaItem(MediaItemMediaOneOf, total=False):
    pass


class MediaSettings(TypedDict, total=False):
    imagePosition: ImagePosition
    imageAlignment: Alignment
    imageFit: ImageFit


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


class MultilineAddressValidation(TypedDict, total=False):
    allowedCountries: list[str]
    fields: FieldsOverrides


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


class NumberCorrectAnswersList(TypedDict, total=False):
    correctAnswers: list[float]


class NumberErrorMessages(TypedDict, total=False):
    default: str | None


class NumberInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    placeholder: str | None
    showLabel: bool | None
    default: float | None
    media: MediaItem
    mediaSettings: MediaSettings


class NumberQuizFieldSettings(TypedDict, total=False):
    score: float
    correctAnswersList: NumberCorrectAnswersList
    correctAnswerMessage: str | None
    incorrectAnswerMessage: str | None


class NumberType(TypedDict, total=False):
    maximum: float | None
    minimum: float | None
    multipleOf: float | None
    enum: list[float] | None


class ObjectArrayType(TypedDict, total=False):
    maxItems: int | None
    minItems: int | None


class ObjectErrorMessages(TypedDict, total=False):
    default: str | None


class ObjectType(TypedDict, total=False):
    properties: dict[str, PropertiesType]


class ObjectTypePropertiesTypePropertiesTypeOneOf(TypedDict, total=False):
    string: FormFieldStringType
    number: FormFieldNumberType
    boolean: FormFieldBooleanType
    integer: IntegerType
    array: FormFieldArrayType


class ObjectTypePropertiesType(ObjectTypePropertiesTypePropertiesTypeOneOf, total=False):
    required: bool


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


class OptionDesign(TypedDict, total=False):
    borderRadius: int | None


class OptionLayout(TypedDict, total=False):
    enableImage: bool | None


class OptionsMediaSettings(TypedDict, total=False):
    imageAlignment: Alignment
    imageFit: ImageFit


class OrCondition(TypedDict, total=False):
    conditions: list[ConditionNode]


class OrderedListData(TypedDict, total=False):
    indentation: int
    offset: int | None
    start: int | None
    animation: Animation


class PDFSettings(TypedDict, total=False):
    viewMode: ViewMode
    disableDownload: bool | None
    disablePrint: bool | None


class PageNavigationOptions(TypedDict, total=False):
    nextPageText: str | None
    previousPageText: str | None
    submitText: str | None


class ParagraphData(TypedDict, total=False):
    textStyle: TextStyle
    indentation: int | None
    level: int | None
    animation: Animation


class PassFailMessages(TypedDict, total=False):
    passMessage: RichContent
    failMessage: RichContent


class Password(TypedDict, total=False):
    label: str | None
    description: RichContent
    placeholder: str | None
    showLabel: bool | None
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class PaymentComponentTypeOptionsOneOf(TypedDict, total=False):
    checkboxGroupOptions: ProductCheckboxGroup
    donationInputOptions: DonationInput
    paymentInputOptions: PaymentInput
    fixedPaymentOptions: FixedPayment


class Payment(PaymentComponentTypeOptionsOneOf, total=False):
    componentType: PaymentComponentType
    validation: PaymentType


class PaymentInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    placeholder: str | None
    default: float | None
    media: MediaItem
    mediaSettings: MediaSettings


class PaymentType(TypedDict, total=False):
    products: list[Product]
    minItems: int | None
    maxItems: int | None


class Permissions(TypedDict, total=False):
    view: ViewRole
    vote: VoteRole
    allowMultipleVotes: bool | None


class PhoneConstraints(TypedDict, total=False):
    allowedCountryCodes: list[str]


class PhoneInfo(TypedDict, total=False):
    tag: PhoneInfoTag


class PhoneInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    placeholder: str | None
    showLabel: bool | None
    defaultCountryCode: str | None
    showCountryFlag: bool
    media: MediaItem
    mediaSettings: MediaSettings


class PhoneOptions(TypedDict, total=False):
    description: str | None


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
    options: list[PollOption]
    settings: Settings


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


class PollOption(TypedDict, total=False):
    id: str | None
    title: str | None
    image: Media


class PopupOptions(TypedDict, total=False):
    popupId: str


class PredefinedValidationFormatOptionsOneOf(TypedDict, total=False):
    paymentOptions: PaymentType
    multilineAddressOptions: MultilineAddressValidation
    objectArrayOptions: ObjectArrayType


class PredefinedValidation(PredefinedValidationFormatOptionsOneOf, total=False):
    format: ValidationFormat


class PricingData(TypedDict, total=False):
    valueFrom: str | None
    valueTo: str | None
    discountedValue: str | None
    currency: str | None
    pricingPlanId: str | None


class ProductPriceOptionsOneOf(TypedDict, total=False):
    fixedPriceOptions: FixedPriceOptions
    dynamicPriceOptions: DynamicPriceOptions


class Product(ProductPriceOptionsOneOf, total=False):
    id: str
    productType: ProductType
    priceType: PriceType
    quantityLimit: QuantityLimit


class ProductCheckboxGroup(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[ProductCheckboxGroupOption]
    showLabel: bool | None
    imageFit: ImageFit
    media: MediaItem
    mediaSettings: MediaSettings


class ProductCheckboxGroupOption(TypedDict, total=False):
    label: str | None
    value: Any
    id: str
    media: MediaItem
    default: bool


class PropertiesTypePropertiesTypeOptionsOneOf(TypedDict, total=False):
    stringOptions: StringType
    numberOptions: NumberType
    booleanOptions: BooleanType
    arrayOptions: ArrayType


class PropertiesType(PropertiesTypePropertiesTypeOptionsOneOf, total=False):
    propertiesType: PropertiesTypeEnum
    required: bool


class PublicTags(TypedDict, total=False):
    tags: TagList


class QuantityLimit(TypedDict, total=False):
    minimum: int | None
    maximum: int | None


class QuizFieldSettings(TypedDict, total=False):
    score: float
    correctAnswersList: CorrectAnswersList
    correctAnswerMessage: str | None
    incorrectAnswerMessage: str | None


class QuizSettingsPassingCriteriaOneOf(TypedDict, total=False):
    passingScorePoints: float
    passingScorePercentage: float


class QuizSettingsResultsDisplayOptionsOneOf(TypedDict, total=False):
    passingStatusOptions: PassFailMessages
    scoreAndPassingStatusOptions: PassFailMessages


class QuizSettings(
    QuizSettingsPassingCriteriaOneOf, QuizSettingsResultsDisplayOptionsOneOf, total=False
):
    message: RichContent
    resultsDisplay: ResultsDisplay


class RadioGroup(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[RadioGroupOption]
    showLabel: bool | None
    customOption: CustomOption
    numberOfColumns: NumberOfColumns
    media: MediaItem
    mediaSettings: MediaSettings


class RadioGroupOption(TypedDict, total=False):
    label: str | None
    value: str | None
    default: bool
    id: str


class RatingInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    defaultValue: int | None
    media: MediaItem
    mediaSettings: MediaSettings


class RedirectOptions(TypedDict, total=False):
    redirectUrl: str | None
    target: Target


class Rel(TypedDict, total=False):
    nofollow: bool | None
    sponsored: bool | None
    ugc: bool | None
    noreferrer: bool | None


class RequiredIndicatorProperties(TypedDict, total=False):
    requiredIndicator: RequiredIndicator
    requiredIndicatorPlacement: RequiredIndicatorPlacement


class RequiredOptions(TypedDict, total=False):
    required: bool


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


class RichContentOptions(TypedDict, total=False):
    richContent: RichContent
    maxShownParagraphs: int | None


class Rule(TypedDict, total=False):
    id: str
    expression: ConditionNode
    overrides: list[RuleFormOverride]
    name: str | None
    namespaceRule: bool | None


class RuleFormOverrideEntityTypeOptionsOneOf(TypedDict, total=False):
    fieldOptions: FieldOverride


class RuleFormOverride(RuleFormOverrideEntityTypeOptionsOneOf, total=False):
    entityType: OverrideEntityTypeEnumOverrideEntityType


class SchedulingComponentTypeOptionsOneOf(TypedDict, total=False):
    appointmentOptions: Appointment


class Scheduling(SchedulingComponentTypeOptionsOneOf, total=False):
    componentType: SchedulingComponentType


class SectionDivider(TypedDict, total=False):
    type: Shape
    color: str | None
    height: int | None
    offsetX: int | None
    flipped: bool | None
    layers: Layers


class ServiceOption(TypedDict, total=False):
    label: str | None
    id: str
    value: str | None


class ServicesCheckboxGroup(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[ServiceOption]
    showLabel: bool | None
    customOption: CustomOption
    numberOfColumns: NumberOfColumns


class ServicesDropdown(TypedDict, total=False):
    label: str | None
    showLabel: bool | None
    placeholder: str | None
    options: list[ServiceOption]
    customOption: CustomOption
    description: RichContent


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


class ShapeDataStyles(TypedDict, total=False):
    color: str | None
    colors: dict[str, str]


class Signature(TypedDict, total=False):
    label: str | None
    showLabel: bool | None
    description: RichContent
    imageUploadEnabled: bool
    media: MediaItem
    mediaSettings: MediaSettings


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class Spoiler(TypedDict, total=False):
    enabled: bool | None
    description: str | None
    buttonText: str | None


class SpoilerData(TypedDict, total=False):
    id: str | None


class Step(TypedDict, total=False):
    id: str
    name: str | None
    hidden: bool
    layout: FormLayout


class Stop(TypedDict, total=False):
    color: str | None
    position: float | None


class StringCorrectAnswersList(TypedDict, total=False):
    correctAnswers: list[str]


class StringErrorMessages(TypedDict, total=False):
    default: str | None


class StringQuizFieldSettings(TypedDict, total=False):
    score: float
    correctAnswersList: StringCorrectAnswersList
    correctAnswerMessage: str | None
    incorrectAnswerMessage: str | None


class StringTypeFormatOptionsOneOf(TypedDict, total=False):
    dateOptions: DateTimeAdvancedConstraints
    dateTimeOptions: DateTimeConstraints
    timeOptions: DateTimeConstraints
    dateOptionalTimeOptions: DateTimeConstraints
    phoneOptions: PhoneConstraints


class StringType(StringTypeFormatOptionsOneOf, total=False):
    minLength: int | None
    maxLength: int | None
    pattern: str | None
    format: FormatEnumFormat
    enum: list[str] | None
    validationMessages: ValidationMessages


class StringTypeDateTimeConstraints(TypedDict, total=False):
    minimum: str | None
    maximum: str | None


class StringTypePhoneConstraints(TypedDict, total=False):
    allowedCountryCodes: list[str]


class StringTypeValidationMessages(TypedDict, total=False):
    pattern: str | None


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


class SubmitSettingsSubmitSuccessActionOptionsOneOf(TypedDict, total=False):
    thankYouMessageOptions: ThankYouMessageOptions
    redirectOptions: RedirectOptions
    popupOptions: PopupOptions


class SubmitSettings(SubmitSettingsSubmitSuccessActionOptionsOneOf, total=False):
    submitSuccessAction: SubmitSuccessAction


class SubmitterSubmitterOneOf(TypedDict, total=False):
    memberId: str | None
    visitorId: str | None
    applicationId: str | None
    userId: str | None


class Submitter(SubmitterSubmitterOneOf, total=False):
    pass


class SubscriptionInfo(TypedDict, total=False):
    confirmationLevel: ConfirmationLevel
    subscriptionChannels: list[SubscriptionChannel]


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


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TagsOption(TypedDict, total=False):
    label: str | None
    value: Any
    default: bool
    id: str
    media: MediaItem


class TextData(TypedDict, total=False):
    text: str
    decorations: list[Decoration]


class TextInputSemanticOptionsOneOf(TypedDict, total=False):
    pass


class TextInput(TextInputSemanticOptionsOneOf, total=False):
    label: str | None
    description: RichContent
    placeholder: str | None
    showLabel: bool | None
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class TextNodeStyle(TypedDict, total=False):
    decorations: list[Decoration]
    nodeStyle: NodeStyle
    lineHeight: str | None


class TextStyle(TypedDict, total=False):
    textAlignment: TextAlignment
    lineHeight: str | None


class ThankYouMessageOptions(TypedDict, total=False):
    durationInSeconds: int | None
    richContent: RichContent


class Thumbnails(TypedDict, total=False):
    placement: ThumbnailsAlignment
    spacing: int | None


class TimeInput(TypedDict, total=False):
    label: str | None
    description: RichContent
    showLabel: bool | None
    showPlaceholder: bool | None
    use24HourFormat: bool
    default: str | None
    media: MediaItem
    mediaSettings: MediaSettings


class TocData(TypedDict, total=False):
    includedHeadings: list[int]
    listStyle: ListStyle
    fontSize: float | None
    itemSpacing: float | None
    color: str | None
    indentation: Indentation
    animation: Animation


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    namespace: str
    namespaceData: dict[str, Any] | None


class ValidationValidationOneOf(TypedDict, total=False):
    string: FormFieldStringType
    number: FormFieldNumberType
    integer: IntegerType
    boolean: FormFieldBooleanType
    array: FormFieldArrayType
    object: FormFieldObjectType
    predefined: PredefinedValidation


class Validation(ValidationValidationOneOf, total=False):
    required: bool


class ValidationMessages(TypedDict, total=False):
    pattern: str | None


class Video(TypedDict, total=False):
    media: Media
    thumbnail: Media


class VideoConferenceOptions(TypedDict, total=False):
    description: str | None


class VideoData(TypedDict, total=False):
    containerData: PluginContainerData
    video: Media
    thumbnail: Media
    disableDownload: bool | None
    title: str | None
    options: PlaybackOptions
    animation: Animation


class WixFileComponentTypeOptionsOneOf(TypedDict, total=False):
    fileUploadOptions: FileUpload
    signatureOptions: Signature


class WixFile(WixFileComponentTypeOptionsOneOf, total=False):
    componentType: WixFileComponentType
    validation: FileType


class _BooleanComponentTypeOptionsOneOf(TypedDict, total=False):
    checkboxOptions: Checkbox


class _Boolean(_BooleanComponentTypeOptionsOneOf, total=False):
    validation: BooleanType
    componentType: BooleanComponentType


class _NumberComponentTypeOptionsOneOf(TypedDict, total=False):
    numberInputOptions: NumberInput
    ratingInputOptions: RatingInput


class _Number(_NumberComponentTypeOptionsOneOf, total=False):
    validation: NumberType
    componentType: NumberComponentType
    quizFieldSettings: NumberQuizFieldSettings


class _Object(TypedDict, total=False):
    validation: ObjectType


class _StringComponentTypeOptionsOneOf(TypedDict, total=False):
    textInputOptions: TextInput
    radioGroupOptions: RadioGroup
    dropdownOptions: Dropdown
    dateTimeOptions: DateTimeInput
    phoneInputOptions: PhoneInput
    dateInputOptions: DateInput
    timeInputOptions: TimeInput
    datePickerOptions: DatePicker
    servicesDropdownOptions: ServicesDropdown
    passwordOptions: Password


class _String(_StringComponentTypeOptionsOneOf, total=False):
    validation: StringType
    componentType: StringComponentType
    quizFieldSettings: StringQuizFieldSettings
