# File generated from @wix/auto_sdk_ecom_tax-regions 1.0.64
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_regions``.

From ``@wix/auto_sdk_ecom_tax-regions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_regions import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import SortOrder as SortOrder


class BulkCreateTaxRegionOptions(TypedDict, total=False):
    """What ``bulkCreateTaxRegion`` reads from ``options``."""

    returnEntity: bool


class BulkCreateTaxRegionRequest(TypedDict, total=False):
    taxRegions: Required[list[TaxRegion]]
    returnEntity: bool


class BulkCreateTaxRegionResponse(TypedDict, total=False):
    results: list[BulkCreateTaxRegionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateTaxRegionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: TaxRegion


class CreateTaxRegionRequest(TypedDict, total=False):
    taxRegion: Required[TaxRegion]


class CreateTaxRegionResponse(TypedDict, total=False):
    taxRegion: TaxRegion


class CursorQuery(CursorQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class DeleteTaxRegionRequest(TypedDict, total=False):
    taxRegionId: Required[str]


class DeleteTaxRegionResponse(TypedDict, total=False):
    pass


class GetTaxRegionRequest(TypedDict, total=False):
    taxRegionId: Required[str]


class GetTaxRegionResponse(TypedDict, total=False):
    taxRegion: TaxRegion


class QueryTaxRegionsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryTaxRegionsResponse(TypedDict, total=False):
    taxRegions: list[TaxRegion]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class TaxRegion(TypedDict, total=False):
    id: str | None
    country: str
    subdivision: str
    appId: str
    taxIncludedInPrice: bool
    revision: str | None
    createdDate: str | None
    updatedDate: str | None


class UpdateTaxRegionRequest(TypedDict, total=False):
    taxRegion: Required[TaxRegion]


class UpdateTaxRegionResponse(TypedDict, total=False):
    taxRegion: TaxRegion
