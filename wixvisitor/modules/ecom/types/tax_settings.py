# File generated from @wix/auto_sdk_ecom_tax-settings 1.0.5
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_settings``.

From ``@wix/auto_sdk_ecom_tax-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_settings import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict


class GetTaxSettingsRequest(TypedDict, total=False):
    pass


class GetTaxSettingsResponse(TypedDict, total=False):
    taxSettings: TaxSettings


class TaxSettings(TypedDict, total=False):
    taxIncludedInItemPrices: bool
    createdDate: str | None
    updatedDate: str | None


class UpsertTaxSettingsRequest(TypedDict, total=False):
    taxSettings: Required[TaxSettings]


class UpsertTaxSettingsResponse(TypedDict, total=False):
    taxSettings: TaxSettings
