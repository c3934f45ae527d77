# File generated from @wix/auto_sdk_forms_form-spam-submission-reports 1.0.44
# by `make apigen` (tools/apigen). Do not edit.
"""The ``formSpamSubmissionReports`` module of ``@wix/forms`` (12 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import form_spam_submission_reports as _types

_BULK_DELETE_FORM_SPAM_SUBMISSION_REPORT = Route(
    "POST",
    "/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/delete",
    "wix.forms.v4.FormSpamSubmissionReportService.BulkDeleteFormSpamSubmissionReport",
)
_BULK_DELETE_FORM_SPAM_SUBMISSION_REPORT_BY_FILTER = Route(
    "POST",
    "/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/delete-by-filter",
    "wix.forms.v4.FormSpamSubmissionReportService.BulkDeleteFormSpamSubmissionReportByFilter",
)
_BULK_REPORT_NOT_SPAM_SUBMISSION = Route(
    "POST",
    "/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/report-not-spam-submission",
    "wix.forms.v4.FormSpamSubmissionReportService.BulkReportNotSpamSubmission",
)
_BULK_REPORT_SPAM_SUBMISSION = Route(
    "POST",
    "/form-spam-submission-report-service/v4/bulk/submissions/report-spam-submission",
    "wix.forms.v4.FormSpamSubmissionReportService.BulkReportSpamSubmission",
)
_CHECK_FOR_SPAM = Route(
    "POST",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports/check-for-spam",
    "wix.forms.v4.FormSpamSubmissionReportService.CheckForSpam",
)
_COUNT_FORM_SPAM_SUBMISSION_REPORTS = Route(
    "POST",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports/count",
    "wix.forms.v4.FormSpamSubmissionReportService.CountFormSpamSubmissionReports",
)
_CREATE_FORM_SPAM_SUBMISSION_REPORT = Route(
    "POST",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports",
    "wix.forms.v4.FormSpamSubmissionReportService.CreateFormSpamSubmissionReport",
)
_DELETE_FORM_SPAM_SUBMISSION_REPORT = Route(
    "DELETE",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}",
    "wix.forms.v4.FormSpamSubmissionReportService.DeleteFormSpamSubmissionReport",
    path_params=("formSpamSubmissionReportId",),
)
_GET_FORM_SPAM_SUBMISSION_REPORT = Route(
    "GET",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}",
    "wix.forms.v4.FormSpamSubmissionReportService.GetFormSpamSubmissionReport",
    path_params=("formSpamSubmissionReportId",),
)
_QUERY_FORM_SPAM_SUBMISSION_REPORTS_BY_NAMESPACE = Query(
    Route(
        "POST",
        "/form-spam-submission-report-service/v4/form-spam-submission-reports/namespace/query",
        "wix.forms.v4.FormSpamSubmissionReportService.QueryFormSpamSubmissionReportsByNamespace",
    ),
    items="formSpamSubmissionReports",
    paging="CURSOR",
    metadata="pagingMetadata",
)
_REPORT_NOT_SPAM_SUBMISSION = Route(
    "POST",
    "/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}/report-not-spam-submission",
    "wix.forms.v4.FormSpamSubmissionReportService.ReportNotSpamSubmission",
    path_params=("formSpamSubmissionReportId",),
)
_REPORT_SPAM_SUBMISSION = Route(
    "POST",
    "/form-spam-submission-report-service/v4/submissions/{submissionId}/report-spam-submission",
    "wix.forms.v4.FormSpamSubmissionReportService.ReportSpamSubmission",
    path_params=("submissionId",),
)


class FormSpamSubmissionReports(Module):
    """``formSpamSubmissionReports`` of ``@wix/forms``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def bulk_delete_form_spam_submission_report(
        self, form_id: str, options: _types.BulkDeleteFormSpamSubmissionReportOptions | None = None
    ) -> _types.BulkDeleteFormSpamSubmissionReportResponse:
        """Bulk delete form spam submission report: ``POST``.

        ``/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/delete``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteFormSpamSubmissionReportResponse",
            await call(
                self._requester,
                _BULK_DELETE_FORM_SPAM_SUBMISSION_REPORT,
                {"formId": form_id, **_fields.pick(options, "formSpamSubmissionReportIds")},
            ),
        )

    async def bulk_delete_form_spam_submission_report_by_filter(
        self, filter: Mapping[str, Any]
    ) -> _types.BulkDeleteFormSpamSubmissionReportByFilterResponse:
        """Bulk delete form spam submission report by filter: ``POST``.

        ``/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/delete-by-filter``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteFormSpamSubmissionReportByFilterResponse",
            await call(
                self._requester,
                _BULK_DELETE_FORM_SPAM_SUBMISSION_REPORT_BY_FILTER,
                {"filter": filter},
            ),
        )

    async def bulk_report_not_spam_submission(
        self, form_id: str, options: _types.BulkReportNotSpamSubmissionOptions | None = None
    ) -> _types.BulkReportNotSpamSubmissionResponse:
        """Bulk report not spam submission: ``POST``.

        ``/form-spam-submission-report-service/v4/bulk/form-spam-submission-reports/report-not-spam-submission``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_REPORT_NOT_SPAM``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkReportNotSpamSubmissionResponse",
            await call(
                self._requester,
                _BULK_REPORT_NOT_SPAM_SUBMISSION,
                {"formId": form_id, **_fields.pick(options, "formSpamSubmissionReportIds")},
            ),
        )

    async def bulk_report_spam_submission(
        self, form_id: str, options: _types.BulkReportSpamSubmissionOptions | None = None
    ) -> _types.BulkReportSpamSubmissionResponse:
        """Bulk report spam submission: ``POST``.

        ``/form-spam-submission-report-service/v4/bulk/submissions/report-spam-submission``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_CREATE``,
        ``WIX_FORMS.SUBMISSION_READ_ANY``, ``WIX_FORMS.SUBMISSION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkReportSpamSubmissionResponse",
            await call(
                self._requester,
                _BULK_REPORT_SPAM_SUBMISSION,
                {
                    "formId": form_id,
                    **_fields.pick(
                        options,
                        "submissionIds",
                        "reportReason",
                        "returnEntity",
                        "reportReasonDescription",
                    ),
                },
            ),
        )

    async def check_for_spam(
        self, submission: _types.FormSubmission
    ) -> _types.CheckForSpamResponse:
        """Check for spam: ``POST``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/check-for-spam``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_CHECK_FOR_SPAM``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CheckForSpamResponse",
            await call(self._requester, _CHECK_FOR_SPAM, {"submission": submission}),
        )

    async def count_form_spam_submission_reports(
        self, form_ids: Sequence[str], namespace: str
    ) -> _types.CountFormSpamSubmissionReportsResponse:
        """Count form spam submission reports: ``POST``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/count``

        Permissions: ``WIX_FORMS.SUBMISSION_READ_ANY``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountFormSpamSubmissionReportsResponse",
            await call(
                self._requester,
                _COUNT_FORM_SPAM_SUBMISSION_REPORTS,
                {"formIds": form_ids, "namespace": namespace},
            ),
        )

    async def create_form_spam_submission_report(
        self, form_spam_submission_report: _types.FormSpamSubmissionReport
    ) -> _types.CreateFormSpamSubmissionReportResponse:
        """Create form spam submission report: ``POST``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_CREATE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateFormSpamSubmissionReportResponse",
            await call(
                self._requester,
                _CREATE_FORM_SPAM_SUBMISSION_REPORT,
                {"formSpamSubmissionReport": form_spam_submission_report},
            ),
        )

    async def delete_form_spam_submission_report(
        self, form_spam_submission_report_id: str
    ) -> _types.DeleteFormSpamSubmissionReportResponse:
        """Delete form spam submission report: ``DELETE``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteFormSpamSubmissionReportResponse",
            await call(
                self._requester,
                _DELETE_FORM_SPAM_SUBMISSION_REPORT,
                {"formSpamSubmissionReportId": form_spam_submission_report_id},
            ),
        )

    async def get_form_spam_submission_report(
        self, form_spam_submission_report_id: str
    ) -> _types.GetFormSpamSubmissionReportResponse:
        """Get form spam submission report: ``GET``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_READ``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetFormSpamSubmissionReportResponse",
            await call(
                self._requester,
                _GET_FORM_SPAM_SUBMISSION_REPORT,
                {"formSpamSubmissionReportId": form_spam_submission_report_id},
            ),
        )

    def query_form_spam_submission_reports_by_namespace(
        self,
    ) -> QueryBuilder[_types.FormSpamSubmissionReport]:
        """Query form spam submission reports by namespace: ``POST``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/namespace/query``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_READ``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_FORM_SPAM_SUBMISSION_REPORTS_BY_NAMESPACE)

    async def report_not_spam_submission(
        self, form_spam_submission_report_id: str
    ) -> _types.ReportNotSpamSubmissionResponse:
        """Report not spam submission: ``POST``.

        ``/form-spam-submission-report-service/v4/form-spam-submission-reports/{formSpamSubmissionReportId}/report-not-spam-submission``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_REPORT_NOT_SPAM``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ReportNotSpamSubmissionResponse",
            await call(
                self._requester,
                _REPORT_NOT_SPAM_SUBMISSION,
                {"formSpamSubmissionReportId": form_spam_submission_report_id},
            ),
        )

    async def report_spam_submission(
        self,
        submission_id: str,
        report_reason: _types.ReportReason,
        options: _types.ReportSpamSubmissionOptions | None = None,
    ) -> _types.ReportSpamSubmissionResponse:
        """Report spam submission: ``POST``.

        ``/form-spam-submission-report-service/v4/submissions/{submissionId}/report-spam-submission``

        Permissions: ``WIX_FORMS.FORM_SPAM_SUBMISSION_REPORT_CREATE``,
        ``WIX_FORMS.SUBMISSION_READ_ANY``, ``WIX_FORMS.SUBMISSION_DELETE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ReportSpamSubmissionResponse",
            await call(
                self._requester,
                _REPORT_SPAM_SUBMISSION,
                {
                    "submissionId": submission_id,
                    "reportReason": report_reason,
                    **_fields.pick(options, "reportReasonDescription"),
                },
            ),
        )


def bind(client: Requester) -> FormSpamSubmissionReports:
    """The ``formSpamSubmissionReports`` module for ``client``'s visitor."""
    return FormSpamSubmissionReports(client)
