# File generated from @wix/auto_sdk_bookings_pricing 1.0.107
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.pricing``.

From ``@wix/auto_sdk_bookings_pricing``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.pricing import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import AddressStreetOneOf as AddressStreetOneOf
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
from ._shared import ParticipantChoices as ParticipantChoices
from ._shared import ParticipantsRange as ParticipantsRange
from ._shared import PaymentStatus as PaymentStatus
from ._shared import RequestedGender as RequestedGender
from ._shared import RequestedGenderValue as RequestedGenderValue
from ._shared import ResourceSelection as ResourceSelection
from ._shared import SelectedPaymentOption as SelectedPaymentOption
from ._shared import SelectionMethod as SelectionMethod
from ._shared import ServiceChoice as ServiceChoice
from ._shared import ServiceChoiceChoiceOneOf as ServiceChoiceChoiceOneOf
from ._shared import ServiceChoices as ServiceChoices
from ._shared import StreetAddress as StreetAddress
from ._shared import Subdivision as Subdivision
from ._shared import ValueType as ValueType


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
