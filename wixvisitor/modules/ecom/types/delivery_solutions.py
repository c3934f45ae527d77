# File generated from @wix/auto_sdk_ecom_delivery-solutions 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.delivery_solutions``.

From ``@wix/auto_sdk_ecom_delivery-solutions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.delivery_solutions import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import AddressStreetOneOf as AddressStreetOneOf
from ._shared import ApplicableLineItems as ApplicableLineItems
from ._shared import ApplicationError as ApplicationError
from ._shared import Carrier as Carrier
from ._shared import CatalogReference as CatalogReference
from ._shared import DeliveryAllocation as DeliveryAllocation
from ._shared import Details as Details
from ._shared import DetailsKindOneOf as DetailsKindOneOf
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ExternalReference as ExternalReference
from ._shared import FieldViolation as FieldViolation
from ._shared import MultiCurrencyPrice as MultiCurrencyPrice
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PickupMethod as PickupMethod
from ._shared import Region as Region
from ._shared import RuleType as RuleType
from ._shared import StreetAddress as StreetAddress
from ._shared import SubscriptionFrequency as SubscriptionFrequency
from ._shared import SystemError as SystemError
from ._shared import ValidationError as ValidationError
from ._shared import VatId as VatId
from ._shared import VatType as VatType
from ._shared import WeightUnit as WeightUnit


class AdditionalCost(TypedDict, total=False):
    description: str | None
    deliveryPrice: MultiCurrencyPrice


class Address(AddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


class DeliverableItem(TypedDict, total=False):
    id: str
    name: str
    quantity: int
    catalogReference: CatalogReference
    physicalProperties: PhysicalProperties
    price: str
    totalPriceBeforeDiscount: str | None
    priceBeforeDiscount: str | None
    totalPrice: str | None
    deliveryProfileId: str | None
    taxIncludedInPrice: bool | None
    subscriptionSettings: SubscriptionSettings


class DeliveryCarrierError(TypedDict, total=False):
    appId: str | None
    errorDetails: Details


class DeliveryCost(TypedDict, total=False):
    price: str
    currency: str
    deliveryPrice: MultiCurrencyPrice
    additionalCosts: list[AdditionalCost]


class DeliveryLogistics(TypedDict, total=False):
    deliveryTime: str | None
    instructions: str | None
    pickupDetails: PickupDetails
    deliveryTimeSlot: DeliveryTimeSlot


class DeliveryReference(TypedDict, total=False):
    code: str | None
    appId: str | None


class DeliverySolution(TypedDict, total=False):
    code: str
    deliveryReference: DeliveryReference
    title: str
    logistics: DeliveryLogistics
    cost: DeliveryCost
    deliveryAllocations: list[DeliveryAllocation]
    partial: bool | None


DeliveryTimeSlot = TypedDict(
    "DeliveryTimeSlot",
    {
        "from": "str | None",
        "to": "str | None",
        "timeZone": "str | None",
    },
    total=False,
)


class FullAddressContactDetails(TypedDict, total=False):
    firstName: str | None
    lastName: str | None
    phone: str | None
    company: str | None
    email: str | None
    vatId: VatId


class GetDeliverySolutionsOptions(TypedDict, total=False):
    """What ``getDeliverySolutions`` reads from ``options``."""

    currency: str | None
    contactDetails: FullAddressContactDetails
    weightUnit: WeightUnit
    userPreferences: list[UserPreference]
    purchaseFlowId: str | None
    externalReferences: list[ExternalReference]
    extendedFields: ExtendedFields


class GetDeliverySolutionsRequest(TypedDict, total=False):
    lineItems: Required[list[DeliverableItem]]
    destination: Required[Address]
    origin: Address
    currency: Required[str | None]
    contactDetails: FullAddressContactDetails
    weightUnit: WeightUnit
    userPreferences: list[UserPreference]
    purchaseFlowId: str | None
    externalReferences: list[ExternalReference]
    extendedFields: ExtendedFields


class GetDeliverySolutionsResponse(TypedDict, total=False):
    deliverySolutions: list[DeliverySolution]
    errors: list[DeliveryCarrierError]


class PickupDetails(TypedDict, total=False):
    address: Address
    pickupMethod: PickupMethod


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency


class UserPreference(TypedDict, total=False):
    appId: str | None
    code: str
