# File generated from @wix/auto_sdk_bookings_catalog-search 1.0.31
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.catalog_search``.

From ``@wix/auto_sdk_bookings_catalog-search``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.catalog_search import <Type>
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypedDict

from ._shared import AddOnDetails as AddOnDetails
from ._shared import AddOnGroup as AddOnGroup
from ._shared import AddOnPaymentOptions as AddOnPaymentOptions
from ._shared import AddressStreetOneOf as AddressStreetOneOf
from ._shared import BookAfterStartPolicy as BookAfterStartPolicy
from ._shared import BookingPolicy as BookingPolicy
from ._shared import CancellationFeePolicy as CancellationFeePolicy
from ._shared import CancellationPolicy as CancellationPolicy
from ._shared import CancellationWindow as CancellationWindow
from ._shared import CancellationWindowFeeOneOf as CancellationWindowFeeOneOf
from ._shared import Category as Category
from ._shared import Conferencing as Conferencing
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CustomPayment as CustomPayment
from ._shared import DailyConfig as DailyConfig
from ._shared import DiscountInfo as DiscountInfo
from ._shared import DurationRange as DurationRange
from ._shared import DurationRangeConfigOneOf as DurationRangeConfigOneOf
from ._shared import ExtendedFields as ExtendedFields
from ._shared import FirstChargeDateType as FirstChargeDateType
from ._shared import FixedPayment as FixedPayment
from ._shared import Form as Form
from ._shared import FrequencyType as FrequencyType
from ._shared import HourlyConfig as HourlyConfig
from ._shared import Image as Image
from ._shared import Keyword as Keyword
from ._shared import LimitEarlyBookingPolicy as LimitEarlyBookingPolicy
from ._shared import LimitLateBookingPolicy as LimitLateBookingPolicy
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemItemOneOf as MediaItemItemOneOf
from ._shared import Money as Money
from ._shared import OnlineBooking as OnlineBooking
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import ParticipantsPolicy as ParticipantsPolicy
from ._shared import Payment as Payment
from ._shared import PaymentOptions as PaymentOptions
from ._shared import PaymentRateOneOf as PaymentRateOneOf
from ._shared import PolicyDescription as PolicyDescription
from ._shared import RateType as RateType
from ._shared import ReschedulePolicy as ReschedulePolicy
from ._shared import ResourceIds as ResourceIds
from ._shared import ResourcesPolicy as ResourcesPolicy
from ._shared import ResourceType as ResourceType
from ._shared import SaveCreditCardPolicy as SaveCreditCardPolicy
from ._shared import SeoSchema as SeoSchema
from ._shared import ServiceResource as ServiceResource
from ._shared import ServiceResourceSelectionOneOf as ServiceResourceSelectionOneOf
from ._shared import ServiceType as ServiceType
from ._shared import Settings as Settings
from ._shared import Slug as Slug
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import StaffMediaItem as StaffMediaItem
from ._shared import StaffMediaItemItemOneOf as StaffMediaItemItemOneOf
from ._shared import StaffMember as StaffMember
from ._shared import StaffMemberDetails as StaffMemberDetails
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionPayment as SubscriptionPayment
from ._shared import Tag as Tag
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import UnitType as UnitType
from ._shared import URLs as URLs
from ._shared import VariedPayment as VariedPayment
from ._shared import WaitlistPolicy as WaitlistPolicy

LocationType: TypeAlias = Literal["CUSTOM", "BUSINESS", "CUSTOMER"]


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


class BusinessLocationOptions(TypedDict, total=False):
    id: str
    name: str
    default: bool | None
    address: Address
    email: str | None
    phone: str | None


class CustomLocationOptions(TypedDict, total=False):
    id: str
    address: Address


class Duration(TypedDict, total=False):
    minutes: int


class LocationOptionsOneOf(TypedDict, total=False):
    business: BusinessLocationOptions
    custom: CustomLocationOptions


class Location(LocationOptionsOneOf, total=False):
    id: str
    type: LocationType
    calculatedAddress: Address


class NumberRange(TypedDict, total=False):
    min: int | None
    max: int | None


class NumberValues(TypedDict, total=False):
    values: list[int]


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


class Schedule(TypedDict, total=False):
    id: str | None
    firstSessionStart: str | None
    lastSessionEnd: str | None
    availabilityConstraints: AvailabilityConstraints


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


class ServiceWithAvailability(TypedDict, total=False):
    service: Service
    available: bool
