# File generated from @wix/auto_sdk_bookings_add-ons 1.0.38
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``bookings.add_ons``.

From ``@wix/auto_sdk_bookings_add-ons``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.bookings.types.add_ons import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

SortOrder: TypeAlias = Literal["ASC", "DESC"]


class AddOnAddOnInfoOneOf(TypedDict, total=False):
    durationInMinutes: int
    maxQuantity: int


class AddOn(AddOnAddOnInfoOneOf, total=False):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    name: str | None
    price: Money
    taxGroup: str | None
    mainMedia: MediaItem
    extendedFields: ExtendedFields
    tags: Tags


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: AddOn


class BulkCreateAddOnsOptions(TypedDict, total=False):
    """What ``bulkCreateAddOns`` reads from ``options``."""

    returnEntity: bool


class BulkCreateAddOnsRequest(TypedDict, total=False):
    addOns: Required[list[AddOn]]
    returnEntity: bool


class BulkCreateAddOnsResponse(TypedDict, total=False):
    results: list[BulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteAddOnsRequest(TypedDict, total=False):
    addOnIds: Required[list[str]]


class BulkDeleteAddOnsResponse(TypedDict, total=False):
    results: list[BulkDeleteAddOnsResponseBulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteAddOnsResponseBulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateAddOnsOptions(TypedDict, total=False):
    """What ``bulkUpdateAddOns`` reads from ``options``."""

    returnEntity: bool


class BulkUpdateAddOnsRequest(TypedDict, total=False):
    addOns: Required[list[MaskedAddOn]]
    returnEntity: bool


class BulkUpdateAddOnsResponse(TypedDict, total=False):
    results: list[BulkUpdateAddOnsResponseBulkAddOnResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateAddOnsResponseBulkAddOnResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: AddOn


class CreateAddOnRequest(TypedDict, total=False):
    addOn: Required[AddOn]


class CreateAddOnResponse(TypedDict, total=False):
    addOn: AddOn


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


class DeleteAddOnRequest(TypedDict, total=False):
    addOnId: Required[str]


class DeleteAddOnResponse(TypedDict, total=False):
    pass


class ExtendedFields(TypedDict, total=False):
    namespaces: dict[str, dict[str, Any]]


class GetAddOnRequest(TypedDict, total=False):
    addOnId: Required[str]


class GetAddOnResponse(TypedDict, total=False):
    addOn: AddOn


class Image(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class MaskedAddOn(TypedDict, total=False):
    addOn: AddOn


class MediaItemMediaOneOf(TypedDict, total=False):
    image: Image


class MediaItem(MediaItemMediaOneOf, total=False):
    pass


class Money(TypedDict, total=False):
    value: str
    currency: str
    formattedValue: str | None


class QueryAddOnsRequest(TypedDict, total=False):
    query: CursorQuery


class QueryAddOnsResponse(TypedDict, total=False):
    addOns: list[AddOn]
    pagingMetadata: CursorPagingMetadata


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class TagList(TypedDict, total=False):
    tagIds: list[str]


class Tags(TypedDict, total=False):
    privateTags: TagList
    tags: TagList


class UpdateAddOnRequest(TypedDict, total=False):
    addOn: Required[AddOn]


class UpdateAddOnResponse(TypedDict, total=False):
    addOn: AddOn
