# File generated from @wix/auto_sdk_ecom_tax-calculation 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_calculation``.

From ``@wix/auto_sdk_ecom_tax-calculation``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_calculation import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import JurisdictionType as JurisdictionType


class Address(TypedDict, total=False):
    country: str | None
    subdivision: str | None
    city: str | None
    postalCode: str | None
    addressLine: str | None
    addressLine2: str | None


class AddressIndexAddressIndexOptionsOneOf(TypedDict, total=False):
    singleAddress: int
    multipleAddresses: MultipleAddresses


class AddressIndex(AddressIndexAddressIndexOptionsOneOf, total=False):
    pass


class AggregatedTaxBreakdown(TypedDict, total=False):
    taxName: str
    taxType: str
    jurisdiction: str
    jurisdictionType: JurisdictionType
    rate: str
    aggregatedTaxAmount: str


class CalculateTaxRequest(TypedDict, total=False):
    externalId: str | None
    currency: str
    addresses: Required[list[Address]]
    lineItems: Required[list[LineItem]]


class CalculateTaxResponse(TypedDict, total=False):
    externalId: str | None
    currency: str
    addresses: list[Address]
    taxSummary: TaxSummary
    lineItemTaxDetails: list[LineItemTaxDetails]
    errors: list[ApplicationError]


class LineItem(TypedDict, total=False):
    id: str
    itemName: str | None
    quantity: int
    price: str
    itemCode: str | None
    taxGroupId: str | None
    appId: str | None
    taxIncludedInPrice: bool | None
    addressIndex: AddressIndex


class LineItemTaxDetails(TypedDict, total=False):
    id: str
    itemName: str | None
    quantity: int
    taxBreakdown: list[TaxBreakdown]
    taxSummary: LineItemTaxSummary
    addressIndex: AddressIndex
    taxIncludedInPrice: bool


class LineItemTaxSummary(TypedDict, total=False):
    fullPrice: str | None
    taxAmount: str
    taxableAmount: str
    appId: str | None


class ListTaxCalculatorsRequest(TypedDict, total=False):
    pass


class ListTaxCalculatorsResponse(TypedDict, total=False):
    taxCalculatorDetails: list[TaxCalculatorDetails]


class MultipleAddresses(TypedDict, total=False):
    origin: int
    destination: int


class TaxBreakdown(TypedDict, total=False):
    jurisdiction: str | None
    nonTaxableAmount: str | None
    rate: str | None
    taxAmount: str | None
    taxableAmount: str | None
    taxType: str | None
    taxName: str | None
    jurisdictionType: JurisdictionType


class TaxCalculatorDetails(TypedDict, total=False):
    appId: str
    displayName: str
    unsupportedCountries: list[str]


class TaxSummary(TypedDict, total=False):
    totalAmount: str
    totalTax: str
    totalTaxableAmount: str
    totalTaxIncludedInPrice: str
    aggregatedTaxBreakdown: list[AggregatedTaxBreakdown]
