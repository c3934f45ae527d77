// The rest of what a storefront calls through the official Wix JS SDK, unchanged: product
// pages by slug, counts, filtered and paged queries, cart totals, deleting the cart, and
// a visitor who comes back hours later. See harness.mjs for what is redirected.
//
//   node storefront.mjs BASE_URL COMMAND [JSON]
import { cartLines, client, failure, input, line, run } from "./harness.mjs";

const names = (products) => products.map((p) => p.name);

async function outcome(call) {
  try {
    return { answer: await call() };
  } catch (error) {
    return { failed: failure(error) };
  }
}

const commands = {
  // Product pages and listings: getProductBySlug, countProducts, queryProducts, searchProducts.
  async catalog() {
    const wix = client();
    const { product } = await wix.productsV3.getProductBySlug(input.slug, { fields: ["URL"] });
    const missing = await outcome(() => wix.productsV3.getProductBySlug("no-such-product"));
    const counted = await wix.productsV3.countProducts({ search: { expression: input.expression } });
    const all = await wix.productsV3.countProducts();
    const pricey = await wix.productsV3.queryProducts()
      .gt("actualPriceRange.minValue.amount", 40).descending("actualPriceRange.minValue.amount")
      .limit(2).find();
    const next = await pricey.next();
    const filtered = await wix.productsV3.searchProducts({
      filter: { "inventory.availabilityStatus": { $in: ["IN_STOCK"] } },
      sort: [{ fieldName: "name", order: "DESC" }], cursorPaging: { limit: 3 },
    });
    return {
      product: { id: product._id, name: product.name, url: product.url }, missing: missing.failed,
      counted: counted.count, all: all.count, pricey: names(pricey.items), next: names(next.items),
      filtered: names(filtered.products),
    };
  },
  // A cart page: estimateCurrentCartTotals, then deleteCurrentCart, then getCurrentCart.
  async totals() {
    const wix = client();
    await wix.currentCart.addToCurrentCart({
      lineItems: input.productIds.map((id, index) => line(id, index + 1)),
    });
    const totals = await wix.currentCart.estimateCurrentCartTotals({});
    await wix.currentCart.deleteCurrentCart();
    const after = await outcome(() => wix.currentCart.getCurrentCart());
    return {
      subtotal: totals.priceSummary.subtotal.amount, total: totals.priceSummary.total.amount,
      calculated: totals.calculatedLineItems.length, afterDelete: after.failed,
    };
  },
  // A page loaded with stored tokens (input.clockOffset hours later, maybe): read the cart.
  async resume() {
    const wix = client(input.tokens);
    const cart = await outcome(() => wix.currentCart.getCurrentCart());
    return {
      cart: cart.answer ? cartLines(cart.answer) : null, failed: cart.failed ?? null,
      tokens: wix.auth.getTokens(),
    };
  },
};

await run(commands);
