// Drives the official packages, unchanged, against wixvisitor's emulator: Wix's headless booking
// flow through eCom Cart V2 (`services`, `categoriesV2`, `eventTimeSlots`,
// `availabilityTimeSlots`, `bookings` of @wix/bookings; `forms` of @wix/forms; `cartV2` of
// @wix/ecom, which answers createCart with the cart itself; `redirects`), Cart V2 carts of store products, and a Catalog V3 storefront's
// categories (`categories` of @wix/categories, `productsV3` of @wix/stores).
//
//   node cart_v2.mjs BASE_URL COMMAND [JSON]
import { createClient, OAuthStrategy } from "@wix/sdk";
import {
  availabilityTimeSlots, bookings, categoriesV2, eventTimeSlots, services,
} from "@wix/bookings";
import { categories } from "@wix/categories";
import { cartV2 } from "@wix/ecom";
import { forms } from "@wix/forms";
import { redirects } from "@wix/redirects";
import { productsV3 } from "@wix/stores";
import { failure, input, line, run } from "./harness.mjs";

const BOOKINGS_APP_ID = "13d21c63-b5ec-5912-8397-c3a5ddb27a97";
const STAFF_TYPE = "1cd44cf8-756f-41c3-bd90-3e2ffcaf1155";
const STORES_TREE = { appNamespace: "@wix/stores" };

function client(tokens) {
  return createClient({
    modules: {
      availabilityTimeSlots, bookings, cartV2, categories, categoriesV2, eventTimeSlots, forms,
      productsV3, redirects, services,
    },
    auth: OAuthStrategy({ clientId: input.clientId, tokens }),
  });
}

async function visitor(tokens) {
  const wix = client(tokens);
  if (!tokens) await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
  return wix;
}

const cartLines = (cart) => (cart?.lineItems ?? []).map((item) => ({
  id: item._id, item: item.source.catalogReference.catalogItemId,
  quantity: item.quantityInfo.requestedQuantity, total: item.pricing.totalPrice.amount,
}));

// Book one slot as bookingDriver does: the form's fields keyed by target, any staff member.
async function book(wix, slot, form) {
  const entity = {
    slot: {
      serviceId: slot.serviceId, startDate: slot.localStartDate, endDate: slot.localEndDate,
      timezone: "UTC", eventId: slot.eventInfo?.eventId,
      resourceSelections: [{ resourceTypeId: STAFF_TYPE, selectionMethod: "ANY_RESOURCE" }],
    },
  };
  const submission = Object.fromEntries(form.formFields.map((f) => [f.inputOptions.target, ""]));
  Object.assign(submission, { first_name: "Grace", last_name: "Hopper", email: "grace@example.com" });
  delete submission.phone;
  const { booking } = await wix.bookings.createBooking(
    { bookedEntity: entity, totalParticipants: 1 }, { formSubmission: submission },
  );
  const cart = await wix.cartV2.createCart({
    catalogItems: [{ catalogReference: { catalogItemId: booking._id, appId: BOOKINGS_APP_ID }, quantity: 1 }],
    cart: { source: { channelType: "WEB" } },
  });
  const { summary } = await wix.cartV2.calculateCart(cart._id);
  return { booking, cart, summary };
}

const price = (summary) => ({
  total: summary.priceSummary.total.amount, payNow: summary.paymentSummary.payNow.amount,
  payLater: summary.paymentSummary.payLater.amount,
});

const commands = {
  // The storefront's booking pages: services of the Bookings app, their staff, locations,
  // categories, slots and the booking form; then a free appointment and a class paid in person
  // are booked and ordered (placeOrder), and a paid one goes to the hosted checkout.
  async "book"() {
    const wix = await visitor(input.tokens);
    const found = await wix.services.queryServices({ conditionalFields: ["STAFF_MEMBER_DETAILS"] })
      .eq("appId", BOOKINGS_APP_ID).limit(100).find();
    const { businessLocations } = await wix.services.queryLocations({ filter: {} });
    const locationId = businessLocations.locations[0].business._id;
    const atLocation = await wix.services.queryServices()
      .eq("appId", BOOKINGS_APP_ID).hasSome("locations.business.id", [locationId]).find();
    const byCategory = await wix.services.queryServices()
      .eq("appId", BOOKINGS_APP_ID).eq("category.id", input.classesCategory).find();
    const bySlug = await wix.services.queryServices().eq("mainSlug.name", "haircut").find();
    const cats = await wix.categoriesV2.queryCategories().find();
    const form = await wix.forms.getForm(found.items[0].form._id);
    const range = { fromLocalDate: input.fromLocalDate, toLocalDate: input.toLocalDate, timeZone: "UTC" };
    const free = await wix.availabilityTimeSlots.listAvailabilityTimeSlots({ serviceId: input.free, ...range });
    const classes = await wix.eventTimeSlots.listEventTimeSlots({ serviceIds: [input.yoga], ...range });
    const paid = await wix.availabilityTimeSlots.listAvailabilityTimeSlots({ serviceId: input.paid, ...range });

    const freeBooking = await book(wix, free.timeSlots[0], form);
    const freeOrder = await wix.cartV2.placeOrder(freeBooking.cart._id);
    const classBooking = await book(wix, classes.timeSlots[0], form);
    const classOrder = await wix.cartV2.placeOrder(classBooking.cart._id);
    const paidBooking = await book(wix, paid.timeSlots[0], form);
    let refused = null;
    try {
      await wix.cartV2.placeOrder(paidBooking.cart._id);
    } catch (error) {
      refused = failure(error);
    }
    const { checkoutUrl } = await wix.cartV2.getCheckoutUrl(paidBooking.cart._id);
    const { redirectSession } = await wix.redirects.createRedirectSession({
      ecomCheckout: { checkoutId: paidBooking.cart._id },
      callbacks: { thankYouPageUrl: "https://salon.example/thanks", postFlowUrl: "https://salon.example" },
    });
    const after = await wix.eventTimeSlots.listEventTimeSlots({ serviceIds: [input.yoga], ...range });
    return {
      tokens: wix.auth.getTokens(),
      names: found.items.map((s) => s.name),
      staff: found.items.map((s) => (s.staffMemberDetails?.staffMembers ?? []).map((m) => m.name)),
      atLocation: atLocation.items.length, byCategory: byCategory.items.map((s) => s.name),
      bySlug: bySlug.items.map((s) => s.name), categories: cats.items.map((c) => c.name),
      targets: form.formFields.map((f) => f.inputOptions.target),
      eventId: classes.timeSlots[0].eventInfo.eventId,
      seatsBefore: classes.timeSlots[0].remainingCapacity, seatsAfter: after.timeSlots[0].remainingCapacity,
      free: { status: freeBooking.booking.status, price: price(freeBooking.summary), order: freeOrder },
      class: { status: classBooking.booking.status, price: price(classBooking.summary), order: classOrder,
               contact: classBooking.booking.contactDetails, eventId: classBooking.booking.bookedEntity.slot.eventId },
      paid: { bookingId: paidBooking.booking._id, cartId: paidBooking.cart._id, price: price(paidBooking.summary),
              refused, checkoutUrl, fullUrl: redirectSession.fullUrl, slot: paid.timeSlots[0].localStartDate },
      bookingIds: [freeBooking.booking._id, classBooking.booking._id],
    };
  },
  // A Cart V2 cart of store products: create, add, update, remove, estimate, get.
  async "cart"() {
    const wix = await visitor(input.tokens);
    const cart = await wix.cartV2.createCart({ catalogItems: [line(input.productId, 2)] });
    const added = await wix.cartV2.addLineItems(cart._id, { catalogItems: [line(input.otherId)] });
    const [first, second] = added.cart.lineItems;
    const updated = await wix.cartV2.updateLineItems(cart._id, {
      lineItems: [{ lineItemId: first._id, quantity: { newQuantity: 3 } }],
    });
    const removed = await wix.cartV2.removeLineItems(cart._id, [second._id]);
    const estimate = await wix.cartV2.estimateCart(cart._id, {});
    const got = await wix.cartV2.getCart(cart._id);
    return {
      tokens: wix.auth.getTokens(), id: cart._id, created: cartLines(cart), added: cartLines(added.cart),
      updated: cartLines(updated.cart), removed: cartLines(removed.cart), got: cartLines(got),
      subtotal: estimate.summary.priceSummary.subtotal.amount, total: estimate.summary.priceSummary.total.amount,
    };
  },
  // Read and extend a cart another process (Python) made, with its session.
  async "continue-cart"() {
    const wix = client(input.tokens);
    const before = await wix.cartV2.getCart(input.cartId);
    const after = await wix.cartV2.addLineItems(input.cartId, { catalogItems: [line(input.productId)] });
    return { before: cartLines(before), after: cartLines(after.cart) };
  },
  // Another visitor asks for the cart: the package's error, never the cart.
  async "stranger-cart"() {
    const wix = await visitor();
    try {
      return { leaked: true, got: await wix.cartV2.getCart(input.cartId) };
    } catch (error) {
      return { leaked: false, code: failure(error) };
    }
  },
  // A Catalog V3 storefront's categories: the store tree, one by slug and by id, its products.
  async "categories"() {
    const wix = await visitor();
    const tree = await wix.categories.queryCategories({ treeReference: STORES_TREE }).limit(50).find();
    const { category: shirts } = await wix.categories.getCategoryBySlug("shirts", STORES_TREE);
    const again = await wix.categories.getCategory(shirts._id, STORES_TREE);
    const { count } = await wix.categories.countCategories({ treeReference: STORES_TREE });
    const root = await wix.productsV3.getAllProductsCategory();
    const inShirts = { "allCategoriesInfo.categories": { $matchItems: [{ _id: { $in: [shirts._id] } }] } };
    const found = await wix.productsV3.searchProducts({ filter: inShirts }, { fields: [] });
    const counted = await wix.productsV3.countProducts({ filter: inShirts });
    let missing = null;
    try {
      await wix.categories.getCategoryBySlug("no-such-category", STORES_TREE);
    } catch (error) {
      missing = failure(error);
    }
    return {
      slugs: tree.items.map((c) => c.slug), shirts: shirts.name, againId: again._id === shirts._id,
      breadcrumbs: shirts.breadcrumbsInfo.breadcrumbs.map((b) => b.categorySlug), count,
      allProducts: root.categoryId, rootSlug: tree.items.find((c) => c._id === root.categoryId)?.slug,
      products: found.products.map((p) => p.name),
      productCategories: found.products[0].allCategoriesInfo.categories.map((c) => c._id),
      counted: counted.count, missing,
    };
  },
};

await run(commands);
