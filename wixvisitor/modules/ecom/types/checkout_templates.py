# File generated from @wix/auto_sdk_ecom_checkout-templates 1.0.155
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout_templates``.

From ``@wix/auto_sdk_ecom_checkout-templates``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout_templates import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CatalogReference as CatalogReference
from ._shared import Color as Color
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import CustomContentReference as CustomContentReference
from ._shared import DescriptionLine as DescriptionLine
from ._shared import (
    DescriptionLineDescriptionLineValueOneOf as DescriptionLineDescriptionLineValueOneOf,
)
from ._shared import DescriptionLineName as DescriptionLineName
from ._shared import DescriptionLineValueOneOf as DescriptionLineValueOneOf
from ._shared import ExternalReference as ExternalReference
from ._shared import HeadersEntry as HeadersEntry
from ._shared import ItemMetadata as ItemMetadata
from ._shared import ItemType as ItemType
from ._shared import ItemTypeItemTypeDataOneOf as ItemTypeItemTypeDataOneOf
from ._shared import ItemTypePreset as ItemTypePreset
from ._shared import PageUrlV2 as PageUrlV2
from ._shared import PaymentOption as PaymentOption
from ._shared import PaymentOptionType as PaymentOptionType
from ._shared import PhysicalProperties as PhysicalProperties
from ._shared import PlainTextValue as PlainTextValue
from ._shared import Policy as Policy
from ._shared import PriceDescription as PriceDescription
from ._shared import ProductName as ProductName
from ._shared import RawHttpResponse as RawHttpResponse
from ._shared import ServiceProperties as ServiceProperties
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import TaxableAddress as TaxableAddress
from ._shared import TaxableAddressTaxableAddressDataOneOf as TaxableAddressTaxableAddressDataOneOf
from ._shared import TaxableAddressType as TaxableAddressType
from ._shared import TranslatableString as TranslatableString
from ._shared import V1ItemModifier as V1ItemModifier
from ._shared import V1ModifierGroup as V1ModifierGroup

Status: TypeAlias = Literal["ACTIVE", "INACTIVE"]


class BulkCheckoutTemplateResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: CheckoutTemplate


class BulkCreateCheckoutTemplatesRequest(TypedDict, total=False):
    checkoutTemplates: Required[list[CheckoutTemplate]]
    returnEntity: bool


class BulkCreateCheckoutTemplatesResponse(TypedDict, total=False):
    results: list[BulkCheckoutTemplateResult]
    bulkActionMetadata: BulkActionMetadata


class CatalogOverrideFields(TypedDict, total=False):
    productName: ProductName
    price: str | None
    fullPrice: str | None
    descriptionLines: list[DescriptionLine]
    physicalProperties: PhysicalProperties
    image: Image
    paymentOption: PaymentOption
    depositAmount: str | None
    savePaymentMethod: bool | None
    inventoryAppId: str | None


class CheckoutCustomization(TypedDict, total=False):
    webClient: WebClientCustomization
    lockedGiftCard: bool
    lockedCoupon: bool
    disabledManualPayment: bool


class CheckoutTemplate(TypedDict, total=False):
    id: str | None
    status: Status
    customization: CheckoutCustomization
    lineItems: list[V1LineItem]
    customLineItems: list[CustomLineItem]
    couponCode: str | None
    customContentReference: CustomContentReference
    externalReference: ExternalReference


class CreateAndRedirectToCheckoutRequest(TypedDict, total=False):
    checkoutTemplateId: Required[str]
    siteId: Required[str]


class CreateCheckoutFromTemplateRequest(TypedDict, total=False):
    checkoutTemplateId: Required[str]
    siteId: Required[str]


class CreateCheckoutFromTemplateResponse(TypedDict, total=False):
    checkoutId: str
    checkoutUrl: str
    purchaseFlowId: str | None


class CreateCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplate: Required[CheckoutTemplate]


class CreateCheckoutTemplateResponse(TypedDict, total=False):
    checkoutTemplate: CheckoutTemplate


class CustomLineItem(TypedDict, total=False):
    quantity: int
    price: str
    priceDescription: PriceDescription
    descriptionLines: list[DescriptionLine]
    media: Image
    id: str | None
    taxGroupId: str | None
    productName: ProductName
    url: PageUrlV2
    itemType: ItemType
    fullPrice: str | None
    quantityAvailable: int | None
    physicalProperties: PhysicalProperties
    paymentOption: PaymentOptionType
    serviceProperties: ServiceProperties
    rootCatalogItemId: str | None
    depositAmount: str | None
    deliveryProfileId: str | None
    catalogReference: CatalogReference
    priceUndetermined: bool
    fixedQuantity: bool
    consentRequiredPaymentPolicy: str | None
    savePaymentMethod: bool
    policies: list[Policy]
    membersOnly: bool
    taxableAddress: TaxableAddress
    modifierGroups: list[V1ModifierGroup]


class DeleteCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplateId: Required[str]


class DeleteCheckoutTemplateResponse(TypedDict, total=False):
    pass


class GetCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplateId: Required[str]


class GetCheckoutTemplateResponse(TypedDict, total=False):
    checkoutTemplate: CheckoutTemplate


class Image(TypedDict, total=False):
    id: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class QueryCheckoutTemplatesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryCheckoutTemplatesResponse(TypedDict, total=False):
    checkoutTemplates: list[CheckoutTemplate]
    pagingMetadata: CursorPagingMetadata


class UpdateCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplate: Required[CheckoutTemplate]


class UpdateCheckoutTemplateResponse(TypedDict, total=False):
    checkoutTemplate: CheckoutTemplate


class V1LineItem(TypedDict, total=False):
    quantity: int
    catalogReference: CatalogReference
    catalogOverrideFields: CatalogOverrideFields


class WebClientCustomization(TypedDict, total=False):
    disabledContinueShoppingButton: bool
    disabledPolicyAgreementCheckbox: bool
