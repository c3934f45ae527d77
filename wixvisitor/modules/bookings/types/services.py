# File generated from @wix/auto_sdk_bookings_services 1.0.285
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.services``.

From ``@wix/auto_sdk_bookings_services``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.services import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

Action: TypeAlias = Literal["KEEP_AT_CURRENT_LOCATION", "MOVE_TO_LOCATION"]
AddOnPaymentOptions: TypeAlias = Literal["ONLINE", "IN_PERSON"]
AggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM", "NESTED"]
CloneErrors: TypeAlias = Literal["OPTIONS_AND_VARIANTS", "FORM"]
FirstChargeDateType: TypeAlias = Literal["CHECKOUT", "SCHEDULED"]
FrequencyType: TypeAlias = Literal["MONTHLY"]
Interval: TypeAlias = Literal["YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"]
InvalidSlugError: TypeAlias = Literal["SLUG_CONTAINS_ILLEGAL_CHARACTERS", "SLUG_ALREADY_EXISTS"]
LocationTypeEnumLocationType: TypeAlias = Literal["CUSTOM", "BUSINESS", "CUSTOMER"]
MissingValues: TypeAlias = Literal["EXCLUDE", "INCLUDE"]
Mode: TypeAlias = Literal["OR", "AND"]
NestedAggregationType: TypeAlias = Literal["VALUE", "RANGE", "SCALAR", "DATE_HISTOGRAM"]
RateType: TypeAlias = Literal["FIXED", "CUSTOM", "VARIED", "NO_FEE", "SUBSCRIPTION"]
RequestedFields: TypeAlias = Literal["DEFAULT_BOOKING_FORM"]
ScalarType: TypeAlias = Literal["COUNT_DISTINCT", "MIN", "MAX"]
ServiceType: TypeAlias = Literal["APPOINTMENT", "CLASS", "COURSE"]
SortDirection: TypeAlias = Literal["DESC", "ASC"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortType: TypeAlias = Literal["COUNT", "VALUE"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING"]
UnitType: TypeAlias = Literal["HOUR", "DAY"]
V2RequestedFields: TypeAlias = Literal[
    "STAFF_MEMBER_DETAILS", "RESOURCE_TYPE_DETAILS", "DISCOUNT_INFO_DETAILS", "RESOURCE_DETAILS"
]


class AddOnAddOnInfoOneOf(TypedDict, total=False):
    durationInMinutes: int
    maxQuantity: int


class AddOn(AddOnAddOnInfoOneOf, total=False):
    addOnId: str | None
    name: str | None
    price: Money
    nameTranslated: str | None


class AddOnDetails(TypedDict, total=False):
    addOnId: str | None
    durationInMinutes: int | None


class AddOnGroup(TypedDict, total=False):
    id: str | None
    name: str | None
    maxNumberOfAddOns: int | None
    addOnIds: list[str] | None
    prompt: str | None


class AddOnGroupDetail(TypedDict, total=False):
    groupId: str | None
    maxNumberOfAddOns: int | None
    groupName: str | None
    addOns: list[AddOn]
    prompt: str | None
    groupNameTranslated: str | None
    promptTranslated: str | None


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


class AggregationData(TypedDict, total=False):
    results: list[AggregationResults]


class AggregationResultsResultOneOf(TypedDict, total=False):
    values: ValueResults
    ranges: RangeResults
    scalar: AggregationResultsScalarResult
    groupedByValue: GroupByValueResults
    dateHistogram: DateHistogramResults
    nested: NestedResults
    scalarDate: AggregationResultsScalarDateResult


class AggregationResults(AggregationResultsResultOneOf, total=False):
    name: str
    type: AggregationType
    fieldPath: str


class AggregationResultsScalarDateResult(TypedDict, total=False):
    type: ScalarType
    value: str


class AggregationResultsScalarResult(TypedDict, total=False):
    type: ScalarType
    value: float


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


class BookingForm(TypedDict, total=False):
    formDetails: FormDetails
    connectedServices: list[ConnectedService]
    totalServiceCount: int


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


class BookingPolicyWithServices(TypedDict, total=False):
    bookingPolicy: BookingPolicy
    connectedServices: list[Service]
    totalServiceCount: int


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkCreateServicesOptions(TypedDict, total=False):
    """What ``bulkCreateServices`` reads from ``options``."""

    returnEntity: bool


class BulkCreateServicesRequest(TypedDict, total=False):
    services: Required[list[Service]]
    returnEntity: bool


class BulkCreateServicesResponse(TypedDict, total=False):
    results: list[BulkServiceResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteServicesByFilterOptions(TypedDict, total=False):
    """What ``bulkDeleteServicesByFilter`` reads from ``options``."""

    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class BulkDeleteServicesByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class BulkDeleteServicesByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkDeleteServicesOptions(TypedDict, total=False):
    """What ``bulkDeleteServices`` reads from ``options``."""

    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class BulkDeleteServicesRequest(TypedDict, total=False):
    ids: Required[list[str]]
    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class BulkDeleteServicesResponse(TypedDict, total=False):
    results: list[BulkServiceResult]
    bulkActionMetadata: BulkActionMetadata


class BulkServiceResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Service


class BulkUpdateServicesByFilterOptions(TypedDict, total=False):
    """What ``bulkUpdateServicesByFilter`` reads from ``options``."""

    service: Required[Service]


class BulkUpdateServicesByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    service: Required[Service]


class BulkUpdateServicesByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateServicesOptions(TypedDict, total=False):
    """What ``bulkUpdateServices`` reads from ``options``."""

    services: list[MaskedService]
    returnEntity: bool


class BulkUpdateServicesRequest(TypedDict, total=False):
    services: list[MaskedService]
    returnEntity: bool


class BulkUpdateServicesResponse(TypedDict, total=False):
    results: list[BulkServiceResult]
    bulkActionMetadata: BulkActionMetadata


class BusinessLocationOptions(TypedDict, total=False):
    id: str
    name: str
    default: bool | None
    address: CommonAddress
    email: str | None
    phone: str | None


class BusinessLocations(TypedDict, total=False):
    exists: bool
    locations: list[V2Location]


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


class CloneServiceRequest(TypedDict, total=False):
    sourceServiceId: Required[str]


class CloneServiceResponse(TypedDict, total=False):
    service: Service
    errors: list[CloneErrors]


class CommonAddressStreetOneOf(TypedDict, total=False):
    streetAddress: CommonStreetAddress
    addressLine: str | None


class CommonAddress(CommonAddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    formattedAddress: str | None


class CommonStreetAddress(TypedDict, total=False):
    number: str
    name: str
    apt: str


class Conferencing(TypedDict, total=False):
    enabled: bool | None


class ConnectedService(TypedDict, total=False):
    id: str | None
    name: str | None


class CountServicesOptions(TypedDict, total=False):
    """What ``countServices`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountServicesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountServicesResponse(TypedDict, total=False):
    count: int


class CreateAddOnGroupOptions(TypedDict, total=False):
    """What ``createAddOnGroup`` reads from ``options``."""

    serviceId: Required[str | None]


class CreateAddOnGroupRequest(TypedDict, total=False):
    addOnGroup: Required[AddOnGroup]
    serviceId: Required[str | None]


class CreateAddOnGroupResponse(TypedDict, total=False):
    addOnGroup: AddOnGroup


class CreateServiceRequest(TypedDict, total=False):
    service: Required[Service]


class CreateServiceResponse(TypedDict, total=False):
    service: Service


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


class CustomLocationOptions(TypedDict, total=False):
    id: str
    address: CommonAddress


class CustomLocations(TypedDict, total=False):
    exists: bool


class CustomPayment(TypedDict, total=False):
    description: str | None


class CustomerLocations(TypedDict, total=False):
    exists: bool


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


class DeleteAddOnGroupOptions(TypedDict, total=False):
    """What ``deleteAddOnGroup`` reads from ``options``."""

    serviceId: Required[str | None]


class DeleteAddOnGroupRequest(TypedDict, total=False):
    addOnGroupId: Required[str | None]
    serviceId: Required[str | None]


class DeleteAddOnGroupResponse(TypedDict, total=False):
    pass


class DeleteServiceOptions(TypedDict, total=False):
    """What ``deleteService`` reads from ``options``."""

    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class DeleteServiceRequest(TypedDict, total=False):
    serviceId: Required[str]
    preserveFutureSessionsWithParticipants: bool
    participantNotification: V2ParticipantNotification


class DeleteServiceResponse(TypedDict, total=False):
    pass


class DisablePricingPlansForServiceOptions(TypedDict, total=False):
    """What ``disablePricingPlansForService`` reads from ``options``."""

    pricingPlanIds: list[str]


class DisablePricingPlansForServiceRequest(TypedDict, total=False):
    serviceId: Required[str]
    pricingPlanIds: list[str]


class DisablePricingPlansForServiceResponse(TypedDict, total=False):
    service: Service


class DiscountInfo(TypedDict, total=False):
    discountName: str
    priceAfterDiscount: Money


class DurationRangeConfigOneOf(TypedDict, total=False):
    hourOptions: HourlyConfig
    dayOptions: DailyConfig


class DurationRange(DurationRangeConfigOneOf, total=False):
    unitType: UnitType


class EnablePricingPlansForServiceRequest(TypedDict, total=False):
    serviceId: Required[str]
    pricingPlanIds: Required[list[str]]


class EnablePricingPlansForServiceResponse(TypedDict, total=False):
    service: Service


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class FixedPayment(TypedDict, total=False):
    price: Money
    deposit: Money
    fullUpfrontPaymentAllowed: bool | None


class Form(TypedDict, total=False):
    id: str


class FormDetails(TypedDict, total=False):
    formId: str
    name: str | None
    revision: str | None


class GetServiceOptions(TypedDict, total=False):
    """What ``getService`` reads from ``options``."""

    conditionalFields: list[V2RequestedFields]


class GetServiceRequest(TypedDict, total=False):
    serviceId: Required[str]
    conditionalFields: list[V2RequestedFields]


class GetServiceResponse(TypedDict, total=False):
    service: Service


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


class ListAddOnGroupsByServiceIdOptions(TypedDict, total=False):
    """What ``listAddOnGroupsByServiceId`` reads from ``options``."""

    groupIds: list[str] | None


class ListAddOnGroupsByServiceIdRequest(TypedDict, total=False):
    serviceId: Required[str | None]
    groupIds: list[str] | None


class ListAddOnGroupsByServiceIdResponse(TypedDict, total=False):
    addOnGroupsDetails: list[AddOnGroupDetail]


class MaskedService(TypedDict, total=False):
    service: Service
    mask: list[str]


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


class MoveToNewLocationsOptions(TypedDict, total=False):
    newLocation: V2Location


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
    scalarDate: ScalarDateResult


class NestedResultValue(NestedResultValueResultOneOf, total=False):
    pass


class NestedResults(TypedDict, total=False):
    results: list[Results]


class NestedValueAggregationResult(TypedDict, total=False):
    value: str
    nestedResults: NestedAggregationResults


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


class QueryBookingFormsOptions(TypedDict, total=False):
    """What ``queryBookingForms`` reads from ``options``."""

    conditionalFields: list[RequestedFields]


class QueryBookingFormsRequest(TypedDict, total=False):
    query: Required[CursorQuery]
    conditionalFields: list[RequestedFields]


class QueryBookingFormsResponse(TypedDict, total=False):
    bookingForms: list[BookingForm]
    pagingMetadata: CursorPagingMetadata
    defaultBookingForm: BookingForm


class QueryCategoriesFilter(TypedDict, total=False):
    services: dict[str, Any] | None
    categoryIds: list[str]


class QueryCategoriesOptions(TypedDict, total=False):
    """What ``queryCategories`` reads from ``options``."""

    filter: QueryCategoriesFilter


class QueryCategoriesRequest(TypedDict, total=False):
    filter: QueryCategoriesFilter


class QueryCategoriesResponse(TypedDict, total=False):
    categories: list[V2Category]


class QueryLocationsFilter(TypedDict, total=False):
    services: dict[str, Any] | None
    businessLocationIds: list[str]


class QueryLocationsOptions(TypedDict, total=False):
    """What ``queryLocations`` reads from ``options``."""

    filter: QueryLocationsFilter


class QueryLocationsRequest(TypedDict, total=False):
    filter: QueryLocationsFilter


class QueryLocationsResponse(TypedDict, total=False):
    businessLocations: BusinessLocations
    customLocations: CustomLocations
    customerLocations: CustomerLocations


class QueryPoliciesRequest(TypedDict, total=False):
    query: Required[CursorQuery]


class QueryPoliciesResponse(TypedDict, total=False):
    bookingPolicies: list[BookingPolicyWithServices]
    pagingMetadata: CursorPagingMetadata


class QueryServicesRequest(TypedDict, total=False):
    query: Required[QueryV2]
    conditionalFields: list[V2RequestedFields]


class QueryServicesResponse(TypedDict, total=False):
    services: list[Service]
    pagingMetadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


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


class RemovedLocationSessionsActionActionOptionsOneOf(TypedDict, total=False):
    moveToLocationOptions: MoveToNewLocationsOptions


class RemovedLocationSessionsAction(RemovedLocationSessionsActionActionOptionsOneOf, total=False):
    action: Action


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


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class SaveCreditCardPolicy(TypedDict, total=False):
    enabled: bool


class ScalarAggregation(TypedDict, total=False):
    type: ScalarType


class ScalarDateResult(TypedDict, total=False):
    value: str


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


class SearchServicesRequest(TypedDict, total=False):
    search: Required[CursorSearch]


class SearchServicesResponse(TypedDict, total=False):
    services: list[Service]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


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
    category: V2Category
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


class ServiceResourceSelectionOneOf(TypedDict, total=False):
    resourceIds: ResourceIds


class ServiceResource(ServiceResourceSelectionOneOf, total=False):
    resourceType: ResourceType


class SetAddOnsForGroupOptions(TypedDict, total=False):
    """What ``setAddOnsForGroup`` reads from ``options``."""

    groupId: Required[str | None]
    addOnIds: Required[list[str] | None]


class SetAddOnsForGroupRequest(TypedDict, total=False):
    serviceId: Required[str | None]
    groupId: Required[str | None]
    addOnIds: Required[list[str] | None]


class SetAddOnsForGroupResponse(TypedDict, total=False):
    addOnGroup: AddOnGroup


class SetCustomSlugOptions(TypedDict, total=False):
    """What ``setCustomSlug`` reads from ``options``."""

    slug: str


class SetCustomSlugRequest(TypedDict, total=False):
    serviceId: Required[str]
    slug: str


class SetCustomSlugResponse(TypedDict, total=False):
    slug: Slug
    service: Service


class SetServiceLocationsOptions(TypedDict, total=False):
    """What ``setServiceLocations`` reads from ``options``."""

    locations: list[V2Location]
    removedLocationSessionsAction: RemovedLocationSessionsAction
    participantNotification: V2ParticipantNotification


class SetServiceLocationsRequest(TypedDict, total=False):
    serviceId: Required[str]
    locations: list[V2Location]
    removedLocationSessionsAction: RemovedLocationSessionsAction
    participantNotification: V2ParticipantNotification


class SetServiceLocationsResponse(TypedDict, total=False):
    service: Service


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


class UpdateAddOnGroupOptions(TypedDict, total=False):
    """What ``updateAddOnGroup`` reads from ``options``."""

    serviceId: Required[str | None]


class UpdateAddOnGroupRequest(TypedDict, total=False):
    addOnGroup: Required[AddOnGroup]
    serviceId: Required[str | None]


class UpdateAddOnGroupResponse(TypedDict, total=False):
    addOnGroup: AddOnGroup


class UpdateServiceRequest(TypedDict, total=False):
    service: Required[Service]


class UpdateServiceResponse(TypedDict, total=False):
    service: Service


class V2Category(TypedDict, total=False):
    id: str
    name: str | None
    sortOrder: int | None


class V2Duration(TypedDict, total=False):
    minutes: int


class V2LocationOptionsOneOf(TypedDict, total=False):
    business: BusinessLocationOptions
    custom: CustomLocationOptions


class V2Location(V2LocationOptionsOneOf, total=False):
    id: str
    type: LocationTypeEnumLocationType
    calculatedAddress: CommonAddress


class V2ParticipantNotification(TypedDict, total=False):
    notifyParticipants: bool | None
    message: str | None


class ValidateSlugOptions(TypedDict, total=False):
    """What ``validateSlug`` reads from ``options``."""

    slug: str


class ValidateSlugRequest(TypedDict, total=False):
    serviceId: Required[str]
    slug: str


class ValidateSlugResponse(TypedDict, total=False):
    valid: bool
    slug: str | None
    errors: list[InvalidSlugError]


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


class WaitlistPolicy(TypedDict, total=False):
    enabled: bool
    capacity: int
    reservationTimeInMinutes: int
