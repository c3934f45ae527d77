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

from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressStreetOneOf as AddressStreetOneOf
from ._shared import AttendanceStatus as AttendanceStatus
from ._shared import BookedAddOn as BookedAddOn
from ._shared import BookedEntity as BookedEntity
from ._shared import BookedEntityItemOneOf as BookedEntityItemOneOf
from ._shared import BookedResource as BookedResource
from ._shared import BookedSchedule as BookedSchedule
from ._shared import BookedSlot as BookedSlot
from ._shared import Booking as Booking
from ._shared import BookingParticipantsInfoOneOf as BookingParticipantsInfoOneOf
from ._shared import BookingStatus as BookingStatus
from ._shared import ContactDetails as ContactDetails
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import CustomFormField as CustomFormField
from ._shared import DateTimeRule as DateTimeRule
from ._shared import Duration as Duration
from ._shared import DurationUnitType as DurationUnitType
from ._shared import ExtendedFields as ExtendedFields
from ._shared import IdentificationData as IdentificationData
from ._shared import IdentificationDataIdOneOf as IdentificationDataIdOneOf
from ._shared import Location as Location
from ._shared import LocationType as LocationType
from ._shared import MultiServiceBookingInfo as MultiServiceBookingInfo
from ._shared import MultiServiceBookingType as MultiServiceBookingType
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import ParticipantChoices as ParticipantChoices
from ._shared import ParticipantsRange as ParticipantsRange
from ._shared import PaymentStatus as PaymentStatus
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import RequestedGender as RequestedGender
from ._shared import RequestedGenderValue as RequestedGenderValue
from ._shared import ResourceSelection as ResourceSelection
from ._shared import SelectedPaymentOption as SelectedPaymentOption
from ._shared import SelectionMethod as SelectionMethod
from ._shared import ServiceChoice as ServiceChoice
from ._shared import ServiceChoiceChoiceOneOf as ServiceChoiceChoiceOneOf
from ._shared import ServiceChoices as ServiceChoices
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import Subdivision as Subdivision
from ._shared import ValueType as ValueType

BookingFeeStatus: TypeAlias = Literal[
    "UNKNOWN_STATUS", "NOT_YET_APPLIED_TO_ORDER", "APPLIED_TO_ORDER"
]
Frequency: TypeAlias = Literal["MONTHLY"]
OrderStatus: TypeAlias = Literal["INITIALIZED", "APPROVED", "CANCELED", "PENDING", "REJECTED"]
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
Status: TypeAlias = Literal["UNDEFINED", "SIGNED", "NOT_SIGNED"]
SubscriptionStatus: TypeAlias = Literal["DRAFT", "PENDING", "ACTIVE", "PAUSED", "CANCELED", "ENDED"]


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


class CountExtendedBookingsOptions(TypedDict, total=False):
    """What ``countExtendedBookings`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountExtendedBookingsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountExtendedBookingsResponse(TypedDict, total=False):
    count: int


class CyclePrice(TypedDict, total=False):
    amount: str
    currency: str


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


class FormSubmission(TypedDict, total=False):
    label: str | None
    key: str
    value: str
    fieldId: str


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


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: CommonAddressLocation


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
