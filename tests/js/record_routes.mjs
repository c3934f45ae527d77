// What the official packages send for a list of calls: verb, path, query and body of each.
//
//   node record_routes.mjs < CALLS.json
//
// CALLS is [{package, module, method, args, ops, query}], with the Python names
// (`current_cart`, `get_cart`); `ops`: builder operators to chain on the method's answer
// (`[["eq", "name", "Mug"]]`); `query`: call `.find()` on the builder. The SDK runs
// unchanged; only `fetch` is replaced, by one that records each request and answers `{}`
// (nothing leaves the process). Prints one JSON line: per call, the requests it sent (or
// the error it failed with before sending any).
import { readFileSync } from "node:fs";
import { createClient } from "@wix/sdk";
import { RESTResponseToSDKResponseRenameMap } from "@wix/sdk-runtime/rest-modules";
import * as bookings from "@wix/bookings";
import * as categories from "@wix/categories";
import * as ecom from "@wix/ecom";
import * as events from "@wix/events";
import * as forms from "@wix/forms";
import * as members from "@wix/members";
import * as redirects from "@wix/redirects";
import * as stores from "@wix/stores";

const packages = { bookings, categories, ecom, events, forms, members, redirects, stores };
const calls = JSON.parse(readFileSync(0, "utf8"));
let sent = [];

globalThis.fetch = async (resource, init = {}) => {
  const url = new URL(typeof resource === "string" ? resource : resource.url);
  sent.push({ host: url.hostname, method: init.method ?? "GET", path: url.pathname,
              query: url.search, body: typeof init.body === "string" ? init.body : null });
  return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
};

// Not the SDK's OAuthStrategy (that would fetch tokens first): a fixed header is enough here.
const auth = { getAuthHeaders: async () => ({ headers: { Authorization: "recorded" } }) };

// The Python names of the generated modules (tools/apigen/emit.py's `snake`).
const WORD = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g;
const snake = (name) => name.replace(WORD, "_").toLowerCase();
const byPythonName = (object, name) =>
  Object.keys(object).find((key) => snake(key) === name.replace(/_$/, ""));

// The Python side passes REST names (`id`); a JS caller passes the SDK's (`_id`).
const sdkName = (key) => RESTResponseToSDKResponseRenameMap[key] ?? key;
const sdkArgument = (arg) => (arg && typeof arg === "object" && !Array.isArray(arg)
  ? Object.fromEntries(Object.entries(arg).map(([key, value]) => [sdkName(key), value]))
  : arg);

const results = [];
for (const call of calls) {
  sent = [];
  let error = null;
  try {
    const pkg = packages[call.package];
    const client = createClient({ modules: { module: pkg[byPythonName(pkg, call.module)] }, auth });
    let answer = client.module[byPythonName(client.module, call.method)](...call.args.map(sdkArgument));
    for (const [name, ...args] of call.ops ?? []) answer = answer[name](...args);
    if (call.query) answer = answer.find();
    await answer;
  } catch (caught) {
    error = String(caught?.message ?? caught).slice(0, 300);
  }
  results.push({ ...call, sent, error });
}
console.log(JSON.stringify(results));
