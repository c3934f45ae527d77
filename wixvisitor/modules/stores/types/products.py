# File generated from @wix/auto_sdk_stores_products 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``stores.products``.

From ``@wix/auto_sdk_stores_products``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.stores.types.products import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import AddressLocation as AddressLocation
from ._shared import ApplicationError as ApplicationError
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import Collection as Collection
from ._shared import CursorPaging as CursorPaging
from ._shared import Cursors as Cursors
from ._shared import Dimensions as Dimensions
from ._shared import DimensionsUnit as DimensionsUnit
from ._shared import GetCollectionBySlugRequest as GetCollectionBySlugRequest
from ._shared import GetCollectionBySlugResponse as GetCollectionBySlugResponse
from ._shared import Image as Image
from ._shared import ItemMetadata as ItemMetadata
from ._shared import Keyword as Keyword
from ._shared import MeasurementUnit as MeasurementUnit
from ._shared import Media as Media
from ._shared import MediaItem as MediaItem
from ._shared import MediaItemItemOneOf as MediaItemItemOneOf
from ._shared import MediaItemType as MediaItemType
from ._shared import MediaItemUrlAndSize as MediaItemUrlAndSize
from ._shared import MediaItemVideo as MediaItemVideo
from ._shared import Paging as Paging
from ._shared import PagingMetadata as PagingMetadata
from ._shared import PlatformPaging as PlatformPaging
from ._shared import PlatformPagingMetadata as PlatformPagingMetadata
from ._shared import PlatformQueryPagingMethodOneOf as PlatformQueryPagingMethodOneOf
from ._shared import SeoSchema as SeoSchema
from ._shared import Settings as Settings
from ._shared import SortOrder as SortOrder
from ._shared import Tag as Tag
from ._shared import VideoResolution as VideoResolution
from ._shared import VideoV2 as VideoV2

DiscountType: TypeAlias = Literal["UNDEFINED", "NONE", "AMOUNT", "PERCENT"]
InventoryStatus: TypeAlias = Literal["IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"]
OptionType: TypeAlias = Literal["unspecified_option_type", "drop_down", "color"]
ProductType: TypeAlias = Literal["unspecified_product_type", "physical", "digital"]


class AddProductMediaRequest(TypedDict, total=False):
    id: Required[str]
    media: list[MediaDataForWrite]


class AddProductMediaResponse(TypedDict, total=False):
    pass


class AddProductMediaToChoicesRequest(TypedDict, total=False):
    id: Required[str]
    media: list[MediaAssignmentToChoice]


class AddProductMediaToChoicesResponse(TypedDict, total=False):
    pass


class AddProductsToCollectionRequest(TypedDict, total=False):
    id: Required[str]
    productIds: list[str]


class AddProductsToCollectionResponse(TypedDict, total=False):
    pass


class AdditionalInfoSection(TypedDict, total=False):
    title: str
    description: str


class AdjustValueValueOneOf(TypedDict, total=False):
    price: PropertyAdjustmentData
    cost: PropertyAdjustmentData
    weight: PropertyAdjustmentData


class AdjustValue(AdjustValueValueOneOf, total=False):
    pass


class BulkAdjustProductPropertiesRequest(TypedDict, total=False):
    ids: Required[list[str]]
    adjust: AdjustValue


class BulkAdjustProductPropertiesResponse(TypedDict, total=False):
    results: list[BulkProductResult]
    bulkActionMetadata: BulkActionMetadata


class BulkProductResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateProductsRequest(TypedDict, total=False):
    ids: Required[list[str]]
    set: SetValue


class BulkUpdateProductsResponse(TypedDict, total=False):
    results: list[BulkProductResult]
    bulkActionMetadata: BulkActionMetadata


class Choice(TypedDict, total=False):
    value: str
    description: str
    media: Media
    inStock: bool
    visible: bool


class CostAndProfitData(TypedDict, total=False):
    itemCost: float | None
    formattedItemCost: str
    profit: float
    formattedProfit: str
    profitMargin: float


class CreateCollectionRequest(TypedDict, total=False):
    collection: Required[Collection]


class CreateCollectionResponse(TypedDict, total=False):
    collection: Collection


class CreateProductRequest(TypedDict, total=False):
    product: Product


class CreateProductResponse(TypedDict, total=False):
    product: Product


class CustomTextField(TypedDict, total=False):
    title: str
    maxLength: int
    mandatory: bool


class DeleteCollectionRequest(TypedDict, total=False):
    id: Required[str]


class DeleteCollectionResponse(TypedDict, total=False):
    pass


class DeleteProductOptionsRequest(TypedDict, total=False):
    id: Required[str]


class DeleteProductOptionsResponse(TypedDict, total=False):
    pass


class DeleteProductRequest(TypedDict, total=False):
    id: Required[str]


class DeleteProductResponse(TypedDict, total=False):
    pass


class Discount(TypedDict, total=False):
    type: DiscountType
    value: float


class FormattedPrice(TypedDict, total=False):
    price: str
    discountedPrice: str
    pricePerUnit: str | None


class GetProductOptions(TypedDict, total=False):
    """What ``getProduct`` reads from ``options``."""

    includeMerchantSpecificData: bool


class GetProductRequest(TypedDict, total=False):
    id: Required[str]
    includeMerchantSpecificData: bool


class GetProductResponse(TypedDict, total=False):
    product: Product


class GetStoreVariantRequest(TypedDict, total=False):
    id: Required[str]


class GetStoreVariantResponse(TypedDict, total=False):
    variant: StoreVariant


class MediaAssignmentToChoice(TypedDict, total=False):
    option: str
    choice: str
    mediaIds: list[str]


class MediaDataForWriteMediaSourceOneOf(TypedDict, total=False):
    mediaId: str
    url: str


class MediaDataForWrite(MediaDataForWriteMediaSourceOneOf, total=False):
    choice: OptionAndChoice


class NumericPropertyRange(TypedDict, total=False):
    minValue: float
    maxValue: float


class OptionAndChoice(TypedDict, total=False):
    option: str
    choice: str


class PageUrl(TypedDict, total=False):
    base: str
    path: str


class PercentageData(TypedDict, total=False):
    roundToInt: bool
    rate: int


class PlatformMediaMediaOneOf(TypedDict, total=False):
    image: Image
    video: VideoV2


class PlatformMedia(PlatformMediaMediaOneOf, total=False):
    pass


class PlatformQuery(PlatformQueryPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]


class PreorderInfo(TypedDict, total=False):
    enabled: bool
    message: str | None
    limit: int | None


class PriceData(TypedDict, total=False):
    currency: str
    price: float | None
    discountedPrice: float
    formatted: FormattedPrice
    pricePerUnit: float | None


class PricePerUnitData(TypedDict, total=False):
    totalQuantity: float
    totalMeasurementUnit: MeasurementUnit
    baseQuantity: float
    baseMeasurementUnit: MeasurementUnit


class Product(TypedDict, total=False):
    id: str
    name: str | None
    slug: str
    visible: bool | None
    productType: ProductType
    description: str | None
    sku: str | None
    weight: float | None
    weightRange: NumericPropertyRange
    productDimensions: Dimensions
    packageDimensions: Dimensions
    stock: Stock
    price: PriceData
    priceData: PriceData
    convertedPriceData: PriceData
    priceRange: NumericPropertyRange
    costAndProfitData: CostAndProfitData
    costRange: NumericPropertyRange
    pricePerUnitData: PricePerUnitData
    additionalInfoSections: list[AdditionalInfoSection]
    ribbons: list[Ribbon]
    media: Media
    customTextFields: list[CustomTextField]
    manageVariants: bool | None
    productOptions: list[ProductOption]
    productPageUrl: PageUrl
    numericId: str
    inventoryItemId: str
    discount: Discount
    collectionIds: list[str]
    variants: list[Variant]
    lastUpdated: str | None
    createdDate: str | None
    seoData: SeoSchema
    ribbon: str | None
    brand: str | None


class ProductOption(TypedDict, total=False):
    optionType: OptionType
    name: str
    choices: list[Choice]


class ProductOptionsAvailabilityRequest(TypedDict, total=False):
    id: Required[str]
    options: dict[str, str]


class ProductOptionsAvailabilityResponse(TypedDict, total=False):
    selectedVariant: VariantData
    media: Media
    productOptions: list[ProductOption]
    availableForPurchase: bool


class PropertyAdjustmentDataByOneOf(TypedDict, total=False):
    percentage: PercentageData
    amount: float


class PropertyAdjustmentData(PropertyAdjustmentDataByOneOf, total=False):
    pass


class QueryProductVariantsOptions(TypedDict, total=False):
    """What ``queryProductVariants`` reads from ``options``."""

    choices: dict[str, str]
    variantIds: list[str]
    paging: Paging
    includeMerchantSpecificData: bool


class QueryProductVariantsRequest(TypedDict, total=False):
    id: Required[str]
    choices: dict[str, str]
    variantIds: list[str]
    paging: Paging
    includeMerchantSpecificData: bool


class QueryProductVariantsResponse(TypedDict, total=False):
    variants: list[Variant]
    metadata: PagingMetadata
    totalResults: int


class QueryProductsPlatformizedRequest(TypedDict, total=False):
    query: PlatformQuery


class QueryProductsPlatformizedResponse(TypedDict, total=False):
    products: list[Product]
    metadata: PlatformPagingMetadata


class QueryStoreVariantsRequest(TypedDict, total=False):
    query: PlatformQuery


class QueryStoreVariantsResponse(TypedDict, total=False):
    variants: list[StoreVariant]
    metadata: PlatformPagingMetadata


class RemoveProductBrandRequest(TypedDict, total=False):
    id: Required[str]


class RemoveProductBrandResponse(TypedDict, total=False):
    pass


class RemoveProductMediaFromChoicesRequest(TypedDict, total=False):
    id: Required[str]
    media: list[MediaAssignmentToChoice]


class RemoveProductMediaFromChoicesResponse(TypedDict, total=False):
    pass


class RemoveProductMediaRequest(TypedDict, total=False):
    id: Required[str]
    mediaIds: list[str]


class RemoveProductMediaResponse(TypedDict, total=False):
    pass


class RemoveProductRibbonRequest(TypedDict, total=False):
    id: Required[str]


class RemoveProductRibbonResponse(TypedDict, total=False):
    pass


class RemoveProductsFromCollectionRequest(TypedDict, total=False):
    id: Required[str]
    productIds: Required[list[str]]


class RemoveProductsFromCollectionResponse(TypedDict, total=False):
    pass


class ResetAllVariantDataRequest(TypedDict, total=False):
    id: Required[str]


class ResetAllVariantDataResponse(TypedDict, total=False):
    pass


class Ribbon(TypedDict, total=False):
    text: str


class SetValueValueOneOf(TypedDict, total=False):
    price: float
    cost: float
    weight: float
    ribbon: str
    brand: str


class SetValue(SetValueValueOneOf, total=False):
    pass


class Sorting(TypedDict, total=False):
    fieldName: str
    order: SortOrder
    origin: AddressLocation


class Stock(TypedDict, total=False):
    trackInventory: bool
    quantity: int | None
    inStock: bool
    inventoryStatus: InventoryStatus


class StoreVariant(TypedDict, total=False):
    id: str
    variantId: str
    productId: str
    variantName: str
    productName: str
    managedVariant: bool
    sku: str
    stock: VariantStock
    choices: dict[str, str]
    collectionIds: list[str]
    media: PlatformMedia
    preorderInfo: PreorderInfo


class UpdateCollectionRequest(TypedDict, total=False):
    collection: Required[Collection]


class UpdateCollectionResponse(TypedDict, total=False):
    collection: Collection


class UpdateProductRequest(TypedDict, total=False):
    product: Required[Product]


class UpdateProductResponse(TypedDict, total=False):
    product: Product


class UpdateVariantsRequest(TypedDict, total=False):
    id: Required[str]
    variants: list[VariantOverride]


class UpdateVariantsResponse(TypedDict, total=False):
    variants: list[Variant]


class Variant(TypedDict, total=False):
    id: str
    choices: dict[str, str]
    variant: VariantDataWithNoStock
    stock: VariantStock


class VariantData(TypedDict, total=False):
    price: PriceData
    convertedPriceData: PriceData
    weight: float | None
    sku: str
    quantity: int | None
    inStock: bool
    visible: bool
    productDimensions: Dimensions
    packageDimensions: Dimensions


class VariantDataWithNoStock(TypedDict, total=False):
    priceData: PriceData
    convertedPriceData: PriceData
    costAndProfitData: CostAndProfitData
    weight: float
    sku: str
    visible: bool
    productDimensions: Dimensions
    packageDimensions: Dimensions


class VariantOverride(TypedDict, total=False):
    choices: dict[str, str]
    variantIds: list[str]
    price: float | None
    cost: float | None
    weight: float | None
    sku: str | None
    visible: bool | None
    productDimensions: Dimensions
    packageDimensions: Dimensions


class VariantStock(TypedDict, total=False):
    trackQuantity: bool
    quantity: int | None
    inStock: bool
