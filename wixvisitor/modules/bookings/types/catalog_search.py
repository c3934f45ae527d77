# File generated from @wix/auto_sdk_bookings_catalog-search 1.0.31
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.catalog_search``.

From ``@wix/auto_sdk_bookings_catalog-search``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.catalog_search import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

AddOnPaymentOptions: TypeAlias = Literal["ONLINE", "IN_PERSON"]
FirstChargeDateType: TypeAlias = Literal["CHECKOUT", "SCHEDULED"]
FrequencyType: TypeAlias = Literal["MONTHLY"]
LocationType: TypeAlias = Literal["CUSTOM", "BUSINESS", "CUSTOMER"]
RateType: TypeAlias = Literal["FIXED", "CUSTOM", "VARIED", "NO_FEE", "SUBSCRIPTION"]
ServiceType: TypeAlias = Literal["APPOINTMENT", "CLASS", "COURSE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING"]
UnitType: TypeAlias = Literal["HOUR", "DAY"]


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
    formattedAddress: str | None


class AttributeValueOneOf(TypedDict, total=False):
    enumValue: str
    numberRangeValue: NumberRange
    boolValue: bool
    numberValues: NumberValues


class Attribute(AttributeValueOneOf, total=False):
    attributeId: str


class AvailabilityConstraints(TypedDict, total=False):
    durations: list[Duration]
    sessionDurations: list[int]
    timeBetweenSessions: int
    durationRange: DurationRange


class BookAfterStartPolicy(TypedDict, total=False):
    enabled: bool


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


class BusinessLocationOptions(TypedDict, total=False):
    id: str
    name: str
    default: bool | None
    address: Address
    email: str | None
    phone: str | None


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
    amount: Money
    percentage: str


class CancellationWindow(CancellationWindowFeeOneOf, total=False):
    startInMinutes: int | None


class Category(TypedDict, total=False):
    id: str
    name: str | None
    sortOrder: int | None


class Conferencing(TypedDict, total=False):
    enabled: bool | None


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


class CustomLocationOptions(TypedDict, total=False):
    id: str
    address: Address


class CustomPayment(TypedDict, total=False):
    description: str | None


class DailyConfig(TypedDict, total=False):
    minDurationInDays: int
    maxDurationInDays: int


class DiscountInfo(TypedDict, total=False):
    discountName: str
    priceAfterDiscount: Money


class Duration(TypedDict, total=False):
    minutes: int


class DurationRangeConfigOneOf(TypedDict, total=False):
    hourOptions: HourlyConfig
    dayOptions: DailyConfig


class DurationRange(DurationRangeConfigOneOf, total=False):
    unitType: UnitType


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FixedPayment(TypedDict, total=False):
    price: Money
    deposit: Money
    fullUpfrontPaymentAllowed: bool | None


class Form(TypedDict, total=False):
    id: str


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


class LocationOptionsOneOf(TypedDict, total=False):
    business: BusinessLocationOptions
    custom: CustomLocationOptions


class Location(LocationOptionsOneOf, total=False):
    id: str
    type: LocationType
    calculatedAddress: Address


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


class NumberRange(TypedDict, total=False):
    min: int | None
    max: int | None


class NumberValues(TypedDict, total=False):
    values: list[int]


class OnlineBooking(TypedDict, total=False):
    enabled: bool | None
    requireManualApproval: bool | None
    allowMultipleRequests: bool | None


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class ParticipantsPolicy(TypedDict, total=False):
    maxParticipantsPerBooking: int


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


class QueryServicesByFiltersOptions(TypedDict, total=False):
    """What ``queryServicesByFilters`` reads from ``options``."""

    query: CursorQuery
    serviceFilters: ServiceFilters


class QueryServicesByFiltersRequest(TypedDict, total=False):
    query: CursorQuery
    serviceFilters: ServiceFilters


class QueryServicesByFiltersResponse(TypedDict, total=False):
    results: list[ServiceWithAvailability]
    pagingMetadata: CursorPagingMetadata


class ReschedulePolicy(TypedDict, total=False):
    enabled: bool
    limitLatestReschedule: bool
    latestRescheduleInMinutes: int
    allowAnonymous: bool | None


class ResourceIds(TypedDict, total=False):
    values: list[str]


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
    locations: list[Location]
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


class ServiceFilters(TypedDict, total=False):
    localStartDate: str | None
    localEndDate: str | None
    timeZone: str | None
    exactMatch: bool | None
    locationIds: list[str]
    attributes: list[Attribute]
    resourceTypes: list[str]
    includeUnavailable: bool | None


class ServiceResourceSelectionOneOf(TypedDict, total=False):
    resourceIds: ResourceIds


class ServiceResource(ServiceResourceSelectionOneOf, total=False):
    resourceType: ResourceType


class ServiceWithAvailability(TypedDict, total=False):
    service: Service
    available: bool


class Settings(TypedDict, total=False):
    preventAutoRedirect: bool
    keywords: list[Keyword]


class Slug(TypedDict, total=False):
    name: str
    custom: bool | None
    createdDate: str | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


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


class SubscriptionPayment(TypedDict, total=False):
    amountPerBillingCycle: Money
    frequency: FrequencyType
    totalPayments: int | None
    firstChargeDate: FirstChargeDateType
    recurringStartDate: str | None
    enrollmentFeeAmount: Money


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


class VariedPayment(TypedDict, total=False):
    defaultPrice: Money
    deposit: Money
    minPrice: Money
    maxPrice: Money
    fullUpfrontPaymentAllowed: bool | None


class WaitlistPolicy(TypedDict, total=False):
    enabled: bool
    capacity: int
    reservationTimeInMinutes: int
