# File generated from @wix/auto_sdk_ecom_back-in-stock-settings 1.0.45
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.back_in_stock_settings``.

From ``@wix/auto_sdk_ecom_back-in-stock-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.back_in_stock_settings import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict


class BackInStockCollectionState(TypedDict, total=False):
    appId: str
    collectingRequests: bool


class BackInStockSettings(TypedDict, total=False):
    collectionStates: list[BackInStockCollectionState]


class GetSettingsRequest(TypedDict, total=False):
    pass


class GetSettingsResponse(TypedDict, total=False):
    settings: BackInStockSettings


class StartCollectingRequestsRequest(TypedDict, total=False):
    appId: Required[str]


class StartCollectingRequestsResponse(TypedDict, total=False):
    settings: BackInStockSettings


class StopCollectingRequestsRequest(TypedDict, total=False):
    appId: Required[str]


class StopCollectingRequestsResponse(TypedDict, total=False):
    settings: BackInStockSettings
