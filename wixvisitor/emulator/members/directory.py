"""Site members: who can log in, pending verifications, session tokens and auth codes.

Seeded members (documented, for tests and demos; passwords are stored hashed):

=======================  ===================  ===================================
email                    password             state
=======================  ===================  ===================================
``ada@example.com``      ``lovelace-1815``    active, verified
``grace@example.com``    ``hopper-1906``      active, verified
``reset@example.com``    ``old-password``     must reset its password (-19973)
=======================  ===================  ===================================

:class:`MemberSettings` holds what a site owner configures and what Wix leaves
undocumented (each choice said there): whether registration needs email
verification or owner approval (by default neither: a registration succeeds at once,
as on a site that approves members automatically), whether a captcha is required,
and what happens to the visitor's cart at login.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any, Literal

import attrs

__all__ = ["AuthCode", "Member", "MemberDirectory", "MemberSettings", "SessionGrant"]

#: ``"merge"`` (default): the visitor's lines join the member's cart, as a shopper
#: expects; ``"member"``: the member's cart stays, the visitor's is dropped;
#: ``"visitor"``: a non-empty visitor cart replaces the member's.
CartAtLogin = Literal["merge", "member", "visitor"]
#: The captcha token the emulator accepts when ``require_captcha`` is on.
VALID_CAPTCHA = "emulator-captcha-ok"


@attrs.define
class MemberSettings:
    """What the emulated site requires of members (change any of them on ``emu.members``)."""

    email_verification: bool = False
    owner_approval: bool = False
    require_captcha: bool = False
    cart_at_login: CartAtLogin = "merge"
    #: Seconds an authorization code and a login's session token stay usable.
    code_ttl: float = 60.0
    session_token_ttl: float = 300.0


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8", "surrogatepass"), salt, 1000)


@attrs.define
class Member:
    """One site member; the password is kept only as a salted hash."""

    id: str
    email: str
    profile: dict[str, Any]
    _salt: bytes = attrs.field(repr=False)
    _hash: bytes = attrs.field(repr=False)
    verified: bool = True
    approved: bool = True
    must_reset_password: bool = False

    def check(self, password: str) -> bool:
        """Whether ``password`` is this member's."""
        return hmac.compare_digest(_hash(password, self._salt), self._hash)

    @property
    def owner_id(self) -> str:
        """The id the member's tokens, carts and orders carry."""
        return f"member:{self.id}"

    def identity(self) -> dict[str, Any]:
        """The member as the authentication API's ``identity``."""
        return {
            "id": self.id,
            "email": {"address": self.email, "isVerified": self.verified},
            "identityProfile": dict(self.profile),
            "status": {"name": "ACTIVE" if self.approved else "PENDING"},
        }


@attrs.frozen
class SessionGrant:
    """A login's session token: whose, for which visitor, until when."""

    member_id: str
    visitor_id: str
    expires_at: float


@attrs.define
class AuthCode:
    """An authorization code waiting for its one exchange at ``/oauth2/token``."""

    member_id: str
    visitor_id: str
    client_id: str
    redirect_uri: str
    code_challenge: str
    expires_at: float
    used: bool = False


@attrs.define
class MemberDirectory:
    """Every member and every login in progress of one emulator."""

    settings: MemberSettings = attrs.field(factory=MemberSettings)
    by_email: dict[str, Member] = attrs.field(factory=dict)
    #: stateToken -> (member id, the verification code emailed)
    pending: dict[str, tuple[str, str]] = attrs.field(factory=dict, repr=False)
    sessions: dict[str, SessionGrant] = attrs.field(factory=dict, repr=False)
    codes: dict[str, AuthCode] = attrs.field(factory=dict, repr=False)
    #: Password-reset emails "sent": (email, redirect URL).
    recovery_emails: list[tuple[str, str]] = attrs.field(factory=list)

    def add(self, member_id: str, email: str, password: str, **state: Any) -> Member:
        """Add a member (``verified``, ``approved``, ``must_reset_password``, ``profile``)."""
        salt = secrets.token_bytes(16)
        profile = dict(state.pop("profile", None) or {})
        member = Member(member_id, email.lower(), profile, salt, _hash(password, salt), **state)
        self.by_email[member.email] = member
        return member

    def by_id(self, member_id: str) -> Member | None:
        """The member with that id, if any."""
        return next((m for m in self.by_email.values() if m.id == member_id), None)

    def start_verification(self, member: Member) -> str:
        """A pending email verification: its state token (the code goes to the email)."""
        state_token = secrets.token_urlsafe(24)
        self.pending[state_token] = (member.id, f"{secrets.randbelow(10**6):06d}")
        return state_token

    def verification_code(self, email: str) -> str | None:
        """The code last "emailed" to ``email`` (what the member would read), if pending."""
        member = self.by_email.get(email.lower())
        codes = [
            code for member_id, code in self.pending.values() if member and member_id == member.id
        ]
        return codes[-1] if codes else None

    def open_session(self, member: Member, visitor_id: str, now: float) -> str:
        """A login's session token for ``member``, started by ``visitor_id``."""
        token = secrets.token_urlsafe(32)
        self.sessions[token] = SessionGrant(
            member.id, visitor_id, now + self.settings.session_token_ttl
        )
        return token

    def session(self, token: str | None, now: float) -> SessionGrant | None:
        """The live session behind a session token, if any."""
        grant = self.sessions.get(token or "")
        return grant if grant is not None and now < grant.expires_at else None

    def end_sessions(self, member_id: str) -> None:
        """Forget every session token of the member (a logout)."""
        for token in [t for t, g in self.sessions.items() if g.member_id == member_id]:
            del self.sessions[token]

    def issue_code(self, code: AuthCode) -> str:
        """Keep ``code`` for its exchange; returns the code's value."""
        value = secrets.token_urlsafe(32)
        self.codes[value] = code
        return value

    def seed(self, new_id: Any) -> None:
        """Add the documented seeded members."""
        self.add(new_id(), "ada@example.com", "lovelace-1815", profile={"nickname": "Ada"})
        self.add(new_id(), "grace@example.com", "hopper-1906", profile={"nickname": "Grace"})
        self.add(new_id(), "reset@example.com", "old-password", must_reset_password=True)

    def clear(self) -> None:
        """Forget members, logins, codes and settings."""
        self.settings = MemberSettings()
        for table in (self.by_email, self.pending, self.sessions, self.codes):
            table.clear()
        self.recovery_emails.clear()
