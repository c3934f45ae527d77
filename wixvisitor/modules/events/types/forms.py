# File generated from @wix/auto_sdk_events_forms 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.forms``.

From ``@wix/auto_sdk_events_forms``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.forms import <Type>
"""

from __future__ import annotations

from typing import Required, TypedDict

from ._shared import CheckoutFormMessages as CheckoutFormMessages
from ._shared import DiscardDraftRequest as DiscardDraftRequest
from ._shared import DiscardDraftResponse as DiscardDraftResponse
from ._shared import Input as Input
from ._shared import InputControl as InputControl
from ._shared import InputControlType as InputControlType
from ._shared import Label as Label
from ._shared import OptionSelection as OptionSelection
from ._shared import OptionSelectionSelectedOptionOneOf as OptionSelectionSelectedOptionOneOf
from ._shared import PublishDraftRequest as PublishDraftRequest
from ._shared import RegistrationClosedMessages as RegistrationClosedMessages
from ._shared import ResponseConfirmation as ResponseConfirmation
from ._shared import TicketsUnavailableMessages as TicketsUnavailableMessages
from ._shared import ValueType as ValueType


class AddControlOptions(TypedDict, total=False):
    """What ``addControl`` reads from ``options``."""

    phone: PhoneControl
    address: AddressControl
    date: DateControl
    additionalGuests: AdditionalGuestsControl
    dropdown: DropdownControl
    checkbox: CheckboxControl
    text: TextControl
    radioButton: RadioButtonControl


class AddControlRequestControlOneOf(TypedDict, total=False):
    phone: PhoneControl
    address: AddressControl
    date: DateControl
    additionalGuests: AdditionalGuestsControl
    dropdown: DropdownControl
    checkbox: CheckboxControl
    text: TextControl
    radioButton: RadioButtonControl


class AddControlRequest(AddControlRequestControlOneOf, total=False):
    eventId: Required[str]


class AddControlResponse(TypedDict, total=False):
    id: str
    form: Form


class AdditionalGuestsControl(TypedDict, total=False):
    labels: Labels
    namesMandatory: bool
    maxGuests: int


class AddressControl(TypedDict, total=False):
    labels: AddressControlLabels
    full: bool
    mandatory: bool


class AddressControlLabels(TypedDict, total=False):
    addressLine: str
    country: str
    subdivision: str
    city: str
    postalCode: str
    streetAddress: str


class CheckboxControl(TypedDict, total=False):
    label: str
    mandatory: bool
    options: list[str]


class DateControl(TypedDict, total=False):
    label: str
    mandatory: bool


class DeleteControlIdentifiers(TypedDict, total=False):
    """What ``deleteControl`` reads from ``identifiers``."""

    eventId: Required[str]


class DeleteControlRequest(TypedDict, total=False):
    eventId: Required[str]
    _id: str


class DeleteControlResponse(TypedDict, total=False):
    form: Form


class DropdownControl(TypedDict, total=False):
    label: str
    options: list[str]
    mandatory: bool
    defaultOptionSelection: OptionSelection


class EmailControl(TypedDict, total=False):
    label: str


class Form(TypedDict, total=False):
    controls: list[InputControl]
    messages: FormMessages


class FormMessages(TypedDict, total=False):
    rsvp: RsvpFormMessages
    checkout: CheckoutFormMessages
    registrationClosed: RegistrationClosedMessages
    ticketsUnavailable: TicketsUnavailableMessages


class GetFormRequest(TypedDict, total=False):
    eventId: Required[str]


class GetFormResponse(TypedDict, total=False):
    form: Form
    draftForm: Form


class Labels(TypedDict, total=False):
    single: str
    multiple: str


class NameControl(TypedDict, total=False):
    labels: NameControlLabels


class NameControlLabels(TypedDict, total=False):
    firstName: str
    lastName: str


class Negative(TypedDict, total=False):
    title: str
    confirmation: NegativeResponseConfirmation


class NegativeResponseConfirmation(TypedDict, total=False):
    title: str
    shareActionLabel: str


class PhoneControl(TypedDict, total=False):
    label: str
    mandatory: bool


class Positive(TypedDict, total=False):
    title: str
    confirmation: PositiveResponseConfirmation


class PositiveResponseConfirmation(TypedDict, total=False):
    title: str
    message: str
    addToCalendarActionLabel: str
    shareActionLabel: str


class PublishDraftResponse(TypedDict, total=False):
    form: Form


class RadioButtonControl(TypedDict, total=False):
    label: str
    options: list[str]


class RsvpFormMessages(TypedDict, total=False):
    rsvpYesOption: str
    rsvpNoOption: str
    positiveMessages: Positive
    waitlistMessages: Positive
    negativeMessages: Negative
    submitActionLabel: str


class TextControl(TypedDict, total=False):
    label: str
    mandatory: bool
    maxLength: int
    multiLine: bool
    comment: bool


class UpdateControlIdentifiers(TypedDict, total=False):
    """What ``updateControl`` reads from ``identifiers``."""

    eventId: Required[str]


class UpdateControlOptions(TypedDict, total=False):
    """What ``updateControl`` reads from ``options``."""

    orderIndex: int
    phone: PhoneControl
    address: AddressControl
    date: DateControl
    additionalGuests: AdditionalGuestsControl
    dropdown: DropdownControl
    checkbox: CheckboxControl
    text: TextControl
    name: NameControl
    email: EmailControl
    radioButton: RadioButtonControl


class UpdateControlRequestControlOneOf(TypedDict, total=False):
    phone: PhoneControl
    address: AddressControl
    date: DateControl
    additionalGuests: AdditionalGuestsControl
    dropdown: DropdownControl
    checkbox: CheckboxControl
    text: TextControl
    name: NameControl
    email: EmailControl
    radioButton: RadioButtonControl


class UpdateControlRequest(UpdateControlRequestControlOneOf, total=False):
    eventId: Required[str]
    _id: str
    orderIndex: int


class UpdateControlResponse(TypedDict, total=False):
    form: Form


class UpdateMessagesRequest(TypedDict, total=False):
    eventId: Required[str]
    fields: list[str]
    messages: FormMessages


class UpdateMessagesResponse(TypedDict, total=False):
    form: Form
