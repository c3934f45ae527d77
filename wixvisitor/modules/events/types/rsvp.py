# File generated from @wix/auto_sdk_events_rsvp 1.0.44 by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.rsvp``.

From ``@wix/auto_sdk_events_rsvp``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.rsvp import <Type>
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias, TypedDict

from ._shared import CalendarLinks as CalendarLinks
from ._shared import CheckIn as CheckIn
from ._shared import DeleteRsvpResponse as DeleteRsvpResponse
from ._shared import FacetCounts as FacetCounts
from ._shared import FormResponse as FormResponse
from ._shared import InputValue as InputValue

RsvpFieldset: TypeAlias = Literal["DETAILS", "FORM", "CONTACT_DETAILS"]
RsvpStatus: TypeAlias = Literal["YES", "NO", "WAITING"]
RsvpTag: TypeAlias = Literal["FULLY_CHECKED_IN", "NOT_FULLY_CHECKED_IN", "MEMBER"]


class BulkUpdateRsvpRequest(TypedDict, total=False):
    eventId: Required[str]
    rsvpId: list[str]
    fields: list[str]
    status: RsvpStatus


class BulkUpdateRsvpResponse(TypedDict, total=False):
    rsvps: list[Rsvp]


class CheckInRsvpOptions(TypedDict, total=False):
    """What ``checkInRsvp`` reads from ``options``."""

    rsvpId: str
    guestId: list[int]


class CheckInRsvpRequest(TypedDict, total=False):
    eventId: Required[str]
    rsvpId: Required[str]
    guestId: list[int]


class CheckInRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp


class Counts(TypedDict, total=False):
    count: int
    guests: int
    guestsCheckIn: int


class CreateRsvpOptions(TypedDict, total=False):
    """What ``createRsvp`` reads from ``options``."""

    eventId: str
    form: FormResponse
    status: RsvpStatus
    memberId: str | None
    options: ModificationOptions
    marketingConsent: bool | None


class CreateRsvpRequest(TypedDict, total=False):
    eventId: str
    form: FormResponse
    status: RsvpStatus
    memberId: str | None
    options: ModificationOptions
    marketingConsent: bool | None


class CreateRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp
    calendarLinks: CalendarLinks


class DeleteRsvpCheckInOptions(TypedDict, total=False):
    """What ``deleteRsvpCheckIn`` reads from ``options``."""

    rsvpId: str
    guestId: list[int]


class DeleteRsvpCheckInRequest(TypedDict, total=False):
    eventId: Required[str]
    rsvpId: Required[str]
    guestId: list[int]


class DeleteRsvpCheckInResponse(TypedDict, total=False):
    rsvp: Rsvp


class DeleteRsvpOptions(TypedDict, total=False):
    """What ``deleteRsvp`` reads from ``options``."""

    rsvps: list[str]


class DeleteRsvpRequest(TypedDict, total=False):
    eventId: Required[str]
    rsvps: list[str]


class GetRsvpOptions(TypedDict, total=False):
    """What ``getRsvp`` reads from ``options``."""

    eventId: str
    fieldset: list[RsvpFieldset]


class GetRsvpRequest(TypedDict, total=False):
    eventId: str
    rsvpId: Required[str]
    fieldset: list[RsvpFieldset]


class GetRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp


class Guest(TypedDict, total=False):
    index: int
    fullName: str
    checkIn: CheckIn
    id: int


class ListRsvpOptions(TypedDict, total=False):
    """What ``listRsvp`` reads from ``options``."""

    offset: int
    limit: int
    fieldset: list[RsvpFieldset]
    eventId: list[str]
    rsvpId: list[str]
    status: list[RsvpStatus]
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    contactId: list[str]
    tag: list[RsvpTag]


class ListRsvpRequest(TypedDict, total=False):
    offset: int
    limit: int
    fieldset: list[RsvpFieldset]
    eventId: list[str]
    rsvpId: list[str]
    status: list[RsvpStatus]
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    contactId: list[str]
    tag: list[RsvpTag]


class ListRsvpResponse(TypedDict, total=False):
    total: int
    offset: int
    limit: int
    rsvps: list[Rsvp]
    facets: dict[str, FacetCounts]
    rsvpFacets: RsvpFacets


class ModificationOptions(TypedDict, total=False):
    silent: bool
    ignoreLimits: bool
    ignoreFormValidation: bool


class QueryRsvpOptions(TypedDict, total=False):
    """What ``queryRsvp`` reads from ``options``."""

    offset: int
    limit: int
    fieldset: list[RsvpFieldset]
    filter: dict[str, Any] | None
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    contactId: list[str]
    tag: list[RsvpTag]


class QueryRsvpRequest(TypedDict, total=False):
    offset: int
    limit: int
    fieldset: list[RsvpFieldset]
    filter: dict[str, Any] | None
    memberId: list[str]
    facet: list[str]
    searchPhrase: str
    eventCreatorId: list[str]
    sort: str
    contactId: list[str]
    tag: list[RsvpTag]


class QueryRsvpResponse(TypedDict, total=False):
    total: int
    offset: int
    limit: int
    rsvps: list[Rsvp]
    facets: dict[str, FacetCounts]
    rsvpFacets: RsvpFacets


class Rsvp(TypedDict, total=False):
    id: str
    eventId: str
    contactId: str
    memberId: str
    created: str | None
    modified: str | None
    firstName: str
    lastName: str
    email: str
    rsvpForm: FormResponse
    status: RsvpStatus
    totalGuests: int
    guests: list[Guest]
    anonymized: bool
    marketingConsent: bool | None


class RsvpFacetCounts(TypedDict, total=False):
    counts: dict[str, Counts]


class RsvpFacets(TypedDict, total=False):
    facets: dict[str, RsvpFacetCounts]


class UpdateRsvpRequest(TypedDict, total=False):
    eventId: Required[str]
    rsvpId: Required[str]
    fields: Required[list[str]]
    rsvpForm: FormResponse
    status: RsvpStatus
    options: ModificationOptions


class UpdateRsvpResponse(TypedDict, total=False):
    rsvp: Rsvp
