"""Custom login against the emulator: every state of Wix's state machine and every error code."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

import wixvisitor as wv
from wixvisitor.emulator import Emulator

ADA, ADA_PASSWORD = "ada@example.com", "lovelace-1815"


@pytest.fixture
async def auth(emu: Emulator, client_id: str) -> AsyncIterator[wv.OAuthStrategy]:
    """A visitor's strategy against the emulator."""
    async with wv.OAuthStrategy(client_id, base_url=emu.base_url, clock=emu.now) as strategy:
        yield strategy


async def test_a_seeded_member_logs_in(auth: wv.OAuthStrategy) -> None:
    """Right email and password: SUCCESS with a session token and the identity; tokens unchanged."""
    before = await auth.generate_visitor_tokens()
    result = await auth.login(ADA, ADA_PASSWORD)
    assert result.state is wv.LoginState.SUCCESS and result.succeeded
    assert result.session_token
    assert result.identity is not None and result.identity["email"]["address"] == ADA
    assert result.session_token not in repr(result) and "ada@" not in repr(result)
    assert auth.get_tokens() == before and not auth.logged_in()


@pytest.mark.parametrize(
    ("email", "password", "error_code", "wix_code"),
    [
        (ADA, "wrong", "invalidPassword", "-19976"),
        ("nobody@example.com", "whatever", "invalidEmail", "-19999"),
        ("not an email", "whatever", "invalidEmail", None),
        ("reset@example.com", "old-password", "resetPassword", "-19973"),
    ],
)
async def test_login_failures_are_results_not_exceptions(
    auth: wv.OAuthStrategy, email: str, password: str, error_code: str, wix_code: str | None
) -> None:
    """Wrong password, unknown member, malformed email, reset needed: FAILURE with the JS SDK's code."""
    await auth.generate_visitor_tokens()
    emu_calls = auth.get_tokens()
    result = await auth.login(email, password)
    assert auth.get_tokens() == emu_calls  # an identity 401 is not a dead token: no renewal
    assert result.state is wv.LoginState.FAILURE
    assert (result.error_code, result.wix_code) == (error_code, wix_code)
    assert result.session_token is None
    assert password not in (result.error or "")


async def test_captcha_missing_invalid_and_valid(auth: wv.OAuthStrategy, emu: Emulator) -> None:
    """A site requiring a captcha: missing (-19971), invalid (-19970), then a valid one succeeds."""
    emu.members.settings.require_captcha = True
    missing = await auth.login(ADA, ADA_PASSWORD)
    assert (missing.error_code, missing.wix_code) == ("missingCaptchaToken", "-19971")
    invalid = await auth.login(ADA, ADA_PASSWORD, captcha_tokens={"Recaptcha": "forged"})
    assert (invalid.error_code, invalid.wix_code) == ("invalidCaptchaToken", "-19970")
    valid = await auth.login(ADA, ADA_PASSWORD, captcha_tokens={"Recaptcha": "emulator-captcha-ok"})
    assert valid.succeeded


async def test_registration_succeeds_at_once_by_default(auth: wv.OAuthStrategy) -> None:
    """A new member is logged in at once; the same email again is emailAlreadyExists (-19995)."""
    result = await auth.register("new@example.com", "s3cret!", {"nickname": "New"})
    assert result.succeeded and result.session_token
    again = await auth.register("new@example.com", "other")
    assert (again.state, again.error_code, again.wix_code) == (
        wv.LoginState.FAILURE, "emailAlreadyExists", "-19995",
    )  # fmt: skip
    assert (await auth.login("new@example.com", "s3cret!")).succeeded


async def test_email_verification_continues_with_the_code(
    auth: wv.OAuthStrategy, emu: Emulator
) -> None:
    """Verification on: REQUIRE_EMAIL_VERIFICATION, a wrong code fails, the emailed one succeeds."""
    emu.members.settings.email_verification = True
    pending = await auth.register("verify@example.com", "s3cret!")
    assert pending.state is wv.LoginState.EMAIL_VERIFICATION_REQUIRED
    assert pending.state_token and pending.state_token not in repr(pending)
    wrong = await auth.process_verification("000000x", pending)
    assert (wrong.state, wrong.wix_code) == (wv.LoginState.FAILURE, "-19974")
    code = emu.members.verification_code("verify@example.com")
    assert code is not None
    done = await auth.process_verification(code, pending)
    assert done.succeeded and done.session_token
    assert (await auth.login("verify@example.com", "s3cret!")).succeeded


async def test_owner_approval_holds_the_member_until_approved(
    auth: wv.OAuthStrategy, emu: Emulator
) -> None:
    """Approval on: REQUIRE_OWNER_APPROVAL at registration and login, SUCCESS once approved."""
    emu.members.settings.owner_approval = True
    registered = await auth.register("wait@example.com", "s3cret!")
    assert registered.state is wv.LoginState.OWNER_APPROVAL_REQUIRED
    assert (await auth.login("wait@example.com", "s3cret!")).state is (
        wv.LoginState.OWNER_APPROVAL_REQUIRED
    )
    emu.members.by_email["wait@example.com"].approved = True
    assert (await auth.login("wait@example.com", "s3cret!")).succeeded


async def test_process_verification_without_a_pending_state(auth: wv.OAuthStrategy) -> None:
    """process_verification on a result that is not waiting for a code fails without a call."""
    success = await auth.login(ADA, ADA_PASSWORD)
    assert (await auth.process_verification("123456", success)).state is wv.LoginState.FAILURE


async def test_password_reset_email_is_recorded(auth: wv.OAuthStrategy, emu: Emulator) -> None:
    """send_password_reset_email asks Wix; the emulator records it and says nothing more."""
    await auth.send_password_reset_email(ADA, "https://shop.example/reset")
    await auth.send_password_reset_email("nobody@example.com", "https://shop.example/reset")
    assert emu.members.recovery_emails == [
        (ADA, "https://shop.example/reset"),
        ("nobody@example.com", "https://shop.example/reset"),
    ]


async def test_an_unreachable_wix_is_an_exception_not_a_result(client_id: str) -> None:
    """No answer at all is a WixApiError (status None), never a FAILURE result."""
    async with Emulator() as emu:
        base = emu.base_url
    async with wv.OAuthStrategy(
        client_id, base_url=base, retry=wv.RetryPolicy(attempts=1)
    ) as strategy:
        with pytest.raises((wv.WixApiError, wv.TokenRequestError)):
            await strategy.login(ADA, ADA_PASSWORD)


async def test_passwords_and_session_tokens_never_reach_the_logs(
    auth: wv.OAuthStrategy, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Nothing logged during logins and registrations holds a password or a session token."""
    result = await auth.login(ADA, ADA_PASSWORD)
    await auth.login(ADA, "wrong-password-123")
    await auth.register("logs@example.com", "hunter2-secret")
    text = "\n".join(record.getMessage() for record in debug_logs.records)
    assert result.session_token is not None
    for secret in (ADA_PASSWORD, "wrong-password-123", "hunter2-secret", result.session_token):
        assert secret not in text
    assert all(record.levelno < logging.ERROR for record in debug_logs.records)
