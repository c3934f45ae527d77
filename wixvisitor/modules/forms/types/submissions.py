# File generated from @wix/auto_sdk_forms_submissions 1.0.164
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``forms.submissions``.

From ``@wix/auto_sdk_forms_submissions``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.forms.types.submissions import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import ApplicationError as ApplicationError
from ._shared import AppointmentDetails as AppointmentDetails
from ._shared import BulkActionMetadata as BulkActionMetadata
from ._shared import CursorPaging as CursorPaging
from ._shared import CursorPagingMetadata as CursorPagingMetadata
from ._shared import CursorQuery as CursorQuery
from ._shared import CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOf
from ._shared import Cursors as Cursors
from ._shared import ExtendedFields as ExtendedFields
from ._shared import ItemMetadata as ItemMetadata
from ._shared import PublicTags as PublicTags
from ._shared import Sorting as Sorting
from ._shared import SortOrder as SortOrder
from ._shared import SubmissionStatus as SubmissionStatus
from ._shared import Submitter as Submitter
from ._shared import SubmitterSubmitterOneOf as SubmitterSubmitterOneOf
from ._shared import TagList as TagList
from ._shared import UpdateExtendedFieldsRequest as UpdateExtendedFieldsRequest
from ._shared import UpdateExtendedFieldsResponse as UpdateExtendedFieldsResponse

IdentityType: TypeAlias = Literal["UNKNOWN", "CONTACT", "MEMBER", "NOT_AUTHENTICATED_MEMBER"]
Mode: TypeAlias = Literal["OR", "AND"]
Status: TypeAlias = Literal["UNKNOWN_STATUS", "READY", "PENDING", "FAILED"]
SubmissionErrorType: TypeAlias = Literal[
    "UNKNOWN_ERROR",
    "TYPE_ERROR",
    "REQUIRED_VALUE_ERROR",
    "UNKNOWN_VALUE_ERROR",
    "MAX_LENGTH_ERROR",
    "MIN_LENGTH_ERROR",
    "PATTERN_ERROR",
    "FORMAT_ERROR",
    "MAX_VALUE_ERROR",
    "MIN_VALUE_ERROR",
    "MULTIPLE_OF_VALUE_ERROR",
    "MIN_ITEMS_ERROR",
    "MAX_ITEMS_ERROR",
    "NOT_ALLOWED_VALUE_ERROR",
    "DISABLED_FORM_ERROR",
]


class BulkDeleteSubmissionOptions(TypedDict, total=False):
    """What ``bulkDeleteSubmission`` reads from ``options``."""

    submissionIds: list[str]
    permanent: bool
    preserveFiles: bool


class BulkDeleteSubmissionRequest(TypedDict, total=False):
    formId: Required[str]
    submissionIds: list[str]
    permanent: bool
    preserveFiles: bool


class BulkDeleteSubmissionResponse(TypedDict, total=False):
    results: list[BulkDeleteSubmissionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteSubmissionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkMarkSubmissionsAsSeenRequest(TypedDict, total=False):
    ids: list[str]
    formId: Required[str]


class BulkMarkSubmissionsAsSeenResponse(TypedDict, total=False):
    jobId: str


class BulkRemoveSubmissionFromTrashBinOptions(TypedDict, total=False):
    """What ``bulkRemoveSubmissionFromTrashBin`` reads from ``options``."""

    submissionIds: list[str]


class BulkRemoveSubmissionFromTrashBinRequest(TypedDict, total=False):
    formId: Required[str]
    submissionIds: list[str]


class BulkRemoveSubmissionFromTrashBinResponse(TypedDict, total=False):
    results: list[BulkRemoveSubmissionFromTrashBinResult]
    bulkActionMetadata: BulkActionMetadata


class BulkRemoveSubmissionFromTrashBinResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkUpdateFormSubmissionTagsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    assignTags: PublicTags
    unassignTags: PublicTags


class BulkUpdateFormSubmissionTagsByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkUpdateFormSubmissionTagsRequest(TypedDict, total=False):
    submissionIds: Required[list[str]]
    assignTags: PublicTags
    unassignTags: PublicTags


class BulkUpdateFormSubmissionTagsResponse(TypedDict, total=False):
    results: list[BulkUpdateFormSubmissionTagsResult]
    bulkActionMetadata: BulkActionMetadata


class BulkUpdateFormSubmissionTagsResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class ConfirmSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]


class ConfirmSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class CountDeletedSubmissionsOptions(TypedDict, total=False):
    """What ``countDeletedSubmissions`` reads from ``options``."""

    statuses: list[SubmissionStatus]


class CountDeletedSubmissionsRequest(TypedDict, total=False):
    formIds: Required[list[str]]
    namespace: Required[str]
    statuses: list[SubmissionStatus]


class CountDeletedSubmissionsResponse(TypedDict, total=False):
    formsDeletedSubmissionsCount: list[FormDeletedSubmissionsCount]


class CountSubmissionsByFilterOptions(TypedDict, total=False):
    """What ``countSubmissionsByFilter`` reads from ``options``."""

    search: SearchDetails


class CountSubmissionsByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]
    search: SearchDetails


class CountSubmissionsByFilterResponse(TypedDict, total=False):
    formsSubmissionsCount: list[FormSubmissionsCount]


class CountSubmissionsOptions(TypedDict, total=False):
    """What ``countSubmissions`` reads from ``options``."""

    statuses: list[SubmissionStatus]


class CountSubmissionsRequest(TypedDict, total=False):
    formIds: Required[list[str]]
    namespace: Required[str]
    statuses: list[SubmissionStatus]


class CountSubmissionsResponse(TypedDict, total=False):
    formsSubmissionsCount: list[FormSubmissionsCount]


class CreateSubmissionOptions(TypedDict, total=False):
    """What ``createSubmission`` reads from ``options``."""

    captchaToken: str | None
    additionalMetadata: dict[str, Any] | None


class CreateSubmissionRequest(TypedDict, total=False):
    submission: Required[FormSubmission]
    captchaToken: str | None
    additionalMetadata: dict[str, Any] | None


class CreateSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class CursorSearchPagingMethodOneOf(TypedDict, total=False):
    cursorPaging: CursorPaging


class CursorSearch(CursorSearchPagingMethodOneOf, total=False):
    filter: dict[str, Any] | None
    sort: list[Sorting]
    search: SearchDetails


class DeleteSubmissionOptions(TypedDict, total=False):
    """What ``deleteSubmission`` reads from ``options``."""

    permanent: bool
    preserveFiles: bool


class DeleteSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]
    permanent: bool
    preserveFiles: bool


class DeleteSubmissionResponse(TypedDict, total=False):
    pass


class DocumentReady(TypedDict, total=False):
    downloadUrl: str


class DownloadSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]
    accessToken: Required[str]


class FieldViolationErrorDataOneOf(TypedDict, total=False):
    submissionValidationErrors: SubmissionValidationErrors


class FieldViolation(FieldViolationErrorDataOneOf, total=False):
    name: str
    description: str
    ruleName: str


class FormDeletedSubmissionsCount(TypedDict, total=False):
    formId: str
    totalCount: int


class FormSubmission(TypedDict, total=False):
    id: str | None
    formId: str
    namespace: str
    status: SubmissionStatus
    submissions: dict[str, Any]
    createdDate: str | None
    updatedDate: str | None
    revision: str | None
    submitter: Submitter
    seen: bool
    extendedFields: ExtendedFields
    orderDetails: OrderDetails
    contactId: str | None
    accessRestriction: str | None
    tags: PublicTags
    appointmentDetails: AppointmentDetails
    childMetaSiteId: str | None


class FormSubmissionsCount(TypedDict, total=False):
    formId: str
    totalCount: int
    unseenCount: int


class FormattedSubmission(TypedDict, total=False):
    label: str | None
    key: str
    value: str
    fieldId: str


class GetDeletedSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]


class GetDeletedSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class GetFormattedSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]


class GetFormattedSubmissionResponse(TypedDict, total=False):
    submissionId: str
    submissions: list[FormattedSubmission]


class GetMediaUploadURLRequest(TypedDict, total=False):
    formId: Required[str]
    filename: Required[str]
    mimeType: Required[str]


class GetMediaUploadURLResponse(TypedDict, total=False):
    uploadUrl: str


class GetSubmissionDownloadUrlRequest(TypedDict, total=False):
    submissionId: Required[str]


class GetSubmissionDownloadUrlResponse(TypedDict, total=False):
    document: SubmissionDocument


class GetSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]


class GetSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class HeadersEntry(TypedDict, total=False):
    key: str
    value: str


class ListDeletedSubmissionsOptions(TypedDict, total=False):
    """What ``listDeletedSubmissions`` reads from ``options``."""

    submissionIds: list[str]
    paging: CursorPaging
    statuses: list[SubmissionStatus]
    namespace: str


class ListDeletedSubmissionsRequest(TypedDict, total=False):
    formId: Required[str]
    submissionIds: list[str]
    paging: CursorPaging
    statuses: list[SubmissionStatus]
    namespace: str


class ListDeletedSubmissionsResponse(TypedDict, total=False):
    submissions: list[FormSubmission]
    pagingMetadata: CursorPagingMetadata


class OrderDetails(TypedDict, total=False):
    orderId: str | None
    number: str | None
    currency: str | None
    itemSubtotal: str
    checkoutId: str


class QuerySubmissionOptions(TypedDict, total=False):
    """What ``querySubmission`` reads from ``options``."""

    onlyYourOwn: bool


class QuerySubmissionRequest(TypedDict, total=False):
    query: Required[CursorQuery]
    onlyYourOwn: bool


class QuerySubmissionResponse(TypedDict, total=False):
    submissions: list[FormSubmission]
    metadata: CursorPagingMetadata


class QuerySubmissionsByNamespaceRequest(TypedDict, total=False):
    query: Required[CursorQuery]
    onlyYourOwn: bool


class QuerySubmissionsByNamespaceResponse(TypedDict, total=False):
    submissions: list[FormSubmission]
    metadata: CursorPagingMetadata


class RawHttpResponse(TypedDict, total=False):
    body: str
    statusCode: int | None
    headers: list[HeadersEntry]


class RemoveSubmissionFromTrashBinRequest(TypedDict, total=False):
    submissionId: Required[str]


class RemoveSubmissionFromTrashBinResponse(TypedDict, total=False):
    pass


class RestoreSubmissionFromTrashBinRequest(TypedDict, total=False):
    submissionId: Required[str]


class RestoreSubmissionFromTrashBinResponse(TypedDict, total=False):
    submission: FormSubmission


class SearchDetails(TypedDict, total=False):
    mode: Mode
    expression: str | None
    fuzzy: bool


class SearchSubmissionsByNamespaceRequest(TypedDict, total=False):
    search: Required[CursorSearch]


class SearchSubmissionsByNamespaceResponse(TypedDict, total=False):
    submissions: list[FormSubmission]
    metadata: CursorPagingMetadata


class SubmissionDocumentDocumentOneOf(TypedDict, total=False):
    readyDetails: DocumentReady


class SubmissionDocument(SubmissionDocumentDocumentOneOf, total=False):
    id: str | None
    status: Status


class SubmissionValidationErrorErrorMessageOneOf(TypedDict, total=False):
    errorType: SubmissionErrorType
    customErrorMessage: str


class SubmissionValidationError(SubmissionValidationErrorErrorMessageOneOf, total=False):
    errorPath: str
    params: dict[str, Any] | None


class SubmissionValidationErrors(TypedDict, total=False):
    errors: list[SubmissionValidationError]


class SubmitContactResponse(TypedDict, total=False):
    contactId: str
    identityType: IdentityType
    newContact: bool


class UpdateExtendedFieldsOptions(TypedDict, total=False):
    """What ``updateExtendedFields`` reads from ``options``."""

    namespaceData: Required[dict[str, Any] | None]


class UpdateSubmissionRequest(TypedDict, total=False):
    submission: Required[FormSubmission]


class UpdateSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class UpsertContactFromSubmissionOptions(TypedDict, total=False):
    """What ``upsertContactFromSubmission`` reads from ``options``."""

    contactId: str | None
    emailVerified: bool


class UpsertContactFromSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]
    contactId: str | None
    emailVerified: bool


class UpsertContactFromSubmissionResponse(TypedDict, total=False):
    submitContactResponse: SubmitContactResponse


class ValidateFormSubmissionOptions(TypedDict, total=False):
    """What ``validateFormSubmission`` reads from ``options``."""

    additionalMetadata: dict[str, Any] | None
    fieldsToValidate: list[str]


class ValidateFormSubmissionRequest(TypedDict, total=False):
    submission: Required[FormSubmission]
    additionalMetadata: dict[str, Any] | None
    fieldsToValidate: list[str]


class ValidateFormSubmissionResponse(TypedDict, total=False):
    valid: bool | None
    violationErrors: list[FieldViolation]
