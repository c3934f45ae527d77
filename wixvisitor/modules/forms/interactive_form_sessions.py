# File generated from @wix/auto_sdk_forms_interactive-form-sessions 1.0.88
# by `make apigen` (tools/apigen). Do not edit.
"""The ``interactiveFormSessions`` module of ``@wix/forms`` (5 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import interactive_form_sessions as _types

_CREATE_INTERACTIVE_FORM_SESSION = Route(
    "POST",
    "/forms/ai/v1/interactive-form-sessions",
    "wix.forms.ai.v1.InteractiveFormSessionsService.CreateInteractiveFormSession",
)
_CREATE_INTERACTIVE_FORM_SESSION_STREAMED = Route(
    "POST",
    "/forms/ai/v1/interactive-form-sessions/create-streamed",
    "wix.forms.ai.v1.InteractiveFormSessionsService.CreateInteractiveFormSessionStreamed",
)
_GENERATE_FORM_SUMMARY = Route(
    "POST",
    "/forms/ai/v1/interactive-form-sessions/generate-form-summary",
    "wix.forms.ai.v1.InteractiveFormSessionsService.GenerateFormSummary",
)
_SEND_USER_MESSAGE = Route(
    "POST",
    "/forms/ai/v1/interactive-form-sessions/{interactiveFormSessionId}/send-user-message",
    "wix.forms.ai.v1.InteractiveFormSessionsService.SendUserMessage",
    path_params=("interactiveFormSessionId",),
)
_SEND_USER_MESSAGE_STREAMED = Route(
    "POST",
    "/forms/ai/v1/interactive-form-sessions/{interactiveFormSessionId}/send-user-message-streamed",
    "wix.forms.ai.v1.InteractiveFormSessionsService.SendUserMessageStreamed",
    path_params=("interactiveFormSessionId",),
)


class InteractiveFormSessions(Module):
    """``interactiveFormSessions`` of ``@wix/forms``: ``bind(wix)`` gives one."""

    __slots__ = ()

    async def create_interactive_form_session(
        self, form_id: str, options: _types.CreateInteractiveFormSessionOptions | None = None
    ) -> _types.CreateInteractiveFormSessionResponse:
        """Create interactive form session: ``POST /forms/ai/v1/interactive-form-sessions``.

        Permissions: ``WIX_FORMS.CREATE_INTERACTIVE_FORM_SESSION``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateInteractiveFormSessionResponse",
            await call(
                self._requester,
                _CREATE_INTERACTIVE_FORM_SESSION,
                {
                    "formId": form_id,
                    **_fields.pick(options, "currentValues", "dryRun", "clientTime"),
                },
            ),
        )

    async def create_interactive_form_session_streamed(
        self,
        form_id: str,
        options: _types.CreateInteractiveFormSessionStreamedOptions | None = None,
    ) -> _types.CreateInteractiveFormSessionStreamedResponse:
        """Create interactive form session streamed: ``POST``.

        ``/forms/ai/v1/interactive-form-sessions/create-streamed``

        Permissions: ``WIX_FORMS.CREATE_INTERACTIVE_FORM_SESSION``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.CreateInteractiveFormSessionStreamedResponse",
            await call(
                self._requester,
                _CREATE_INTERACTIVE_FORM_SESSION_STREAMED,
                {
                    "formId": form_id,
                    **_fields.pick(options, "currentValues", "dryRun", "clientTime"),
                },
            ),
        )

    async def generate_form_summary(self, form: _types.Form) -> _types.GenerateFormSummaryResponse:
        """Generate form summary: ``POST``.

        ``/forms/ai/v1/interactive-form-sessions/generate-form-summary``

        Permissions: ``WIX_FORMS.CREATE_INTERACTIVE_FORM_SESSION``.
        Callable by: ``APP``.
        Application errors: ``INVALID_FORM``.
        """
        return cast(
            "_types.GenerateFormSummaryResponse",
            await call(self._requester, _GENERATE_FORM_SUMMARY, {"form": form}),
        )

    async def send_user_message(
        self, interactive_form_session_id: str, options: _types.SendUserMessageOptions | None = None
    ) -> _types.SendUserMessageResponse:
        """Send user message: ``POST``.

        ``/forms/ai/v1/interactive-form-sessions/{interactiveFormSessionId}/send-user-message``

        Permissions: ``WIX_FORMS.SEND_USER_MESSAGE_TO_INTERACTIVE_FORM_SESSION``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_REQUEST``.
        """
        return cast(
            "_types.SendUserMessageResponse",
            await call(
                self._requester,
                _SEND_USER_MESSAGE,
                {
                    "interactiveFormSessionId": interactive_form_session_id,
                    **_fields.pick(options, "input", "currentValues"),
                },
            ),
        )

    async def send_user_message_streamed(
        self,
        interactive_form_session_id: str,
        options: _types.SendUserMessageStreamedOptions | None = None,
    ) -> _types.SendUserMessageStreamedResponse:
        """Send user message streamed: ``POST``.

        ``/forms/ai/v1/interactive-form-sessions/{interactiveFormSessionId}/send-user-message-streamed``

        Permissions: ``WIX_FORMS.SEND_USER_MESSAGE_TO_INTERACTIVE_FORM_SESSION``.
        Callable by: ``APP``.
        Application errors: ``EMPTY_REQUEST``.
        """
        return cast(
            "_types.SendUserMessageStreamedResponse",
            await call(
                self._requester,
                _SEND_USER_MESSAGE_STREAMED,
                {
                    "interactiveFormSessionId": interactive_form_session_id,
                    **_fields.pick(options, "input", "currentValues"),
                },
            ),
        )


def bind(client: Requester) -> InteractiveFormSessions:
    """The ``interactiveFormSessions`` module for ``client``'s visitor."""
    return InteractiveFormSessions(client)
