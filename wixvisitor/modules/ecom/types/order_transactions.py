# File generated from @wix/auto_sdk_ecom_order-transactions 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.order_transactions``.

From ``@wix/auto_sdk_ecom_order-transactions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.order_transactions import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import ActionType as ActionType
from ._shared import AdditionalFeeRefund as AdditionalFeeRefund
from ._shared import AggregatedRefundSummary as AggregatedRefundSummary
from ._shared import ApplicationError as ApplicationError
from ._shared import AuthorizationActionFailureDetails as AuthorizationActionFailureDetails
from ._shared import AuthorizationCapture as AuthorizationCapture
from ._shared import AuthorizationCaptureStatus as AuthorizationCaptureStatus
from ._shared import AuthorizationVoid as AuthorizationVoid
from ._shared import AuthorizationVoidStatus as AuthorizationVoidStatus
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CashRounding as CashRounding
from ._shared import CashRoundingDetails as CashRoundingDetails
from ._shared import Chargeback as Chargeback
from ._shared import ChargebackStatus as ChargebackStatus
from ._shared import CreditCardPaymentMethodDetails as CreditCardPaymentMethodDetails
from ._shared import FutureMembershipDetails as FutureMembershipDetails
from ._shared import GiftCardPaymentDetails as GiftCardPaymentDetails
from ._shared import ItemMetadata as ItemMetadata
from ._shared import LineItemRefund as LineItemRefund
from ._shared import LineItemRefundSummary as LineItemRefundSummary
from ._shared import MembershipName as MembershipName
from ._shared import MembershipPaymentDetails as MembershipPaymentDetails
from ._shared import MembershipPaymentStatus as MembershipPaymentStatus
from ._shared import PaymentMethodName as PaymentMethodName
from ._shared import PaymentReceiptInfoOneOf as PaymentReceiptInfoOneOf
from ._shared import PaymentStatus as PaymentStatus
from ._shared import PaymentStatusDetailsOneOf as PaymentStatusDetailsOneOf
from ._shared import PredefinedPaymentMethod as PredefinedPaymentMethod
from ._shared import Price as Price
from ._shared import Reason as Reason
from ._shared import Refund as Refund
from ._shared import RefundDetails as RefundDetails
from ._shared import RefundItem as RefundItem
from ._shared import RefundItemsBreakdown as RefundItemsBreakdown
from ._shared import RefundStatus as RefundStatus
from ._shared import RefundStatusInfo as RefundStatusInfo
from ._shared import RefundTransaction as RefundTransaction
from ._shared import (
    RegularPaymentDetailsPaymentMethodDetailsOneOf as RegularPaymentDetailsPaymentMethodDetailsOneOf,
)
from ._shared import ShippingRefund as ShippingRefund
from ._shared import TransactionStatus as TransactionStatus
from ._shared import UserDefinedPaymentMethodName as UserDefinedPaymentMethodName
from ._shared import UserDefinedPaymentMethodNameKindOneOf as UserDefinedPaymentMethodNameKindOneOf


class AddPaymentsRequest(TypedDict, total=False):
    orderId: Required[str]
    payments: Required[list[Payment]]


class AddPaymentsResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions
    paymentsIds: list[str]


class AuthorizationDetails(TypedDict, total=False):
    delayedCapture: bool
    authorizedDate: str | None
    captures: list[AuthorizationCapture]
    void: AuthorizationVoid
    scheduledAction: ScheduledAction


class BulkPaymentResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: Payment


class BulkUpdatePaymentStatusesOptions(TypedDict, total=False):
    """What ``bulkUpdatePaymentStatuses`` reads from ``options``."""

    returnFullEntity: bool
    status: TransactionStatus


class BulkUpdatePaymentStatusesRequest(TypedDict, total=False):
    paymentAndOrderIds: Required[list[PaymentAndOrderId]]
    returnFullEntity: bool
    status: TransactionStatus


class BulkUpdatePaymentStatusesResponse(TypedDict, total=False):
    results: list[BulkPaymentResult]
    bulkActionMetadata: BulkActionMetadata


class ListTransactionsForMultipleOrdersRequest(TypedDict, total=False):
    orderIds: Required[list[str]]


class ListTransactionsForMultipleOrdersResponse(TypedDict, total=False):
    orderTransactions: list[OrderTransactions]


class ListTransactionsForSingleOrderRequest(TypedDict, total=False):
    orderId: Required[str]


class ListTransactionsForSingleOrderResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class OrderTransactions(TypedDict, total=False):
    orderId: str
    payments: list[Payment]
    refunds: list[Refund]


class PaymentPaymentDetailsOneOf(TypedDict, total=False):
    regularPaymentDetails: RegularPaymentDetails
    giftcardPaymentDetails: GiftCardPaymentDetails
    membershipPaymentDetails: MembershipPaymentDetails


class Payment(
    PaymentPaymentDetailsOneOf, PaymentReceiptInfoOneOf, PaymentStatusDetailsOneOf, total=False
):
    id: str | None
    createdDate: str | None
    updatedDate: str | None
    amount: Price
    refundDisabled: bool
    supportReceiptGeneration: bool
    cashRounding: CashRoundingDetails
    status: PaymentStatus
    chargeCorrelationId: str | None


class PaymentAndOrderId(TypedDict, total=False):
    orderId: str
    paymentId: str


class RegularPaymentDetails(RegularPaymentDetailsPaymentMethodDetailsOneOf, total=False):
    paymentOrderId: str | None
    gatewayTransactionId: str | None
    paymentMethod: str | None
    providerTransactionId: str | None
    offlinePayment: bool
    status: TransactionStatus
    savedPaymentMethod: bool
    authorizationDetails: AuthorizationDetails
    chargebacks: list[Chargeback]
    platformFee: Price
    paymentMethodName: PaymentMethodName


class ScheduledAction(TypedDict, total=False):
    actionType: ActionType
    executionDate: str | None


class UpdatePaymentStatusIdentifiers(TypedDict, total=False):
    """What ``updatePaymentStatus`` reads from ``identifiers``."""

    paymentId: Required[str]
    orderId: Required[str]


class UpdatePaymentStatusOptions(TypedDict, total=False):
    """What ``updatePaymentStatus`` reads from ``options``."""

    status: TransactionStatus


class UpdatePaymentStatusRequest(TypedDict, total=False):
    orderId: Required[str]
    paymentId: Required[str]
    status: TransactionStatus


class UpdatePaymentStatusResponse(TypedDict, total=False):
    orderTransactions: OrderTransactions


class UpdatePaymentsRequest(TypedDict, total=False):
    pass


class UpdatePaymentsResponse(TypedDict, total=False):
    pass


class UpdateRefundTransactionRequest(TypedDict, total=False):
    pass


class UpdateRefundTransactionResponse(TypedDict, total=False):
    pass
