# File generated from @wix/auto_sdk_events_forms 1.0.108
# by `make apigen` (tools/apigen). Do not edit.
"""REST types of ``events.forms``.

From ``@wix/auto_sdk_events_forms``: Wix's
REST JSON as the package declares it (``id``, not ``_id``); the module imports
this file for type checkers only, so it costs nothing at run time. Import a type:

    from wixvisitor.modules.events.types.forms import <Type>
"""

from __future__ import annotations

from typing import Literal, Required, TypeAlias, TypedDict

InputControlType: TypeAlias = Literal[
    "INPUT",
    "TEXTAREA",
    "DROPDOWN",
    "RADIO",
    "CHECKBOX",
    "NAME",
    "GUEST_CONTROL",
    "ADDRESS_SHORT",
    "ADDRESS_FULL",
    "DATE",
]
ValueType: TypeAlias = Literal["TEXT", "NUMBER", "TEXT_ARRAY", "DATE_TIME", "ADDRESS"]


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


class CheckoutFormMessages(TypedDict, total=False):
    title: str
    submitActionLabel: str
    confirmation: ResponseConfirmation


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


class DiscardDraftRequest(TypedDict, total=False):
    eventId: Required[str]


class DiscardDraftResponse(TypedDict, total=False):
    pass


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


class Input(TypedDict, total=False):
    name: str
    array: bool
    label: str
    additionalLabels: dict[str, str]
    options: list[str]
    mandatory: bool
    maxLength: int
    type: ValueType
    maxSize: int | None
    defaultOptionSelection: OptionSelection
    labels: list[Label]


class InputControl(TypedDict, total=False):
    type: InputControlType
    system: bool
    name: str
    inputs: list[Input]
    label: str
    orderIndex: int
    id: str
    deleted: bool | None


class Label(TypedDict, total=False):
    name: str
    label: str


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


class OptionSelectionSelectedOptionOneOf(TypedDict, total=False):
    optionIndex: int
    placeholderText: str


class OptionSelection(OptionSelectionSelectedOptionOneOf, total=False):
    pass


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


class PublishDraftRequest(TypedDict, total=False):
    eventId: Required[str]


class PublishDraftResponse(TypedDict, total=False):
    form: Form


class RadioButtonControl(TypedDict, total=False):
    label: str
    options: list[str]


class RegistrationClosedMessages(TypedDict, total=False):
    message: str
    exploreEventsActionLabel: str


class ResponseConfirmation(TypedDict, total=False):
    title: str
    message: str
    downloadTicketsLabel: str
    addToCalendarLabel: str
    shareEventLabel: str


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


class TicketsUnavailableMessages(TypedDict, total=False):
    message: str
    exploreEventsActionLabel: str


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
