// Drives the official Wix JS SDK, unchanged, against wixvisitor's emulator: the visitor
// flow, sessions and cookies shared with Python. See harness.mjs for what is redirected.
//
//   node sdk.mjs BASE_URL COMMAND [JSON]
import { cartLines, client, input, line, run } from "./harness.mjs";

const commands = {
  // A new visitor: search, add two products, change a quantity, remove a line, read the cart.
  async "visitor-flow"() {
    const wix = client();
    await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
    const found = await wix.productsV3.searchProducts({ cursorPaging: { limit: 3 } });
    const byText = await wix.productsV3.searchProducts({ search: { expression: input.expression } });
    const queried = await wix.productsV3.queryProducts().limit(2).find();
    const ids = found.products.map((p) => p._id);
    const one = await wix.productsV3.getProduct(ids[0]);
    const added = await wix.currentCart.addToCurrentCart({ lineItems: [line(ids[0]), line(ids[1])] });
    const [first, second] = cartLines(added.cart);
    const updated = await wix.currentCart.updateCurrentCartLineItemQuantity([
      { _id: first.id, quantity: 3 },
    ]);
    const removed = await wix.currentCart.removeLineItemsFromCurrentCart([second.id]);
    const cart = await wix.currentCart.getCurrentCart();
    return {
      tokens: wix.auth.getTokens(), searched: ids, byText: byText.products.map((p) => p.name),
      queried: queried.items.map((p) => p._id), got: one._id, added: cartLines(added.cart),
      updated: cartLines(updated.cart), removed: cartLines(removed.cart), cart: cartLines(cart),
    };
  },
  // Checkout of a cart: createCheckoutFromCurrentCart, then a redirect session to Wix's page.
  async checkout() {
    const wix = client(input.tokens);
    const { checkoutId } = await wix.currentCart.createCheckoutFromCurrentCart({ channelType: "WEB" });
    const { redirectSession } = await wix.redirects.createRedirectSession({
      ecomCheckout: { checkoutId },
      callbacks: { postFlowUrl: input.postFlowUrl, thankYouPageUrl: input.thankYouPageUrl },
    });
    return { checkoutId, fullUrl: redirectSession.fullUrl, id: redirectSession._id };
  },
  // A search whose query would pass 4,000 characters: the SDK falls back to POST.
  async "long-search"() {
    const wix = client();
    const found = await wix.productsV3.searchProducts({
      search: { expression: input.expression }, cursorPaging: { limit: 5 },
    });
    return { names: found.products.map((p) => p.name) };
  },
  // Continue a session Python started: read its cart, add one more product.
  async continue() {
    const wix = client(input.tokens);
    const before = await wix.currentCart.getCurrentCart();
    await wix.currentCart.addToCurrentCart({ lineItems: [line(input.productId)] });
    const after = await wix.currentCart.getCurrentCart();
    return { before: cartLines(before), after: cartLines(after), tokens: wix.auth.getTokens() };
  },
  // generateVisitorTokens on given tokens (expired, or with a dead refresh token).
  async generate() {
    const wix = client();
    return { tokens: await wix.auth.generateVisitorTokens(input.tokens) };
  },
  // The wixSession cookie as the Wix docs write it: URL-encoded JSON of getTokens().
  async "write-cookie"() {
    const wix = client();
    await wix.auth.setTokens(await wix.auth.generateVisitorTokens());
    await wix.currentCart.addToCurrentCart({ lineItems: [line(input.productId, 2)] });
    return { cookie: encodeURIComponent(JSON.stringify(wix.auth.getTokens())) };
  },
  // A member's cookie: loggedIn() and the member's own cart.
  async "member-cookie"() {
    const wix = client(JSON.parse(decodeURIComponent(input.cookie)));
    const cart = await wix.currentCart.getCurrentCart();
    return { loggedIn: wix.auth.loggedIn(), cart: cartLines(cart), role: wix.auth.getTokens().refreshToken.role };
  },
  // Read a wixSession cookie Python wrote, and use it.
  async "read-cookie"() {
    const wix = client(JSON.parse(decodeURIComponent(input.cookie)));
    const cart = await wix.currentCart.getCurrentCart();
    return { cart: cartLines(cart), loggedIn: wix.auth.loggedIn(), tokens: wix.auth.getTokens() };
  },
};

await run(commands);
