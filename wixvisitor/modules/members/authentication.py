# File generated from @wix/auto_sdk_members_authentication 1.0.50
# by `make apigen` (tools/apigen). Do not edit.
"""The ``authentication`` module of ``@wix/members`` (6 methods)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .. import _fields
from .._runtime import Module, Requester, Route, call

if TYPE_CHECKING:
    from .types import authentication as _types

_APPROVE = Route("POST", "/api/v1/members/approve", "wix.members.api.v1.MembersService.Approve")
_BLOCK = Route("POST", "/api/v1/members/block", "wix.members.api.v1.MembersService.Block")
_CHANGE_LOGIN_EMAIL = Route(
    "PATCH",
    "/api/v1/members/{id}/change-login-email",
    "wix.members.api.v1.MembersService.ChangeLoginEmail",
    path_params=("id",),
)
_LOGIN = Route(
    "POST", "/wix-sm/api/v1/auth/api/v1/auth/login", "wix.members.api.v1.AuthService.Login"
)
_REGISTER = Route(
    "POST", "/wix-sm/api/v1/auth/api/v1/auth/register", "wix.members.api.v1.AuthService.Register"
)
_SEND_SET_PASSWORD_EMAIL = Route(
    "POST",
    "/wix-sm/api/v1/auth/v1/auth/members/send-set-password-email",
    "wix.members.api.v1.AuthService.SendSetPasswordEmail",
)


class Authentication(Module):
    """``authentication`` of ``@wix/members``: ``members.authentication.bind(wix)``."""

    __slots__ = ()

    async def approve(
        self, options: _types.ApproveOptions | None = None
    ) -> _types.ApproveMemberResponse:
        """Approve: ``POST /api/v1/members/approve``.

        Permissions: ``MEMBERS.MEMBER_APPROVE``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.ApproveMemberResponse",
            await call(
                self._requester, _APPROVE, {**_fields.pick(options, "id", "email", "token")}
            ),
        )

    async def block(self, options: _types.BlockOptions | None = None) -> _types.BlockMemberResponse:
        """Block: ``POST /api/v1/members/block``."""
        return cast(
            "_types.BlockMemberResponse",
            await call(self._requester, _BLOCK, {**_fields.pick(options, "id", "email", "source")}),
        )

    async def change_login_email(
        self, id: str, new_email: str, options: _types.ChangeLoginEmailOptions | None = None
    ) -> _types.ChangeLoginEmailResponse:
        """Change login email: ``PATCH /api/v1/members/{id}/change-login-email``."""
        return cast(
            "_types.ChangeLoginEmailResponse",
            await call(
                self._requester,
                _CHANGE_LOGIN_EMAIL,
                {"id": id, "newEmail": new_email, **_fields.pick(options, "revokeCurrentSessions")},
            ),
        )

    async def login(
        self, email: str, password: str, options: _types.LoginOptions | None = None
    ) -> _types.LoginResponse:
        """Login: ``POST /wix-sm/api/v1/auth/api/v1/auth/login``.

        Application errors: ``EMAIL_VERIFICATION_REQUIRED``, ``EMAIL_VERIFICATION_FAILED``.
        """
        return cast(
            "_types.LoginResponse",
            await call(
                self._requester,
                _LOGIN,
                {
                    "email": email,
                    "password": password,
                    **_fields.pick(
                        options,
                        "recaptchaToken",
                        "invisibleRecaptchaToken",
                        "emailVerification",
                        "isMobile",
                    ),
                },
            ),
        )

    async def register(
        self, email: str, password: str, options: _types.RegisterOptions | None = None
    ) -> _types.RegisterResponse:
        """Register: ``POST /wix-sm/api/v1/auth/api/v1/auth/register``.

        Application errors: ``EMAIL_VERIFICATION_REQUIRED``, ``EMAIL_VERIFICATION_FAILED``.
        """
        return cast(
            "_types.RegisterResponse",
            await call(
                self._requester,
                _REGISTER,
                {
                    "email": email,
                    "password": password,
                    **_fields.pick(
                        options,
                        "contactInfo",
                        "dialogData",
                        "profilePrivacyStatus",
                        "isOfflineRegistration",
                        "recaptchaToken",
                        "invisibleRecaptchaToken",
                        "emailVerification",
                        "isMobile",
                    ),
                },
            ),
        )

    async def send_set_password_email(
        self, email: str, options: _types.SendSetPasswordEmailOptions | None = None
    ) -> _types.SendSetPasswordEmailResponse:
        """Send set password email: ``POST``.

        ``/wix-sm/api/v1/auth/v1/auth/members/send-set-password-email``

        Permissions: ``MEMBERS.SEND_SET_PASSWORD_EMAIL``.
        Callable by: ``APP``.
        """
        return cast(
            "_types.SendSetPasswordEmailResponse",
            await call(
                self._requester,
                _SEND_SET_PASSWORD_EMAIL,
                {"email": email, **_fields.pick(options, "requestedByMember", "hideIgnoreMessage")},
            ),
        )


def bind(client: Requester) -> Authentication:
    """The ``authentication`` module for ``client``'s visitor."""
    return Authentication(client)
