// The seed documents' own JS examples, as written, run by the official SDK against a
// Catalog V1 emulator (see harness.mjs for what is redirected).
//
//   node seeds.mjs BASE_URL COMMAND [JSON]
import { createClient, OAuthStrategy } from "@wix/sdk";
import { cart } from "@wix/ecom";
import { catalogVersioning, collections, products } from "@wix/stores";
import { failure, input, run } from "./harness.mjs";

const clientId = input.clientId;

// The browser's js-cookie, as the Wix docs use it: a jar that starts empty (no cookie yet).
const jar = new Map();
const Cookies = {
  get: (name) => jar.get(name), // undefined when there is no cookie, as js-cookie answers
  set: (name, value) => jar.set(name, value),
};

const names = (items) => items.map((p) => p.name);

const commands = {
  // The seed example, line for line (its `const cart` lives in a block: at the top of one
  // module it would clash with the imported `cart`).
  async "seed-example"() {
    const myWixClient = createClient({ modules: { cart, products }, auth: OAuthStrategy({ clientId }) });
    const tokens = await myWixClient.auth.generateVisitorTokens({ accessToken: null, refreshToken: null });
    myWixClient.auth.setTokens(tokens);
    {
      const cart = await myWixClient.cart.createCart({});
      const { items } = await myWixClient.products.queryProducts().startsWith("name", "shoes").limit(4).find();
      return { cartId: cart._id, names: names(items), role: tokens.refreshToken.role };
    }
  },
  // The same example without its createCart line: the Catalog V1 half on its own.
  async "seed-products"() {
    const myWixClient = createClient({ modules: { cart, products }, auth: OAuthStrategy({ clientId }) });
    const tokens = await myWixClient.auth.generateVisitorTokens({ accessToken: null, refreshToken: null });
    myWixClient.auth.setTokens(tokens);
    const result = await myWixClient.products.queryProducts().startsWith("name", "shoes").limit(4).find();
    const { items } = result;
    const cheap = await myWixClient.products.queryProducts().lt("priceData.price", 20)
      .ascending("priceData.price").limit(2).find();
    const next = await cheap.next();
    const product = await myWixClient.products.getProduct(items[0]._id);
    // Past 4,000 characters of query the SDK sends the same read as POST (its fallback).
    const skus = Array.from({ length: 200 }, (_, i) => `NO-SUCH-SKU-${i}`).concat(["MUG-CER"]);
    const long = await myWixClient.products.queryProducts().in("sku", skus).find();
    return {
      long: names(long.items),
      names: names(items), total: result.totalCount, hasNext: result.hasNext(),
      cheap: names(cheap.items), next: names(next.items), got: product.product.name,
      price: product.product.priceData.price, role: tokens.refreshToken.role,
    };
  },
  // The Wix docs' cookie-resume example with no cookie: a new visitor, then the next page
  // load resumes that visitor from the cookie the first one set.
  async "cookie-resume"() {
    const pages = [];
    const refreshTokens = [];
    for (let load = 0; load < 2; load += 1) {
      const myWixClient = createClient({
        modules: { products, collections, catalogVersioning },
        auth: OAuthStrategy({ clientId, tokens: JSON.parse(Cookies.get("session") || null) }),
      });
      const { catalogVersion } = await myWixClient.catalogVersioning.getCatalogVersion();
      const { items } = await myWixClient.products.queryProducts().limit(3).find();
      const shoes = await myWixClient.collections.getCollectionBySlug("shoes");
      const found = await myWixClient.collections.queryCollections().startsWith("name", "a").find();
      Cookies.set("session", JSON.stringify(myWixClient.auth.getTokens()));
      refreshTokens.push(myWixClient.auth.getTokens().refreshToken.value);
      pages.push({
        catalogVersion, names: names(items), shoes: shoes.collection.numberOfProducts,
        collections: names(found.items),
      });
    }
    // Compared here: token values never leave this script.
    return { pages, sameVisitor: refreshTokens[0] === refreshTokens[1] };
  },
  // What an SDK call answers when the emulator does not serve it.
  async "not-emulated"() {
    const myWixClient = createClient({ modules: { products }, auth: OAuthStrategy({ clientId }) });
    try {
      await myWixClient.products.getStoreVariant("some-variant-id");
      return { code: null };
    } catch (error) {
      return { code: failure(error), message: String(error?.message ?? error).slice(0, 300) };
    }
  },
};

await run(commands);
