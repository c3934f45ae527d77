# File generated from @wix/auto_sdk_ecom_shippo-configurations 1.0.74
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.shippo_configurations``.

From ``@wix/auto_sdk_ecom_shippo-configurations``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.shippo_configurations import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import Address as Address
from ._shared import AddressLocation as AddressLocation
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import StreetAddress as StreetAddress
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest

CalculationType: TypeAlias = Literal["FIXED", "PERCENTAGE"]
DomesticService: TypeAlias = Literal["GROUND_ADVANTAGE", "PRIORITY_MAIL", "PRIORITY_MAIL_EXPRESS"]
InternationalService: TypeAlias = Literal[
    "FIRST_CLASS_PACKAGE_INTERNATIONAL",
    "PRIORITY_MAIL_INTERNATIONAL",
    "PRIORITY_MAIL_EXPRESS_INTERNATIONAL",
]
PackageType: TypeAlias = Literal[
    "CUSTOM",
    "FLAT_RATE_ENVELOPE",
    "PADDED_FLAT_RATE_ENVELOPE",
    "SMALL_FLAT_RATE_BOX",
    "MEDIUM_FLAT_RATE_BOX_1",
    "MEDIUM_FLAT_RATE_BOX_2",
    "LARGE_FLAT_RATE_BOX",
]


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    revision: str | None


class AddDeliveryRegionRequest(TypedDict, total=False):
    shippoConfigurationId: Required[str]
    deliveryRegionId: Required[str]
    revision: str | None


class AddDeliveryRegionResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration


class CreateShippoConfigurationOptions(TypedDict, total=False):
    """What ``createShippoConfiguration`` reads from ``options``."""

    backupRate: str | None


class CreateShippoConfigurationRequest(TypedDict, total=False):
    shippoConfiguration: Required[ShippoConfiguration]
    backupRate: str | None


class CreateShippoConfigurationResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration


class DeleteShippoConfigurationRequest(TypedDict, total=False):
    shippoConfigurationId: Required[str]


class DeleteShippoConfigurationResponse(TypedDict, total=False):
    pass


class DomesticServiceSettings(TypedDict, total=False):
    id: str | None
    service: DomesticService
    serviceSettings: ServiceSettings


class GetShippoConfigurationRequest(TypedDict, total=False):
    shippoConfigurationId: Required[str]


class GetShippoConfigurationResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration


class HandlingFee(TypedDict, total=False):
    value: str
    calculationType: CalculationType


class InternationalServiceSettings(TypedDict, total=False):
    id: str | None
    service: InternationalService
    serviceSettings: ServiceSettings


class PackageDetails(TypedDict, total=False):
    name: str | None
    dimensions: PackageDimensions
    maxNumberOfProducts: str | None


class PackageDimensions(TypedDict, total=False):
    length: str
    width: str
    height: str


class QueryShippoConfigurationsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryShippoConfigurationsResponse(TypedDict, total=False):
    shippoConfigurations: list[ShippoConfiguration]
    pagingMetadata: CursorPagingMetadata


class RemoveDeliveryRegionIdentifiers(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``identifiers``."""

    shippoConfigurationId: Required[str]
    deliveryRegionId: Required[str]


class RemoveDeliveryRegionOptions(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``options``."""

    revision: str | None


class RemoveDeliveryRegionRequest(TypedDict, total=False):
    shippoConfigurationId: Required[str]
    deliveryRegionId: Required[str]
    revision: str | None


class RemoveDeliveryRegionResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration


class ServiceSettings(TypedDict, total=False):
    estimatedDeliveryTime: str | None
    handlingFee: HandlingFee
    freeDeliveryMinimumAmount: str | None


class ShippoConfiguration(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    deliveryRegionId: str | None
    domesticServices: list[DomesticServiceSettings]
    internationalServices: list[InternationalServiceSettings]
    packageType: PackageType
    packageDetails: PackageDetails
    osLocationId: str | None
    shipFromAddress: Address
    deliveryRegionIds: list[str]
    backupWeight: str | None
    extendedFields: ExtendedFields


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration


class UpdateShippoConfigurationRequest(TypedDict, total=False):
    shippoConfiguration: Required[ShippoConfiguration]


class UpdateShippoConfigurationResponse(TypedDict, total=False):
    shippoConfiguration: ShippoConfiguration
