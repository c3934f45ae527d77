# File generated from @wix/auto_sdk_ecom_tip-settings 1.0.57
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tip_settings``.

From ``@wix/auto_sdk_ecom_tip-settings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tip_settings import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]
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


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


class DeleteTipSettingsRequest(TypedDict, total=False):
    tipSettingsId: Required[str | None]


class DeleteTipSettingsResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class Paging(TypedDict, total=False):
    limit: int | None
    offset: int | None


class PagingMetadataV2(TypedDict, total=False):
    count: int | None
    offset: int | None
    total: int | None
    tooManyToCount: bool | None
    cursors: Cursors


class Preset(TypedDict, total=False):
    value: float | None
    default: bool | None


class QueryTipSettingsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryTipSettingsResponse(TypedDict, total=False):
    tipSettings: list[TipSettings]
    pagingMetadata: PagingMetadataV2


class QueryV2PagingMethodOneOf(TypedDict, total=False):
    paging: Paging
    cursorPaging: CursorPaging


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


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
