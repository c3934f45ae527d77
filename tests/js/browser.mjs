// The official Wix JS SDK in a browser page, bundled as is by esbuild (no change to it).
//
// The page is served from one origin and the emulator listens on another, as with a
// storefront on localhost:3000 and the emulator on :8080: every SDK call is cross-origin,
// so the browser sends CORS preflights first. Like harness.mjs, only `fetch` is
// redirected. The session lives in a `wixSession` cookie holding
// encodeURIComponent(JSON.stringify(tokens)), as the Wix docs keep it.
import { createClient, OAuthStrategy } from "@wix/sdk";
import { currentCart } from "@wix/ecom";
import { productsV3 } from "@wix/stores";

const STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e";

function redirectFetch(base, sent) {
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (resource, init = {}) => {
    const url = new URL(typeof resource === "string" ? resource : resource.url);
    if (!url.hostname.endsWith("wixapis.com")) {
      throw new Error(`the SDK called an unexpected host: ${url.hostname}`);
    }
    const response = await realFetch(base + url.pathname + url.search, init);
    sent.push({ method: init.method ?? "GET", path: url.pathname, status: response.status });
    return response;
  };
}

function readSession() {
  const cookie = document.cookie.split("; ").find((part) => part.startsWith("wixSession="));
  return cookie ? JSON.parse(decodeURIComponent(cookie.slice("wixSession=".length))) : undefined;
}

function writeSession(tokens) {
  const value = encodeURIComponent(JSON.stringify(tokens));
  document.cookie = `wixSession=${value}; path=/; max-age=2592000; SameSite=Lax`;
}

// One page view: resume (or start) the session, search, maybe add a product, read the cart.
window.storefront = async (args) => {
  const sent = [];
  redirectFetch(args.base, sent);
  try {
    return { ok: true, sent, ...(await pageView(args)) };
  } catch (error) {
    return { ok: false, sent, error: String(error?.message ?? error).slice(0, 500) };
  }
};

async function pageView({ clientId, productId }) {
  const wix = createClient({
    modules: { currentCart, productsV3 },
    auth: OAuthStrategy({ clientId, tokens: readSession() }),
  });
  const found = await wix.productsV3.searchProducts({ cursorPaging: { limit: 2 } });
  if (productId) {
    await wix.currentCart.addToCurrentCart({
      lineItems: [{ catalogReference: { catalogItemId: productId, appId: STORES_APP_ID }, quantity: 1 }],
    });
  }
  const cart = await wix.currentCart.getCurrentCart();
  writeSession(wix.auth.getTokens());
  return {
    origin: location.origin, searched: found.products.map((p) => p._id),
    cart: cart.lineItems.map((item) => [item.catalogReference.catalogItemId, item.quantity]),
  };
}

window.storefrontReady = true;
