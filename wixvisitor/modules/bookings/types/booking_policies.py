# File generated from @wix/auto_sdk_bookings_booking-policies 1.0.148
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.booking_policies``.

From ``@wix/auto_sdk_bookings_booking-policies``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.booking_policies import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

CompletionRequirement: TypeAlias = Literal["OPTIONAL", "REQUIRED_BEFORE_BOOKING"]
RankingOrder: TypeAlias = Literal["LOWEST_TO_HIGHEST", "HIGHEST_TO_LOWEST"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
SortingMethodType: TypeAlias = Literal["RANDOM", "RANKING", "CUSTOM"]
Timing: TypeAlias = Literal["AFTER_BOOKING", "BEFORE_BOOKING"]


class BookAfterStartPolicy(TypedDict, total=False):
    enabled: bool


class BookingPolicy(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    appId: str | None
    createdByAppId: str | None
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
    cancellationFeePolicy: CancellationFeePolicy
    saveCreditCardPolicy: SaveCreditCardPolicy
    staffSortingPolicy: StaffSortingPolicy
    intakeFormPolicy: IntakeFormPolicy
    extendedFields: ExtendedFields


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


class CountBookingPoliciesOptions(TypedDict, total=False):
    """What ``countBookingPolicies`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountBookingPoliciesRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountBookingPoliciesResponse(TypedDict, total=False):
    count: int


class CreateBookingPolicyRequest(TypedDict, total=False):
    bookingPolicy: Required[BookingPolicy]


class CreateBookingPolicyResponse(TypedDict, total=False):
    bookingPolicy: BookingPolicy


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


class CustomOptions(TypedDict, total=False):
    implementationId: str
    appId: str


class DeleteBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyId: Required[str]


class DeleteBookingPolicyResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyId: Required[str]


class GetBookingPolicyResponse(TypedDict, total=False):
    bookingPolicy: BookingPolicy


class GetStrictestBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyIds: Required[list[str]]


class GetStrictestBookingPolicyResponse(TypedDict, total=False):
    bookingPolicy: BookingPolicy


class IntakeFormPolicy(TypedDict, total=False):
    enabled: bool
    formId: str | None
    timing: Timing
    completionRequirement: CompletionRequirement


class LimitEarlyBookingPolicy(TypedDict, total=False):
    enabled: bool
    earliestBookingInMinutes: int


class LimitLateBookingPolicy(TypedDict, total=False):
    enabled: bool
    latestBookingInMinutes: int


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class ParticipantsPolicy(TypedDict, total=False):
    maxParticipantsPerBooking: int


class PolicyDescription(TypedDict, total=False):
    enabled: bool
    description: str


class QueryBookingPoliciesRequest(TypedDict, total=False):
    query: Required[CursorQuery]


class QueryBookingPoliciesResponse(TypedDict, total=False):
    bookingPolicies: list[BookingPolicy]
    pagingMetadata: CursorPagingMetadata


class RankingOptions(TypedDict, total=False):
    order: RankingOrder


class ReschedulePolicy(TypedDict, total=False):
    enabled: bool
    limitLatestReschedule: bool
    latestRescheduleInMinutes: int
    allowAnonymous: bool | None


class SaveCreditCardPolicy(TypedDict, total=False):
    enabled: bool


class SetDefaultBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyId: Required[str]


class SetDefaultBookingPolicyResponse(TypedDict, total=False):
    currentDefaultBookingPolicy: BookingPolicy
    previousDefaultBookingPolicy: BookingPolicy


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class StaffSortingPolicyOptionsOneOf(TypedDict, total=False):
    rankingOptions: RankingOptions
    customOptions: CustomOptions


class StaffSortingPolicy(StaffSortingPolicyOptionsOneOf, total=False):
    sortingMethodType: SortingMethodType


class UpdateBookingPolicyRequest(TypedDict, total=False):
    bookingPolicy: Required[BookingPolicy]


class UpdateBookingPolicyResponse(TypedDict, total=False):
    bookingPolicy: BookingPolicy


class WaitlistPolicy(TypedDict, total=False):
    enabled: bool
    capacity: int
    reservationTimeInMinutes: int
