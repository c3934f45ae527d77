# File generated from @wix/auto_sdk_forms_interactive-form-sessions 1.0.88
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``forms.interactive_form_sessions``.

From ``@wix/auto_sdk_forms_interactive-form-sessions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.forms.types.interactive_form_sessions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import GIF as GIF
from ._shared import AddressInfo as AddressInfo
from ._shared import AddressLine2 as AddressLine2
from ._shared import Alignment as Alignment
from ._shared import AllowedValuesOptions as AllowedValuesOptions
from ._shared import AnchorData as AnchorData
from ._shared import AndCondition as AndCondition
from ._shared import Animation as Animation
from ._shared import AnimationType as AnimationType
from ._shared import AppEmbedData as AppEmbedData
from ._shared import AppEmbedDataAppDataOneOf as AppEmbedDataAppDataOneOf
from ._shared import Appointment as Appointment
from ._shared import AppointmentFormatInfoOneOf as AppointmentFormatInfoOneOf
from ._shared import AppType as AppType
from ._shared import ArrayComponentType as ArrayComponentType
from ._shared import ArrayErrorMessages as ArrayErrorMessages
from ._shared import ArrayItems as ArrayItems
from ._shared import ArrayItemsItemTypeOptionsOneOf as ArrayItemsItemTypeOptionsOneOf
from ._shared import ArrayType as ArrayType
from ._shared import ArrayTypeArrayItems as ArrayTypeArrayItems
from ._shared import ArrayTypeArrayItemsItemsOneOf as ArrayTypeArrayItemsItemsOneOf
from ._shared import AspectRatio as AspectRatio
from ._shared import AudioData as AudioData
from ._shared import Availability as Availability
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
from ._shared import BooleanComponentType as BooleanComponentType
from ._shared import BooleanErrorMessages as BooleanErrorMessages
from ._shared import BooleanType as BooleanType
from ._shared import Border as Border
from ._shared import BorderColors as BorderColors
from ._shared import BorderWidths as BorderWidths
from ._shared import BreakPoint as BreakPoint
from ._shared import BulletedListData as BulletedListData
from ._shared import ButtonData as ButtonData
from ._shared import ButtonDataType as ButtonDataType
from ._shared import ButtonStyles as ButtonStyles
from ._shared import CaptionData as CaptionData
from ._shared import CardData as CardData
from ._shared import CardDataBackground as CardDataBackground
from ._shared import CardDataBackgroundType as CardDataBackgroundType
from ._shared import CardStyles as CardStyles
from ._shared import CardStylesAlignment as CardStylesAlignment
from ._shared import CardStylesType as CardStylesType
from ._shared import CellStyle as CellStyle
from ._shared import ChangeableProperty as ChangeableProperty
from ._shared import Checkbox as Checkbox
from ._shared import CheckboxListData as CheckboxListData
from ._shared import CodeBlockData as CodeBlockData
from ._shared import CollapsibleListData as CollapsibleListData
from ._shared import ColorData as ColorData
from ._shared import Colors as Colors
from ._shared import ColumnSize as ColumnSize
from ._shared import ComponentsTags as ComponentsTags
from ._shared import ComponentType as ComponentType
from ._shared import Condition as Condition
from ._shared import ConditionNode as ConditionNode
from ._shared import ConditionNodeNodeOneOf as ConditionNodeNodeOneOf
from ._shared import ConfirmationLevel as ConfirmationLevel
from ._shared import ContactAutofill as ContactAutofill
from ._shared import ContactField as ContactField
from ._shared import CorrectAnswersList as CorrectAnswersList
from ._shared import Crop as Crop
from ._shared import CustomFieldInfo as CustomFieldInfo
from ._shared import CustomOption as CustomOption
from ._shared import DataExtensionsDetails as DataExtensionsDetails
from ._shared import DateInput as DateInput
from ._shared import DatePicker as DatePicker
from ._shared import DateRange as DateRange
from ._shared import DateTimeAdvancedConstraints as DateTimeAdvancedConstraints
from ._shared import DateTimeConstraints as DateTimeConstraints
from ._shared import DateTimeInput as DateTimeInput
from ._shared import DayOfWeek as DayOfWeek
from ._shared import Decoration as Decoration
from ._shared import DecorationDataOneOf as DecorationDataOneOf
from ._shared import DecorationType as DecorationType
from ._shared import DefaultCountryConfigOptionsOneOf as DefaultCountryConfigOptionsOneOf
from ._shared import Design as Design
from ._shared import DesignTarget as DesignTarget
from ._shared import Dimensions as Dimensions
from ._shared import Direction as Direction
from ._shared import DisplayField as DisplayField
from ._shared import (
    DisplayFieldDisplayFieldTypeOptionsOneOf as DisplayFieldDisplayFieldTypeOptionsOneOf,
)
from ._shared import DisplayFieldType as DisplayFieldType
from ._shared import DividerData as DividerData
from ._shared import DividerDataAlignment as DividerDataAlignment
from ._shared import DividerDataStyles as DividerDataStyles
from ._shared import DocumentStyle as DocumentStyle
from ._shared import DonationInput as DonationInput
from ._shared import DonationInputOption as DonationInputOption
from ._shared import Dropdown as Dropdown
from ._shared import DropdownOption as DropdownOption
from ._shared import DynamicPriceOptions as DynamicPriceOptions
from ._shared import EmailInfo as EmailInfo
from ._shared import EmailInfoTag as EmailInfoTag
from ._shared import EmbedData as EmbedData
from ._shared import EntranceAnimation as EntranceAnimation
from ._shared import EntranceEffect as EntranceEffect
from ._shared import EntranceEffectType as EntranceEffectType
from ._shared import EventData as EventData
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FieldOverride as FieldOverride
from ._shared import FieldOverridePropertyTypeOptionsOneOf as FieldOverridePropertyTypeOptionsOneOf
from ._shared import FieldOverrides as FieldOverrides
from ._shared import FieldsOverrides as FieldsOverrides
from ._shared import FieldsSettings as FieldsSettings
from ._shared import FieldType as FieldType
from ._shared import FileData as FileData
from ._shared import FileSource as FileSource
from ._shared import FileSourceDataOneOf as FileSourceDataOneOf
from ._shared import FileType as FileType
from ._shared import FileUpload as FileUpload
from ._shared import FirstDayOfWeek as FirstDayOfWeek
from ._shared import FixedPayment as FixedPayment
from ._shared import FixedPriceOptions as FixedPriceOptions
from ._shared import FontFamilyData as FontFamilyData
from ._shared import FontSizeData as FontSizeData
from ._shared import FontType as FontType
from ._shared import Format as Format
from ._shared import FormatEnumFormat as FormatEnumFormat
from ._shared import FormField as FormField
from ._shared import FormFieldArrayType as FormFieldArrayType
from ._shared import FormFieldBooleanType as FormFieldBooleanType
from ._shared import FormFieldContactInfo as FormFieldContactInfo
from ._shared import (
    FormFieldContactInfoAdditionalInfoOneOf as FormFieldContactInfoAdditionalInfoOneOf,
)
from ._shared import FormFieldNumberType as FormFieldNumberType
from ._shared import FormFieldObjectType as FormFieldObjectType
from ._shared import FormFieldStringType as FormFieldStringType
from ._shared import FormFieldStringTypeFormatOptionsOneOf as FormFieldStringTypeFormatOptionsOneOf
from ._shared import FormLayout as FormLayout
from ._shared import FormOverride as FormOverride
from ._shared import FormRule as FormRule
from ._shared import GalleryData as GalleryData
from ._shared import GalleryOptions as GalleryOptions
from ._shared import GalleryOptionsLayout as GalleryOptionsLayout
from ._shared import GIFData as GIFData
from ._shared import GIFType as GIFType
from ._shared import Gradient as Gradient
from ._shared import GradientType as GradientType
from ._shared import Group as Group
from ._shared import HeadingData as HeadingData
from ._shared import Height as Height
from ._shared import HiddenOptions as HiddenOptions
from ._shared import HTMLData as HTMLData
from ._shared import HTMLDataDataOneOf as HTMLDataDataOneOf
from ._shared import Image as Image
from ._shared import ImageData as ImageData
from ._shared import ImageDataCrop as ImageDataCrop
from ._shared import ImageDataStyles as ImageDataStyles
from ._shared import ImageFit as ImageFit
from ._shared import ImagePosition as ImagePosition
from ._shared import ImagePositionPosition as ImagePositionPosition
from ._shared import ImageScalingScaling as ImageScalingScaling
from ._shared import ImageStyles as ImageStyles
from ._shared import Indentation as Indentation
from ._shared import InitialExpandedItems as InitialExpandedItems
from ._shared import InPersonOptions as InPersonOptions
from ._shared import InputType as InputType
from ._shared import IntegerType as IntegerType
from ._shared import Item as Item
from ._shared import ItemDataOneOf as ItemDataOneOf
from ._shared import ItemImage as ItemImage
from ._shared import ItemLayout as ItemLayout
from ._shared import ItemLayoutItemOneOf as ItemLayoutItemOneOf
from ._shared import ItemStyle as ItemStyle
from ._shared import ItemType as ItemType
from ._shared import LayerEffect as LayerEffect
from ._shared import Layers as Layers
from ._shared import Layout as Layout
from ._shared import LayoutCellData as LayoutCellData
from ._shared import LayoutData as LayoutData
from ._shared import LayoutDataBackground as LayoutDataBackground
from ._shared import LayoutDataBackgroundImage as LayoutDataBackgroundImage
from ._shared import LayoutDataBackgroundType as LayoutDataBackgroundType
from ._shared import LayoutDataImagePosition as LayoutDataImagePosition
from ._shared import LayoutType as LayoutType
from ._shared import LimitationRule as LimitationRule
from ._shared import LineCap as LineCap
from ._shared import LineStyle as LineStyle
from ._shared import Link as Link
from ._shared import LinkData as LinkData
from ._shared import LinkDataOneOf as LinkDataOneOf
from ._shared import LinkPreviewData as LinkPreviewData
from ._shared import LinkPreviewDataStyles as LinkPreviewDataStyles
from ._shared import LinkTarget as LinkTarget
from ._shared import ListItemNodeData as ListItemNodeData
from ._shared import ListStyle as ListStyle
from ._shared import Location as Location
from ._shared import LocationLocationInfoOneOf as LocationLocationInfoOneOf
from ._shared import LoopAnimation as LoopAnimation
from ._shared import LoopEffect as LoopEffect
from ._shared import LoopEffectType as LoopEffectType
from ._shared import MapData as MapData
from ._shared import MapSettings as MapSettings
from ._shared import MapType as MapType
from ._shared import Margin as Margin
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemMediaOneOf as MediaItemMediaOneOf
from ._shared import MediaSettings as MediaSettings
from ._shared import MentionData as MentionData
from ._shared import Metadata as Metadata
from ._shared import MultilineAddressValidation as MultilineAddressValidation
from ._shared import Node as Node
from ._shared import NodeDataOneOf as NodeDataOneOf
from ._shared import NodeStyle as NodeStyle
from ._shared import NodeType as NodeType
from ._shared import NumberComponentType as NumberComponentType
from ._shared import NumberCorrectAnswersList as NumberCorrectAnswersList
from ._shared import NumberErrorMessages as NumberErrorMessages
from ._shared import NumberInput as NumberInput
from ._shared import NumberOfColumns as NumberOfColumns
from ._shared import NumberQuizFieldSettings as NumberQuizFieldSettings
from ._shared import NumberType as NumberType
from ._shared import ObjectArrayType as ObjectArrayType
from ._shared import ObjectErrorMessages as ObjectErrorMessages
from ._shared import ObjectType as ObjectType
from ._shared import ObjectTypePropertiesType as ObjectTypePropertiesType
from ._shared import (
    ObjectTypePropertiesTypePropertiesTypeOneOf as ObjectTypePropertiesTypePropertiesTypeOneOf,
)
from ._shared import Oembed as Oembed
from ._shared import Operator as Operator
from ._shared import OptionDesign as OptionDesign
from ._shared import OptionLayout as OptionLayout
from ._shared import OptionsMediaSettings as OptionsMediaSettings
from ._shared import OrCondition as OrCondition
from ._shared import OrderedListData as OrderedListData
from ._shared import Orientation as Orientation
from ._shared import Origin as Origin
from ._shared import OverrideEntityType as OverrideEntityType
from ._shared import (
    OverrideEntityTypeEnumOverrideEntityType as OverrideEntityTypeEnumOverrideEntityType,
)
from ._shared import PageNavigationOptions as PageNavigationOptions
from ._shared import ParagraphData as ParagraphData
from ._shared import PassFailMessages as PassFailMessages
from ._shared import Password as Password
from ._shared import Payment as Payment
from ._shared import PaymentComponentType as PaymentComponentType
from ._shared import PaymentComponentTypeOptionsOneOf as PaymentComponentTypeOptionsOneOf
from ._shared import PaymentInput as PaymentInput
from ._shared import PaymentType as PaymentType
from ._shared import PDFSettings as PDFSettings
from ._shared import Permissions as Permissions
from ._shared import PhoneConstraints as PhoneConstraints
from ._shared import PhoneInfo as PhoneInfo
from ._shared import PhoneInfoTag as PhoneInfoTag
from ._shared import PhoneInput as PhoneInput
from ._shared import PhoneOptions as PhoneOptions
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
from ._shared import PollOption as PollOption
from ._shared import PopupOptions as PopupOptions
from ._shared import Position as Position
from ._shared import PredefinedValidation as PredefinedValidation
from ._shared import (
    PredefinedValidationFormatOptionsOneOf as PredefinedValidationFormatOptionsOneOf,
)
from ._shared import PriceType as PriceType
from ._shared import PricingData as PricingData
from ._shared import Product as Product
from ._shared import ProductCheckboxGroup as ProductCheckboxGroup
from ._shared import ProductCheckboxGroupOption as ProductCheckboxGroupOption
from ._shared import ProductPriceOptionsOneOf as ProductPriceOptionsOneOf
from ._shared import ProductType as ProductType
from ._shared import PropertiesType as PropertiesType
from ._shared import PropertiesTypeEnum as PropertiesTypeEnum
from ._shared import (
    PropertiesTypePropertiesTypeOptionsOneOf as PropertiesTypePropertiesTypeOptionsOneOf,
)
from ._shared import QuantityLimit as QuantityLimit
from ._shared import QuizFieldSettings as QuizFieldSettings
from ._shared import QuizSettings as QuizSettings
from ._shared import QuizSettingsPassingCriteriaOneOf as QuizSettingsPassingCriteriaOneOf
from ._shared import (
    QuizSettingsResultsDisplayOptionsOneOf as QuizSettingsResultsDisplayOptionsOneOf,
)
from ._shared import RadioGroup as RadioGroup
from ._shared import RadioGroupOption as RadioGroupOption
from ._shared import RatingInput as RatingInput
from ._shared import RedirectOptions as RedirectOptions
from ._shared import Rel as Rel
from ._shared import RequiredIndicator as RequiredIndicator
from ._shared import RequiredIndicatorPlacement as RequiredIndicatorPlacement
from ._shared import RequiredIndicatorProperties as RequiredIndicatorProperties
from ._shared import RequiredOptions as RequiredOptions
from ._shared import Resizing as Resizing
from ._shared import ResponsivenessBehaviour as ResponsivenessBehaviour
from ._shared import ResultsDisplay as ResultsDisplay
from ._shared import RibbonStyles as RibbonStyles
from ._shared import RichContent as RichContent
from ._shared import RichContentOptions as RichContentOptions
from ._shared import Rule as Rule
from ._shared import RuleFormOverride as RuleFormOverride
from ._shared import (
    RuleFormOverrideEntityTypeOptionsOneOf as RuleFormOverrideEntityTypeOptionsOneOf,
)
from ._shared import Scaling as Scaling
from ._shared import Scheduling as Scheduling
from ._shared import SchedulingComponentType as SchedulingComponentType
from ._shared import SchedulingComponentTypeOptionsOneOf as SchedulingComponentTypeOptionsOneOf
from ._shared import SectionDivider as SectionDivider
from ._shared import ServiceOption as ServiceOption
from ._shared import ServicesCheckboxGroup as ServicesCheckboxGroup
from ._shared import ServicesDropdown as ServicesDropdown
from ._shared import Settings as Settings
from ._shared import Shape as Shape
from ._shared import ShapeData as ShapeData
from ._shared import ShapeDataStyles as ShapeDataStyles
from ._shared import Signature as Signature
from ._shared import SketchData as SketchData
from ._shared import SmartBlockCellData as SmartBlockCellData
from ._shared import SmartBlockData as SmartBlockData
from ._shared import SmartBlockDataType as SmartBlockDataType
from ._shared import Source as Source
from ._shared import SpamFilterProtectionLevel as SpamFilterProtectionLevel
from ._shared import Spoiler as Spoiler
from ._shared import SpoilerData as SpoilerData
from ._shared import Step as Step
from ._shared import Stop as Stop
from ._shared import StringComponentType as StringComponentType
from ._shared import StringCorrectAnswersList as StringCorrectAnswersList
from ._shared import StringErrorMessages as StringErrorMessages
from ._shared import StringQuizFieldSettings as StringQuizFieldSettings
from ._shared import StringType as StringType
from ._shared import StringTypeDateTimeConstraints as StringTypeDateTimeConstraints
from ._shared import StringTypeFormatEnumFormat as StringTypeFormatEnumFormat
from ._shared import StringTypeFormatOptionsOneOf as StringTypeFormatOptionsOneOf
from ._shared import StringTypePhoneConstraints as StringTypePhoneConstraints
from ._shared import StringTypeValidationMessages as StringTypeValidationMessages
from ._shared import Styles as Styles
from ._shared import StylesBorder as StylesBorder
from ._shared import StylesPosition as StylesPosition
from ._shared import SubmissionAccess as SubmissionAccess
from ._shared import SubmitSettings as SubmitSettings
from ._shared import (
    SubmitSettingsSubmitSuccessActionOptionsOneOf as SubmitSettingsSubmitSuccessActionOptionsOneOf,
)
from ._shared import SubmitSuccessAction as SubmitSuccessAction
from ._shared import SubscriptionChannel as SubscriptionChannel
from ._shared import SubscriptionInfo as SubscriptionInfo
from ._shared import TableCellData as TableCellData
from ._shared import TableData as TableData
from ._shared import Tag as Tag
from ._shared import TagList as TagList
from ._shared import Tags as Tags
from ._shared import TagsOption as TagsOption
from ._shared import Target as Target
from ._shared import TextAlignment as TextAlignment
from ._shared import TextData as TextData
from ._shared import TextInput as TextInput
from ._shared import TextInputSemanticOptionsOneOf as TextInputSemanticOptionsOneOf
from ._shared import TextNodeStyle as TextNodeStyle
from ._shared import TextStyle as TextStyle
from ._shared import ThankYouMessageOptions as ThankYouMessageOptions
from ._shared import Thumbnails as Thumbnails
from ._shared import ThumbnailsAlignment as ThumbnailsAlignment
from ._shared import TimeInput as TimeInput
from ._shared import TocData as TocData
from ._shared import UploadFileFormat as UploadFileFormat
from ._shared import Validation as Validation
from ._shared import ValidationFormat as ValidationFormat
from ._shared import ValidationMessages as ValidationMessages
from ._shared import ValidationValidationOneOf as ValidationValidationOneOf
from ._shared import Variant as Variant
from ._shared import VerticalAlignment as VerticalAlignment
from ._shared import VerticalAlignmentAlignment as VerticalAlignmentAlignment
from ._shared import Video as Video
from ._shared import VideoConferenceOptions as VideoConferenceOptions
from ._shared import VideoData as VideoData
from ._shared import ViewMode as ViewMode
from ._shared import ViewRole as ViewRole
from ._shared import VoteRole as VoteRole
from ._shared import Width as Width
from ._shared import WidthType as WidthType
from ._shared import WixFile as WixFile
from ._shared import WixFileComponentType as WixFileComponentType
from ._shared import WixFileComponentTypeOptionsOneOf as WixFileComponentTypeOptionsOneOf
from ._shared import _Boolean as _Boolean
from ._shared import _BooleanComponentTypeOptionsOneOf as _BooleanComponentTypeOptionsOneOf
from ._shared import _Number as _Number
from ._shared import _NumberComponentTypeOptionsOneOf as _NumberComponentTypeOptionsOneOf
from ._shared import _Object as _Object
from ._shared import _String as _String
from ._shared import _StringComponentTypeOptionsOneOf as _StringComponentTypeOptionsOneOf

ChunkType: TypeAlias = Literal[
    "TEXT",
    "TEXT_DATA",
    "MULTI_SELECT_INPUT",
    "NUMBER_INPUT",
    "SEPARATOR",
    "SINGLE_SELECT_INPUT",
    "ERROR",
    "SUBMISSION",
    "IMPORTANT_TEXT",
    "DEBUG",
    "END_OF_RESPONSE",
    "FILE_UPLOAD",
    "SIGNATURE",
]
DefaultCountryConfigType: TypeAlias = Literal["UNKNOWN_DEFAULT_COUNTRY", "BY_IP", "COUNTRY"]
Style: TypeAlias = Literal["NORMAL", "BOLD"]
Type: TypeAlias = Literal["PARAGRAPH"]


class AddressComponentTypeOptionsOneOf(TypedDict, total=False):
    multilineAddressOptions: MultilineAddress


class Address(AddressComponentTypeOptionsOneOf, total=False):
    componentType: ComponentType
    validation: MultilineAddressValidation


class CheckboxGroup(TypedDict, total=False):
    label: str | None
    description: RichContent
    options: list[CheckboxGroupOption]
    showLabel: bool | None
    customOption: CustomOption
    numberOfColumns: NumberOfColumns
    media: MediaItem
    mediaSettings: MediaSettings
    optionsMediaSettings: OptionsMediaSettings


class CheckboxGroupOption(TypedDict, total=False):
    label: str | None
    value: Any
    default: bool
    id: str
    media: MediaItem
    showLabel: bool | None


class ClientTime(TypedDict, total=False):
    currentTime: str | None
    timeZone: str | None


class CreateInteractiveFormSessionOptions(TypedDict, total=False):
    """What ``createInteractiveFormSession`` reads from ``options``."""

    currentValues: dict[str, Any] | None
    dryRun: bool
    clientTime: ClientTime


class CreateInteractiveFormSessionRequest(TypedDict, total=False):
    formId: Required[str]
    currentValues: dict[str, Any] | None
    dryRun: bool
    clientTime: ClientTime


class CreateInteractiveFormSessionResponse(TypedDict, total=False):
    interactiveFormSession: InteractiveFormSession
    responseChunks: list[InteractiveFormSessionResponseChunk]


class CreateInteractiveFormSessionStreamedOptions(TypedDict, total=False):
    """What ``createInteractiveFormSessionStreamed`` reads from ``options``."""

    currentValues: dict[str, Any] | None
    dryRun: bool
    clientTime: ClientTime


class CreateInteractiveFormSessionStreamedRequest(TypedDict, total=False):
    formId: Required[str]
    currentValues: dict[str, Any] | None
    dryRun: bool
    clientTime: ClientTime


class CreateInteractiveFormSessionStreamedResponse(TypedDict, total=False):
    responseChunk: InteractiveFormSessionResponseChunk
    interactiveFormSession: InteractiveFormSession


class CustomValue(TypedDict, total=False):
    description: str


class DebugDetails(TypedDict, total=False):
    data: dict[str, Any] | None


class DefaultCountryConfig(DefaultCountryConfigOptionsOneOf, total=False):
    type: DefaultCountryConfigType


class EndOfResponseDetails(TypedDict, total=False):
    success: bool


class ErrorDetails(TypedDict, total=False):
    messageText: str


class FieldFieldTypeOptionsOneOf(TypedDict, total=False):
    inputOptions: InputField
    displayOptions: DisplayField


class Field(FieldFieldTypeOptionsOneOf, total=False):
    id: str
    hidden: bool
    identifier: str | None
    fieldType: FieldType


class FileUploadDetails(TypedDict, total=False):
    fieldTarget: str


class Form(TypedDict, total=False):
    id: str | None
    formFields: list[Field]
    steps: list[Step]
    rules: list[FormRule]
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    deletedFields: list[FormField]
    deletedFormFields: list[Field]
    extendedFields: ExtendedFields
    namespace: str
    mediaFolderId: str | None
    limitationRule: LimitationRule
    spamFilterProtectionLevel: SpamFilterProtectionLevel
    requiredIndicatorProperties: RequiredIndicatorProperties
    submitSettings: SubmitSettings
    disabledFormMessage: RichContent
    enabled: bool | None
    name: str | None
    formRules: list[Rule]
    tags: Tags
    quizSettings: QuizSettings
    autoFillContact: ContactAutofill
    submissionAccess: SubmissionAccess


class GenerateFormSummaryRequest(TypedDict, total=False):
    form: Required[Form]


class GenerateFormSummaryResponse(TypedDict, total=False):
    formSummary: str | None


class ImportantTextDetails(TypedDict, total=False):
    fieldTarget: str
    text: str


class InputFieldInputTypeOptionsOneOf(TypedDict, total=False):
    stringOptions: _String
    numberOptions: _Number
    booleanOptions: _Boolean
    arrayOptions: _Array
    objectOptions: _Object
    wixFileOptions: WixFile
    paymentOptions: Payment
    schedulingOptions: Scheduling
    addressOptions: Address


class InputField(InputFieldInputTypeOptionsOneOf, total=False):
    target: str
    pii: bool
    required: bool
    inputType: InputType
    contactMapping: FormFieldContactInfo
    readOnly: bool


class InteractiveFormSession(TypedDict, total=False):
    id: str
    formId: str


class InteractiveFormSessionResponseChunkOfOneOf(TypedDict, total=False):
    textDetails: TextDetails
    textDataDetails: TextDataDetails
    multiSelectInputDetails: MultiSelectInputDetails
    numberInputDetails: NumberInputDetails
    separatorDetails: SeparatorDetails
    singleSelectInputDetails: SingleSelectInputDetails
    errorDetails: ErrorDetails
    submissionDetails: SubmissionDetails
    importantTextDetails: ImportantTextDetails
    debugDetails: DebugDetails
    endOfResponseDetails: EndOfResponseDetails
    fileUploadDetails: FileUploadDetails
    signatureDetails: SignatureDetails


class InteractiveFormSessionResponseChunk(InteractiveFormSessionResponseChunkOfOneOf, total=False):
    chunkType: ChunkType
    meaningfulInput: MeaningfulInput


class MeaningfulInput(TypedDict, total=False):
    startOffset: int
    length: int


class MultiSelectInputDetails(TypedDict, total=False):
    fieldTarget: str
    options: list[Option]
    allowedCustomValue: CustomValue


class MultilineAddress(TypedDict, total=False):
    label: str | None
    description: RichContent
    showCountryFlags: bool
    defaultCountryConfig: DefaultCountryConfig
    fieldSettings: FieldsSettings
    autocompleteEnabled: bool
    showAddressLabels: bool | None
    showLabel: bool | None


class NumberInputDetails(TypedDict, total=False):
    fieldTarget: str
    rangeLimit: NumberRangeLimit
    multipleOf: float | None


class NumberRangeLimitEndOneOf(TypedDict, total=False):
    maxInclusiveValue: float | None
    maxExclusiveValue: float | None


class NumberRangeLimit(NumberRangeLimitEndOneOf, total=False):
    minInclusiveValue: float | None


class Option(TypedDict, total=False):
    value: str
    label: str


class SendUserMessageOptions(TypedDict, total=False):
    """What ``sendUserMessage`` reads from ``options``."""

    input: str | None
    currentValues: dict[str, Any] | None


class SendUserMessageRequest(TypedDict, total=False):
    interactiveFormSessionId: Required[str]
    input: str | None
    currentValues: dict[str, Any] | None


class SendUserMessageResponse(TypedDict, total=False):
    interactiveFormSession: InteractiveFormSession
    responseChunks: list[InteractiveFormSessionResponseChunk]


class SendUserMessageStreamedOptions(TypedDict, total=False):
    """What ``sendUserMessageStreamed`` reads from ``options``."""

    input: str | None
    currentValues: dict[str, Any] | None


class SendUserMessageStreamedRequest(TypedDict, total=False):
    interactiveFormSessionId: Required[str]
    input: str | None
    currentValues: dict[str, Any] | None


class SendUserMessageStreamedResponse(TypedDict, total=False):
    responseChunk: InteractiveFormSessionResponseChunk
    interactiveFormSession: InteractiveFormSession


class SeparatorDetails(TypedDict, total=False):
    type: Type


class SignatureDetails(TypedDict, total=False):
    fieldTarget: str


class SingleSelectInputDetails(TypedDict, total=False):
    fieldTarget: str
    options: list[Option]
    allowedCustomValue: CustomValue


class SubmissionDetails(TypedDict, total=False):
    submissionId: str
    checkoutId: str | None


class TextDataDetails(TypedDict, total=False):
    fieldTarget: str
    text: str
    value: Any
    displayValue: str


class TextDetails(TypedDict, total=False):
    text: str
    style: Style


class _ArrayComponentTypeOptionsOneOf(TypedDict, total=False):
    checkboxGroupOptions: CheckboxGroup
    tagsOptions: ComponentsTags
    servicesCheckboxGroupOptions: ServicesCheckboxGroup


class _Array(_ArrayComponentTypeOptionsOneOf, total=False):
    validation: ArrayType
    componentType: ArrayComponentType
    quizFieldSettings: QuizFieldSettings
