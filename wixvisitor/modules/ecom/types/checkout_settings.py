# File generated from @wix/auto_sdk_ecom_checkout-settings 1.0.76
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout_settings``.

From ``@wix/auto_sdk_ecom_checkout-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import Image as Image

Alignment: TypeAlias = Literal["SIDE", "CENTER"]
CheckoutBillingFields: TypeAlias = Literal["All_FIELDS", "MINIMUM_REQUIRED_FIELDS"]
DisplayType: TypeAlias = Literal["TEXT", "ICON"]
ExpressButtonsCornerRadius: TypeAlias = Literal["RECTANGLE", "PILL"]
LogoSize: TypeAlias = Literal["SMALL", "MEDIUM", "LARGE"]


class BackgroundFillOptionsOneOf(TypedDict, total=False):
    color: str | None
    image: Image


class BackgroundFill(BackgroundFillOptionsOneOf, total=False):
    pass


class CheckboxField(TypedDict, total=False):
    visible: bool | None
    checkedByDefault: bool | None


CheckoutBrand = TypedDict(
    "CheckoutBrand",
    {
        "header": "CheckoutHeader",
        "mainSection": "CheckoutMain",
        "footer": "CheckoutFooter",
        "global": "CheckoutGlobal",
    },
    total=False,
)


class CheckoutFields(TypedDict, total=False):
    subscriptionCheckbox: SubscriptionCheckboxField
    policyAgreementCheckbox: CheckboxField
    giftCardRedeemEnabled: bool | None
    mitEnabled: bool | None
    delayCaptureEnabled: bool | None
    captureBeforeExpiryEnabled: bool | None


class CheckoutFooter(TypedDict, total=False):
    backgroundFill: BackgroundFill
    dividerColor: str | None


class CheckoutGlobal(TypedDict, total=False):
    selectionColor: str | None
    placeOrderButtonColor: str | None
    buttonColor: str | None


class CheckoutHeader(TypedDict, total=False):
    text: str | None
    textColor: str | None
    logo: Logo
    alignment: Alignment
    displayCheckoutLabel: bool | None
    continueShopping: ContinueShopping
    backgroundFill: BackgroundFill
    dividerColor: str | None


class CheckoutMain(TypedDict, total=False):
    formBackgroundFill: BackgroundFill
    summaryBackgroundFill: BackgroundFill
    dividerColor: str | None
    tintedBoxColor: str | None
    expressButtonsCornerRadius: ExpressButtonsCornerRadius
    cornerRadius: int | None


class CheckoutPolicies(TypedDict, total=False):
    termsAndConditions: TermsAndConditionsPolicy
    privacyPolicy: PrivacyPolicy
    returnPolicy: ReturnPolicy
    digitalItemPolicy: DigitalItemPolicy
    contactUs: ContactUsPolicy
    customPolicy: CustomCheckoutPolicy


class CheckoutSettings(TypedDict, total=False):
    checkoutPolicies: CheckoutPolicies
    checkoutFields: CheckoutFields
    checkoutBrand: CheckoutBrand
    createdDate: str | None
    updatedDate: str | None
    checkoutBillingFields: CheckoutBillingFields


class ContactUsPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None


class ContinueShopping(TypedDict, total=False):
    hidden: bool | None
    displayType: DisplayType


class CustomCheckoutPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None
    title: str | None


class DigitalItemPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None


class GetCheckoutSettingsRequest(TypedDict, total=False):
    pass


class GetCheckoutSettingsResponse(TypedDict, total=False):
    checkoutSettings: CheckoutSettings


class Logo(TypedDict, total=False):
    size: LogoSize


class PrivacyPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None


class ReturnPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None


class SubscriptionCheckboxField(TypedDict, total=False):
    visible: bool | None
    checkedByDefault: bool | None
    splitByChannel: bool | None


class TermsAndConditionsPolicy(TypedDict, total=False):
    visible: bool | None
    content: str | None


class UpdateCheckoutSettingsRequest(TypedDict, total=False):
    checkoutSettings: Required[CheckoutSettings]


class UpdateCheckoutSettingsResponse(TypedDict, total=False):
    checkoutSettings: CheckoutSettings
