# File generated from @wix/auto_sdk_bookings_pricing 1.0.107
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.pricing``.

From ``@wix/auto_sdk_bookings_pricing``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.pricing import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

BookingStatus: TypeAlias = Literal[
    "CREATED", "CONFIRMED", "CANCELED", "PENDING", "DECLINED", "WAITING_LIST"
]
DurationUnitType: TypeAlias = Literal["HOUR", "DAY"]
LocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
MultiServiceBookingType: TypeAlias = Literal[
    "SEQUENTIAL_BOOKINGS", "SEPARATE_BOOKINGS", "PARALLEL_BOOKINGS"
]
PaymentStatus: TypeAlias = Literal[
    "UNDEFINED", "NOT_PAID", "PAID", "PARTIALLY_PAID", "REFUNDED", "EXEMPT", "FAILED"
]
RequestedGender: TypeAlias = Literal["ANY_MALE", "ANY_FEMALE"]
SelectedPaymentOption: TypeAlias = Literal[
    "UNDEFINED", "OFFLINE", "ONLINE", "MEMBERSHIP", "MEMBERSHIP_OFFLINE"
]
SelectionMethod: TypeAlias = Literal["SPECIFIC_RESOURCE", "ANY_RESOURCE", "NO_SELECTION"]
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


class BookingLineItem(TypedDict, total=False):
    serviceId: str | None
    resourceId: str | None
    choices: list[ServiceChoice]
    numberOfParticipants: int | None
    pricePerParticipant: float | None
    serviceChoices: list[PricingServiceChoices]
    localStartDate: str | None
    localEndDate: str | None
    timeZone: str | None


class CalculatePriceOptions(TypedDict, total=False):
    """What ``calculatePrice`` reads from ``options``."""

    booking: Booking


class CalculatePriceRequest(TypedDict, total=False):
    booking: Booking


class CalculatePriceResponse(TypedDict, total=False):
    priceInfo: PriceInfo


class ContactDetails(TypedDict, total=False):
    contactId: str | None
    firstName: str | None
    lastName: str | None
    email: str | None
    phone: str | None
    fullAddress: Address
    timeZone: str | None
    countryCode: str | None


class CustomFormField(TypedDict, total=False):
    id: str
    value: str | None
    label: str | None
    valueType: ValueType


class DateTimeRule(TypedDict, total=False):
    name: str | None


class Duration(TypedDict, total=False):
    minutes: int
    name: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


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


class MultiServiceBookingInfo(TypedDict, total=False):
    id: str | None
    type: MultiServiceBookingType


class ParticipantChoices(TypedDict, total=False):
    serviceChoices: list[ServiceChoices]


class ParticipantsRange(TypedDict, total=False):
    name: str | None


class PreviewPriceRequest(TypedDict, total=False):
    bookingLineItems: Required[list[BookingLineItem]]


class PreviewPriceResponse(TypedDict, total=False):
    priceInfo: PriceInfo


class PriceDescriptionInfo(TypedDict, total=False):
    original: str
    translated: str | None


class PriceInfoTotalPriceOneOf(TypedDict, total=False):
    calculatedPrice: float
    priceDescription: str
    priceDescriptionInfo: PriceDescriptionInfo


class PriceInfo(PriceInfoTotalPriceOneOf, total=False):
    bookingLineItems: list[BookingLineItem]
    deposit: float | None


class PricingServiceChoices(TypedDict, total=False):
    numberOfParticipants: int | None
    choices: list[ServiceChoice]
    pricePerParticipant: float | None


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


class StreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Subdivision(TypedDict, total=False):
    code: str
    name: str
