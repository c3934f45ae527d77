# File generated from @wix/bookings 1.0.1696 by `make apigen` (tools/apigen). Do not edit.
"""The REST shapes several modules of ``@wix/bookings`` declare alike.

Each module's types file re-exports the ones it uses: import them from there.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

AddOnPaymentOptions: TypeAlias = Literal["ONLINE", "IN_PERSON"]
AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
AttendanceStatus: TypeAlias = Literal["NOT_SET", "ATTENDED", "NOT_ATTENDED"]
BasedOn: TypeAlias = Literal["BUSINESS_TIME_ZONE", "CUSTOMER_TIME_ZONE"]
BookingFeeStatus: TypeAlias = Literal[
    "UNKNOWN_STATUS", "PREVIEW", "NOT_YET_APPLIED_TO_ORDER", "APPLIED_TO_ORDER"
]
BookingStatus: TypeAlias = Literal[
    "CREATED", "CONFIRMED", "CANCELED", "PENDING", "DECLINED", "WAITING_LIST"
]
DurationUnitType: TypeAlias = Literal["HOUR", "DAY"]
FirstChargeDateType: TypeAlias = Literal["CHECKOUT", "SCHEDULED"]
FrequencyType: TypeAlias = Literal["MONTHLY"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
LocationType: TypeAlias = Literal["UNDEFINED", "OWNER_BUSINESS", "OWNER_CUSTOM", "CUSTOM"]
LocationTypeEnumLocationType: TypeAlias = Literal["CUSTOM", "BUSINESS", "CUSTOMER"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
MultiServiceBookingType: TypeAlias = Literal[
    "SEQUENTIAL_BOOKINGS", "SEPARATE_BOOKINGS", "PARALLEL_BOOKINGS"
]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
PaymentStatus: TypeAlias = Literal[
    "UNDEFINED", "NOT_PAID", "PAID", "PARTIALLY_PAID", "REFUNDED", "EXEMPT", "FAILED"
]
RateType: TypeAlias = Literal["FIXED", "CUSTOM", "VARIED", "NO_FEE", "SUBSCRIPTION"]
RequestedGender: TypeAlias = Literal["ANY_MALE", "ANY_FEMALE"]
RequestedGenderValueRequestedGender: TypeAlias = Literal["ANY_MALE", "ANY_FEMALE"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
SelectedPaymentOption: TypeAlias = Literal[
    "UNDEFINED", "OFFLINE", "ONLINE", "MEMBERSHIP", "MEMBERSHIP_OFFLINE"
]
SelectionMethod: TypeAlias = Literal["SPECIFIC_RESOURCE", "ANY_RESOURCE", "NO_SELECTION"]
ServiceType: TypeAlias = Literal["APPOINTMENT", "CLASS", "COURSE"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]
Strategy: TypeAlias = Literal[
    "CUSTOMER_MUST_CHOOSE", "CUSTOMER_MAY_CHOOSE", "CUSTOMER_CANNOT_CHOOSE"
]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING"]
Trigger: TypeAlias = Literal["UNKNOWN_TRIGGER", "NOT_ATTENDED", "BOOKING_CANCELED"]
UnitType: TypeAlias = Literal["HOUR", "DAY"]
ValueType: TypeAlias = Literal["SHORT_TEXT", "LONG_TEXT", "CHECK_BOX"]


class AddOnAddOnInfoOneOf(TypedDict, total=False):
    durationInMinutes: int
    maxQuantity: int


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
    groupBy: GroupByAggregation


class AggregationResultsScalarResult(TypedDict, total=False):
    type: ScalarType
    value: float


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AttributeDefaultValueValueOneOf(TypedDict, total=False):
    stringDefault: str
    numberDefault: int
    boolDefault: bool


class AttributeDefaultValue(AttributeDefaultValueValueOneOf, total=False):
    pass


class AttributeDefinitionConfigOneOf(TypedDict, total=False):
    stringConfig: StringConfig
    numberConfig: NumberConfig


class AvailabilityConstraints(TypedDict, total=False):
    durations: list[V2Duration]
    sessionDurations: list[int]
    timeBetweenSessions: int
    durationRange: DurationRange


class AvailableResources(TypedDict, total=False):
    resourceTypeId: str | None
    resources: list[Resource]
    hasMoreAvailableResources: bool | None


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
    earliestBookingDate: str | None
    tooLateToBook: bool | None
    bookOnlineDisabled: bool | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BusinessLocationOptions(TypedDict, total=False):
    id: str
    name: str
    default: bool | None
    address: CommonAddress
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


class CommonStreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Conferencing(TypedDict, total=False):
    enabled: bool | None


class ContactDetails(TypedDict, total=False):
    contactId: str | None
    firstName: str | None
    lastName: str | None
    email: str | None
    phone: str | None
    fullAddress: Address
    timeZone: str | None
    countryCode: str | None


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


class DateHistogramAggregation(TypedDict, total=False):
    interval: Interval


class DateHistogramResult(TypedDict, total=False):
    value: str
    count: int


class DateHistogramResults(TypedDict, total=False):
    results: list[DateHistogramResult]


class DateTimeRule(TypedDict, total=False):
    name: str | None


class DiscountInfo(TypedDict, total=False):
    discountName: str
    priceAfterDiscount: Money


class DisplayTimeZone(TypedDict, total=False):
    customerCanChange: bool | None
    basedOn: BasedOn
    timeZone: str | None


class Duration(TypedDict, total=False):
    minutes: int
    name: str | None


class DurationRangeConfigOneOf(TypedDict, total=False):
    hourOptions: HourlyConfig
    dayOptions: DailyConfig


class DurationRange(DurationRangeConfigOneOf, total=False):
    unitType: UnitType


class EventInfo(TypedDict, total=False):
    eventId: str | None
    waitingList: WaitingList
    eventTitle: str | None


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FixedPayment(TypedDict, total=False):
    price: Money
    deposit: Money
    fullUpfrontPaymentAllowed: bool | None


class Form(TypedDict, total=False):
    id: str


class GroupByAggregationKindOneOf(TypedDict, total=False):
    value: ValueAggregation


class GroupByAggregation(GroupByAggregationKindOneOf, total=False):
    name: str | None
    fieldPath: str


class GroupByValueResults(TypedDict, total=False):
    results: list[NestedValueAggregationResult]


class HourlyConfig(TypedDict, total=False):
    minDurationInMinutes: int
    maxDurationInMinutes: int


class IdentificationDataIdOneOf(TypedDict, total=False):
    anonymousVisitorId: str
    memberId: str
    wixUserId: str
    appId: str


class IdentificationData(IdentificationDataIdOneOf, total=False):
    contactId: str | None


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class IncludeMissingValuesOptions(TypedDict, total=False):
    addToBucket: str


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


class MultiServiceBookingInfo(TypedDict, total=False):
    id: str | None
    type: MultiServiceBookingType


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


class NestedTimeSlot(TypedDict, total=False):
    serviceId: str
    localStartDate: str
    localEndDate: str
    availableResources: list[AvailableResources]
    scheduleId: str | None


class NestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: NestedAggregationResults


class NonBookableReasons(TypedDict, total=False):
    noRemainingCapacity: bool | None
    violatesBookingPolicy: bool | None
    reservedForWaitingList: bool | None
    eventCancelled: bool | None


class NumberConfig(TypedDict, total=False):
    min: int
    max: int


class OnlineBooking(TypedDict, total=False):
    enabled: bool | None
    requireManualApproval: bool | None
    allowMultipleRequests: bool | None


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


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


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


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


class RequestedGenderValue(TypedDict, total=False):
    gender: RequestedGender


class ReschedulePolicy(TypedDict, total=False):
    enabled: bool
    limitLatestReschedule: bool
    latestRescheduleInMinutes: int
    allowAnonymous: bool | None


class Resource(TypedDict, total=False):
    id: str
    name: str | None


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


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class SaveCreditCardPolicy(TypedDict, total=False):
    enabled: bool


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarResult(TypedDict, total=False):
    value: int


class Schedule(TypedDict, total=False):
    id: str | None
    firstSessionStart: str | None
    lastSessionEnd: str | None
    availabilityConstraints: AvailabilityConstraints


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fields: list[str]
    fuzzy: bool


class SeoSchema(TypedDict, total=False):
    tags: list[Tag]
    settings: Settings


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


class SplitInterval(TypedDict, total=False):
    sameAsDuration: bool | None
    valueInMinutes: int | None


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


class StaffSelection(TypedDict, total=False):
    strategy: Strategy
    allowGenderSelection: bool | None


class StreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class StringConfig(TypedDict, total=False):
    allowedValues: list[str]


class Subdivision(TypedDict, total=False):
    code: str
    name: str


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


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class TaxableAddress(TypedDict, total=False):
    taxableAddressType: TaxableAddressType


class TimeSlotsConfiguration(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    displayTimeZone: DisplayTimeZone
    staffSelection: StaffSelection
    splitInterval: SplitInterval
    appId: str
    extendedFields: ExtendedFields


class URLs(TypedDict, total=False):
    servicePage: PageUrlV2
    bookingPage: PageUrlV2
    calendarPage: PageUrlV2


class V2Duration(TypedDict, total=False):
    minutes: int


class V2LocationOptionsOneOf(TypedDict, total=False):
    business: BusinessLocationOptions
    custom: CustomLocationOptions


class V2Location(V2LocationOptionsOneOf, total=False):
    id: str
    type: LocationTypeEnumLocationType
    calculatedAddress: CommonAddress


class V2RequestedGenderValue(TypedDict, total=False):
    gender: RequestedGenderValueRequestedGender


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


class VariedPayment(TypedDict, total=False):
    defaultPrice: Money
    deposit: Money
    minPrice: Money
    maxPrice: Money
    fullUpfrontPaymentAllowed: bool | None


class WaitingList(TypedDict, total=False):
    totalCapacity: int | None
    remainingCapacity: int | None


class WaitlistPolicy(TypedDict, total=False):
    enabled: bool
    capacity: int
    reservationTimeInMinutes: int
