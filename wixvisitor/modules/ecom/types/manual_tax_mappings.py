# File generated from @wix/auto_sdk_ecom_manual-tax-mappings 1.0.46
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.manual_tax_mappings``.

From ``@wix/auto_sdk_ecom_manual-tax-mappings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.manual_tax_mappings import <Type>
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
from ._shared import ItemMetadata as ItemMetadata
from ._shared import JurisdictionType as JurisdictionType
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest


class AssignOverride(TypedDict, total=False):
    manualTaxMappingId: str
    exemptGroupOverrides: list[ExemptGroupIdOverride]


class BulkAssignExemptOverridesOptions(TypedDict, total=False):
    """What ``bulkAssignExemptOverrides`` reads from ``options``."""

    assignOverrides: list[AssignOverride]
    returnEntity: bool


class BulkAssignExemptOverridesRequest(TypedDict, total=False):
    assignOverrides: list[AssignOverride]
    returnEntity: bool


class BulkAssignExemptOverridesResponse(TypedDict, total=False):
    results: list[BulkExemptOverrideResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateManualTaxMappingsOptions(TypedDict, total=False):
    """What ``bulkCreateManualTaxMappings`` reads from ``options``."""

    returnEntity: bool


class BulkCreateManualTaxMappingsRequest(TypedDict, total=False):
    manualTaxMappings: Required[list[ManualTaxMapping]]
    returnEntity: bool


class BulkCreateManualTaxMappingsResponse(TypedDict, total=False):
    results: list[BulkManualTaxMappingResult]
    bulkActionMetadata: BulkActionMetadata


class BulkExemptOverrideResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ManualTaxMapping


class BulkManualTaxMappingResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: ManualTaxMapping


class BulkUnassignExemptOverridesOptions(TypedDict, total=False):
    """What ``bulkUnassignExemptOverrides`` reads from ``options``."""

    returnEntity: bool


class BulkUnassignExemptOverridesRequest(TypedDict, total=False):
    unassignOverrides: Required[list[UnassignOverride]]
    returnEntity: bool


class BulkUnassignExemptOverridesResponse(TypedDict, total=False):
    results: list[BulkExemptOverrideResult]
    bulkActionMetadata: BulkActionMetadata


class CreateManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMapping: Required[ManualTaxMapping]


class CreateManualTaxMappingResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping


class DeleteManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMappingId: Required[str]


class DeleteManualTaxMappingResponse(TypedDict, total=False):
    pass


class ExemptDetails(TypedDict, total=False):
    taxExemptGroupId: str
    taxRate: str


class ExemptGroupIdOverride(TypedDict, total=False):
    exemptGroupId: str
    rate: str


class GetManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMappingId: Required[str]


class GetManualTaxMappingResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping


class ListManualTaxMappingsRequest(TypedDict, total=False):
    pass


class ListManualTaxMappingsResponse(TypedDict, total=False):
    manualTaxMappings: list[ManualTaxMapping]
    pagingMetadata: CursorPagingMetadata


class ManualTaxMapping(TypedDict, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    taxGroupId: str | None
    taxRegionId: str | None
    taxRate: str
    description: str | None
    taxType: str
    taxName: str
    jurisdiction: str
    jurisdictionType: JurisdictionType
    exemptRates: list[ExemptDetails]
    extendedFields: ExtendedFields


class QueryManualTaxMappingsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryManualTaxMappingsResponse(TypedDict, total=False):
    manualTaxMappings: list[ManualTaxMapping]
    pagingMetadata: CursorPagingMetadata


class UnassignOverride(TypedDict, total=False):
    manualTaxMappingId: str
    exemptGroupIds: list[str]


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping


class UpdateManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMapping: Required[ManualTaxMapping]


class UpdateManualTaxMappingResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping
