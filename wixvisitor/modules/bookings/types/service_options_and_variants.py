# File generated from @wix/auto_sdk_bookings_service-options-and-variants 1.0.94
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.service_options_and_variants``.

From ``@wix/auto_sdk_bookings_service-options-and-variants``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.service_options_and_variants import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import Duration as Duration
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

DateTimeRuleType: TypeAlias = Literal["HOURS_AND_DAYS", "MONTHS", "DATE_RANGE"]
Day: TypeAlias = Literal[
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"
]
ServiceOptionType: TypeAlias = Literal[
    "UNKNOWN", "CUSTOM", "STAFF_MEMBER", "DURATION", "DATE_TIME", "NUMBER_OF_PARTICIPANTS"
]


class CloneServiceOptionsAndVariantsRequest(TypedDict, total=False):
    cloneFromId: Required[str]
    targetServiceId: Required[str]


class CloneServiceOptionsAndVariantsResponse(TypedDict, total=False):
    serviceOptionsAndVariants: ServiceOptionsAndVariants


class CreateServiceOptionsAndVariantsRequest(TypedDict, total=False):
    serviceOptionsAndVariants: Required[ServiceOptionsAndVariants]


class CreateServiceOptionsAndVariantsResponse(TypedDict, total=False):
    serviceOptionsAndVariants: ServiceOptionsAndVariants


class CustomServiceOption(TypedDict, total=False):
    name: str
    choices: list[str]


class DateRangeRule(TypedDict, total=False):
    localStartDate: str | None
    localEndDate: str | None
    repeatsAnnually: bool | None


class DateTimeRuleRuleOneOf(TypedDict, total=False):
    hoursAndDaysRule: HoursAndDaysRule
    monthsRule: MonthsRule
    dateRangeRule: DateRangeRule


class DateTimeRule(DateTimeRuleRuleOneOf, total=False):
    ruleType: DateTimeRuleType
    name: str | None


class DeleteServiceOptionsAndVariantsOptions(TypedDict, total=False):
    """What ``deleteServiceOptionsAndVariants`` reads from ``options``."""

    revision: str


class DeleteServiceOptionsAndVariantsRequest(TypedDict, total=False):
    serviceOptionsAndVariantsId: Required[str]
    revision: str


class DeleteServiceOptionsAndVariantsResponse(TypedDict, total=False):
    pass


class DurationServiceOption(TypedDict, total=False):
    name: str | None


class GetServiceOptionsAndVariantsByServiceIdRequest(TypedDict, total=False):
    serviceId: Required[str]


class GetServiceOptionsAndVariantsByServiceIdResponse(TypedDict, total=False):
    serviceVariants: ServiceOptionsAndVariants


class GetServiceOptionsAndVariantsRequest(TypedDict, total=False):
    serviceOptionsAndVariantsId: Required[str]


class GetServiceOptionsAndVariantsResponse(TypedDict, total=False):
    serviceOptionsAndVariants: ServiceOptionsAndVariants


class HoursAndDaysRule(TypedDict, total=False):
    days: list[Day]
    startTime: str | None
    endTime: str | None


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class MonthsRule(TypedDict, total=False):
    months: list[int]


class ParticipantsRange(TypedDict, total=False):
    minParticipants: int | None
    maxParticipants: int | None
    name: str | None


class QueryServiceOptionsAndVariantsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryServiceOptionsAndVariantsResponse(TypedDict, total=False):
    serviceOptionsAndVariantsList: list[ServiceOptionsAndVariants]
    pagingMetadata: PagingMetadataV2


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class ServiceChoiceChoiceOneOf(TypedDict, total=False):
    custom: str
    staffMemberId: str
    duration: Duration
    dateTime: DateTimeRule
    participantRange: ParticipantsRange


class ServiceChoice(ServiceChoiceChoiceOneOf, total=False):
    optionId: str


class ServiceOptionOptionSpecificDataOneOf(TypedDict, total=False):
    customData: CustomServiceOption
    durationData: DurationServiceOption


class ServiceOption(ServiceOptionOptionSpecificDataOneOf, total=False):
    id: str
    type: ServiceOptionType


class ServiceOptions(TypedDict, total=False):
    values: list[ServiceOption]


class ServiceOptionsAndVariants(TypedDict, total=False):
    id: str | None
    serviceId: str | None
    options: ServiceOptions
    variants: ServiceVariants
    minPrice: Money
    maxPrice: Money
    revision: str | None
    extendedFields: ExtendedFields


class ServiceVariant(TypedDict, total=False):
    choices: list[ServiceChoice]
    price: Money


class ServiceVariants(TypedDict, total=False):
    values: list[ServiceVariant]


class UpdateServiceOptionsAndVariantsRequest(TypedDict, total=False):
    serviceOptionsAndVariants: Required[ServiceOptionsAndVariants]


class UpdateServiceOptionsAndVariantsResponse(TypedDict, total=False):
    serviceOptionsAndVariants: ServiceOptionsAndVariants
