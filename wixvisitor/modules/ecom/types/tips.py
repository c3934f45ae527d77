# File generated from @wix/auto_sdk_ecom_tips 1.0.65 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tips``.

From ``@wix/auto_sdk_ecom_tips``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tips import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import Price as Price
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder

Source: TypeAlias = Literal["UNKNOWN_SOURCE", "POS", "WEB", "DASHBOARD"]
TipType: TypeAlias = Literal["UNKNOWN_TIP_TYPE", "PERCENTAGE", "AMOUNT", "CUSTOM"]


class AddTipDistributionsToOrderOptions(TypedDict, total=False):
    """What ``addTipDistributionsToOrder`` reads from ``options``."""

    orderId: str | None
    tipDistributions: Required[list[TipDistribution]]


class AddTipDistributionsToOrderRequestIdentifierOneOf(TypedDict, total=False):
    orderId: str | None


class AddTipDistributionsToOrderRequest(
    AddTipDistributionsToOrderRequestIdentifierOneOf, total=False
):
    tipDistributions: Required[list[TipDistribution]]


class AddTipDistributionsToOrderResponse(TypedDict, total=False):
    tipDistributions: list[TipDistribution]
    orderInfo: OrderInfo


class CatalogReference(TypedDict, total=False):
    catalogItemId: str | None
    appId: str | None


class CommonIdentificationDataIdOneOf(TypedDict, total=False):
    anonymousVisitorId: str
    memberId: str
    wixUserId: str
    appId: str


class CommonIdentificationData(CommonIdentificationDataIdOneOf, total=False):
    contactId: str | None


class GetTipByDraftOrderIdRequest(TypedDict, total=False):
    draftOrderId: Required[str | None]


class GetTipByDraftOrderIdResponse(TypedDict, total=False):
    tip: Tip


class GetTipByOrderIdRequest(TypedDict, total=False):
    orderId: Required[str | None]


class GetTipByOrderIdResponse(TypedDict, total=False):
    tip: Tip


class GetTipChoiceRequest(TypedDict, total=False):
    purchaseFlowId: Required[str | None]


class GetTipChoiceResponse(TypedDict, total=False):
    tipChoice: TipChoice


class LineItemInfo(TypedDict, total=False):
    lineItemId: str | None
    catalogReference: CatalogReference
    price: str | None
    name: str | None
    quantity: int | None


class OrderInfoIdentifierOneOf(TypedDict, total=False):
    orderId: str | None


class OrderInfo(OrderInfoIdentifierOneOf, total=False):
    additionalFeeId: str | None
    additionalFeePrice: Price


class PreviewTipOptions(TypedDict, total=False):
    """What ``previewTip`` reads from ``options``."""

    tipChoice: TipChoice
    tipSettingsId: str | None
    draftOrderId: str | None


class PreviewTipRequest(TypedDict, total=False):
    lineItemInfo: Required[list[LineItemInfo]]
    tipChoice: Required[TipChoice]
    tipSettingsId: str | None
    draftOrderId: str | None


class PreviewTipResponse(TypedDict, total=False):
    tip: Tip


class QueryTipDistributionsRequest(TypedDict, total=False):
    query: Required[CursorQuery]


class QueryTipDistributionsResponse(TypedDict, total=False):
    tipDistributions: list[TipDistribution]
    pagingMetadata: CursorPagingMetadata


class RemoveTipFromOrderOptions(TypedDict, total=False):
    """What ``removeTipFromOrder`` reads from ``options``."""

    orderId: str | None


class RemoveTipFromOrderRequestIdentifierOneOf(TypedDict, total=False):
    orderId: str | None


class RemoveTipFromOrderRequest(RemoveTipFromOrderRequestIdentifierOneOf, total=False):
    pass


class RemoveTipFromOrderResponse(TypedDict, total=False):
    orderInfo: OrderInfo


class SetTipOnOrderOptions(TypedDict, total=False):
    """What ``setTipOnOrder`` reads from ``options``."""

    orderId: str | None
    tip: Required[Tip]


class SetTipOnOrderRequestIdentifierOneOf(TypedDict, total=False):
    orderId: str | None


class SetTipOnOrderRequest(SetTipOnOrderRequestIdentifierOneOf, total=False):
    tip: Required[Tip]


class SetTipOnOrderResponse(TypedDict, total=False):
    tip: Tip
    orderInfo: OrderInfo


class Staff(TypedDict, total=False):
    id: str | None
    name: str | None
    staffMemberId: str | None
    identificationData: CommonIdentificationData


class SumTipDistributionAmountsRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]


class SumTipDistributionAmountsResponse(TypedDict, total=False):
    totalAmount: str | None


class Tip(TypedDict, total=False):
    id: str | None
    lineItemSubtotal: str | None
    amount: str | None
    distributions: list[TipDistribution]
    undistributedAmount: str | None


class TipChoice(TypedDict, total=False):
    value: str | None
    tipType: TipType


class TipDistribution(TypedDict, total=False):
    id: str | None
    tipId: str | None
    staff: Staff
    amount: str | None
    lineItemInfo: list[LineItemInfo]
    transaction: Transaction
    orderId: str | None
    createdDate: str | None
    source: Source


class Transaction(TypedDict, total=False):
    id: str | None
    date: str | None


class UpdateTipChoiceOptions(TypedDict, total=False):
    """What ``updateTipChoice`` reads from ``options``."""

    purchaseFlowId: Required[str | None]


class UpdateTipChoiceRequest(TypedDict, total=False):
    tipChoice: Required[TipChoice]
    purchaseFlowId: Required[str | None]


class UpdateTipChoiceResponse(TypedDict, total=False):
    tipChoice: TipChoice
