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

from ._shared import BookAfterStartPolicy as BookAfterStartPolicy
from ._shared import CancellationFeePolicy as CancellationFeePolicy
from ._shared import CancellationPolicy as CancellationPolicy
from ._shared import CancellationWindow as CancellationWindow
from ._shared import CancellationWindowFeeOneOf as CancellationWindowFeeOneOf
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import LimitEarlyBookingPolicy as LimitEarlyBookingPolicy
from ._shared import LimitLateBookingPolicy as LimitLateBookingPolicy
from ._shared import Money as Money
from ._shared import ParticipantsPolicy as ParticipantsPolicy
from ._shared import PolicyDescription as PolicyDescription
from ._shared import ReschedulePolicy as ReschedulePolicy
from ._shared import SaveCreditCardPolicy as SaveCreditCardPolicy
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import WaitlistPolicy as WaitlistPolicy

CompletionRequirement: TypeAlias = Literal["OPTIONAL", "REQUIRED_BEFORE_BOOKING"]
RankingOrder: TypeAlias = Literal["LOWEST_TO_HIGHEST", "HIGHEST_TO_LOWEST"]
SortingMethodType: TypeAlias = Literal["RANDOM", "RANKING", "CUSTOM"]
Timing: TypeAlias = Literal["AFTER_BOOKING", "BEFORE_BOOKING"]


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


class CustomOptions(TypedDict, total=False):
    implementationId: str
    appId: str


class DeleteBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyId: Required[str]


class DeleteBookingPolicyResponse(TypedDict, total=False):
    pass


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


class QueryBookingPoliciesRequest(TypedDict, total=False):
    query: Required[CursorQuery]


class QueryBookingPoliciesResponse(TypedDict, total=False):
    bookingPolicies: list[BookingPolicy]
    pagingMetadata: CursorPagingMetadata


class RankingOptions(TypedDict, total=False):
    order: RankingOrder


class SetDefaultBookingPolicyRequest(TypedDict, total=False):
    bookingPolicyId: Required[str]


class SetDefaultBookingPolicyResponse(TypedDict, total=False):
    currentDefaultBookingPolicy: BookingPolicy
    previousDefaultBookingPolicy: BookingPolicy


class StaffSortingPolicyOptionsOneOf(TypedDict, total=False):
    rankingOptions: RankingOptions
    customOptions: CustomOptions


class StaffSortingPolicy(StaffSortingPolicyOptionsOneOf, total=False):
    sortingMethodType: SortingMethodType


class UpdateBookingPolicyRequest(TypedDict, total=False):
    bookingPolicy: Required[BookingPolicy]


class UpdateBookingPolicyResponse(TypedDict, total=False):
    bookingPolicy: BookingPolicy
