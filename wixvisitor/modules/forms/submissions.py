# File generated from @wix/auto_sdk_forms_submissions 1.0.164
# by `make apigen` (tools/apigen). Do not edit.
"""The ``submissions`` module of ``@wix/forms`` (25 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import submissions as _types

_BULK_DELETE_SUBMISSION = Route(
    "POST",
    "/form-submission-service/v4/bulk/submissions/delete",
    "wix.forms.v4.FormSubmissionService.BulkDeleteSubmission",
)
_BULK_MARK_SUBMISSIONS_AS_SEEN = Route(
    "POST",
    "/form-submission-service/v4/bulk/submissions/mark-as-seen",
    "wix.forms.v4.FormSubmissionService.BulkMarkSubmissionsAsSeen",
)
_BULK_REMOVE_SUBMISSION_FROM_TRASH_BIN = Route(
    "POST",
    "/form-submission-service/v4/submissions/trash-bin/delete",
    "wix.forms.v4.FormSubmissionService.BulkRemoveSubmissionFromTrashBin",
)
_CONFIRM_SUBMISSION = Route(
    "POST",
    "/form-submission-service/v4/submissions/{submissionId}/confirm",
    "wix.forms.v4.FormSubmissionService.ConfirmSubmission",
    path_params=("submissionId",),
)
_COUNT_DELETED_SUBMISSIONS = Route(
    "POST",
    "/form-submission-service/v4/submissions/trash-bin/count",
    "wix.forms.v4.FormSubmissionService.CountDeletedSubmissions",
)
_COUNT_SUBMISSIONS = Route(
    "POST",
    "/form-submission-service/v4/submissions/count",
    "wix.forms.v4.FormSubmissionService.CountSubmissions",
)
_COUNT_SUBMISSIONS_BY_FILTER = Route(
    "POST",
    "/form-submission-service/v4/submissions/count-by-filter",
    "wix.forms.v4.FormSubmissionService.CountSubmissionsByFilter",
)
_CREATE_SUBMISSION = Route(
    "POST",
    "/form-submission-service/v4/submissions",
    "wix.forms.v4.FormSubmissionService.CreateSubmission",
)
_DELETE_SUBMISSION = Route(
    "DELETE",
    "/form-submission-service/v4/submissions/{submissionId}",
    "wix.forms.v4.FormSubmissionService.DeleteSubmission",
    path_params=("submissionId",),
)
_DOWNLOAD_SUBMISSION = Route(
    "GET",
    "/form-submission-service/v4/submissions/{submissionId}/download",
    "wix.forms.v4.FormSubmissionService.DownloadSubmission",
    path_params=("submissionId",),
)
_GET_DELETED_SUBMISSION = Route(
    "GET",
    "/form-submission-service/v4/submissions/trash-bin/{submissionId}",
    "wix.forms.v4.FormSubmissionService.GetDeletedSubmission",
    path_params=("submissionId",),
)
_GET_FORMATTED_SUBMISSION = Route(
    "GET",
    "/form-submission-service/v4/submissions/{submissionId}/formatted",
    "wix.forms.v4.FormSubmissionService.GetFormattedSubmission",
    path_params=("submissionId",),
)
_GET_MEDIA_UPLOAD_URL = Route(
    "POST",
    "/form-submission-service/v4/submissions/media-upload-url",
    "wix.forms.v4.FormSubmissionService.GetMediaUploadURL",
)
_GET_SUBMISSION = Route(
    "GET",
    "/form-submission-service/v4/submissions/{submissionId}",
    "wix.forms.v4.FormSubmissionService.GetSubmission",
    path_params=("submissionId",),
)
_GET_SUBMISSION_DOWNLOAD_URL = Route(
    "GET",
    "/form-submission-service/v4/submissions/{submissionId}/document",
    "wix.forms.v4.FormSubmissionService.GetSubmissionDownloadUrl",
    path_params=("submissionId",),
)
_LIST_DELETED_SUBMISSIONS = Route(
    "GET",
    "/form-submission-service/v4/submissions/trash-bin",
    "wix.forms.v4.FormSubmissionService.ListDeletedSubmissions",
)
_QUERY_SUBMISSION = Route(
    "POST",
    "/form-submission-service/v4/submissions/query",
    "wix.forms.v4.FormSubmissionService.QuerySubmission",
)
_QUERY_SUBMISSIONS_BY_NAMESPACE = Query(
    Route(
        "POST",
        "/form-submission-service/v4/submissions/namespace/query",
        "wix.forms.v4.FormSubmissionService.QuerySubmissionsByNamespace",
    ),
    items="submissions",
    paging="CURSOR",
    metadata="metadata",
)
_REMOVE_SUBMISSION_FROM_TRASH_BIN = Route(
    "DELETE",
    "/form-submission-service/v4/submissions/trash-bin/{submissionId}",
    "wix.forms.v4.FormSubmissionService.RemoveSubmissionFromTrashBin",
    path_params=("submissionId",),
)
_RESTORE_SUBMISSION_FROM_TRASH_BIN = Route(
    "POST",
    "/form-submission-service/v4/submissions/trash-bin/{submissionId}/restore",
    "wix.forms.v4.FormSubmissionService.RestoreSubmissionFromTrashBin",
    path_params=("submissionId",),
)
_SEARCH_SUBMISSIONS_BY_NAMESPACE = Route(
    "POST",
    "/form-submission-service/v4/submissions/namespace/search",
    "wix.forms.v4.FormSubmissionService.SearchSubmissionsByNamespace",
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/form-submission-service/v4/submissions/{id}/extended-fields",
    "wix.forms.v4.FormSubmissionService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_SUBMISSION = Route(
    "PATCH",
    "/form-submission-service/v4/submissions/{submission.id}",
    "wix.forms.v4.FormSubmissionService.UpdateSubmission",
    path_params=("submission.id",),
)
_UPSERT_CONTACT_FROM_SUBMISSION = Route(
    "POST",
    "/form-submission-contact-mapping-service/v4/submissions-contacts",
    "wix.forms.v4.FormSubmissionContactUpsertService.UpsertContactFromSubmission",
)
_VALIDATE_FORM_SUBMISSION = Route(
    "POST",
    "/form-submission-service/v4/submissions/validate",
    "wix.forms.v4.FormSubmissionService.ValidateFormSubmission",
)


class Submissions(Module):
    """``submissions`` of ``@wix/forms``: ``submissions = forms.submissions.bind(wix)``."""

    __slots__ = ()

    async def bulk_delete_submission(
        self, form_id: str, options: _types.BulkDeleteSubmissionOptions | None = None
    ) -> _types.BulkDeleteSubmissionResponse:
        """Bulk delete submission: ``POST /form-submission-service/v4/bulk/submissions/delete``."""
        return cast(
            "_types.BulkDeleteSubmissionResponse",
            await call(
                self._requester,
                _BULK_DELETE_SUBMISSION,
                {
                    "formId": form_id,
                    **_fields.pick(options, "submissionIds", "permanent", "preserveFiles"),
                },
            ),
        )

    async def bulk_mark_submissions_as_seen(
        self, ids: Sequence[str], form_id: str
    ) -> _types.BulkMarkSubmissionsAsSeenResponse:
        """Bulk mark submissions as seen: ``POST``.

        ``/form-submission-service/v4/bulk/submissions/mark-as-seen``
        """
        return cast(
            "_types.BulkMarkSubmissionsAsSeenResponse",
            await call(
                self._requester, _BULK_MARK_SUBMISSIONS_AS_SEEN, {"ids": ids, "formId": form_id}
            ),
        )

    async def bulk_remove_submission_from_trash_bin(
        self, form_id: str, options: _types.BulkRemoveSubmissionFromTrashBinOptions | None = None
    ) -> _types.BulkRemoveSubmissionFromTrashBinResponse:
        """Bulk remove submission from trash bin: ``POST``.

        ``/form-submission-service/v4/submissions/trash-bin/delete``
        """
        return cast(
            "_types.BulkRemoveSubmissionFromTrashBinResponse",
            await call(
                self._requester,
                _BULK_REMOVE_SUBMISSION_FROM_TRASH_BIN,
                {"formId": form_id, **_fields.pick(options, "submissionIds")},
            ),
        )

    async def confirm_submission(self, submission_id: str) -> _types.ConfirmSubmissionResponse:
        """Confirm submission: ``POST``.

        ``/form-submission-service/v4/submissions/{submissionId}/confirm``
        """
        return cast(
            "_types.ConfirmSubmissionResponse",
            await call(self._requester, _CONFIRM_SUBMISSION, {"submissionId": submission_id}),
        )

    async def count_deleted_submissions(
        self,
        form_ids: Sequence[str],
        namespace: str,
        options: _types.CountDeletedSubmissionsOptions | None = None,
    ) -> _types.CountDeletedSubmissionsResponse:
        """Count deleted submissions: ``POST``.

        ``/form-submission-service/v4/submissions/trash-bin/count``
        """
        return cast(
            "_types.CountDeletedSubmissionsResponse",
            await call(
                self._requester,
                _COUNT_DELETED_SUBMISSIONS,
                {"formIds": form_ids, "namespace": namespace, **_fields.pick(options, "statuses")},
            ),
        )

    async def count_submissions(
        self,
        form_ids: Sequence[str],
        namespace: str,
        options: _types.CountSubmissionsOptions | None = None,
    ) -> _types.CountSubmissionsResponse:
        """Count submissions: ``POST /form-submission-service/v4/submissions/count``."""
        return cast(
            "_types.CountSubmissionsResponse",
            await call(
                self._requester,
                _COUNT_SUBMISSIONS,
                {"formIds": form_ids, "namespace": namespace, **_fields.pick(options, "statuses")},
            ),
        )

    async def count_submissions_by_filter(
        self,
        filter: Mapping[str, Any],
        options: _types.CountSubmissionsByFilterOptions | None = None,
    ) -> _types.CountSubmissionsByFilterResponse:
        """Count submissions by filter: ``POST``.

        ``/form-submission-service/v4/submissions/count-by-filter``
        """
        return cast(
            "_types.CountSubmissionsByFilterResponse",
            await call(
                self._requester,
                _COUNT_SUBMISSIONS_BY_FILTER,
                {"filter": filter, **_fields.pick(options, "search")},
            ),
        )

    async def create_submission(
        self,
        submission: _types.FormSubmission,
        options: _types.CreateSubmissionOptions | None = None,
    ) -> _types.CreateSubmissionResponse:
        """Create submission: ``POST /form-submission-service/v4/submissions``.

        Application errors: ``INVALID_CAPTCHA``, ``SITE_IS_A_TEMPLATE``, ``FORM_NOT_FOUND``,
        ``FORM_RETRIEVAL_ERROR``.
        """
        return cast(
            "_types.CreateSubmissionResponse",
            await call(
                self._requester,
                _CREATE_SUBMISSION,
                {
                    "submission": submission,
                    **_fields.pick(options, "captchaToken", "additionalMetadata"),
                },
            ),
        )

    async def delete_submission(
        self, submission_id: str, options: _types.DeleteSubmissionOptions | None = None
    ) -> _types.DeleteSubmissionResponse:
        """Delete submission: ``DELETE /form-submission-service/v4/submissions/{submissionId}``."""
        return cast(
            "_types.DeleteSubmissionResponse",
            await call(
                self._requester,
                _DELETE_SUBMISSION,
                {
                    "submissionId": submission_id,
                    **_fields.pick(options, "permanent", "preserveFiles"),
                },
            ),
        )

    async def download_submission(
        self, submission_id: str, access_token: str
    ) -> _types.RawHttpResponse:
        """Download submission: ``GET``.

        ``/form-submission-service/v4/submissions/{submissionId}/download``
        """
        return cast(
            "_types.RawHttpResponse",
            await call(
                self._requester,
                _DOWNLOAD_SUBMISSION,
                {"submissionId": submission_id, "accessToken": access_token},
            ),
        )

    async def get_deleted_submission(
        self, submission_id: str
    ) -> _types.GetDeletedSubmissionResponse:
        """Get deleted submission: ``GET``.

        ``/form-submission-service/v4/submissions/trash-bin/{submissionId}``
        """
        return cast(
            "_types.GetDeletedSubmissionResponse",
            await call(self._requester, _GET_DELETED_SUBMISSION, {"submissionId": submission_id}),
        )

    async def get_formatted_submission(
        self, submission_id: str
    ) -> _types.GetFormattedSubmissionResponse:
        """Get formatted submission: ``GET``.

        ``/form-submission-service/v4/submissions/{submissionId}/formatted``
        """
        return cast(
            "_types.GetFormattedSubmissionResponse",
            await call(self._requester, _GET_FORMATTED_SUBMISSION, {"submissionId": submission_id}),
        )

    async def get_media_upload_url(
        self, form_id: str, filename: str, mime_type: str
    ) -> _types.GetMediaUploadURLResponse:
        """Get media upload url: ``POST``.

        ``/form-submission-service/v4/submissions/media-upload-url``
        """
        return cast(
            "_types.GetMediaUploadURLResponse",
            await call(
                self._requester,
                _GET_MEDIA_UPLOAD_URL,
                {"formId": form_id, "filename": filename, "mimeType": mime_type},
            ),
        )

    async def get_submission(self, submission_id: str) -> _types.GetSubmissionResponse:
        """Get submission: ``GET /form-submission-service/v4/submissions/{submissionId}``."""
        return cast(
            "_types.GetSubmissionResponse",
            await call(self._requester, _GET_SUBMISSION, {"submissionId": submission_id}),
        )

    async def get_submission_download_url(
        self, submission_id: str
    ) -> _types.GetSubmissionDownloadUrlResponse:
        """Get submission download url: ``GET``.

        ``/form-submission-service/v4/submissions/{submissionId}/document``
        """
        return cast(
            "_types.GetSubmissionDownloadUrlResponse",
            await call(
                self._requester, _GET_SUBMISSION_DOWNLOAD_URL, {"submissionId": submission_id}
            ),
        )

    async def list_deleted_submissions(
        self, form_id: str, options: _types.ListDeletedSubmissionsOptions | None = None
    ) -> _types.ListDeletedSubmissionsResponse:
        """List deleted submissions: ``GET /form-submission-service/v4/submissions/trash-bin``."""
        return cast(
            "_types.ListDeletedSubmissionsResponse",
            await call(
                self._requester,
                _LIST_DELETED_SUBMISSIONS,
                {
                    "formId": form_id,
                    **_fields.pick(options, "submissionIds", "paging", "statuses", "namespace"),
                },
            ),
        )

    async def query_submission(
        self, query: _types.CursorQuery, options: _types.QuerySubmissionOptions | None = None
    ) -> _types.QuerySubmissionResponse:
        """Query submission: ``POST /form-submission-service/v4/submissions/query``."""
        return cast(
            "_types.QuerySubmissionResponse",
            await call(
                self._requester,
                _QUERY_SUBMISSION,
                {"query": query, **_fields.pick(options, "onlyYourOwn")},
            ),
        )

    def query_submissions_by_namespace(
        self, options: Mapping[str, Any] | None = None
    ) -> QueryBuilder[_types.FormSubmission]:
        """Query submissions by namespace: ``POST``.

        ``/form-submission-service/v4/submissions/namespace/query``
        """
        return QueryBuilder(self._requester, _QUERY_SUBMISSIONS_BY_NAMESPACE, options)

    async def remove_submission_from_trash_bin(
        self, submission_id: str
    ) -> _types.RemoveSubmissionFromTrashBinResponse:
        """Remove submission from trash bin: ``DELETE``.

        ``/form-submission-service/v4/submissions/trash-bin/{submissionId}``
        """
        return cast(
            "_types.RemoveSubmissionFromTrashBinResponse",
            await call(
                self._requester, _REMOVE_SUBMISSION_FROM_TRASH_BIN, {"submissionId": submission_id}
            ),
        )

    async def restore_submission_from_trash_bin(
        self, submission_id: str
    ) -> _types.RestoreSubmissionFromTrashBinResponse:
        """Restore submission from trash bin: ``POST``.

        ``/form-submission-service/v4/submissions/trash-bin/{submissionId}/restore``
        """
        return cast(
            "_types.RestoreSubmissionFromTrashBinResponse",
            await call(
                self._requester, _RESTORE_SUBMISSION_FROM_TRASH_BIN, {"submissionId": submission_id}
            ),
        )

    async def search_submissions_by_namespace(
        self, search: _types.CursorSearch
    ) -> _types.SearchSubmissionsByNamespaceResponse:
        """Search submissions by namespace: ``POST``.

        ``/form-submission-service/v4/submissions/namespace/search``

        Permissions: ``forms:v4:submission:search_submissions_by_namespace``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SearchSubmissionsByNamespaceResponse",
            await call(self._requester, _SEARCH_SUBMISSIONS_BY_NAMESPACE, {"search": search}),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST``.

        ``/form-submission-service/v4/submissions/{id}/extended-fields``
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_submission(
        self, id: str, submission: _types.FormSubmission
    ) -> _types.UpdateSubmissionResponse:
        """Update submission: ``PATCH /form-submission-service/v4/submissions/{submission.id}``."""
        return cast(
            "_types.UpdateSubmissionResponse",
            await call(
                self._requester, _UPDATE_SUBMISSION, {"submission": {**submission, "id": id}}
            ),
        )

    async def upsert_contact_from_submission(
        self, submission_id: str, options: _types.UpsertContactFromSubmissionOptions | None = None
    ) -> _types.UpsertContactFromSubmissionResponse:
        """Upsert contact from submission: ``POST``.

        ``/form-submission-contact-mapping-service/v4/submissions-contacts``
        """
        return cast(
            "_types.UpsertContactFromSubmissionResponse",
            await call(
                self._requester,
                _UPSERT_CONTACT_FROM_SUBMISSION,
                {
                    "submissionId": submission_id,
                    **_fields.pick(options, "contactId", "emailVerified"),
                },
            ),
        )

    async def validate_form_submission(
        self,
        submission: _types.FormSubmission,
        options: _types.ValidateFormSubmissionOptions | None = None,
    ) -> _types.ValidateFormSubmissionResponse:
        """Validate form submission: ``POST /form-submission-service/v4/submissions/validate``."""
        return cast(
            "_types.ValidateFormSubmissionResponse",
            await call(
                self._requester,
                _VALIDATE_FORM_SUBMISSION,
                {
                    "submission": submission,
                    **_fields.pick(options, "additionalMetadata", "fieldsToValidate"),
                },
            ),
        )


def bind(client: Requester) -> Submissions:
    """The ``submissions`` module for ``client``'s visitor."""
    return Submissions(client)
