# File generated from @wix/auto_sdk_ecom_manual-tax-mappings 1.0.46
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.manual_tax_mappings``.

From ``@wix/auto_sdk_ecom_manual-tax-mappings``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.manual_tax_mappings import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

JurisdictionType: TypeAlias = Literal["UNDEFINED", "COUNTRY", "STATE", "COUNTY", "CITY", "SPECIAL"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class AssignOverride(TypedDict, total=False):
    manualTaxMappingId: str
    exemptGroupOverrides: list[ExemptGroupIdOverride]


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


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


class CursorPaging(TypedDict, total=False):
    limit: int | None
    cursor: str | None


class CursorPagingMetadata(TypedDict, total=False):
    count: int | None
    cursors: Cursors
    hasNext: bool | None


class CursorQueryPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class Cursors(TypedDict, total=False):
    next: str | None
    prev: str | None


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


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMappingId: Required[str]


class GetManualTaxMappingResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


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


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UnassignOverride(TypedDict, total=False):
    manualTaxMappingId: str
    exemptGroupIds: list[str]


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsRequest(TypedDict, total=False):
    id: Required[str]
    namespace: Required[str]
    namespaceData: Required[dict[str, Any] | None]


class UpdateExtendedFieldsResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping


class UpdateManualTaxMappingRequest(TypedDict, total=False):
    manualTaxMapping: Required[ManualTaxMapping]


class UpdateManualTaxMappingResponse(TypedDict, total=False):
    manualTaxMapping: ManualTaxMapping
