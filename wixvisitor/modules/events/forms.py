# File generated from @wix/auto_sdk_events_forms 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""The ``forms`` module of ``@wix/events`` (7 methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import forms as _types

_ADD_CONTROL = Route(
    "POST",
    "/events/v1/events/{eventId}/form/control",
    "wix.events.form.FormBuilder.AddControl",
    path_params=("eventId",),
)
_DELETE_CONTROL = Route(
    "DELETE",
    "/events/v1/events/{eventId}/form/controls/{id}",
    "wix.events.form.FormBuilder.DeleteControl",
    path_params=("eventId", "id"),
)
_DISCARD_DRAFT = Route(
    "DELETE",
    "/events/v1/events/{eventId}/form",
    "wix.events.form.FormBuilder.DiscardDraft",
    path_params=("eventId",),
)
_GET_FORM = Route(
    "GET",
    "/events/v1/events/{eventId}/form",
    "wix.events.form.FormBuilder.GetForm",
    path_params=("eventId",),
)
_PUBLISH_DRAFT = Route(
    "POST",
    "/events/v1/events/{eventId}/form/publish",
    "wix.events.form.FormBuilder.PublishDraft",
    path_params=("eventId",),
)
_UPDATE_CONTROL = Route(
    "PUT",
    "/events/v1/events/{eventId}/form/controls/{id}",
    "wix.events.form.FormBuilder.UpdateControl",
    path_params=("eventId", "id"),
)
_UPDATE_MESSAGES = Route(
    "PATCH",
    "/events/v1/events/{eventId}/form/messages",
    "wix.events.form.FormBuilder.UpdateMessages",
    path_params=("eventId",),
)


class Forms(Module):
    """``forms`` of ``@wix/events``: ``forms = events.forms.bind(wix)``."""

    __slots__ = ()

    async def add_control(
        self, event_id: str, options: _types.AddControlOptions
    ) -> _types.AddControlResponse:
        """Add control: ``POST /events/v1/events/{eventId}/form/control``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_CONFIGURATION``.
        """
        return cast(
            "_types.AddControlResponse",
            await call(
                self._requester,
                _ADD_CONTROL,
                {
                    "eventId": event_id,
                    **_fields.pick(
                        options,
                        "phone",
                        "address",
                        "date",
                        "additionalGuests",
                        "dropdown",
                        "checkbox",
                        "text",
                        "radioButton",
                    ),
                },
            ),
        )

    async def delete_control(
        self, identifiers: _types.DeleteControlIdentifiers
    ) -> _types.DeleteControlResponse:
        """Delete control: ``DELETE /events/v1/events/{eventId}/form/controls/{id}``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``CONTROL_NOT_FOUND``.
        """
        return cast(
            "_types.DeleteControlResponse",
            await call(self._requester, _DELETE_CONTROL, {**_fields.pick(identifiers, "eventId")}),
        )

    async def discard_draft(self, event_id: str) -> _types.DiscardDraftResponse:
        """Discard draft: ``DELETE /events/v1/events/{eventId}/form``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.DiscardDraftResponse",
            await call(self._requester, _DISCARD_DRAFT, {"eventId": event_id}),
        )

    async def get_form(self, event_id: str) -> _types.GetFormResponse:
        """Get form: ``GET /events/v1/events/{eventId}/form``.

        Permissions: ``WIX_EVENTS.READ_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.GetFormResponse", await call(self._requester, _GET_FORM, {"eventId": event_id})
        )

    async def publish_draft(self, event_id: str) -> _types.PublishDraftResponse:
        """Publish draft: ``POST /events/v1/events/{eventId}/form/publish``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Deprecated in the package.
        """
        return cast(
            "_types.PublishDraftResponse",
            await call(self._requester, _PUBLISH_DRAFT, {"eventId": event_id}),
        )

    async def update_control(
        self,
        identifiers: _types.UpdateControlIdentifiers,
        options: _types.UpdateControlOptions | None = None,
    ) -> _types.UpdateControlResponse:
        """Update control: ``PUT /events/v1/events/{eventId}/form/controls/{id}``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        Application errors: ``INVALID_EVENT_CONFIGURATION``, ``CONTROL_NOT_FOUND``.
        """
        return cast(
            "_types.UpdateControlResponse",
            await call(
                self._requester,
                _UPDATE_CONTROL,
                {
                    **_fields.pick(identifiers, "eventId"),
                    **_fields.pick(
                        options,
                        "orderIndex",
                        "phone",
                        "address",
                        "date",
                        "additionalGuests",
                        "dropdown",
                        "checkbox",
                        "text",
                        "name",
                        "email",
                        "radioButton",
                    ),
                },
            ),
        )

    async def update_messages(
        self, event_id: str, options: Mapping[str, Any] | None = None
    ) -> _types.UpdateMessagesResponse:
        """Update messages: ``PATCH /events/v1/events/{eventId}/form/messages``.

        Permissions: ``WIX_EVENTS.MANAGE_EVENTS``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.UpdateMessagesResponse",
            await call(
                self._requester,
                _UPDATE_MESSAGES,
                {"eventId": event_id, **_fields.pick(options, "fields", "messages")},
            ),
        )


def bind(client: Requester) -> Forms:
    """The ``forms`` module for ``client``'s visitor."""
    return Forms(client)
