# File generated from @wix/auto_sdk_forms_forms 1.0.141
# by `make apigen` (tools/apigen). Do not edit.
"""The ``forms`` module of ``@wix/forms`` (22 methods)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._query import Query, QueryBuilder
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import forms as _types

_BULK_CLONE_FORM = Route(
    "POST",
    "/form-schema-service/v4/bulk/forms/clone",
    "wix.forms.v4.FormSchemaService.BulkCloneForm",
)
_BULK_CREATE_FORM = Route(
    "POST",
    "/form-schema-service/v4/bulk/forms/create",
    "wix.forms.v4.FormSchemaService.BulkCreateForm",
)
_BULK_DELETE_FORM = Route(
    "POST",
    "/form-schema-service/v4/bulk/forms/delete",
    "wix.forms.v4.FormSchemaService.BulkDeleteForm",
)
_BULK_REMOVE_DELETED_FIELD = Route(
    "POST",
    "/form-schema-service/v4/forms/fields/delete",
    "wix.forms.v4.FormSchemaService.BulkRemoveDeletedField",
)
_CLONE_FORM = Route(
    "POST",
    "/form-schema-service/v4/forms/{formId}/clone",
    "wix.forms.v4.FormSchemaService.CloneForm",
    path_params=("formId",),
)
_CLONE_FORM_FROM_TEMPLATE = Route(
    "POST",
    "/form-schema-service/v4/forms/clone-from-template",
    "wix.forms.v4.FormSchemaService.CloneFormFromTemplate",
)
_COUNT_DELETED_FORMS = Route(
    "POST",
    "/form-schema-service/v4/deleted-forms/count",
    "wix.forms.v4.FormSchemaService.CountDeletedForms",
)
_COUNT_FORMS_BY_FILTER = Route(
    "POST",
    "/form-schema-service/v4/forms/count-by-filter",
    "wix.forms.v4.FormSchemaService.CountFormsByFilter",
)
_CREATE_FORM = Route(
    "POST", "/form-schema-service/v4/forms", "wix.forms.v4.FormSchemaService.CreateForm"
)
_DELETE_FORM = Route(
    "DELETE",
    "/form-schema-service/v4/forms/{formId}",
    "wix.forms.v4.FormSchemaService.DeleteForm",
    path_params=("formId",),
)
_GET_DELETED_FORM = Route(
    "GET",
    "/form-schema-service/v4/forms/trash-bin/{formId}",
    "wix.forms.v4.FormSchemaService.GetDeletedForm",
    path_params=("formId",),
)
_GET_FORM = Route(
    "GET",
    "/form-schema-service/v4/forms/{formId}",
    "wix.forms.v4.FormSchemaService.GetForm",
    path_params=("formId",),
    complex=True,
)
_GET_FORM_SUMMARY = Route(
    "GET",
    "/form-schema-service/v4/forms/{formId}/summary",
    "wix.forms.v4.FormSchemaService.GetFormSummary",
    path_params=("formId",),
)
_LIST_DELETED_FORMS = Route(
    "GET",
    "/form-schema-service/v4/forms/trash-bin",
    "wix.forms.v4.FormSchemaService.ListDeletedForms",
)
_LIST_FORMS = Route(
    "GET", "/form-schema-service/v4/forms", "wix.forms.v4.FormSchemaService.ListForms", complex=True
)
_LIST_FORMS_PROVIDERS_CONFIGS = Route(
    "GET",
    "/form-schema-service/v4/forms/providers-config",
    "wix.forms.v4.FormSchemaService.ListFormsProvidersConfigs",
)
_QUERY_DELETED_FORMS = Route(
    "POST",
    "/form-schema-service/v4/forms/trash-bin/query",
    "wix.forms.v4.FormSchemaService.QueryDeletedForms",
)
_QUERY_FORMS = Query(
    Route(
        "POST", "/form-schema-service/v4/forms/query", "wix.forms.v4.FormSchemaService.QueryForms"
    ),
    items="forms",
    paging="CURSOR",
    metadata="metadata",
)
_REMOVE_FORM_FROM_TRASH_BIN = Route(
    "DELETE",
    "/form-schema-service/v4/forms/trash-bin/{formId}",
    "wix.forms.v4.FormSchemaService.RemoveFormFromTrashBin",
    path_params=("formId",),
)
_RESTORE_FROM_TRASH_BIN = Route(
    "POST",
    "/form-schema-service/v4/forms/trash-bin/{formId}/restore",
    "wix.forms.v4.FormSchemaService.RestoreFromTrashBin",
    path_params=("formId",),
)
_UPDATE_EXTENDED_FIELDS = Route(
    "POST",
    "/form-schema-service/v4/forms/{id}/extended-fields",
    "wix.forms.v4.FormSchemaService.UpdateExtendedFields",
    path_params=("id",),
)
_UPDATE_FORM = Route(
    "PATCH",
    "/form-schema-service/v4/forms/{form.id}",
    "wix.forms.v4.FormSchemaService.UpdateForm",
    path_params=("form.id",),
)


class Forms(Module):
    """``forms`` of ``@wix/forms``: ``forms = forms.forms.bind(wix)``."""

    __slots__ = ()

    async def bulk_clone_form(
        self, form_ids: Sequence[str], options: _types.BulkCloneFormOptions | None = None
    ) -> _types.BulkCloneFormResponse:
        """Bulk clone form: ``POST /form-schema-service/v4/bulk/forms/clone``.

        Permissions: ``forms:v4:form:bulk_clone_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCloneFormResponse",
            await call(
                self._requester,
                _BULK_CLONE_FORM,
                {"formIds": form_ids, **_fields.pick(options, "namespace", "returnEntity")},
            ),
        )

    async def bulk_create_form(
        self, options: _types.BulkCreateFormOptions | None = None
    ) -> _types.BulkCreateFormResponse:
        """Bulk create form: ``POST /form-schema-service/v4/bulk/forms/create``.

        Permissions: ``forms:v4:form:bulk_create_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkCreateFormResponse",
            await call(
                self._requester,
                _BULK_CREATE_FORM,
                {**_fields.pick(options, "forms", "returnEntity")},
            ),
        )

    async def bulk_delete_form(
        self, form_ids: Sequence[str], options: _types.BulkDeleteFormOptions | None = None
    ) -> _types.BulkDeleteFormResponse:
        """Bulk delete form: ``POST /form-schema-service/v4/bulk/forms/delete``.

        Permissions: ``forms:v4:form:bulk_delete_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.BulkDeleteFormResponse",
            await call(
                self._requester,
                _BULK_DELETE_FORM,
                {"formIds": form_ids, **_fields.pick(options, "permanent")},
            ),
        )

    async def bulk_remove_deleted_field(
        self, form_id: str, options: _types.BulkRemoveDeletedFieldOptions | None = None
    ) -> _types.BulkRemoveDeletedFieldResponse:
        """Bulk remove deleted field: ``POST /form-schema-service/v4/forms/fields/delete``.

        Permissions: ``forms:v4:form:bulk_remove_deleted_field``.
        Callable by: ``APP``.
        Application errors: ``DELETED_FIELD_NOT_FOUND``.
        """
        return cast(
            "_types.BulkRemoveDeletedFieldResponse",
            await call(
                self._requester,
                _BULK_REMOVE_DELETED_FIELD,
                {"formId": form_id, **_fields.pick(options, "fieldsIds")},
            ),
        )

    async def clone_form(self, form_id: str) -> _types.CloneFormResponse:
        """Clone form: ``POST /form-schema-service/v4/forms/{formId}/clone``.

        Permissions: ``forms:v4:form:clone_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CloneFormResponse",
            await call(self._requester, _CLONE_FORM, {"formId": form_id}),
        )

    async def clone_form_from_template(
        self, namespace: str, options: _types.CloneFormFromTemplateOptions | None = None
    ) -> _types.CloneFormFromTemplateResponse:
        """Clone form from template: ``POST /form-schema-service/v4/forms/clone-from-template``.

        Permissions: ``forms:v4:form:clone_form_from_template``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CloneFormFromTemplateResponse",
            await call(
                self._requester,
                _CLONE_FORM_FROM_TEMPLATE,
                {"namespace": namespace, **_fields.pick(options, "templateId", "useTemplateId")},
            ),
        )

    async def count_deleted_forms(
        self, options: _types.CountDeletedFormsOptions | None = None
    ) -> _types.CountDeletedFormsResponse:
        """Count deleted forms: ``POST /form-schema-service/v4/deleted-forms/count``.

        Permissions: ``forms:v4:form:count_deleted_forms``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountDeletedFormsResponse",
            await call(
                self._requester,
                _COUNT_DELETED_FORMS,
                {**_fields.pick(options, "filter", "namespace")},
            ),
        )

    async def count_forms_by_filter(
        self, options: _types.CountFormsByFilterOptions | None = None
    ) -> _types.CountFormsByFilterResponse:
        """Count forms by filter: ``POST /form-schema-service/v4/forms/count-by-filter``.

        Permissions: ``forms:v4:form:count_forms_by_filter``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CountFormsByFilterResponse",
            await call(
                self._requester,
                _COUNT_FORMS_BY_FILTER,
                {**_fields.pick(options, "filter", "namespace")},
            ),
        )

    async def create_form(self, form: _types.Form) -> _types.CreateFormResponse:
        """Create form: ``POST /form-schema-service/v4/forms``.

        Permissions: ``forms:v4:form:create_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateFormResponse", await call(self._requester, _CREATE_FORM, {"form": form})
        )

    async def delete_form(
        self, form_id: str, options: _types.DeleteFormOptions | None = None
    ) -> _types.DeleteFormResponse:
        """Delete form: ``DELETE /form-schema-service/v4/forms/{formId}``.

        Permissions: ``forms:v4:form:delete_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.DeleteFormResponse",
            await call(
                self._requester,
                _DELETE_FORM,
                {"formId": form_id, **_fields.pick(options, "permanent")},
            ),
        )

    async def get_deleted_form(self, form_id: str) -> _types.GetDeletedFormResponse:
        """Get deleted form: ``GET /form-schema-service/v4/forms/trash-bin/{formId}``.

        Permissions: ``forms:v4:form:get_deleted_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetDeletedFormResponse",
            await call(self._requester, _GET_DELETED_FORM, {"formId": form_id}),
        )

    async def get_form(
        self, form_id: str, options: _types.GetFormOptions | None = None
    ) -> _types.GetFormResponse:
        """Get form: ``GET /form-schema-service/v4/forms/{formId}``.

        Permissions: ``forms:v4:form:get_form``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetFormResponse",
            await call(
                self._requester,
                _GET_FORM,
                {"formId": form_id, **_fields.pick(options, "additionalMetadata")},
            ),
        )

    async def get_form_summary(self, form_id: str) -> _types.GetFormSummaryResponse:
        """Get form summary: ``GET /form-schema-service/v4/forms/{formId}/summary``.

        Permissions: ``forms:v4:form:get_form_summary``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetFormSummaryResponse",
            await call(self._requester, _GET_FORM_SUMMARY, {"formId": form_id}),
        )

    async def list_deleted_forms(
        self, namespace: str, options: _types.ListDeletedFormsOptions | None = None
    ) -> _types.ListDeletedFormsResponse:
        """List deleted forms: ``GET /form-schema-service/v4/forms/trash-bin``.

        Permissions: ``forms:v4:form:list_deleted_forms``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListDeletedFormsResponse",
            await call(
                self._requester,
                _LIST_DELETED_FORMS,
                {
                    "namespace": namespace,
                    **_fields.pick(
                        options, "disabled", "formIds", "order", "paging", "paymentForm", "enabled"
                    ),
                },
            ),
        )

    async def list_forms(
        self, namespace: str, options: _types.ListFormsOptions | None = None
    ) -> _types.ListFormsResponse:
        """List forms: ``GET /form-schema-service/v4/forms``.

        Permissions: ``forms:v4:form:list_forms``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListFormsResponse",
            await call(
                self._requester,
                _LIST_FORMS,
                {
                    "namespace": namespace,
                    **_fields.pick(
                        options,
                        "disabled",
                        "order",
                        "paging",
                        "fieldsets",
                        "formIds",
                        "paymentForm",
                        "additionalMetadata",
                        "nameFilter",
                        "enabled",
                    ),
                },
            ),
        )

    async def list_forms_providers_configs(self) -> _types.ListFormsProvidersConfigsResponse:
        """List forms providers configs: ``GET /form-schema-service/v4/forms/providers-config``.

        Permissions: ``forms:v4:form:list_forms_providers_configs``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ListFormsProvidersConfigsResponse",
            await call(self._requester, _LIST_FORMS_PROVIDERS_CONFIGS),
        )

    async def query_deleted_forms(
        self, options: _types.QueryDeletedFormsOptions | None = None
    ) -> _types.QueryDeletedFormsResponse:
        """Query deleted forms: ``POST /form-schema-service/v4/forms/trash-bin/query``.

        Permissions: ``forms:v4:form:query_deleted_forms``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.QueryDeletedFormsResponse",
            await call(
                self._requester,
                _QUERY_DELETED_FORMS,
                {**_fields.pick(options, "query", "namespace")},
            ),
        )

    def query_forms(self, options: Mapping[str, Any] | None = None) -> QueryBuilder[_types.Form]:
        """Query forms: ``POST /form-schema-service/v4/forms/query``.

        Permissions: ``forms:v4:form:query_forms``.
        Callable by: ``APP``.
        """
        return QueryBuilder(self._requester, _QUERY_FORMS, options)

    async def remove_form_from_trash_bin(
        self, form_id: str
    ) -> _types.RemoveFormFromTrashBinResponse:
        """Remove form from trash bin: ``DELETE /form-schema-service/v4/forms/trash-bin/{formId}``.

        Permissions: ``forms:v4:form:remove_form_from_trash_bin``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RemoveFormFromTrashBinResponse",
            await call(self._requester, _REMOVE_FORM_FROM_TRASH_BIN, {"formId": form_id}),
        )

    async def restore_from_trash_bin(self, form_id: str) -> _types.RestoreFromTrashBinResponse:
        """Restore from trash bin: ``POST``.

        ``/form-schema-service/v4/forms/trash-bin/{formId}/restore``

        Permissions: ``forms:v4:form:restore_from_trash_bin``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.RestoreFromTrashBinResponse",
            await call(self._requester, _RESTORE_FROM_TRASH_BIN, {"formId": form_id}),
        )

    async def update_extended_fields(
        self, id: str, namespace: str, options: _types.UpdateExtendedFieldsOptions
    ) -> _types.UpdateExtendedFieldsResponse:
        """Update extended fields: ``POST /form-schema-service/v4/forms/{id}/extended-fields``.

        Permissions: ``forms:v4:form:update_extended_fields``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateExtendedFieldsResponse",
            await call(
                self._requester,
                _UPDATE_EXTENDED_FIELDS,
                {"id": id, "namespace": namespace, **_fields.pick(options, "namespaceData")},
            ),
        )

    async def update_form(self, id: str, form: _types.Form) -> _types.UpdateFormResponse:
        """Update form: ``PATCH /form-schema-service/v4/forms/{form.id}``.

        Permissions: ``forms:v4:form:update_form``.
        Callable by: ``APP``.
        Application errors: ``DELETED_FIELD_COUNT_OVER_MAX``.
        """
        return cast(
            "_types.UpdateFormResponse",
            await call(self._requester, _UPDATE_FORM, {"form": {**form, "id": id}}),
        )


def bind(client: Requester) -> Forms:
    """The ``forms`` module for ``client``'s visitor."""
    return Forms(client)
