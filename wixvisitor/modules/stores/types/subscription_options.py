# File generated from @wix/auto_sdk_stores_subscription-options 1.0.72
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.subscription_options``.

From ``@wix/auto_sdk_stores_subscription-options``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.subscription_options import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata
from ._shared import SubscriptionFrequency as SubscriptionFrequency

DiscountType: TypeAlias = Literal["UNDEFINED", "AMOUNT", "PERCENT"]


class AllowOneTimePurchasesRequest(TypedDict, total=False):
    productId: Required[str]
    allowed: Required[bool | None]


class AllowOneTimePurchasesResponse(TypedDict, total=False):
    pass


class AssignSubscriptionOptionsToProductOptions(TypedDict, total=False):
    """What ``assignSubscriptionOptionsToProduct`` reads from ``options``."""

    assignedSubscriptionOptions: list[SubscriptionOptionInProduct]


class AssignSubscriptionOptionsToProductRequest(TypedDict, total=False):
    productId: Required[str]
    assignedSubscriptionOptions: list[SubscriptionOptionInProduct]


class AssignSubscriptionOptionsToProductResponse(TypedDict, total=False):
    pass


class BulkCreateSubscriptionOptionsRequest(TypedDict, total=False):
    subscriptionOptions: Required[list[SubscriptionOption]]


class BulkCreateSubscriptionOptionsResponse(TypedDict, total=False):
    subscriptionOptions: list[SubscriptionOption]


class BulkDeleteSubscriptionOptionsRequest(TypedDict, total=False):
    ids: Required[list[str]]


class BulkDeleteSubscriptionOptionsResponse(TypedDict, total=False):
    pass


class BulkUpdateSubscriptionOptionsRequest(TypedDict, total=False):
    subscriptionOptions: Required[list[SubscriptionOption]]


class BulkUpdateSubscriptionOptionsResponse(TypedDict, total=False):
    subscriptionOptions: list[SubscriptionOption]


class CreateSubscriptionOptionRequest(TypedDict, total=False):
    subscriptionOption: Required[SubscriptionOption]


class CreateSubscriptionOptionResponse(TypedDict, total=False):
    subscriptionOption: SubscriptionOption


class DeleteSubscriptionOptionRequest(TypedDict, total=False):
    id: Required[str]


class DeleteSubscriptionOptionResponse(TypedDict, total=False):
    pass


class Discount(TypedDict, total=False):
    type: DiscountType
    value: float


class GetOneTimePurchasesStatusRequest(TypedDict, total=False):
    productId: Required[str]


class GetOneTimePurchasesStatusResponse(TypedDict, total=False):
    allowed: bool


class GetProductIdsForSubscriptionOptionOptions(TypedDict, total=False):
    """What ``getProductIdsForSubscriptionOption`` reads from ``options``."""

    includeHiddenProducts: bool
    paging: Paging


class GetProductIdsForSubscriptionOptionRequest(TypedDict, total=False):
    id: Required[str]
    includeHiddenProducts: bool
    paging: Paging


class GetProductIdsForSubscriptionOptionResponse(TypedDict, total=False):
    productIds: list[str]
    metadata: PagingMetadata
    totalResults: int


class GetSubscriptionOptionRequest(TypedDict, total=False):
    id: Required[str]


class GetSubscriptionOptionResponse(TypedDict, total=False):
    subscriptionOption: SubscriptionOption


class GetSubscriptionOptionsForProductOptions(TypedDict, total=False):
    """What ``getSubscriptionOptionsForProduct`` reads from ``options``."""

    includeHiddenSubscriptionOptions: bool


class GetSubscriptionOptionsForProductRequest(TypedDict, total=False):
    productId: Required[str]
    includeHiddenSubscriptionOptions: bool


class GetSubscriptionOptionsForProductResponse(TypedDict, total=False):
    subscriptionOptions: list[SubscriptionOptionInProduct]


class SubscriptionOption(TypedDict, total=False):
    id: str | None
    title: str | None
    description: str | None
    subscriptionSettings: SubscriptionSettings
    discount: Discount


class SubscriptionOptionInProduct(TypedDict, total=False):
    id: str
    hidden: bool
    title: str | None
    description: str | None
    subscriptionSettings: SubscriptionSettings
    discount: Discount


class SubscriptionSettings(TypedDict, total=False):
    frequency: SubscriptionFrequency
    autoRenewal: bool
    billingCycles: int | None


class UpdateSubscriptionOptionRequest(TypedDict, total=False):
    subscriptionOption: Required[SubscriptionOption]


class UpdateSubscriptionOptionResponse(TypedDict, total=False):
    subscriptionOption: SubscriptionOption
