// The official query builder (@wix/sdk-runtime, through @wix/stores' generated modules),
// unchanged: for each chain of builder calls, the query object it builds and, for the
// chains that run, the requests `find()` and `next()` send (recorded by harness.mjs).
//
//   node query_builder.mjs BASE_URL chains '{"clientId": ..., "chains": [...]}'
//   node query_builder.mjs BASE_URL encode '{"payloads": [{"payload": {...}, "complex": true}]}'
//
// A chain is {"module": "v3" | "v1", "options"?: {...}, "ops": [[name, ...args]], "pages": N};
// "options" go to queryProducts(options); an argument {"$date": iso} is a Date, {"$ops": [...]}
// another builder of the same method. With "pages", find() runs and next() follows up to
// N - 1 times while hasNext(). A chain {"module", "run": query, "options"?} calls
// queryProducts(query[, options]) instead: the query object run at once.
import { createClient, OAuthStrategy } from "@wix/sdk";
import { products, productsV3 } from "@wix/stores";
import { toURLSearchParams } from "@wix/sdk-runtime/rest-modules";
import { input, run, sent } from "./harness.mjs";

const wix = createClient({
  modules: { products, productsV3 },
  auth: OAuthStrategy({ clientId: input.clientId }),
});

const method = (module) => (module === "v1" ? wix.products.queryProducts : wix.productsV3.queryProducts);
const start = (module, options) => (options ? method(module)(options) : method(module)());

function build(module, ops, options) {
  let builder = start(module, options);
  for (const [name, ...args] of ops) {
    const values = args.map((arg) => {
      if (arg && typeof arg === "object" && "$date" in arg) return new Date(arg.$date);
      if (arg && typeof arg === "object" && "$ops" in arg) return build(module, arg.$ops);
      return arg;
    });
    builder = builder[name](...values);
  }
  return builder;
}

run({
  async chains() {
    const results = [];
    for (const chain of input.chains) {
      if (chain.run) {
        const before = sent.length;
        const args = chain.options ? [chain.run, chain.options] : [chain.run];
        const answer = await method(chain.module)(...args);
        const sentNow = sent.slice(before).map(({ method, path, query }) => ({ method, path, query }));
        results.push({ pages: [answer.products.map((item) => item.name)], sent: sentNow });
        continue;
      }
      const builder = build(chain.module, chain.ops, chain.options);
      const result = { query: JSON.parse(JSON.stringify(builder.query)), sent: [], pages: [] };
      if (chain.pages) {
        const before = sent.length;
        try {
          let page = await builder.find();
          result.pages.push(page.items.map((item) => item.name));
          while (result.pages.length < chain.pages && page.hasNext()) {
            page = await page.next();
            result.pages.push(page.items.map((item) => item.name));
          }
        } catch (error) {
          result.error = String(error?.message ?? error).slice(0, 200);
        }
        result.sent = sent.slice(before).map(({ method, path, query }) => ({ method, path, query }));
      }
      results.push(result);
    }
    return { results };
  },
  async encode() {
    const encoded = input.payloads.map(({ payload, complex }) => toURLSearchParams(payload, complex).toString());
    return { encoded };
  },
});
