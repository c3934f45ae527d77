// Drives @wix/events and @wix/redirects, unchanged, against wixvisitor's emulator: an events
// storefront's ticketing sequence, RSVPs, and sessions shared with Python. See harness.mjs
// for what is redirected.
//
//   node events.mjs BASE_URL COMMAND [JSON]
import { createClient, OAuthStrategy } from "@wix/sdk";
import { orders, rsvpV2, ticketDefinitionsV2, ticketReservations, wixEventsV2 } from "@wix/events";
import { redirects } from "@wix/redirects";
import { failure, input, run } from "./harness.mjs";

function client(tokens) {
  return createClient({
    modules: { orders, redirects, rsvpV2, ticketDefinitionsV2, ticketReservations, wixEventsV2 },
    auth: OAuthStrategy({ clientId: input.clientId, tokens }),
  });
}

const attempt = async (call) => {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, code: failure(error) };
  }
};

const commands = {
  // The storefront: upcoming events, one by slug, its tiers, reserve two, hosted checkout URL.
  async "ticketing"() {
    const wix = client(input.tokens);
    if (!input.tokens) await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
    const upcoming = await wix.wixEventsV2
      .queryEvents({ fields: ["DETAILS", "REGISTRATION"] })
      .in("status", ["UPCOMING", "STARTED"])
      .ascending("dateAndTimeSettings.startDate")
      .limit(10)
      .find();
    const { event } = await wix.wixEventsV2.getEventBySlug("jazz-night", {
      fields: ["DETAILS", "TEXTS", "REGISTRATION", "URLS", "FORM"],
    });
    const { ticketDefinitions } = await wix.ticketDefinitionsV2.queryAvailableTicketDefinitions(
      { filter: { eventId: event._id }, sort: [{ fieldName: "sortIndex", order: "ASC" }] },
      { fields: ["SALES_DETAILS"] },
    );
    const general = ticketDefinitions.find((t) => t.name === "General");
    const reservation = await wix.ticketReservations.createTicketReservation({
      tickets: [{ ticketDefinitionId: general._id, quantity: 2 }],
    });
    const { redirectSession } = await wix.redirects.createRedirectSession({
      eventsCheckout: { reservationId: reservation._id, eventSlug: event.slug },
      callbacks: { thankYouPageUrl: input.thankYou, postFlowUrl: input.back },
    });
    return {
      tokens: wix.auth.getTokens(),
      upcoming: upcoming.items.map((e) => ({ id: e._id, slug: e.slug, type: e.registration?.initialType })),
      total: upcoming.totalCount,
      event: { id: event._id, title: event.title, when: event.dateAndTimeSettings.formatted.dateAndTime,
               status: event.registration.status, start: event.dateAndTimeSettings.startDate instanceof Date },
      tiers: ticketDefinitions.map((t) => ({ name: t.name, price: t.pricingMethod.fixedPrice.value,
                                             free: t.pricingMethod.free, left: t.salesDetails.unsoldCount })),
      reservation: { id: reservation._id, status: reservation.status,
                     expires: reservation.expirationDate instanceof Date,
                     quantity: reservation.tickets[0].quantity },
      fullUrl: redirectSession.fullUrl,
    };
  },
  // The same visitor (tokens from Python or an earlier run): read a reservation.
  async "read-reservation"() {
    const wix = client(input.tokens);
    const read = await attempt(() => wix.ticketReservations.getTicketReservation(input.reservationId));
    return read.ok ? { status: read.value.status, id: read.value._id } : { code: read.code };
  },
  // The thank-you page: the order by number (as @wix/headless-events reads it), and the event.
  async "thank-you"() {
    const wix = client(input.tokens);
    const order = await wix.orders.getOrder(
      { eventId: input.eventId, orderNumber: input.orderNumber },
      { fieldset: ["TICKETS", "DETAILS"] },
    );
    const event = await wix.wixEventsV2.getEvent(input.eventId, { fields: ["TEXTS", "URLS"] });
    const reservation = await wix.ticketReservations.getTicketReservation(order.reservationId);
    return {
      status: order.status, quantity: order.ticketsQuantity, total: order.totalPrice.amount,
      tickets: order.tickets.map((t) => t.name), title: event.title, reservation: reservation.status,
    };
  },
  // A reservation made in JS, for Python to read with the same tokens.
  async "reserve"() {
    const wix = client(input.tokens);
    const reservation = await wix.ticketReservations.createTicketReservation({
      tickets: [{ ticketDefinitionId: input.ticketDefinitionId, quantity: input.quantity }],
    });
    return { id: reservation._id, status: reservation.status };
  },
  // Another visitor: the reservation is not theirs, read nor cancel nor check out.
  async "stranger"() {
    const wix = client();
    const read = await attempt(() => wix.ticketReservations.getTicketReservation(input.reservationId));
    const cancel = await attempt(() => wix.ticketReservations.cancelTicketReservation(input.reservationId));
    const checkout = await attempt(() => wix.redirects.createRedirectSession({
      eventsCheckout: { reservationId: input.reservationId, eventSlug: "jazz-night" },
      callbacks: { thankYouPageUrl: "https://jazz.example/thanks" },
    }));
    return { read: read.code ?? "LEAKED", cancel: cancel.code ?? "LEAKED", checkout: checkout.code ?? "LEAKED" };
  },
  // A free event: RSVP with an extra guest, read it back; the same email twice; a closed event.
  async "rsvp"() {
    const wix = client();
    const { event } = await wix.wixEventsV2.getEventBySlug("community-picnic", { fields: ["REGISTRATION", "FORM"] });
    const guest = { eventId: event._id, firstName: "Grace", lastName: "Hopper", email: "grace@example.com",
                    status: "YES", additionalGuestDetails: { guestCount: 1, guestNames: ["Ada Lovelace"] } };
    const made = await wix.rsvpV2.createRsvp(guest);
    const got = await wix.rsvpV2.getRsvp(made._id);
    const twice = await attempt(() => wix.rsvpV2.createRsvp({ ...guest, additionalGuestDetails: undefined }));
    const { event: closed } = await wix.wixEventsV2.getEventBySlug("founders-dinner", { fields: ["REGISTRATION"] });
    const late = await attempt(() => wix.rsvpV2.createRsvp({ ...guest, eventId: closed._id }));
    return {
      responseType: event.registration.rsvp.responseType, controls: event.form.controls.map((c) => c.type),
      status: made.status, totalGuests: got.totalGuests, sameId: got._id === made._id,
      twice: twice.code ?? "ACCEPTED", closed: closed.registration.status, late: late.code ?? "ACCEPTED",
    };
  },
  // What the official packages send for refused requests: each a 4xx code, never a 500.
  async "refusals"() {
    const wix = client();
    const unknown = await attempt(() => wix.ticketReservations.createTicketReservation({
      tickets: [{ ticketDefinitionId: "00000000-0000-4000-8000-000000000000", quantity: 1 }],
    }));
    const tooMany = await attempt(() => wix.ticketReservations.createTicketReservation({
      tickets: [{ ticketDefinitionId: input.vip, quantity: 4 }],
    }));
    const badFilter = await attempt(() => wix.wixEventsV2.queryEvents().eq("nope", 1).find());
    const noEvent = await attempt(() => wix.wixEventsV2.getEvent("00000000-0000-4000-8000-000000000000"));
    const rsvpTicketed = await attempt(() => wix.rsvpV2.createRsvp({
      eventId: input.jazz, firstName: "A", lastName: "B", email: "a@b.example", status: "YES",
    }));
    return { unknown: unknown.code, tooMany: tooMany.code, badFilter: badFilter.code,
             noEvent: noEvent.code, rsvpTicketed: rsvpTicketed.code };
  },
};

await run(commands);
