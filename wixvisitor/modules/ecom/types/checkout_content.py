# File generated from @wix/auto_sdk_ecom_checkout-content 1.0.40
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.checkout_content``.

From ``@wix/auto_sdk_ecom_checkout-content``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.checkout_content import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict


class CheckoutContent(TypedDict, total=False):
    continueShoppingLink: str | None
    orderSummary: str | None
    customerDetails: str | None
    reviewAndPlaceOrder: str | None
    placeOrderButton: str | None
    placeOrderPayButton: str | None


class GetCheckoutContentIdentifiers(TypedDict, total=False):
    """What ``getCheckoutContent`` reads from ``identifiers``."""

    appId: Required[str]
    componentId: Required[str]


class GetCheckoutContentOptions(TypedDict, total=False):
    """What ``getCheckoutContent`` reads from ``options``."""

    languageCode: str | None


class GetCheckoutContentRequest(TypedDict, total=False):
    appId: Required[str]
    componentId: Required[str]
    languageCode: str | None


class GetCheckoutContentResponse(TypedDict, total=False):
    checkoutContent: CheckoutContent
