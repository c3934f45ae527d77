# File generated from @wix/auto_sdk_bookings_extended-bookings 1.0.133
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.extended_bookings``.

From ``@wix/auto_sdk_bookings_extended-bookings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.extended_bookings import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

AttendanceStatus: TypeAlias = Literal["NOT_SET", "ATTENDED", "NOT_ATTENDED"]
BookingFeeStatus: TypeAlias = Literal[
    "UNKNOWN_STATUS", "NOT_YET_APPLIED_TO_ORDER", "APPLIED_TO_ORDER"
]
BookingStatus: TypeAlias = Literal[
    "CREATED", "CONFIRMED", "CANCELED", "PENDING", "DECLINED", "WAITING_LIST"
]
DurationUnitType: TypeAlias = Literal["HOUR", "DAY"]
Frequency: TypeAlias = Literal["MONTHLY"]
LocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
MultiServiceBookingType: TypeAlias = Literal[
    "SEQUENTIAL_BOOKINGS", "SEPARATE_BOOKINGS", "PARALLEL_BOOKINGS"
]
OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]
PaymentStatus: TypeAlias = Literal[
    "UNDEFINED", "NOT_PAID", "PAID", "PARTIALLY_PAID", "REFUNDED", "EXEMPT", "FAILED"
]
PaymentStatusEnumPaymentStatus: TypeAlias = Literal[
    "NOT_PAID",
    "PAID",
    "PARTIALLY_REFUNDED",
    "FULLY_REFUNDED",
    "PENDING",
    "PARTIALLY_PAID",
    "PENDING_MERCHANT",
    "CANCELED",
    "DECLINED",
]
RequestedGender: TypeAlias = Literal["ANY_MALE", "ANY_FEMALE"]
SelectedPaymentOption: TypeAlias = Literal[
    "UNDEFINED", "OFFLINE", "ONLINE", "MEMBERSHIP", "MEMBERSHIP_OFFLINE"
]
SelectionMethod: TypeAlias = Literal["SPECIFIC_RESOURCE", "ANY_RESOURCE", "NO_SELECTION"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["UNDEFINED", "SIGNED", "NOT_SIGNED"]
SubscriptionStatus: TypeAlias = Literal["DRAFT", "PENDING", "ACTIVE", "PAUSED", "CANCELED", "ENDED"]
ValueType: TypeAlias = Literal["SHORT_TEXT", "LONG_TEXT", "CHECK_BOX"]


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
    refund: bool | None


class Attendance(TypedDict, total=False):
    id: str | None
    status: AttendanceStatus
    numberOfAttendees: int


class Balance(TypedDict, total=False):
    amount: str
    formattedAmount: str


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
    createdBy: IdentificationData
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


class BookingFeeDetails(TypedDict, total=False):
    cancellationFeeStatus: BookingFeeStatus


class BookingPolicySettings(TypedDict, total=False):
    cancellationFeeEnabled: bool | None


class CommonAddressLocation(TypedDict, total=False):
    latitude: float | None
    longitude: float | None


class CommonPaging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class CommonQueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: CommonPaging
    cursorPaging: CursorPaging


class CommonQueryV2(CommonQueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class ConferencingDetails(TypedDict, total=False):
    guestUrl: str | None
    password: str | None


class ContactDetails(TypedDict, total=False):
    contactId: str | None
    firstName: str | None
    lastName: str | None
    email: str | None
    phone: str | None
    fullAddress: Address
    timeZone: str | None
    countryCode: str | None


class CountExtendedBookingsOptions(TypedDict, total=False):
    """What ``countExtendedBookings`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountExtendedBookingsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountExtendedBookingsResponse(TypedDict, total=False):
    count: int


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class CustomFormField(TypedDict, total=False):
    id: str
    value: str | None
    label: str | None
    valueType: ValueType


class CyclePrice(TypedDict, total=False):
    amount: str
    currency: str


class DateTimeRule(TypedDict, total=False):
    name: str | None


class Duration(TypedDict, total=False):
    minutes: int
    name: str | None


class ExtendedBooking(TypedDict, total=False):
    booking: Booking
    allowedActions: AllowedActions
    attendance: Attendance
    conferencingDetails: ConferencingDetails
    bookingPolicySettings: BookingPolicySettings
    bookingFeeDetails: BookingFeeDetails
    order: Order
    waiver: Waiver
    transactions: OrderTransactions
    formSubmissions: list[FormSubmission]
    subscriptionInfo: SubscriptionInfo


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FormSubmission(TypedDict, total=False):
    label: str | None
    key: str
    value: str
    fieldId: str


class IdentificationDataIdOneOf(TypedDict, total=False):
    anonymousVisitorId: str
    memberId: str
    wixUserId: str
    appId: str


class IdentificationData(IdentificationDataIdOneOf, total=False):
    contactId: str | None


class Location(TypedDict, total=False):
    id: str | None
    name: str | None
    formattedAddress: str | None
    formattedAddressTranslated: str | None
    locationType: LocationType


class MembershipName(TypedDict, total=False):
    original: str
    translated: str | None


class MembershipPaymentCredits(TypedDict, total=False):
    total: int
    remaining: int


class MembershipPaymentDetails(TypedDict, total=False):
    name: MembershipName
    expirationDate: str | None
    credits: MembershipPaymentCredits


class MultiServiceBookingInfo(TypedDict, total=False):
    id: str | None
    type: MultiServiceBookingType


class Order(TypedDict, total=False):
    id: str | None
    number: str
    status: OrderStatus
    paymentStatus: PaymentStatusEnumPaymentStatus
    totalPrice: Price
    bookingPrice: Price
    bookingPriceDescription: PriceDescription
    balance: Balance
    currency: str | None


class OrderTransactions(TypedDict, total=False):
    chargedMembershipPaymentDetails: MembershipPaymentDetails
    refundSumAmounts: str | None


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class ParticipantChoices(TypedDict, total=False):
    serviceChoices: list[ServiceChoices]


class ParticipantsRange(TypedDict, total=False):
    name: str | None


class Price(TypedDict, total=False):
    amount: str
    formattedAmount: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class QueryExtendedBookingRequest(TypedDict, total=False):
    query: Required[QueryV2]
    withBookingAllowedActions: bool
    withBookingAttendanceInfo: bool
    sessionId: str | None


class QueryExtendedBookingResponse(TypedDict, total=False):
    extendedBookings: list[ExtendedBooking]
    pagingMetadata: PagingMetadataV2


class QueryExtendedBookingsRequest(TypedDict, total=False):
    query: Required[CommonQueryV2]
    withBookingAllowedActions: bool
    withBookingAttendanceInfo: bool
    withBookingConferencingDetails: bool
    withBookingPolicySettings: bool
    withBookingFeeDetails: bool
    withEcomOrder: bool


class QueryExtendedBookingsResponse(TypedDict, total=False):
    extendedBookings: list[ExtendedBooking]
    pagingMetadata: PagingMetadataV2


class QueryOptions(TypedDict, total=False):
    """What ``query`` reads from ``options``."""

    withBookingAllowedActions: bool
    withBookingAttendanceInfo: bool
    sessionId: str | None


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class RequestedGenderValue(TypedDict, total=False):
    gender: RequestedGender


class ResourceSelection(TypedDict, total=False):
    resourceTypeId: str | None
    selectionMethod: SelectionMethod
    requestedGender: RequestedGenderValue


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: CommonAddressLocation


class StreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Subdivision(TypedDict, total=False):
    code: str
    name: str


class SubscriptionInfo(TypedDict, total=False):
    currentCycle: int
    totalCycles: int
    billingFrequency: Frequency
    subscriptionId: str | None
    status: SubscriptionStatus
    cyclePrice: CyclePrice


class Waiver(TypedDict, total=False):
    id: str | None
    waiverTemplateId: str | None
    contactId: str | None
    status: Status
