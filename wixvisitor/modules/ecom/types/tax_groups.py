# File generated from @wix/auto_sdk_ecom_tax-groups 1.0.67
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``ecom.tax_groups``.

From ``@wix/auto_sdk_ecom_tax-groups``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.ecom.types.tax_groups import <Type>
"""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import Cursors as Cursors
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Paging as Paging
from ._shared import QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOf
from ._shared import SortOrder as SortOrder


class CreateTaxGroupRequest(TypedDict, total=False):
    taxGroup: Required[TaxGroup]


class CreateTaxGroupResponse(TypedDict, total=False):
    taxGroup: TaxGroup


class DeleteTaxGroupRequest(TypedDict, total=False):
    taxGroupId: Required[str]


class DeleteTaxGroupResponse(TypedDict, total=False):
    pass


class GetTaxGroupRequest(TypedDict, total=False):
    taxGroupId: Required[str]


class GetTaxGroupResponse(TypedDict, total=False):
    taxGroup: TaxGroup


class ListDefaultTaxGroupsByAppIdsRequest(TypedDict, total=False):
    appIds: Required[list[str]]


class ListDefaultTaxGroupsByAppIdsResponse(TypedDict, total=False):
    results: list[ListDefaultTaxGroupsByAppIdsResult]
    bulkActionMetadata: BulkActionMetadata


class ListDefaultTaxGroupsByAppIdsResult(TypedDict, total=False):
    taxGroupMetadata: ItemMetadata
    taxGroup: TaxGroup


class ListDefaultTaxGroupsRequest(TypedDict, total=False):
    pass


class ListDefaultTaxGroupsResponse(TypedDict, total=False):
    taxGroups: list[TaxGroup]


class QueryTaxGroupsRequest(TypedDict, total=False):
    query: Required[QueryV2]


class QueryTaxGroupsResponse(TypedDict, total=False):
    taxGroups: list[TaxGroup]
    pagingMetadata: CursorPagingMetadata


class QueryV2(QueryV2PagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    fields: list[str]
    fieldsets: list[str]


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class TaxGroup(TypedDict, total=False):
    id: str | None
    name: str
    revision: str | None
    createdDate: str | None
    updatedDate: str | None


class UpdateTaxGroupRequest(TypedDict, total=False):
    taxGroup: Required[TaxGroup]


class UpdateTaxGroupResponse(TypedDict, total=False):
    taxGroup: TaxGroup
