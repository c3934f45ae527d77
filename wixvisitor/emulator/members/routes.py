"""The identity APIs a custom login uses: login, register, verify, password-reset email.

Served at ``/_api/iam/...`` and ``/iam/...``, called with the visitor's access token.
Answers are Wix's state machine (``SUCCESS`` with a ``sessionToken`` and the
``identity``; ``REQUIRE_EMAIL_VERIFICATION`` with a ``stateToken``;
``REQUIRE_OWNER_APPROVAL``) or Wix's errors: ``-19976`` wrong password (401),
``-19999`` no such member (404), ``-19995`` email exists (409), ``-19973`` the password
must be reset (400), ``-19971`` / ``-19970`` captcha missing / invalid (400), and a
validation error with ``data.type == "EMAIL"`` for a malformed email.

Emulator choices where Wix does not document them: a wrong verification code is a
400 ``-19974`` (``INVALID_VERIFICATION_CODE``); the captcha token the emulator accepts is
``emulator-captcha-ok``; a password must have at least 4 characters; the password-reset
email is never really sent (``emu.members.recovery_emails`` records it) and the answer
never says whether the email belongs to a member.
"""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from .._state import AccessGrant, EmulatorState
from ..common.http import (
    STATE_KEY,
    Refusal,
    authenticate,
    caller_and_body,
    json_response,
    validation_error,
    wix_error,
)
from .directory import VALID_CAPTCHA, Member

__all__ = ["current_member", "login", "register", "send_recovery_email", "verify"]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _code(status: int, code: str, description: str) -> Refusal:
    return Refusal(wix_error(status, description, code, description))


async def _request(request: web.Request) -> tuple[EmulatorState, AccessGrant, dict[str, Any]]:
    caller, body = await caller_and_body(request)
    return request.app[STATE_KEY], caller, body


def _email(body: dict[str, Any]) -> str:
    login_id = body.get("loginId")
    email = login_id.get("email") if isinstance(login_id, dict) else None
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        # The JS SDK recognises a bad email by the violation's data.type == "EMAIL".
        raise Refusal(
            json_response(
                {
                    "message": "loginId.email: must be a valid email address",
                    "details": {
                        "validationError": {
                            "fieldViolations": [
                                {
                                    "field": "loginId.email",
                                    "description": "must be a valid email address",
                                    "violatedRule": "FORMAT",
                                    "data": {"type": "EMAIL"},
                                }
                            ]
                        }
                    },
                },
                400,
            )
        )
    return email.lower()


def _check_captcha(state: EmulatorState, body: dict[str, Any]) -> None:
    if not state.members.settings.require_captcha:
        return
    tokens = body.get("captchaTokens")
    if not tokens:
        raise _code(400, "-19971", "A captcha token is required")
    values = [v for token in tokens if isinstance(token, dict) for v in token.values()]
    if VALID_CAPTCHA not in values:
        raise _code(400, "-19970", "The captcha token is invalid")


def _next_step(state: EmulatorState, caller: AccessGrant, member: Member) -> web.Response:
    """What a member who proved who they are gets: a session, or the step still missing."""
    members = state.members
    if not member.verified and members.settings.email_verification:
        state_token = members.start_verification(member)
        return json_response({"state": "REQUIRE_EMAIL_VERIFICATION", "stateToken": state_token})
    if not member.approved:
        return json_response({"state": "REQUIRE_OWNER_APPROVAL"})
    session_token = members.open_session(member, caller.visitor_id, state.now())
    body = {"state": "SUCCESS", "sessionToken": session_token, "identity": member.identity()}
    return json_response(body)


async def login(request: web.Request) -> web.Response:
    """``POST .../authentication/v2/login`` ``{"loginId": {"email"}, "password"}``."""
    state, caller, body = await _request(request)
    email = _email(body)
    _check_captcha(state, body)
    member = state.members.by_email.get(email)
    if member is None:
        raise _code(404, "-19999", "No member with this email")
    if member.must_reset_password:
        raise _code(400, "-19973", "The member must reset the password")
    password = body.get("password")
    if not isinstance(password, str) or not member.check(password):
        raise _code(401, "-19976", "Wrong email or password")
    return _next_step(state, caller, member)


async def register(request: web.Request) -> web.Response:
    """``POST .../authentication/v2/register`` ``{"loginId", "password", "profile"}``."""
    state, caller, body = await _request(request)
    email = _email(body)
    _check_captcha(state, body)
    password = body.get("password")
    if not isinstance(password, str) or len(password) < 4:
        raise Refusal(validation_error("password", "must have at least 4 characters"))
    members = state.members
    if email in members.by_email:
        raise _code(409, "-19995", "A member with this email already exists")
    profile = body.get("profile") if isinstance(body.get("profile"), dict) else {}
    member = members.add(
        state.new_id(),
        email,
        password,
        profile=profile,
        verified=not members.settings.email_verification,
        approved=not members.settings.owner_approval,
    )
    return _next_step(state, caller, member)


async def verify(request: web.Request) -> web.Response:
    """``POST /_api/iam/verification/v1/auth/verify`` ``{"code", "stateToken"}``."""
    state, caller, body = await _request(request)
    pending = state.members.pending.get(str(body.get("stateToken")))
    if pending is None:
        raise _code(400, "-19974", "The verification is unknown or finished")
    member_id, code = pending
    if body.get("code") != code:
        raise _code(400, "-19974", "The verification code is wrong")
    del state.members.pending[str(body["stateToken"])]
    member = state.members.by_id(member_id)
    if member is None:
        raise _code(404, "-19999", "No such member")
    member.verified = True
    return _next_step(state, caller, member)


async def send_recovery_email(request: web.Request) -> web.Response:
    """``POST /_api/iam/recovery/v1/send-email``: recorded, never sent; always ``{}``."""
    state, _caller, body = await _request(request)
    email = body.get("email")
    redirect = body.get("redirect")
    url = redirect.get("url", "") if isinstance(redirect, dict) else ""
    if not isinstance(email, str) or not _EMAIL.fullmatch(email):
        return validation_error("email", "must be a valid email address")
    state.members.recovery_emails.append((email.lower(), str(url)))
    return json_response({})


async def current_member(request: web.Request) -> web.Response:
    """``GET /members/v1/members/my``: the logged-in member (404 for a visitor)."""
    caller = authenticate(request)
    if isinstance(caller, web.Response):
        return caller
    members = request.app[STATE_KEY].members
    member = members.by_id(caller.visitor_id.removeprefix("member:"))
    if not caller.visitor_id.startswith("member:") or member is None:
        return wix_error(404, "Not a member", "MEMBER_NOT_FOUND", "The caller is not a member")
    profile = {"nickname": member.profile.get("nickname", member.email.split("@")[0])}
    return json_response(
        {"member": {"id": member.id, "loginEmail": member.email, "profile": profile}}
    )


def add_routes(app: web.Application) -> None:
    """Mount the identity APIs (``/_api/iam`` and ``/iam``) and the current member on ``app``."""
    for iam in ("/_api/iam", "/iam"):
        app.router.add_post(f"{iam}/authentication/v2/login", login)
        app.router.add_post(f"{iam}/authentication/v2/register", register)
        app.router.add_post(f"{iam}/verification/v1/auth/verify", verify)
        app.router.add_post(f"{iam}/recovery/v1/send-email", send_recovery_email)
    app.router.add_get("/members/v1/members/my", current_member)
