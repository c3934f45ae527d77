# File generated from @wix/auto_sdk_ecom_ecommerce-settings 1.0.36
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.ecommerce_settings``.

From ``@wix/auto_sdk_ecom_ecommerce-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.ecommerce_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

RequestedFields: TypeAlias = Literal[
    "ADDITIONAL_FEES_SERVICE_PLUGIN",
    "VALIDATIONS_SERVICE_PLUGIN",
    "TAX",
    "DISCOUNT_RULES",
    "CHECKOUT",
    "DELIVERY",
    "PREMIUM_SITE",
    "BUSINESS_INFO",
    "PURCHASE_RECOMMENDATIONS_SERVICE_PLUGIN",
]


class EcommerceSettings(TypedDict, total=False):
    pass


class Error(TypedDict, total=False):
    requestedField: RequestedFields


class GetEcommerceSettingsRequest(TypedDict, total=False):
    fields: Required[list[RequestedFields]]


class GetEcommerceSettingsResponse(TypedDict, total=False):
    ecommerceSettings: EcommerceSettings
    errors: list[Error]
