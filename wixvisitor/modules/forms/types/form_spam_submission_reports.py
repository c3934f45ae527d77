# File generated from @wix/auto_sdk_forms_form-spam-submission-reports 1.0.44
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``forms.form_spam_submission_reports``.

From ``@wix/auto_sdk_forms_form-spam-submission-reports``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.forms.types.form_spam_submission_reports import <Type>
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

ReportReason: TypeAlias = Literal[
    "EMAIL_QUOTA_REACHED",
    "IP_BLOCKLISTED",
    "EMAIL_BLOCKLISTED",
    "AI_REPORTED",
    "MANUALLY_REPORTED",
    "MODERATION_SPI",
    "AI_REPORTED_LLM",
]


class BulkDeleteFormSpamSubmissionReportByFilterRequest(TypedDict, total=False):
    filter: Required[dict[str, Any] | None]


class BulkDeleteFormSpamSubmissionReportByFilterResponse(TypedDict, total=False):
    jobId: str


class BulkDeleteFormSpamSubmissionReportOptions(TypedDict, total=False):
    """What ``bulkDeleteFormSpamSubmissionReport`` reads from ``options``."""

    formSpamSubmissionReportIds: list[str]


class BulkDeleteFormSpamSubmissionReportRequest(TypedDict, total=False):
    formId: Required[str]
    formSpamSubmissionReportIds: list[str]


class BulkDeleteFormSpamSubmissionReportResponse(TypedDict, total=False):
    results: list[BulkDeleteFormSpamSubmissionReportResult]
    bulkActionMetadata: BulkActionMetadata


class BulkDeleteFormSpamSubmissionReportResult(TypedDict, total=False):
    itemMetadata: ItemMetadata


class BulkReportNotSpamSubmissionOptions(TypedDict, total=False):
    """What ``bulkReportNotSpamSubmission`` reads from ``options``."""

    formSpamSubmissionReportIds: list[str]


class BulkReportNotSpamSubmissionRequest(TypedDict, total=False):
    formId: Required[str]
    formSpamSubmissionReportIds: list[str]


class BulkReportNotSpamSubmissionResponse(TypedDict, total=False):
    results: list[BulkReportNotSpamSubmissionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkReportNotSpamSubmissionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    formSpamSubmissionReportId: str


class BulkReportSpamSubmissionOptions(TypedDict, total=False):
    """What ``bulkReportSpamSubmission`` reads from ``options``."""

    submissionIds: list[str]
    reportReason: ReportReason
    returnEntity: bool
    reportReasonDescription: str | None


class BulkReportSpamSubmissionRequest(TypedDict, total=False):
    formId: Required[str]
    submissionIds: Required[list[str]]
    reportReason: Required[ReportReason]
    returnEntity: bool
    reportReasonDescription: str | None


class BulkReportSpamSubmissionResponse(TypedDict, total=False):
    results: list[BulkReportSpamSubmissionResult]
    bulkActionMetadata: BulkActionMetadata


class BulkReportSpamSubmissionResult(TypedDict, total=False):
    itemMetadata: ItemMetadata
    item: FormSpamSubmissionReport


class CheckForSpamRequest(TypedDict, total=False):
    submission: Required[FormSubmission]


class CheckForSpamResponse(TypedDict, total=False):
    spam: bool
    spamReport: SpamReport


class CountFormSpamSubmissionReportsRequest(TypedDict, total=False):
    formIds: Required[list[str]]
    namespace: Required[str]


class CountFormSpamSubmissionReportsResponse(TypedDict, total=False):
    formsSpamSubmissionReportsCount: list[FormSpamSubmissionReportsCount]


class CreateFormSpamSubmissionReportRequest(TypedDict, total=False):
    formSpamSubmissionReport: Required[FormSpamSubmissionReport]


class CreateFormSpamSubmissionReportResponse(TypedDict, total=False):
    formSpamSubmissionReport: FormSpamSubmissionReport


class DeleteFormSpamSubmissionReportRequest(TypedDict, total=False):
    formSpamSubmissionReportId: Required[str]


class DeleteFormSpamSubmissionReportResponse(TypedDict, total=False):
    pass


class FormSpamSubmissionReport(TypedDict, total=False):
    id: str | None
    formId: str
    namespace: str
    submitter: Submitter
    submissions: dict[str, Any]
    reportReason: ReportReason
    createdDate: str | None
    reportedDate: str | None
    updatedDate: str | None
    revision: str | None
    extendedFields: ExtendedFields
    submissionStatusAtReport: SubmissionStatus
    orderDetails: OrderDetails
    contactId: str | None
    accessRestriction: str | None
    reportReasonDescription: str | None
    childMetaSiteId: str | None


class FormSpamSubmissionReportsCount(TypedDict, total=False):
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
    orderDetails: FormSubmissionOrderDetails
    contactId: str | None
    accessRestriction: str | None
    tags: PublicTags
    appointmentDetails: AppointmentDetails
    childMetaSiteId: str | None


class FormSubmissionOrderDetails(TypedDict, total=False):
    orderId: str | None
    number: str | None
    currency: str | None
    itemSubtotal: str
    checkoutId: str


class GetFormSpamSubmissionReportRequest(TypedDict, total=False):
    formSpamSubmissionReportId: Required[str]


class GetFormSpamSubmissionReportResponse(TypedDict, total=False):
    formSpamSubmissionReport: FormSpamSubmissionReport


class OrderDetails(TypedDict, total=False):
    checkoutId: str


class QueryFormSpamSubmissionReportsByNamespaceRequest(TypedDict, total=False):
    query: Required[CursorQuery]


class QueryFormSpamSubmissionReportsByNamespaceResponse(TypedDict, total=False):
    formSpamSubmissionReports: list[FormSpamSubmissionReport]
    pagingMetadata: CursorPagingMetadata


class ReportNotSpamSubmissionRequest(TypedDict, total=False):
    formSpamSubmissionReportId: Required[str]


class ReportNotSpamSubmissionResponse(TypedDict, total=False):
    submission: FormSubmission


class ReportSpamSubmissionOptions(TypedDict, total=False):
    """What ``reportSpamSubmission`` reads from ``options``."""

    reportReasonDescription: str | None


class ReportSpamSubmissionRequest(TypedDict, total=False):
    submissionId: Required[str]
    reportReason: Required[ReportReason]
    reportReasonDescription: str | None


class ReportSpamSubmissionResponse(TypedDict, total=False):
    formSpamSubmissionReport: FormSpamSubmissionReport


class SpamReport(TypedDict, total=False):
    reportReason: ReportReason
    reportReasonDescription: str | None
