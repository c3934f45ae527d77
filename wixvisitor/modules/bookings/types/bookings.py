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

AddOnPaymentOptions: TypeAlias = Literal["ONLINE", "IN_PERSON"]
BookingFeeStatus: TypeAlias = Literal[
    "UNKNOWN_STATUS", "PREVIEW", "NOT_YET_APPLIED_TO_ORDER", "APPLIED_TO_ORDER"
]
BookingStatus: TypeAlias = Literal[
    "CREATED", "CONFIRMED", "CANCELED", "PENDING", "DECLINED", "WAITING_LIST"
]
DurationUnitType: TypeAlias = Literal["HOUR", "DAY"]
FirstChargeDateType: TypeAlias = Literal["CHECKOUT", "SCHEDULED"]
FrequencyType: TypeAlias = Literal["MONTHLY"]
LocationLocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
LocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
LocationTypeEnumLocationType: TypeAlias = Literal["CUSTOM", "BUSINESS", "CUSTOMER"]
MultiServiceBookingType: TypeAlias = Literal[
    "SEQUENTIAL_BOOKINGS", "SEPARATE_BOOKINGS", "PARALLEL_BOOKINGS"
]
PaymentStatus: TypeAlias = Literal[
    "UNDEFINED", "NOT_PAID", "PAID", "PARTIALLY_PAID", "REFUNDED", "EXEMPT", "FAILED"
]
RateType: TypeAlias = Literal["FIXED", "CUSTOM", "VARIED", "NO_FEE", "SUBSCRIPTION"]
RequestedFields: TypeAlias = Literal[
    "STAFF_MEMBER_DETAILS", "RESOURCE_TYPE_DETAILS", "DISCOUNT_INFO_DETAILS"
]
RequestedGender: TypeAlias = Literal["ANY_MALE", "ANY_FEMALE"]
ResourceTransparency: TypeAlias = Literal["OPAQUE", "TRANSPARENT"]
SelectedPaymentOption: TypeAlias = Literal[
    "UNDEFINED", "OFFLINE", "ONLINE", "MEMBERSHIP", "MEMBERSHIP_OFFLINE"
]
SelectionMethod: TypeAlias = Literal["SPECIFIC_RESOURCE", "ANY_RESOURCE", "NO_SELECTION"]
ServiceType: TypeAlias = Literal["APPOINTMENT", "CLASS", "COURSE"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING"]
Trigger: TypeAlias = Literal["UNKNOWN_TRIGGER", "NOT_ATTENDED", "BOOKING_CANCELED"]
UnitType: TypeAlias = Literal["HOUR", "DAY"]
V1RequestedFields: TypeAlias = Literal["BOOKING_FEES"]
ValueType: TypeAlias = Literal["SHORT_TEXT", "LONG_TEXT", "CHECK_BOX"]


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


class AddOnDetails(TypedDict, total=False):
    addOnId: str | None
    durationInMinutes: int | None


class AddOnGroup(TypedDict, total=False):
    id: str | None
    name: str | None
    maxNumberOfAddOns: int | None
    addOnIds: list[str] | None
    prompt: str | None


class AddressStreetOneOf(TypedDict, total=False):
    streetAddress: StreetAddress
    addressLine: str | None


class Address(AddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None
    formattedAddress: str | None
    hint: str | None
    geocode: AddressLocation
    countryFullname: str | None
    subdivisions: list[Subdivision]


class AddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class AllowedActions(TypedDict, total=False):
    cancel: bool
    reschedule: bool


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AvailabilityConstraints(TypedDict, total=False):
    durations: list[V2Duration]
    sessionDurations: list[int]
    timeBetweenSessions: int
    durationRange: DurationRange


class BookAfterStartPolicy(TypedDict, total=False):
    enabled: bool


class BookedAddOn(TypedDict, total=False):
    id: str
    groupId: str
    durationInMinutes: int | None
    quantity: int | None
    name: str | None
    nameTranslated: str | None


class BookedEntityItemOneOf(TypedDict, total=False):
    slot: BookedSlot
    schedule: BookedSchedule


class BookedEntity(BookedEntityItemOneOf, total=False):
    title: str | None
    tags: list[str] | None


class BookedResource(TypedDict, total=False):
    id: str
    name: str | None
    email: str | None
    scheduleId: str | None
    type: str | None


class BookedSchedule(TypedDict, total=False):
    scheduleId: str
    serviceId: str | None
    location: Location
    timezone: str | None
    firstSessionStart: str | None
    lastSessionEnd: str | None


class BookedSlot(TypedDict, total=False):
    sessionId: str | None
    serviceId: str
    scheduleId: str
    eventId: str | None
    startDate: str | None
    endDate: str | None
    timezone: str | None
    resource: BookedResource
    location: Location
    resourceSelections: list[ResourceSelection]
    allDay: bool | None
    durationUnitType: DurationUnitType
    durationUnitCount: int | None


class BookingParticipantsInfoOneOf(TypedDict, total=False):
    totalParticipants: int
    participantsChoices: ParticipantChoices


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


class BookingPolicySettings(TypedDict, total=False):
    maxParticipantsPerBooking: int | None


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


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


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


class BusinessLocationOptions(TypedDict, total=False):
    id: str
    name: str
    default: bool | None
    address: CommonAddress
    email: str | None
    phone: str | None


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


class CancellationPolicy(TypedDict, total=False):
    enabled: bool
    limitLatestCancellation: bool
    latestCancellationInMinutes: int
    allowAnonymous: bool | None


class CancellationWindowFeeOneOf(TypedDict, total=False):
    amount: CommonMoney
    percentage: str


class CancellationWindow(CancellationWindowFeeOneOf, total=False):
    startInMinutes: int | None


class Category(TypedDict, total=False):
    id: str
    name: str | None
    sortOrder: int | None


class CommonAddressStreetOneOf(TypedDict, total=False):
    streetAddress: CommonStreetAddress
    addressLine: str | None


class CommonAddress(CommonAddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    formattedAddress: str | None


class CommonIdentificationDataIdOneOf(TypedDict, total=False):
    anonymousVisitorId: str
    memberId: str
    wixUserId: str
    appId: str


class CommonIdentificationData(CommonIdentificationDataIdOneOf, total=False):
    contactId: str | None


class CommonMoney(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class CommonStreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Conferencing(TypedDict, total=False):
    enabled: bool | None


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


class ContactDetails(TypedDict, total=False):
    contactId: str | None
    firstName: str | None
    lastName: str | None
    email: str | None
    phone: str | None
    fullAddress: Address
    timeZone: str | None
    countryCode: str | None


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


class CustomFormField(TypedDict, total=False):
    id: str
    value: str | None
    label: str | None
    valueType: ValueType


class CustomLocationOptions(TypedDict, total=False):
    id: str
    address: CommonAddress


class CustomPayment(TypedDict, total=False):
    description: str | None


class DailyConfig(TypedDict, total=False):
    minDurationInDays: int
    maxDurationInDays: int


class DateTimeRule(TypedDict, total=False):
    name: str | None


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


class Duration(TypedDict, total=False):
    minutes: int
    name: str | None


class DurationRangeConfigOneOf(TypedDict, total=False):
    hourOptions: HourlyConfig
    dayOptions: DailyConfig


class DurationRange(DurationRangeConfigOneOf, total=False):
    unitType: UnitType


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FixedPayment(TypedDict, total=False):
    price: CommonMoney
    deposit: CommonMoney
    fullUpfrontPaymentAllowed: bool | None


class Form(TypedDict, total=False):
    id: str


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


class HourlyConfig(TypedDict, total=False):
    minDurationInMinutes: int
    maxDurationInMinutes: int


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class Keyword(TypedDict, total=False):
    term: str
    isMain: bool
    origin: str | None


class LimitEarlyBookingPolicy(TypedDict, total=False):
    enabled: bool
    earliestBookingInMinutes: int


class LimitLateBookingPolicy(TypedDict, total=False):
    enabled: bool
    latestBookingInMinutes: int


class Location(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    formattedAddressTranslated: str | None
    locationType: LocationType


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


class Media(TypedDict, total=False):
    items: list[MediaItem]
    mainMedia: MediaItem
    coverMedia: MediaItem


class MediaItemItemOneOf(TypedDict, total=False):
    image: Image


class MediaItem(MediaItemItemOneOf, total=False):
    pass


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class MultiServiceBooking(TypedDict, total=False):
    id: str | None
    bookings: list[BookingResult]


class MultiServiceBookingInfo(TypedDict, total=False):
    id: str | None
    type: MultiServiceBookingType


class MultiServiceBookingMetadata(TypedDict, total=False):
    totalNumberOfScheduledBookings: int | None


class OnlineBooking(TypedDict, total=False):
    enabled: bool | None
    requireManualApproval: bool | None
    allowMultipleRequests: bool | None


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class ParticipantChoices(TypedDict, total=False):
    serviceChoices: list[ServiceChoices]


class ParticipantNotification(TypedDict, total=False):
    notifyParticipants: bool
    message: str | None
    metadata: dict[str, str]


class ParticipantsPolicy(TypedDict, total=False):
    maxParticipantsPerBooking: int


class ParticipantsRange(TypedDict, total=False):
    name: str | None


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


class PaymentOptions(TypedDict, total=False):
    online: bool | None
    inPerson: bool | None
    deposit: bool | None
    pricingPlan: bool | None


class PolicyDescription(TypedDict, total=False):
    enabled: bool
    description: str


class PolicyDetails(TypedDict, total=False):
    id: str | None
    description: str | None
    descriptionTranslated: str | None


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


class RequestedGenderValue(TypedDict, total=False):
    gender: RequestedGender


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


class ReschedulePolicy(TypedDict, total=False):
    enabled: bool
    limitLatestReschedule: bool
    latestRescheduleInMinutes: int
    allowAnonymous: bool | None


class ResourceIds(TypedDict, total=False):
    values: list[str]


class ResourceSelection(TypedDict, total=False):
    resourceTypeId: str | None
    selectionMethod: SelectionMethod
    requestedGender: RequestedGenderValue


class ResourceType(TypedDict, total=False):
    id: str | None
    name: str | None


class ResourcesPolicy(TypedDict, total=False):
    enabled: bool
    autoAssignAllowed: bool


class SaveCreditCardPolicy(TypedDict, total=False):
    enabled: bool


class Schedule(TypedDict, total=False):
    id: str | None
    firstSessionStart: str | None
    lastSessionEnd: str | None
    availabilityConstraints: AvailabilityConstraints


class SeoSchema(TypedDict, total=False):
    tags: list[Tag]
    settings: Settings


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


class ServiceChoiceChoiceOneOf(TypedDict, total=False):
    custom: str
    duration: Duration
    dateTime: DateTimeRule
    participantRange: ParticipantsRange


class ServiceChoice(ServiceChoiceChoiceOneOf, total=False):
    optionId: str
    choiceId: str | None


class ServiceChoices(TypedDict, total=False):
    numberOfParticipants: int | None
    choices: list[ServiceChoice]


class ServiceResourceSelectionOneOf(TypedDict, total=False):
    resourceIds: ResourceIds


class ServiceResource(ServiceResourceSelectionOneOf, total=False):
    resourceType: ResourceType


class SetBookingSubmissionIdRequest(TypedDict, total=False):
    bookingId: Required[str]
    submissionId: Required[str]


class SetBookingSubmissionIdResponse(TypedDict, total=False):
    booking: Booking


class Settings(TypedDict, total=False):
    preventAutoRedirect: bool
    keywords: list[Keyword]


class SlotLocation(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    locationType: LocationLocationType


class SlotSlotResource(TypedDict, total=False):
    id: str | None
    name: str | None
    transparency: ResourceTransparency


class Slug(TypedDict, total=False):
    name: str
    custom: bool | None
    createdDate: str | None


class StaffMediaItemItemOneOf(TypedDict, total=False):
    image: Image


class StaffMediaItem(StaffMediaItemItemOneOf, total=False):
    pass


class StaffMember(TypedDict, total=False):
    staffMemberId: str
    name: str | None
    mainMedia: StaffMediaItem


class StaffMemberDetails(TypedDict, total=False):
    staffMembers: list[StaffMember]


class StreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Subdivision(TypedDict, total=False):
    code: str
    name: str


class SubscriptionPayment(TypedDict, total=False):
    amountPerBillingCycle: CommonMoney
    frequency: FrequencyType
    totalPayments: int | None
    firstChargeDate: FirstChargeDateType
    recurringStartDate: str | None
    enrollmentFeeAmount: CommonMoney


class Tag(TypedDict, total=False):
    type: str
    props: dict[str, Any] | None
    meta: dict[str, Any] | None
    children: str
    custom: bool
    disabled: bool


class TaxableAddress(TypedDict, total=False):
    taxableAddressType: TaxableAddressType


class URLs(TypedDict, total=False):
    servicePage: PageUrlV2
    bookingPage: PageUrlV2
    calendarPage: PageUrlV2


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


class V2Duration(TypedDict, total=False):
    minutes: int


class V2LocationOptionsOneOf(TypedDict, total=False):
    business: BusinessLocationOptions
    custom: CustomLocationOptions


class V2Location(V2LocationOptionsOneOf, total=False):
    id: str
    type: LocationTypeEnumLocationType
    calculatedAddress: CommonAddress


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


class WaitlistPolicy(TypedDict, total=False):
    enabled: bool
    capacity: int
    reservationTimeInMinutes: int
