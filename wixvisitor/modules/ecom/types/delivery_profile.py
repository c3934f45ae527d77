# File generated from @wix/auto_sdk_ecom_delivery-profile 1.0.444
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.delivery_profile``.

From ``@wix/auto_sdk_ecom_delivery-profile``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.delivery_profile import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest


class AddDeliveryCarrierOptions(TypedDict, total=False):
    """What ``addDeliveryCarrier`` reads from ``options``."""

    deliveryCarrier: Required[DeliveryCarrier]


class AddDeliveryCarrierRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    deliveryCarrier: Required[DeliveryCarrier]


class AddDeliveryCarrierResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class AddDeliveryRegionOptions(TypedDict, total=False):
    """What ``addDeliveryRegion`` reads from ``options``."""

    revision: str | None


class AddDeliveryRegionRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]
    deliveryRegion: Required[DeliveryRegion]
    revision: str | None


class AddDeliveryRegionResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class AdditionalCharge(TypedDict, total=False):
    description: str | None
    amount: str


class BackupRate(TypedDict, total=False):
    title: str | None
    amount: str | None
    active: bool


class Column(TypedDict, total=False):
    key: str
    name: str


class CountryDeliveryProperties(TypedDict, total=False):
    country: str
    deliveryDestinationProperties: DeliveryDestinationProperties
    subdivisions: list[SubdivisionDeliveryProperties]


class CreateDeliveryProfileRequest(TypedDict, total=False):
    deliveryProfile: Required[DeliveryProfile]


class CreateDeliveryProfileResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class CreatedByIdOneOf(TypedDict, total=False):
    appId: str | None
    userId: str | None


class CreatedBy(CreatedByIdOneOf, total=False):
    pass


class DashboardTable(TypedDict, total=False):
    title: str
    columns: list[Column]
    rows: list[Row]


class DeleteDeliveryProfileRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]


class DeleteDeliveryProfileResponse(TypedDict, total=False):
    pass


class DeliveryCarrier(TypedDict, total=False):
    appId: str
    backupRate: BackupRate
    additionalCharges: list[AdditionalCharge]


class DeliveryCarrierDetails(TypedDict, total=False):
    id: str
    displayName: str
    description: str | None
    learnMoreUrl: str | None
    dashboardUrl: str | None
    fallbackDefinitionMandatory: bool | None
    thumbnailUrl: str | None
    toggleGetCarrierSettingsEnabled: bool
    toggleUpdateCarrierActiveStatusEnabled: bool


class DeliveryCarrierRegionalSettings(TypedDict, total=False):
    deliveryRegionId: str
    dashboardTables: list[DashboardTable]


class DeliveryDestinationProperties(TypedDict, total=False):
    postalCodeRequired: bool
    pickupOnly: bool


class DeliveryProfile(TypedDict, total=False):
    id: str | None
    name: str | None
    default: bool | None
    deliveryRegions: list[DeliveryRegion]
    createdBy: CreatedBy
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    extendedFields: ExtendedFields


class DeliveryRegion(TypedDict, total=False):
    id: str | None
    name: str | None
    active: bool | None
    deliveryCarriers: list[DeliveryCarrier]
    destinations: list[Destination]
    createdDate: str | None


class Destination(TypedDict, total=False):
    countryCode: str
    subdivisions: list[str]


class GetDeliveryDestinationPropertiesRequest(TypedDict, total=False):
    pass


class GetDeliveryDestinationPropertiesResponse(TypedDict, total=False):
    restOfWorld: DeliveryDestinationProperties
    countries: list[CountryDeliveryProperties]


class GetDeliveryProfileByDeliveryRegionIdRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]


class GetDeliveryProfileByDeliveryRegionIdResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class GetDeliveryProfileRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]


class GetDeliveryProfileResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class InstalledDeliveryCarrier(TypedDict, total=False):
    id: str
    displayName: str
    description: str | None
    learnMoreUrl: str | None
    dashboardUrl: str | None
    fallbackDefinitionMandatory: bool | None
    thumbnailUrl: str | None
    toggleGetCarrierSettingsEnabled: bool


class ItemMetadata(TypedDict, total=False):
    id: str | None
    success: bool
    error: ApplicationError


class ListDeliveryCarriersOptions(TypedDict, total=False):
    """What ``listDeliveryCarriers`` reads from ``options``."""

    appIds: list[str]


class ListDeliveryCarriersRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]
    appIds: list[str]


class ListDeliveryCarriersResponse(TypedDict, total=False):
    results: list[ListDeliveryCarriersResult]
    bulkActionMetadata: BulkActionMetadata


class ListDeliveryCarriersResult(TypedDict, total=False):
    deliveryCarrierMetadata: ItemMetadata
    deliveryCarrierDetails: DeliveryCarrierDetails
    deliveryCarrierRegionalSettings: list[DeliveryCarrierRegionalSettings]


class ListInstalledDeliveryCarriersRequest(TypedDict, total=False):
    pass


class ListInstalledDeliveryCarriersResponse(TypedDict, total=False):
    installedDeliveryCarriers: list[InstalledDeliveryCarrier]


class QueryDeliveryProfilesRequest(TypedDict, total=False):
    query: CursorQuery


class QueryDeliveryProfilesResponse(TypedDict, total=False):
    deliveryProfiles: list[DeliveryProfile]
    pagingMetadata: CursorPagingMetadata


class RemoveDeliveryCarrierOptions(TypedDict, total=False):
    """What ``removeDeliveryCarrier`` reads from ``options``."""

    appId: Required[str]


class RemoveDeliveryCarrierRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    appId: Required[str]


class RemoveDeliveryCarrierResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class RemoveDeliveryRegionIdentifiers(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``identifiers``."""

    deliveryProfileId: Required[str]
    deliveryRegionId: Required[str]


class RemoveDeliveryRegionOptions(TypedDict, total=False):
    """What ``removeDeliveryRegion`` reads from ``options``."""

    revision: str | None


class RemoveDeliveryRegionRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]
    deliveryRegionId: Required[str]
    revision: str | None


class RemoveDeliveryRegionResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class Row(TypedDict, total=False):
    key: str
    data: dict[str, Any] | None
    active: bool


class SetDeliveryCarrierActiveStatusOptions(TypedDict, total=False):
    """What ``setDeliveryCarrierActiveStatus`` reads from ``options``."""

    rowId: Required[str]
    active: Required[bool | None]


class SetDeliveryCarrierActiveStatusRequest(TypedDict, total=False):
    carrierAppId: Required[str]
    rowId: Required[str]
    active: Required[bool | None]


class SetDeliveryCarrierActiveStatusResponse(TypedDict, total=False):
    pass


class SubdivisionDeliveryProperties(TypedDict, total=False):
    subdivision: str
    deliveryDestinationProperties: DeliveryDestinationProperties


class UpdateCarrierSettingsRequest(TypedDict, total=False):
    carrierId: Required[str]
    rowId: Required[str]
    active: Required[bool | None]


class UpdateCarrierSettingsResponse(TypedDict, total=False):
    pass


class UpdateDeliveryCarrierOptions(TypedDict, total=False):
    """What ``updateDeliveryCarrier`` reads from ``options``."""

    deliveryCarrier: DeliveryCarrier


class UpdateDeliveryCarrierRequest(TypedDict, total=False):
    deliveryRegionId: Required[str]
    deliveryCarrier: DeliveryCarrier


class UpdateDeliveryCarrierResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class UpdateDeliveryProfileRequest(TypedDict, total=False):
    deliveryProfile: Required[DeliveryProfile]


class UpdateDeliveryProfileResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class UpdateDeliveryRegionIdentifiers(TypedDict, total=False):
    """What ``updateDeliveryRegion`` reads from ``identifiers``."""

    deliveryProfileId: Required[str]
    deliveryRegionId: str | None


class UpdateDeliveryRegionOptions(TypedDict, total=False):
    """What ``updateDeliveryRegion`` reads from ``options``."""

    revision: str | None


class UpdateDeliveryRegionRequest(TypedDict, total=False):
    deliveryProfileId: Required[str]
    deliveryRegion: Required[DeliveryRegion]
    revision: str | None


class UpdateDeliveryRegionResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    deliveryProfile: DeliveryProfile
