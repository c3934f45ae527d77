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

from ._shared import AddOnAddOnInfoOneOf as AddOnAddOnInfoOneOf
from ._shared import AddOnDetails as AddOnDetails
from ._shared import AddOnGroup as AddOnGroup
from ._shared import AddOnPaymentOptions as AddOnPaymentOptions
from ._shared import Aggregation as Aggregation
from ._shared import AggregationKindOneOf as AggregationKindOneOf
from ._shared import AggregationResultsScalarResult as AggregationResultsScalarResult
from ._shared import AggregationType as AggregationType
from ._shared import ApplicationError as ApplicationError
from ._shared import AvailabilityConstraints as AvailabilityConstraints
from ._shared import BookAfterStartPolicy as BookAfterStartPolicy
from ._shared import BookingPolicy as BookingPolicy
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import BusinessLocationOptions as BusinessLocationOptions
from ._shared import CancellationFeePolicy as CancellationFeePolicy
from ._shared import CancellationPolicy as CancellationPolicy
from ._shared import CancellationWindow as CancellationWindow
from ._shared import CancellationWindowFeeOneOf as CancellationWindowFeeOneOf
from ._shared import CommonAddress as CommonAddress
from ._shared import CommonAddressStreetOneOf as CommonAddressStreetOneOf
from ._shared import CommonStreetAddress as CommonStreetAddress
from ._shared import Conferencing as Conferencing
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CursorSearch as CursorSearch
from ._shared import CursorSearchPagingMethodOneOf as CursorSearchPagingMethodOneOf
from ._shared import CustomLocationOptions as CustomLocationOptions
from ._shared import CustomPayment as CustomPayment
from ._shared import DailyConfig as DailyConfig
from ._shared import DateHistogramAggregation as DateHistogramAggregation
from ._shared import DateHistogramResult as DateHistogramResult
from ._shared import DateHistogramResults as DateHistogramResults
from ._shared import DiscountInfo as DiscountInfo
from ._shared import DurationRange as DurationRange
from ._shared import DurationRangeConfigOneOf as DurationRangeConfigOneOf
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FirstChargeDateType as FirstChargeDateType
from ._shared import FixedPayment as FixedPayment
from ._shared import Form as Form
from ._shared import FrequencyType as FrequencyType
from ._shared import GroupByAggregation as GroupByAggregation
from ._shared import GroupByAggregationKindOneOf as GroupByAggregationKindOneOf
from ._shared import GroupByValueResults as GroupByValueResults
from ._shared import HourlyConfig as HourlyConfig
from ._shared import Image as Image
from ._shared import IncludeMissingValuesOptions as IncludeMissingValuesOptions
from ._shared import Interval as Interval
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Keyword as Keyword
from ._shared import LimitEarlyBookingPolicy as LimitEarlyBookingPolicy
from ._shared import LimitLateBookingPolicy as LimitLateBookingPolicy
from ._shared import LocationTypeEnumLocationType as LocationTypeEnumLocationType
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemItemOneOf as MediaItemItemOneOf
from ._shared import MissingValues as MissingValues
from ._shared import Mode as Mode
from ._shared import Money as Money
from ._shared import NestedAggregation as NestedAggregation
from ._shared import NestedAggregationItem as NestedAggregationItem
from ._shared import NestedAggregationItemKindOneOf as NestedAggregationItemKindOneOf
from ._shared import NestedAggregationResults as NestedAggregationResults
from ._shared import NestedAggregationResultsResultOneOf as NestedAggregationResultsResultOneOf
from ._shared import NestedAggregationType as NestedAggregationType
from ._shared import NestedValueAggregationResult as NestedValueAggregationResult
from ._shared import OnlineBooking as OnlineBooking
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import ParticipantsPolicy as ParticipantsPolicy
from ._shared import Payment as Payment
from ._shared import PaymentOptions as PaymentOptions
from ._shared import PaymentRateOneOf as PaymentRateOneOf
from ._shared import PolicyDescription as PolicyDescription
from ._shared import RangeAggregation as RangeAggregation
from ._shared import RangeAggregationResult as RangeAggregationResult
from ._shared import RangeBucket as RangeBucket
from ._shared import RangeResult as RangeResult
from ._shared import RangeResults as RangeResults
from ._shared import RateType as RateType
from ._shared import ReschedulePolicy as ReschedulePolicy
from ._shared import ResourceIds as ResourceIds
from ._shared import ResourcesPolicy as ResourcesPolicy
from ._shared import ResourceType as ResourceType
from ._shared import SaveCreditCardPolicy as SaveCreditCardPolicy
from ._shared import ScalarAggregation as ScalarAggregation
from ._shared import ScalarResult as ScalarResult
from ._shared import ScalarType as ScalarType
from ._shared import Schedule as Schedule
from ._shared import SearchDetails as SearchDetails
from ._shared import SeoSchema as SeoSchema
from ._shared import ServiceResource as ServiceResource
from ._shared import ServiceResourceSelectionOneOf as ServiceResourceSelectionOneOf
from ._shared import ServiceType as ServiceType
from ._shared import Settings as Settings
from ._shared import Slug as Slug
from ._shared import SortDirection as SortDirection
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import SortType as SortType
from ._shared import StaffMediaItem as StaffMediaItem
from ._shared import StaffMediaItemItemOneOf as StaffMediaItemItemOneOf
from ._shared import StaffMember as StaffMember
from ._shared import StaffMemberDetails as StaffMemberDetails
from ._shared import SubscriptionPayment as SubscriptionPayment
from ._shared import Tag as Tag
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import UnitType as UnitType
from ._shared import URLs as URLs
from ._shared import V2Duration as V2Duration
from ._shared import V2Location as V2Location
from ._shared import V2LocationOptionsOneOf as V2LocationOptionsOneOf
from ._shared import ValueAggregation as ValueAggregation
from ._shared import ValueAggregationOptionsOneOf as ValueAggregationOptionsOneOf
from ._shared import ValueAggregationResult as ValueAggregationResult
from ._shared import ValueResult as ValueResult
from ._shared import ValueResults as ValueResults
from ._shared import VariedPayment as VariedPayment
from ._shared import WaitlistPolicy as WaitlistPolicy

Action: TypeAlias = Literal["KEEP_AT_CURRENT_LOCATION", "MOVE_TO_LOCATION"]
CloneErrors: TypeAlias = Literal["OPTIONS_AND_VARIANTS", "FORM"]
InvalidSlugError: TypeAlias = Literal["SLUG_CONTAINS_ILLEGAL_CHARACTERS", "SLUG_ALREADY_EXISTS"]
RequestedFields: TypeAlias = Literal["DEFAULT_BOOKING_FORM"]
V2RequestedFields: TypeAlias = Literal[
    "STAFF_MEMBER_DETAILS", "RESOURCE_TYPE_DETAILS", "DISCOUNT_INFO_DETAILS", "RESOURCE_DETAILS"
]


class AddOn(AddOnAddOnInfoOneOf, total=False):
    addOnId: str | None
    name: str | None
    price: Money
    nameTranslated: str | None


class AddOnGroupDetail(TypedDict, total=False):
    groupId: str | None
    maxNumberOfAddOns: int | None
    groupName: str | None
    addOns: list[AddOn]
    prompt: str | None
    groupNameTranslated: str | None
    promptTranslated: str | None


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


class BookingForm(TypedDict, total=False):
    formDetails: FormDetails
    connectedServices: list[ConnectedService]
    totalServiceCount: int


class BookingPolicyWithServices(TypedDict, total=False):
    bookingPolicy: BookingPolicy
    connectedServices: list[Service]
    totalServiceCount: int


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


class BusinessLocations(TypedDict, total=False):
    exists: bool
    locations: list[V2Location]


class CloneServiceRequest(TypedDict, total=False):
    sourceServiceId: Required[str]


class CloneServiceResponse(TypedDict, total=False):
    service: Service
    errors: list[CloneErrors]


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


class CustomLocations(TypedDict, total=False):
    exists: bool


class CustomerLocations(TypedDict, total=False):
    exists: bool


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


class EnablePricingPlansForServiceRequest(TypedDict, total=False):
    serviceId: Required[str]
    pricingPlanIds: Required[list[str]]


class EnablePricingPlansForServiceResponse(TypedDict, total=False):
    service: Service


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


class MoveToNewLocationsOptions(TypedDict, total=False):
    newLocation: V2Location


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


class RemovedLocationSessionsActionActionOptionsOneOf(TypedDict, total=False):
    moveToLocationOptions: MoveToNewLocationsOptions


class RemovedLocationSessionsAction(RemovedLocationSessionsActionActionOptionsOneOf, total=False):
    action: Action


class Results(TypedDict, total=False):
    results: dict[str, NestedResultValue]


class ScalarDateResult(TypedDict, total=False):
    value: str


class SearchServicesRequest(TypedDict, total=False):
    search: Required[CursorSearch]


class SearchServicesResponse(TypedDict, total=False):
    services: list[Service]
    pagingMetadata: CursorPagingMetadata
    aggregationData: AggregationData


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
