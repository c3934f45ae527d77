# File generated from @wix/auto_sdk_ecom_delivery-solutions 1.0.65
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.delivery_solutions``.

From ``@wix/auto_sdk_ecom_delivery-solutions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.delivery_solutions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

PickupMethod: TypeAlias = Literal["STORE_PICKUP", "PICKUP_POINT"]
RuleType: TypeAlias = Literal[
    "VALIDATION",
    "OTHER",
    "MAX",
    "MIN",
    "MAX_LENGTH",
    "MIN_LENGTH",
    "MAX_SIZE",
    "MIN_SIZE",
    "FORMAT",
    "DECIMAL_LTE",
    "DECIMAL_GTE",
    "DECIMAL_LT",
    "DECIMAL_GT",
    "DECIMAL_MAX_SCALE",
    "INVALID_ENUM_VALUE",
    "REQUIRED_FIELD",
    "FIELD_NOT_ALLOWED",
    "ONE_OF_ALIGNMENT",
    "EXACT_LENGTH",
    "EXACT_SIZE",
    "REQUIRED_ONE_OF_FIELD",
]
SubscriptionFrequency: TypeAlias = Literal["UNDEFINED", "DAY", "WEEK", "MONTH", "YEAR"]
VatType: TypeAlias = Literal["UNSPECIFIED", "CPF", "CNPJ"]
WeightUnit: TypeAlias = Literal["UNSPECIFIED_WEIGHT_UNIT", "KG", "LB"]


class AdditionalCost(TypedDict, total=False):
    description: str | None
    deliveryPrice: MultiCurrencyPrice


class AddressStreetOneOf(TypedDict, total=False):
    streetAddress: StreetAddress
    addressLine: str | None


class Address(AddressStreetOneOf, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine2: str | None


class ApplicableLineItems(TypedDict, total=False):
    lineItemIds: list[str]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class Carrier(TypedDict, total=False):
    appId: str | None
    code: str


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


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


class DeliveryAllocation(TypedDict, total=False):
    deliveryCarrier: Carrier
    deliveryRegion: Region
    applicableLineItems: ApplicableLineItems


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


class DetailsKindOneOf(TypedDict, total=False):
    applicationError: ApplicationError
    validationError: ValidationError
    systemError: SystemError


class Details(DetailsKindOneOf, total=False):
    tracing: dict[str, str]


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class ExternalReference(TypedDict, total=False):
    appId: str
    resourceId: str | None


class FieldViolation(TypedDict, total=False):
    field: str
    description: str
    violatedRule: RuleType
    ruleName: str | None
    data: dict[str, Any] | None


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


class MultiCurrencyPrice(TypedDict, total=False):
    amount: str
    convertedAmount: str
    formattedAmount: str
    formattedConvertedAmount: str


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PickupDetails(TypedDict, total=False):
    address: Address
    pickupMethod: PickupMethod


class Region(TypedDict, total=False):
    id: str | None
    name: str | None


class StreetAddress(TypedDict, total=False):
    number: str
    name: str


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency


class SystemError(TypedDict, total=False):
    errorCode: str | None


class UserPreference(TypedDict, total=False):
    appId: str | None
    code: str


class ValidationError(TypedDict, total=False):
    fieldViolations: list[FieldViolation]


class VatId(TypedDict, total=False):
    id: str
    type: VatType
