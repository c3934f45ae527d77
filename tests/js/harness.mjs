// What every script here shares: the official Wix JS SDK, unchanged, pointed at the emulator.
//
//   node SCRIPT.mjs BASE_URL COMMAND [JSON]
//
// Only `fetch` is redirected: every request the SDK makes to a wixapis.com host goes
// to BASE_URL instead, with the same path, query, method, headers and body, and is
// recorded in `sent`. Each command prints one JSON line; tokens appear only as the
// SDK's own token object, which the Python test compares and never logs.
import { createClient, OAuthStrategy } from "@wix/sdk";
import { currentCart } from "@wix/ecom";
import { redirects } from "@wix/redirects";
import { productsV3 } from "@wix/stores";

const [base, command, argument] = process.argv.slice(2);
export const input = argument ? JSON.parse(argument) : {};
export const STORES_APP_ID = "215238eb-22a5-4c36-9e7b-e7c08025e04e";
export const sent = [];

const realFetch = globalThis.fetch;
globalThis.fetch = async (resource, init = {}) => {
  const url = new URL(typeof resource === "string" ? resource : resource.url);
  if (!url.hostname.endsWith("wixapis.com")) {
    throw new Error(`the SDK called an unexpected host: ${url.hostname}`);
  }
  const response = await realFetch(base + url.pathname + url.search, init);
  sent.push({ host: url.hostname, method: init.method ?? "GET", path: url.pathname,
              query: url.search, status: response.status,
              headers: Object.keys(init.headers ?? {}).sort() });
  return response;
};

// The page's clock, when the test moved the emulator's: a visitor coming back hours later.
if (input.clockOffset) {
  const realNow = Date.now;
  Date.now = () => realNow() + input.clockOffset * 1000;
}

export function client(tokens) {
  return createClient({
    modules: { currentCart, productsV3, redirects },
    auth: OAuthStrategy({ clientId: input.clientId, tokens }),
  });
}

export const line = (id, quantity = 1) => ({
  catalogReference: { catalogItemId: id, appId: STORES_APP_ID }, quantity,
});

export const cartLines = (cart) =>
  (cart?.lineItems ?? []).map((item) => ({
    id: item._id, product: item.catalogReference.catalogItemId, quantity: item.quantity,
  }));

// The Wix error code an SDK call failed with (the SDK's own error shape), or the message.
export const failure = (error) =>
  error?.details?.applicationError?.code ?? String(error?.message ?? error).slice(0, 200);

export async function run(commands) {
  try {
    const result = await commands[command]();
    console.log(JSON.stringify({ ok: true, sent, ...result }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, sent, error: String(error?.message ?? error).slice(0, 500),
                                 details: error?.details ?? null }));
  }
}
