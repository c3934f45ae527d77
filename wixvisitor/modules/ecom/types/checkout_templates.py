# File generated from @wix/auto_sdk_ecom_checkout-templates 1.0.155
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout_templates``.

From ``@wix/auto_sdk_ecom_checkout-templates``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout_templates import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ItemTypePreset: TypeAlias = Literal["UNRECOGNISED", "PHYSICAL", "DIGITAL", "GIFT_CARD", "SERVICE"]
PaymentOptionType: TypeAlias = Literal[
    "FULL_PAYMENT_ONLINE",
    "FULL_PAYMENT_OFFLINE",
    "MEMBERSHIP",
    "DEPOSIT_ONLINE",
    "MEMBERSHIP_OFFLINE",
    "MEMBERSHIP_ONLINE_WITH_OFFLINE_REMAINDER",
]
SortOrder: TypeAlias = Literal["ASC", "DESC"]
Status: TypeAlias = Literal["ACTIVE", "INACTIVE"]
TaxableAddressType: TypeAlias = Literal["BUSINESS", "BILLING", "SHIPPING"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


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


class CatalogReference(TypedDict, total=False):
    catalogItemId: str
    appId: str
    options: dict[str, Any] | None


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


class Color(TypedDict, total=False):
    original: str
    translated: str | None
    code: str | None


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


class CustomContentReference(TypedDict, total=False):
    appId: str
    componentId: str


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


class DescriptionLineValueOneOf(TypedDict, total=False):
    plainText: PlainTextValue
    colorInfo: Color


class DescriptionLineDescriptionLineValueOneOf(TypedDict, total=False):
    pass


class DescriptionLine(
    DescriptionLineValueOneOf, DescriptionLineDescriptionLineValueOneOf, total=False
):
    name: DescriptionLineName


class DescriptionLineName(TypedDict, total=False):
    original: str
    translated: str | None


class ExternalReference(TypedDict, total=False):
    appId: str
    resourceId: str | None


class GetCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplateId: Required[str]


class GetCheckoutTemplateResponse(TypedDict, total=False):
    checkoutTemplate: CheckoutTemplate


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class Image(TypedDict, total=False):
    id: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class ItemTypeItemTypeDataOneOf(TypedDict, total=False):
    preset: ItemTypePreset
    custom: str


class ItemType(ItemTypeItemTypeDataOneOf, total=False):
    pass


class PageUrlV2(TypedDict, total=False):
    relativePath: str
    url: str | None


class PaymentOption(TypedDict, total=False):
    value: PaymentOptionType


class PhysicalProperties(TypedDict, total=False):
    weight: float | None
    sku: str | None
    shippable: bool


class PlainTextValue(TypedDict, total=False):
    original: str
    translated: str | None


class Policy(TypedDict, total=False):
    title: str | None
    content: str


class PriceDescription(TypedDict, total=False):
    original: str
    translated: str | None


class ProductName(TypedDict, total=False):
    original: str
    translated: str | None


class QueryCheckoutTemplatesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryCheckoutTemplatesResponse(TypedDict, total=False):
    checkoutTemplates: list[CheckoutTemplate]
    pagingMetadata: CursorPagingMetadata


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


class ServiceProperties(TypedDict, total=False):
    scheduledDate: str | None
    numberOfParticipants: int | None


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TaxableAddressTaxableAddressDataOneOf(TypedDict, total=False):
    addressType: TaxableAddressType


class TaxableAddress(TaxableAddressTaxableAddressDataOneOf, total=False):
    pass


class TranslatableString(TypedDict, total=False):
    original: str
    translated: str | None


class UpdateCheckoutTemplateRequest(TypedDict, total=False):
    checkoutTemplate: Required[CheckoutTemplate]


class UpdateCheckoutTemplateResponse(TypedDict, total=False):
    checkoutTemplate: CheckoutTemplate


class V1ItemModifier(TypedDict, total=False):
    id: str
    quantity: int | None
    label: TranslatableString
    details: TranslatableString
    price: str | None


class V1LineItem(TypedDict, total=False):
    quantity: int
    catalogReference: CatalogReference
    catalogOverrideFields: CatalogOverrideFields


class V1ModifierGroup(TypedDict, total=False):
    id: str
    name: TranslatableString
    modifiers: list[V1ItemModifier]


class WebClientCustomization(TypedDict, total=False):
    disabledContinueShoppingButton: bool
    disabledPolicyAgreementCheckbox: bool
