# File generated from @wix/auto_sdk_bookings_bookings 1.0.241
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.bookings``.

From ``@wix/auto_sdk_bookings_bookings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.bookings import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import AddOnDetails as AddOnDetails
from ._shared import AddOnGroup as AddOnGroup
from ._shared import AddOnPaymentOptions as AddOnPaymentOptions
from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressStreetOneOf as AddressStreetOneOf
from ._shared import ApplicationError as ApplicationError
from ._shared import AvailabilityConstraints as AvailabilityConstraints
from ._shared import BookAfterStartPolicy as BookAfterStartPolicy
from ._shared import BookedAddOn as BookedAddOn
from ._shared import BookedEntity as BookedEntity
from ._shared import BookedEntityItemOneOf as BookedEntityItemOneOf
from ._shared import BookedResource as BookedResource
from ._shared import BookedSchedule as BookedSchedule
from ._shared import BookedSlot as BookedSlot
from ._shared import BookingFeeStatus as BookingFeeStatus
from ._shared import BookingParticipantsInfoOneOf as BookingParticipantsInfoOneOf
from ._shared import BookingPolicySettings as BookingPolicySettings
from ._shared import BookingStatus as BookingStatus
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import BusinessLocationOptions as BusinessLocationOptions
from ._shared import CancellationPolicy as CancellationPolicy
from ._shared import Category as Category
from ._shared import CommonAddress as CommonAddress
from ._shared import CommonAddressStreetOneOf as CommonAddressStreetOneOf
from ._shared import CommonIdentificationData as CommonIdentificationData
from ._shared import CommonIdentificationDataIdOneOf as CommonIdentificationDataIdOneOf
from ._shared import CommonStreetAddress as CommonStreetAddress
from ._shared import Conferencing as Conferencing
from ._shared import ContactDetails as ContactDetails
from ._shared import CustomFormField as CustomFormField
from ._shared import CustomLocationOptions as CustomLocationOptions
from ._shared import CustomPayment as CustomPayment
from ._shared import DailyConfig as DailyConfig
from ._shared import DateTimeRule as DateTimeRule
from ._shared import Duration as Duration
from ._shared import DurationRange as DurationRange
from ._shared import DurationRangeConfigOneOf as DurationRangeConfigOneOf
from ._shared import DurationUnitType as DurationUnitType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FirstChargeDateType as FirstChargeDateType
from ._shared import Form as Form
from ._shared import FrequencyType as FrequencyType
from ._shared import HourlyConfig as HourlyConfig
from ._shared import Image as Image
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Keyword as Keyword
from ._shared import LimitEarlyBookingPolicy as LimitEarlyBookingPolicy
from ._shared import LimitLateBookingPolicy as LimitLateBookingPolicy
from ._shared import Location as Location
from ._shared import LocationType as LocationType
from ._shared import LocationTypeEnumLocationType as LocationTypeEnumLocationType
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemItemOneOf as MediaItemItemOneOf
from ._shared import MultiServiceBookingInfo as MultiServiceBookingInfo
from ._shared import MultiServiceBookingType as MultiServiceBookingType
from ._shared import OnlineBooking as OnlineBooking
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import ParticipantChoices as ParticipantChoices
from ._shared import ParticipantsPolicy as ParticipantsPolicy
from ._shared import ParticipantsRange as ParticipantsRange
from ._shared import PaymentOptions as PaymentOptions
from ._shared import PaymentStatus as PaymentStatus
from ._shared import PolicyDescription as PolicyDescription
from ._shared import PolicyDetails as PolicyDetails
from ._shared import RateType as RateType
from ._shared import RequestedGender as RequestedGender
from ._shared import RequestedGenderValue as RequestedGenderValue
from ._shared import ReschedulePolicy as ReschedulePolicy
from ._shared import ResourceIds as ResourceIds
from ._shared import ResourceSelection as ResourceSelection
from ._shared import ResourcesPolicy as ResourcesPolicy
from ._shared import ResourceType as ResourceType
from ._shared import SaveCreditCardPolicy as SaveCreditCardPolicy
from ._shared import Schedule as Schedule
from ._shared import SelectedPaymentOption as SelectedPaymentOption
from ._shared import SelectionMethod as SelectionMethod
from ._shared import SeoSchema as SeoSchema
from ._shared import ServiceChoice as ServiceChoice
from ._shared import ServiceChoiceChoiceOneOf as ServiceChoiceChoiceOneOf
from ._shared import ServiceChoices as ServiceChoices
from ._shared import ServiceResource as ServiceResource
from ._shared import ServiceResourceSelectionOneOf as ServiceResourceSelectionOneOf
from ._shared import ServiceType as ServiceType
from ._shared import Settings as Settings
from ._shared import Slug as Slug
from ._shared import StaffMediaItem as StaffMediaItem
from ._shared import StaffMediaItemItemOneOf as StaffMediaItemItemOneOf
from ._shared import StaffMember as StaffMember
from ._shared import StaffMemberDetails as StaffMemberDetails
from ._shared import StreetAddress as StreetAddress
from ._shared import Subdivision as Subdivision
from ._shared import Tag as Tag
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import Trigger as Trigger
from ._shared import UnitType as UnitType
from ._shared import URLs as URLs
from ._shared import V2Duration as V2Duration
from ._shared import V2Location as V2Location
from ._shared import V2LocationOptionsOneOf as V2LocationOptionsOneOf
from ._shared import ValueType as ValueType
from ._shared import WaitlistPolicy as WaitlistPolicy

LocationLocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
RequestedFields: TypeAlias = Literal[
    "STAFF_MEMBER_DETAILS", "RESOURCE_TYPE_DETAILS", "DISCOUNT_INFO_DETAILS"
]
ResourceTransparency: TypeAlias = Literal["OPAQUE", "TRANSPARENT"]
V1RequestedFields: TypeAlias = Literal["BOOKING_FEES"]


class AddBookingsToMultiServiceBookingOptions(TypedDict, total=False):
    """What ``addBookingsToMultiServiceBooking`` reads from ``options``."""

    bookings: list[BookingIdAndRevision]
    returnFullEntity: bool


class AddBookingsToMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    bookings: Required[list[BookingIdAndRevision]]
    returnFullEntity: bool


class AddBookingsToMultiServiceBookingResponse(TypedDict, total=False):
    bookings: list[BookingResult]


class AllowedActions(TypedDict, total=False):
    cancel: bool
    reschedule: bool


class Booking(BookingParticipantsInfoOneOf, total=False):
    id: str | None
    bookedEntity: BookedEntity
    contactDetails: ContactDetails
    additionalFields: list[CustomFormField]
    status: BookingStatus
    paymentStatus: PaymentStatus
    selectedPaymentOption: SelectedPaymentOption
    createdDate: str | None
    externalUserId: str | None
    revision: str | None
    createdBy: CommonIdentificationData
    startDate: str | None
    endDate: str | None
    updatedDate: str | None
    extendedFields: ExtendedFields
    doubleBooked: bool | None
    multiServiceBookingInfo: MultiServiceBookingInfo
    formSubmissionId: str | None
    formId: str | None
    bookedAddOns: list[BookedAddOn]
    appId: str | None
    createdByAppId: str | None
    depositSelected: bool | None


class BookingFee(TypedDict, total=False):
    id: str | None
    bookingId: str | None
    cancellationFee: CancellationFee
    policyDetails: PolicyDetails


class BookingIdAndRevision(TypedDict, total=False):
    bookingId: str | None
    revision: str | None


class BookingInfo(TypedDict, total=False):
    bookingId: str | None
    revision: str | None
    paymentStatus: PaymentStatus


class BookingPolicy(TypedDict, total=False):
    id: str
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    customPolicyDescription: PolicyDescription
    default: bool | None
    limitEarlyBookingPolicy: LimitEarlyBookingPolicy
    limitLateBookingPolicy: LimitLateBookingPolicy
    bookAfterStartPolicy: BookAfterStartPolicy
    cancellationPolicy: CancellationPolicy
    reschedulePolicy: ReschedulePolicy
    waitlistPolicy: WaitlistPolicy
    participantsPolicy: ParticipantsPolicy
    resourcesPolicy: ResourcesPolicy
    cancellationFeePolicy: CancellationFeePolicy
    saveCreditCardPolicy: SaveCreditCardPolicy


class BookingPolicyViolations(TypedDict, total=False):
    tooEarlyToBook: bool | None
    tooLateToBook: bool | None
    bookOnlineDisabled: bool | None


class BookingResult(TypedDict, total=False):
    bookingId: str | None
    booking: Booking


class BookingsCancelList(TypedDict, total=False):
    bookingsInfo: list[CancelBookingInfo]


class BookingsGetBookingAnonymouslyOptions(TypedDict, total=False):
    """What ``bookingsGetBookingAnonymously`` reads from ``options``."""

    fields: list[V1RequestedFields]


class BookingsRescheduleBookingAnonymouslyOptions(TypedDict, total=False):
    """What ``bookingsRescheduleBookingAnonymously`` reads from ``options``."""

    revision: Required[str | None]


class BulkBookingResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Booking


class BulkCalculateAllowedActionsRequest(TypedDict, total=False):
    bookingIds: Required[list[str] | None]


class BulkCalculateAllowedActionsResponse(TypedDict, total=False):
    results: list[BulkCalculateAllowedActionsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCalculateAllowedActionsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: AllowedActions


class BulkCancelBookingRequestCancellationInfoOneOf(TypedDict, total=False):
    bookings: BookingsCancelList
    recurringCancellation: RecurringCancelInfo


class BulkCancelBookingRequest(BulkCancelBookingRequestCancellationInfoOneOf, total=False):
    returnFullEntity: bool


class BulkCancelBookingResponse(TypedDict, total=False):
    results: list[BulkBookingResult]
    bulkActionMetadata: BulkActionMetadata


class BulkConfirmOrDeclineBookingOptions(TypedDict, total=False):
    """What ``bulkConfirmOrDeclineBooking`` reads from ``options``."""

    returnEntity: bool


class BulkConfirmOrDeclineBookingRequest(TypedDict, total=False):
    details: Required[list[BulkConfirmOrDeclineBookingRequestBookingDetails]]
    returnEntity: bool


class BulkConfirmOrDeclineBookingRequestBookingDetails(TypedDict, total=False):
    bookingId: str
    paymentStatus: PaymentStatus


class BulkConfirmOrDeclineBookingResponse(TypedDict, total=False):
    results: list[BulkBookingResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateBookingOptions(TypedDict, total=False):
    """What ``bulkCreateBooking`` reads from ``options``."""

    returnFullEntity: bool


class BulkCreateBookingRequest(TypedDict, total=False):
    createBookingsInfo: Required[list[CreateBookingInfo]]
    returnFullEntity: bool


class BulkCreateBookingResponse(TypedDict, total=False):
    results: list[BulkBookingResult]
    bulkActionMetadata: BulkActionMetadata


class BulkGetMultiServiceBookingAllowedActionsRequest(TypedDict, total=False):
    multiServiceBookingIds: Required[list[str] | None]


class BulkGetMultiServiceBookingAllowedActionsResponse(TypedDict, total=False):
    results: list[BulkCalculateAllowedActionsResult]
    bulkActionMetadata: BulkActionMetadata


class CancelBookingFlowControlSettings(TypedDict, total=False):
    ignoreCancellationPolicy: bool | None
    withRefund: bool | None
    waiveCancellationFee: bool | None


class CancelBookingInfo(TypedDict, total=False):
    bookingId: str
    revision: str | None
    flowControlSettings: CancelBookingFlowControlSettings
    waiveCharges: bool | None
    participantNotification: ParticipantNotification


class CancelBookingOptions(TypedDict, total=False):
    """What ``cancelBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    flowControlSettings: CancelBookingFlowControlSettings
    revision: str | None
    waiveCharges: bool | None


class CancelBookingRequest(TypedDict, total=False):
    bookingId: Required[str]
    participantNotification: ParticipantNotification
    flowControlSettings: CancelBookingFlowControlSettings
    revision: Required[str | None]
    waiveCharges: bool | None


class CancelBookingResponse(TypedDict, total=False):
    booking: Booking


class CancelMultiServiceBookingAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]


class CancelMultiServiceBookingAnonymouslyResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class CancelMultiServiceBookingOptions(TypedDict, total=False):
    """What ``cancelMultiServiceBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    flowControlSettings: CancelBookingFlowControlSettings
    returnFullEntity: bool
    waiveCharges: bool | None


class CancelMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    participantNotification: ParticipantNotification
    flowControlSettings: CancelBookingFlowControlSettings
    returnFullEntity: bool
    waiveCharges: bool | None


class CancelMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class CancellationFee(TypedDict, total=False):
    price: Money
    status: BookingFeeStatus
    trigger: Trigger


class CancellationFeePolicy(TypedDict, total=False):
    enabled: bool
    cancellationWindows: list[CancellationWindow]
    autoCollectFeeEnabled: bool | None


class CancellationWindowFeeOneOf(TypedDict, total=False):
    amount: CommonMoney
    percentage: str


class CancellationWindow(CancellationWindowFeeOneOf, total=False):
    startInMinutes: int | None


class CommonMoney(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class ConfirmBookingFlowControlSettings(TypedDict, total=False):
    checkAvailabilityValidation: bool


class ConfirmBookingOptions(TypedDict, total=False):
    """What ``confirmBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: ConfirmBookingFlowControlSettings


class ConfirmBookingRequest(TypedDict, total=False):
    bookingId: Required[str]
    revision: Required[str | None]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: ConfirmBookingFlowControlSettings


class ConfirmBookingResponse(TypedDict, total=False):
    booking: Booking


class ConfirmMultiServiceBookingOptions(TypedDict, total=False):
    """What ``confirmMultiServiceBooking`` reads from ``options``."""

    confirmBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: ConfirmBookingFlowControlSettings


class ConfirmMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    confirmBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: ConfirmBookingFlowControlSettings


class ConfirmMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class ConfirmOrDeclineBookingOptions(TypedDict, total=False):
    """What ``confirmOrDeclineBooking`` reads from ``options``."""

    paymentStatus: PaymentStatus


class ConfirmOrDeclineBookingRequest(TypedDict, total=False):
    bookingId: Required[str]
    paymentStatus: PaymentStatus


class ConfirmOrDeclineBookingResponse(TypedDict, total=False):
    booking: Booking


class CreateBookingFlowControlSettings(TypedDict, total=False):
    skipAvailabilityValidation: bool
    skipBusinessConfirmation: bool
    skipSelectedPaymentOptionValidation: bool
    skipAddOnValidation: bool


class CreateBookingInfo(TypedDict, total=False):
    booking: Booking
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    flowControlSettings: CreateBookingFlowControlSettings
    formSubmission: dict[str, Any] | None


class CreateBookingOptions(TypedDict, total=False):
    """What ``createBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    flowControlSettings: CreateBookingFlowControlSettings
    formSubmission: dict[str, Any] | None


class CreateBookingRequest(TypedDict, total=False):
    booking: Required[Booking]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    flowControlSettings: CreateBookingFlowControlSettings
    formSubmission: dict[str, Any] | None


class CreateBookingResponse(TypedDict, total=False):
    booking: Booking


class CreateMultiServiceBookingOptions(TypedDict, total=False):
    """What ``createMultiServiceBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    flowControlSettings: CreateBookingFlowControlSettings
    returnFullEntity: bool
    multiServiceBookingType: MultiServiceBookingType
    formSubmission: dict[str, Any] | None


class CreateMultiServiceBookingRequest(TypedDict, total=False):
    bookings: Required[list[Booking]]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    flowControlSettings: CreateBookingFlowControlSettings
    returnFullEntity: bool
    multiServiceBookingType: MultiServiceBookingType
    formSubmission: dict[str, Any] | None


class CreateMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class DeclineBookingFlowControlSettings(TypedDict, total=False):
    withRefund: bool | None


class DeclineBookingOptions(TypedDict, total=False):
    """What ``declineBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: DeclineBookingFlowControlSettings


class DeclineBookingRequest(TypedDict, total=False):
    bookingId: Required[str]
    revision: Required[str | None]
    participantNotification: ParticipantNotification
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: DeclineBookingFlowControlSettings


class DeclineBookingResponse(TypedDict, total=False):
    booking: Booking


class DeclineMultiServiceBookingOptions(TypedDict, total=False):
    """What ``declineMultiServiceBooking`` reads from ``options``."""

    declineBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: DeclineBookingFlowControlSettings


class DeclineMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    declineBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: DeclineBookingFlowControlSettings


class DeclineMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class DiscountInfo(TypedDict, total=False):
    discountName: str
    priceAfterDiscount: CommonMoney


class FixedPayment(TypedDict, total=False):
    price: CommonMoney
    deposit: CommonMoney
    fullUpfrontPaymentAllowed: bool | None


class GetAnonymousActionTokenForMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]


class GetAnonymousActionTokenForMultiServiceBookingResponse(TypedDict, total=False):
    token: str | None


class GetAnonymousActionTokenRequest(TypedDict, total=False):
    bookingId: Required[str | None]


class GetAnonymousActionTokenResponse(TypedDict, total=False):
    token: str | None


class GetMultiServiceBookingAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]
    fields: list[V1RequestedFields]


class GetMultiServiceBookingAnonymouslyResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking
    allowedAnonymousActions: V1AllowedAnonymousActions


class GetMultiServiceBookingAvailabilityRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]


class GetMultiServiceBookingAvailabilityResponse(TypedDict, total=False):
    bookable: bool
    totalCapacity: int | None
    remainingCapacity: int | None
    policyViolations: BookingPolicyViolations
    policySettings: BookingPolicySettings
    multiServiceBookingInfo: list[GetMultiServiceBookingAvailabilityResponseBookingInfo]


class GetMultiServiceBookingAvailabilityResponseBookingInfo(TypedDict, total=False):
    bookingId: str | None


class GetMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]


class GetMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking
    metadata: MultiServiceBookingMetadata


class GetServiceAnonymouslyOptions(TypedDict, total=False):
    """What ``getServiceAnonymously`` reads from ``options``."""

    fields: list[RequestedFields]


class GetServiceAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]
    fields: list[RequestedFields]


class GetServiceAnonymouslyResponse(TypedDict, total=False):
    service: Service


class MarkBookingAsPendingFlowControlSettings(TypedDict, total=False):
    checkAvailabilityValidation: bool
    skipPendingApprovalServiceValidation: bool


class MarkBookingAsPendingOptions(TypedDict, total=False):
    """What ``markBookingAsPending`` reads from ``options``."""

    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: MarkBookingAsPendingFlowControlSettings


class MarkBookingAsPendingRequest(TypedDict, total=False):
    bookingId: Required[str]
    revision: Required[str | None]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    paymentStatus: PaymentStatus
    doubleBooked: bool | None
    flowControlSettings: MarkBookingAsPendingFlowControlSettings


class MarkBookingAsPendingResponse(TypedDict, total=False):
    booking: Booking


class MarkMultiServiceBookingAsPendingOptions(TypedDict, total=False):
    """What ``markMultiServiceBookingAsPending`` reads from ``options``."""

    markAsPendingBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: MarkBookingAsPendingFlowControlSettings


class MarkMultiServiceBookingAsPendingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    markAsPendingBookingsInfo: list[BookingInfo]
    participantNotification: ParticipantNotification
    sendSmsReminder: bool | None
    doubleBooked: bool | None
    returnFullEntity: bool
    flowControlSettings: MarkBookingAsPendingFlowControlSettings


class MarkMultiServiceBookingAsPendingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class MultiServiceBooking(TypedDict, total=False):
    id: str | None
    bookings: list[BookingResult]


class MultiServiceBookingMetadata(TypedDict, total=False):
    totalNumberOfScheduledBookings: int | None


class ParticipantNotification(TypedDict, total=False):
    notifyParticipants: bool
    message: str | None
    metadata: dict[str, str]


class PaymentRateOneOf(TypedDict, total=False):
    fixed: FixedPayment
    custom: CustomPayment
    varied: VariedPayment
    subscription: SubscriptionPayment


class Payment(PaymentRateOneOf, total=False):
    rateType: RateType
    options: PaymentOptions
    pricingPlanIds: list[str]
    addOnOption: AddOnPaymentOptions
    discountInfo: DiscountInfo


class RecurringCancelInfo(TypedDict, total=False):
    recurringGroupId: str
    cancellationStartDate: str | None
    participantNotification: ParticipantNotification
    flowControlSettings: CancelBookingFlowControlSettings
    waiveCharges: bool | None
    timeZone: str | None


class RemoveBookingsFromMultiServiceBookingOptions(TypedDict, total=False):
    """What ``removeBookingsFromMultiServiceBooking`` reads from ``options``."""

    bookings: list[BookingIdAndRevision]
    returnFullEntity: bool


class RemoveBookingsFromMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    bookings: list[BookingIdAndRevision]
    returnFullEntity: bool


class RemoveBookingsFromMultiServiceBookingResponse(TypedDict, total=False):
    bookings: list[BookingResult]


class RescheduleBookingFlowControlSettings(TypedDict, total=False):
    ignoreReschedulePolicy: bool
    skipAvailabilityValidation: bool
    skipBusinessConfirmation: bool
    allowAddOnChanges: bool


class RescheduleBookingInfoParticipantsInfoOneOf(TypedDict, total=False):
    totalParticipants: int
    participantsChoices: ParticipantChoices


class RescheduleBookingInfo(RescheduleBookingInfoParticipantsInfoOneOf, total=False):
    bookingId: str | None
    slot: V2Slot
    revision: str | None
    bookedAddOns: list[BookedAddOn]


class RescheduleBookingOptions(TypedDict, total=False):
    """What ``rescheduleBooking`` reads from ``options``."""

    revision: str | None
    participantNotification: ParticipantNotification
    flowControlSettings: RescheduleBookingFlowControlSettings
    totalParticipants: int
    participantsChoices: ParticipantChoices
    bookedAddOns: list[BookedAddOn]


class RescheduleBookingRequestParticipantsInfoOneOf(TypedDict, total=False):
    totalParticipants: int
    participantsChoices: ParticipantChoices


class RescheduleBookingRequest(RescheduleBookingRequestParticipantsInfoOneOf, total=False):
    bookingId: Required[str]
    slot: Required[V2Slot]
    revision: Required[str | None]
    participantNotification: ParticipantNotification
    flowControlSettings: RescheduleBookingFlowControlSettings
    bookedAddOns: list[BookedAddOn]


class RescheduleBookingResponse(TypedDict, total=False):
    booking: Booking


class RescheduleMultiServiceBookingOptions(TypedDict, total=False):
    """What ``rescheduleMultiServiceBooking`` reads from ``options``."""

    participantNotification: ParticipantNotification
    flowControlSettings: RescheduleBookingFlowControlSettings
    returnFullEntity: bool


class RescheduleMultiServiceBookingRequest(TypedDict, total=False):
    multiServiceBookingId: Required[str | None]
    rescheduleBookingsInfo: Required[list[RescheduleBookingInfo]]
    participantNotification: ParticipantNotification
    flowControlSettings: RescheduleBookingFlowControlSettings
    returnFullEntity: bool


class RescheduleMultiServiceBookingResponse(TypedDict, total=False):
    multiServiceBooking: MultiServiceBooking


class Service(TypedDict, total=False):
    id: str | None
    appId: str | None
    createdByAppId: str | None
    type: ServiceType
    sortOrder: int | None
    name: str | None
    description: str | None
    tagLine: str | None
    defaultCapacity: int | None
    media: Media
    hidden: bool | None
    category: Category
    form: Form
    payment: Payment
    onlineBooking: OnlineBooking
    conferencing: Conferencing
    locations: list[V2Location]
    bookingPolicy: BookingPolicy
    schedule: Schedule
    staffMemberIds: list[str]
    staffMemberDetails: StaffMemberDetails
    serviceResources: list[ServiceResource]
    supportedSlugs: list[Slug]
    mainSlug: Slug
    urls: URLs
    extendedFields: ExtendedFields
    seoData: SeoSchema
    createdDate: str | None
    updatedDate: str | None
    revision: str | None
    addOnGroups: list[AddOnGroup]
    addOnDetails: list[AddOnDetails]
    taxableAddress: TaxableAddress
    primaryResourceType: str | None


class SetBookingSubmissionIdRequest(TypedDict, total=False):
    bookingId: Required[str]
    submissionId: Required[str]


class SetBookingSubmissionIdResponse(TypedDict, total=False):
    booking: Booking


class SlotLocation(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    locationType: LocationLocationType


class SlotSlotResource(TypedDict, total=False):
    id: str | None
    name: str | None
    transparency: ResourceTransparency


class SubscriptionPayment(TypedDict, total=False):
    amountPerBillingCycle: CommonMoney
    frequency: FrequencyType
    totalPayments: int | None
    firstChargeDate: FirstChargeDateType
    recurringStartDate: str | None
    enrollmentFeeAmount: CommonMoney


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    namespace: str
    namespaceData: dict[str, Any] | None


class UpdateNumberOfParticipantsOptions(TypedDict, total=False):
    """What ``updateNumberOfParticipants`` reads from ``options``."""

    revision: str | None
    totalParticipants: int
    participantsChoices: ParticipantChoices


class UpdateNumberOfParticipantsRequestParticipantsInfoOneOf(TypedDict, total=False):
    totalParticipants: int
    participantsChoices: ParticipantChoices


class UpdateNumberOfParticipantsRequest(
    UpdateNumberOfParticipantsRequestParticipantsInfoOneOf, total=False
):
    bookingId: Required[str]
    revision: Required[str | None]


class UpdateNumberOfParticipantsResponse(TypedDict, total=False):
    booking: Booking


class V1AllowedAnonymousActions(TypedDict, total=False):
    cancel: bool
    reschedule: bool


class V1CancelBookingAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]
    revision: Required[str | None]


class V1CancelBookingAnonymouslyResponse(TypedDict, total=False):
    booking: Booking


class V1GetBookingAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]
    fields: list[V1RequestedFields]


class V1GetBookingAnonymouslyResponse(TypedDict, total=False):
    booking: Booking
    allowedAnonymousActions: V1AllowedAnonymousActions
    bookingFee: BookingFee


class V1RescheduleBookingAnonymouslyRequest(TypedDict, total=False):
    token: Required[str | None]
    slot: Required[V2Slot]
    revision: Required[str | None]


class V1RescheduleBookingAnonymouslyResponse(TypedDict, total=False):
    booking: Booking


class V2Slot(TypedDict, total=False):
    sessionId: str | None
    serviceId: str
    scheduleId: str
    startDate: str | None
    endDate: str | None
    timezone: str | None
    resource: SlotSlotResource
    location: SlotLocation
    eventId: str | None
    resourceSelections: list[ResourceSelection]
    allDay: bool | None


class VariedPayment(TypedDict, total=False):
    defaultPrice: CommonMoney
    deposit: CommonMoney
    minPrice: CommonMoney
    maxPrice: CommonMoney
    fullUpfrontPaymentAllowed: bool | None
