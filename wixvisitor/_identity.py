"""The identity conversation: login, register, verification and recovery as Wix answers them.

Wix's authentication API answers a state machine (``{"state": "SUCCESS", "sessionToken"}``,
``REQUIRE_EMAIL_VERIFICATION`` with a ``stateToken``, ``REQUIRE_OWNER_APPROVAL``) or an
error whose ``applicationError.code`` says why. :class:`LoginResult` carries either, with
the JS SDK's names: a wrong password is a result, not an exception. Transport failures,
5xx and refused visitor tokens still raise :class:`~wixvisitor.errors.WixApiError`.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs

from .errors import WixApiError

__all__ = ["LoginResult", "LoginState", "login", "register", "send_recovery_email", "verify"]

#: ``call(method, path, json)``: one API call as the visitor (see ``_api_call.call_api``).
Call = Callable[[str, str, Any], Awaitable[Any]]

_AUTHENTICATION = "/_api/iam/authentication/v2"
_VERIFY = "/_api/iam/verification/v1/auth/verify"
_RECOVERY = "/_api/iam/recovery/v1/send-email"

#: Wix's applicationError codes and the JS SDK's names for them.
ERROR_CODES = {
    "-19971": "missingCaptchaToken",
    "-19970": "invalidCaptchaToken",
    "-19995": "emailAlreadyExists",
    "-19976": "invalidPassword",
    "-19973": "resetPassword",
    "-19999": "invalidEmail",  # no member with that email: the JS SDK says invalidEmail
}


class LoginState(enum.StrEnum):
    """Where a login or registration stands, with the JS SDK's ``LoginState`` values."""

    SUCCESS = "SUCCESS"
    INITIAL = "INITIAL"
    FAILURE = "FAILURE"
    EMAIL_VERIFICATION_REQUIRED = "EMAIL_VERIFICATION_REQUIRED"
    OWNER_APPROVAL_REQUIRED = "OWNER_APPROVAL_REQUIRED"
    USER_CAPTCHA_REQUIRED = "USER_CAPTCHA_REQUIRED"
    SILENT_CAPTCHA_REQUIRED = "SILENT_CAPTCHA_REQUIRED"


@attrs.frozen
class LoginResult:
    """The outcome of ``login``, ``register`` or ``process_verification``.

    ``session_token`` (on ``SUCCESS``) becomes member tokens through
    ``get_member_tokens_for_direct_login`` or ``get_auth_url(session_token=...)``;
    ``state_token`` (on ``EMAIL_VERIFICATION_REQUIRED``) continues with
    ``process_verification``. On ``FAILURE``, ``error_code`` is the JS SDK's name
    (``invalidEmail``, ``invalidPassword``, ``emailAlreadyExists``, ``resetPassword``,
    ``missingCaptchaToken``, ``invalidCaptchaToken``) and ``wix_code`` Wix's own.
    Tokens and the identity never show in a repr.
    """

    state: LoginState
    session_token: str | None = attrs.field(default=None, repr=False)
    state_token: str | None = attrs.field(default=None, repr=False)
    error: str | None = None
    error_code: str | None = None
    wix_code: str | None = None
    identity: Mapping[str, Any] | None = attrs.field(default=None, repr=False)

    @property
    def succeeded(self) -> bool:
        """Whether the state is ``SUCCESS``."""
        return self.state is LoginState.SUCCESS


def _state(answer: Any) -> LoginResult:
    if not isinstance(answer, dict):
        raise WixApiError("the authentication API answered an unexpected shape", status=200)
    state = answer.get("state")
    if state == "SUCCESS" and isinstance(answer.get("sessionToken"), str):
        identity = answer.get("identity")
        return LoginResult(
            LoginState.SUCCESS,
            session_token=answer["sessionToken"],
            identity=identity if isinstance(identity, dict) else None,
        )
    if state == "REQUIRE_OWNER_APPROVAL":
        return LoginResult(LoginState.OWNER_APPROVAL_REQUIRED)
    if state == "REQUIRE_EMAIL_VERIFICATION" and isinstance(answer.get("stateToken"), str):
        return LoginResult(LoginState.EMAIL_VERIFICATION_REQUIRED, state_token=answer["stateToken"])
    return LoginResult(LoginState.FAILURE, error=f"unknown state {str(state)[:40]!r}")


async def _attempt(
    call: Call, path: str, body: dict[str, Any], default_code: str | None
) -> LoginResult:
    try:
        return _state(await call("POST", path, body))
    except WixApiError as exc:
        refused = exc.status == 401 and exc.code not in ERROR_CODES  # the visitor's token
        if exc.status is None or exc.status >= 500 or refused:
            raise  # no answer, Wix failing, or the token refused: not a login result
        name = ERROR_CODES.get(exc.code or "", default_code if exc.status == 400 else None)
        return LoginResult(LoginState.FAILURE, error=str(exc), error_code=name, wix_code=exc.code)


def _captcha(tokens: Mapping[str, str] | None) -> dict[str, Any]:
    if not tokens:
        return {}
    return {"captchaTokens": [dict(tokens)]}


async def login(
    call: Call, email: str, password: str, captcha_tokens: Mapping[str, str] | None = None
) -> LoginResult:
    """``POST .../v2/login`` with the visitor's token: a member's session token, or why not."""
    body = {"loginId": {"email": email}, "password": password, **_captcha(captcha_tokens)}
    return await _attempt(call, f"{_AUTHENTICATION}/login", body, "invalidEmail")


async def register(
    call: Call,
    email: str,
    password: str,
    profile: Mapping[str, Any] | None = None,
    captcha_tokens: Mapping[str, str] | None = None,
) -> LoginResult:
    """``POST .../v2/register``: a new member, logged in at once or pending a step."""
    body: dict[str, Any] = {"loginId": {"email": email}, "password": password}
    if profile is not None:
        body["profile"] = dict(profile)
    body.update(_captcha(captcha_tokens))
    return await _attempt(call, f"{_AUTHENTICATION}/register", body, "invalidEmail")


async def verify(call: Call, code: str, state_token: str) -> LoginResult:
    """``POST /_api/iam/verification/v1/auth/verify``: the emailed code continues the login."""
    return await _attempt(call, _VERIFY, {"code": code, "stateToken": state_token}, None)


async def send_recovery_email(call: Call, email: str, redirect_url: str, client_id: str) -> None:
    """``POST /_api/iam/recovery/v1/send-email``: Wix mails a password-reset link."""
    body = {"email": email, "redirect": {"url": redirect_url, "clientId": client_id}}
    await call("POST", _RECOVERY, body)
