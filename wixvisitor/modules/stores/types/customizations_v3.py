# File generated from @wix/auto_sdk_stores_customizations-v-3 1.0.99
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.customizations_v3``.

From ``@wix/auto_sdk_stores_customizations-v-3``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.customizations_v3 import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

ChoiceType: TypeAlias = Literal["CHOICE_TEXT", "ONE_COLOR"]
CustomizationRenderType: TypeAlias = Literal["FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"]
CustomizationType: TypeAlias = Literal["PRODUCT_OPTION", "MODIFIER"]
RequestedFields: TypeAlias = Literal["ASSIGNED_PRODUCTS_COUNT", "CHOICE_DISPLAY_IMAGE"]
SortOrder: TypeAlias = Literal["ASC", "DESC"]


class AddCustomizationChoicesOptions(TypedDict, total=False):
    """What ``addCustomizationChoices`` reads from ``options``."""

    fields: list[RequestedFields]


class AddCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choices: Required[list[Choice]]
    fields: list[RequestedFields]


class AddCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class ApplicationError(TypedDict, total=False):
    code: str
    description: str
    data: dict[str, Any] | None


class BulkActionMetadata(TypedDict, total=False):
    totalSuccesses: int
    totalFailures: int
    undetailedFailures: int


class BulkAddCustomizationChoicesOptions(TypedDict, total=False):
    """What ``bulkAddCustomizationChoices`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkAddCustomizationChoicesRequest(TypedDict, total=False):
    customizationsChoices: Required[list[CustomizationChoices]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkAddCustomizationChoicesResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCreateCustomizationsOptions(TypedDict, total=False):
    """What ``bulkCreateCustomizations`` reads from ``options``."""

    returnEntity: bool


class BulkCreateCustomizationsRequest(TypedDict, total=False):
    customizations: Required[list[Customization]]
    returnEntity: bool


class BulkCreateCustomizationsResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class BulkCustomizationResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    customization: Customization


class BulkUpdateCustomizationsOptions(TypedDict, total=False):
    """What ``bulkUpdateCustomizations`` reads from ``options``."""

    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateCustomizationsRequest(TypedDict, total=False):
    customizations: Required[list[MaskedCustomization]]
    returnEntity: bool
    fields: list[RequestedFields]


class BulkUpdateCustomizationsResponse(TypedDict, total=False):
    results: list[BulkCustomizationResult]
    bulkActionMetadata: BulkActionMetadata


class ChoiceValueOneOf(TypedDict, total=False):
    colorCode: str


class Choice(ChoiceValueOneOf, total=False):
    id: str
    choiceType: ChoiceType
    key: str | None
    name: str
    defaultAddedPrice: str | None
    displayImage: CommonImage
    primaryChoiceIds: list[str]


class ChoicesSettings(TypedDict, total=False):
    choices: list[Choice]


class CommonImage(TypedDict, total=False):
    id: str
    url: str
    height: int
    width: int
    altText: str | None
    filename: str | None


class CountCustomizationsOptions(TypedDict, total=False):
    """What ``countCustomizations`` reads from ``options``."""

    filter: dict[str, Any] | None


class CountCustomizationsRequest(TypedDict, total=False):
    filter: dict[str, Any] | None


class CountCustomizationsResponse(TypedDict, total=False):
    count: int


class CreateCustomizationRequest(TypedDict, total=False):
    customization: Required[Customization]


class CreateCustomizationResponse(TypedDict, total=False):
    customization: Customization


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


class CustomizationTypeSpecificSettingsOneOf(TypedDict, total=False):
    pass


class CustomizationCustomizationSettingsOneOf(TypedDict, total=False):
    freeTextInput: FreeTextSettings
    choicesSettings: ChoicesSettings


class Customization(
    CustomizationTypeSpecificSettingsOneOf, CustomizationCustomizationSettingsOneOf, total=False
):
    id: str | None
    revision: str | None
    createdDate: str | None
    updatedDate: str | None
    key: str | None
    name: str
    customizationType: CustomizationType
    customizationRenderType: CustomizationRenderType
    assignedProductsCount: int | None


class CustomizationChoices(TypedDict, total=False):
    customizationId: str
    choices: list[Choice]


class DeleteCustomizationRequest(TypedDict, total=False):
    customizationId: Required[str]


class DeleteCustomizationResponse(TypedDict, total=False):
    pass


class FreeTextSettings(TypedDict, total=False):
    minCharCount: int
    maxCharCount: int
    defaultAddedPrice: str | None
    title: str
    key: str | None


class GetCustomizationOptions(TypedDict, total=False):
    """What ``getCustomization`` reads from ``options``."""

    fields: list[RequestedFields]


class GetCustomizationRequest(TypedDict, total=False):
    customizationId: Required[str]
    fields: list[RequestedFields]


class GetCustomizationResponse(TypedDict, total=False):
    customization: Customization


class ItemMetadata(TypedDict, total=False):
    id: str | None
    originalIndex: int
    success: bool
    error: ApplicationError


class MaskedChoice(TypedDict, total=False):
    choice: Choice


class MaskedCustomization(TypedDict, total=False):
    customization: Customization


class QueryCustomizationsRequest(TypedDict, total=False):
    query: CursorQuery
    fields: list[RequestedFields]


class QueryCustomizationsResponse(TypedDict, total=False):
    customizations: list[Customization]
    pagingMetadata: CursorPagingMetadata


class RemoveCustomizationChoicesOptions(TypedDict, total=False):
    """What ``removeCustomizationChoices`` reads from ``options``."""

    revision: str
    fields: list[RequestedFields]


class RemoveCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choiceIds: Required[list[str]]
    revision: str
    fields: list[RequestedFields]


class RemoveCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class ReorderCustomizationChoicesOptions(TypedDict, total=False):
    """What ``reorderCustomizationChoices`` reads from ``options``."""

    choiceIds: list[str]
    fields: list[RequestedFields]


class ReorderCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    revision: Required[str]
    choiceIds: Required[list[str]]
    fields: list[RequestedFields]


class ReorderCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class SetCustomizationChoicesOptions(TypedDict, total=False):
    """What ``setCustomizationChoices`` reads from ``options``."""

    fields: list[RequestedFields]


class SetCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    choices: Required[list[Choice]]
    fields: list[RequestedFields]


class SetCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder


class UpdateCustomizationChoicesOptions(TypedDict, total=False):
    """What ``updateCustomizationChoices`` reads from ``options``."""

    choices: list[MaskedChoice]
    fields: list[RequestedFields]


class UpdateCustomizationChoicesRequest(TypedDict, total=False):
    customizationId: Required[str]
    revision: Required[str]
    choices: Required[list[MaskedChoice]]
    fields: list[RequestedFields]


class UpdateCustomizationChoicesResponse(TypedDict, total=False):
    customization: Customization


class UpdateCustomizationOptions(TypedDict, total=False):
    """What ``updateCustomization`` reads from ``options``."""

    fields: list[RequestedFields]


class UpdateCustomizationRequest(TypedDict, total=False):
    customization: Required[Customization]
    fields: list[RequestedFields]


class UpdateCustomizationResponse(TypedDict, total=False):
    customization: Customization
