# File generated from @wix/auto_sdk_ecom_tip-settings 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tip_settings``.

From ``@wix/auto_sdk_ecom_tip-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tip_settings import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Paging as Paging
from ._shared import PagingMetadataV2 as PagingMetadataV2
from ._shared import QueryV2 as QueryV2
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

StaffDistributionMethod: TypeAlias = Literal["UNKNOWN_SPLIT_METHOD", "EQUAL", "PROPORTIONAL"]
TipType: TypeAlias = Literal["UNKNOWN_TIP_TYPE", "PERCENTAGE", "AMOUNT"]


class CreateDefaultTipSettingsRequest(TypedDict, total=False):
    tipSettings: Required[TipSettings]


class CreateDefaultTipSettingsResponse(TypedDict, total=False):
    tipSettings: TipSettings


class CreateTipSettingsRequest(TypedDict, total=False):
    tipSettings: Required[TipSettings]


class CreateTipSettingsResponse(TypedDict, total=False):
    tipSettings: TipSettings


class DeleteTipSettingsRequest(TypedDict, total=False):
    tipSettingsId: Required[str | None]


class DeleteTipSettingsResponse(TypedDict, total=False):
    pass


class Preset(TypedDict, total=False):
    value: float | None
    default: bool | None


class QueryTipSettingsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryTipSettingsResponse(TypedDict, total=False):
    tipSettings: list[TipSettings]
    pagingMetadata: PagingMetadataV2


class TipSettingsIdentifierOneOf(TypedDict, total=False):
    locationId: str | None
    paymentTerminalId: str | None
    userId: str | None


class TipSettings(TipSettingsIdentifierOneOf, total=False):
    id: str | None
    tipType: TipType
    presets: list[Preset]
    allowCustomerTip: bool | None
    allowBusinessTipAtPayment: bool | None
    allowCustomAmount: bool | None
    allowEditDistribution: bool | None
    autoTipOnCheckInEnabled: bool | None
    autoTipOnCheckInPercentage: float | None
    staffDistributionMethod: StaffDistributionMethod
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    default: bool | None
    appId: str | None
    extendedFields: ExtendedFields


class UpdateTipSettingsRequest(TypedDict, total=False):
    tipSettings: Required[TipSettings]


class UpdateTipSettingsResponse(TypedDict, total=False):
    tipSettings: TipSettings
