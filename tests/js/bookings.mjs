// Drives the official packages, unchanged, against wixvisitor's emulator: carts by id
// (`cart` of @wix/ecom) and a storefront's bookings (`services`, `availabilityTimeSlots`,
// `bookings`, `extendedBookings` of @wix/bookings). See harness.mjs for what is redirected.
//
//   node bookings.mjs BASE_URL COMMAND [JSON]
import { createClient, OAuthStrategy } from "@wix/sdk";
import { availabilityTimeSlots, bookings, extendedBookings, services } from "@wix/bookings";
import { cart, currentCart } from "@wix/ecom";
import { redirects } from "@wix/redirects";
import { cartLines, input, line, run } from "./harness.mjs";

const BOOKINGS_APP_ID = "13d21c63-b5ec-5912-8397-c3a5ddb27a97";

function client(tokens) {
  return createClient({
    modules: { availabilityTimeSlots, bookings, cart, currentCart, extendedBookings, redirects, services },
    auth: OAuthStrategy({ clientId: input.clientId, tokens }),
  });
}

const slotsOf = (wix, serviceId) =>
  wix.availabilityTimeSlots.listAvailabilityTimeSlots({
    serviceId, fromLocalDate: input.fromLocalDate, toLocalDate: input.toLocalDate, timeZone: "UTC",
  });

const commands = {
  // A new visitor: createCart({}), getCart, addToCart, update a quantity, estimate, read current.
  async "cart-by-id"() {
    const wix = client();
    await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
    const created = await wix.cart.createCart({});
    const id = created._id;
    const got = await wix.cart.getCart(id);
    const added = await wix.cart.addToCart(id, { lineItems: [line(input.productId, 2)] });
    const [first] = cartLines(added.cart);
    const updated = await wix.cart.updateLineItemsQuantity(id, [{ _id: first.id, quantity: 3 }]);
    const totals = await wix.cart.estimateTotals(id, {});
    const current = await wix.currentCart.getCurrentCart();
    return {
      tokens: wix.auth.getTokens(), id, gotId: got._id, created: cartLines(created),
      added: cartLines(added.cart), updated: cartLines(updated.cart),
      total: totals.priceSummary.total.amount, currentId: current._id,
    };
  },
  // Continue a session Python started: read its cart by id and add one more product.
  async "continue-cart"() {
    const wix = client(input.tokens);
    const before = await wix.cart.getCart(input.cartId);
    await wix.cart.addToCart(input.cartId, { lineItems: [line(input.productId)] });
    const after = await wix.cart.getCart(input.cartId);
    return { before: cartLines(before), after: cartLines(after) };
  },
  // The rest of a cart's life: createCheckout, removeLineItems, deleteCart, then getCart fails.
  async "finish-cart"() {
    const wix = client(input.tokens);
    const { checkoutId } = await wix.cart.createCheckout(input.cartId, { channelType: "WEB" });
    const cart = await wix.cart.getCart(input.cartId);
    const removed = await wix.cart.removeLineItems(input.cartId, [cart.lineItems[0]._id]);
    await wix.cart.deleteCart(input.cartId);
    try {
      await wix.cart.getCart(input.cartId);
      return { checkoutId, removed: cartLines(removed.cart), gone: false };
    } catch (error) {
      const code = error?.details?.applicationError?.code ?? null;
      return { checkoutId, removed: cartLines(removed.cart), gone: code };
    }
  },
  // Another visitor's cart id: the package's error, never the cart.
  async "stranger-cart"() {
    const wix = client();
    try {
      const got = await wix.cart.getCart(input.cartId);
      return { leaked: true, got };
    } catch (error) {
      return { leaked: false, code: error?.details?.applicationError?.code ?? null };
    }
  },
  // A storefront's bookings page: services, one service, its slots, book one, check out.
  async "book"() {
    const wix = client(input.tokens);
    if (!input.tokens) await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
    const all = await wix.services.queryServices().find();
    const appointments = await wix.services.queryServices().eq("type", "APPOINTMENT").limit(1).find();
    const service = await wix.services.getService(appointments.items[0]._id);
    const { timeSlots } = await slotsOf(wix, service._id);
    const slot = timeSlots[0];
    const { booking } = await wix.bookings.createBooking({
      bookedEntity: { slot: { serviceId: service._id, startDate: slot.localStartDate,
                              endDate: slot.localEndDate, timezone: "UTC" } },
      contactDetails: { firstName: "Grace", email: "grace@example.com" },
    });
    await wix.currentCart.addToCurrentCart({
      lineItems: [{ catalogReference: { catalogItemId: booking._id, appId: BOOKINGS_APP_ID }, quantity: 1 }],
    });
    const { checkoutId } = await wix.currentCart.createCheckoutFromCurrentCart({ channelType: "WEB" });
    const { redirectSession } = await wix.redirects.createRedirectSession({
      ecomCheckout: { checkoutId }, callbacks: { thankYouPageUrl: "https://salon.example/thanks" },
    });
    return {
      tokens: wix.auth.getTokens(), names: all.items.map((s) => s.name), total: all.totalCount,
      service: service.name, slots: timeSlots.map((s) => s.localStartDate), booked: slot.localStartDate,
      bookingId: booking._id, status: booking.status, fullUrl: redirectSession.fullUrl,
    };
  },
  // After the order: the slot list and the visitor's own bookings.
  async "after-order"() {
    const wix = client(input.tokens);
    const { timeSlots } = await slotsOf(wix, input.serviceId);
    const mine = await wix.extendedBookings.queryExtendedBookings().find();
    return {
      slots: timeSlots.map((s) => s.localStartDate),
      mine: mine.items.map((e) => ({ id: e.booking._id, status: e.booking.status })),
    };
  },
};

await run(commands);
