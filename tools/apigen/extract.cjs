// What the official @wix/* packages send for each method, read by running their own code.
//
//   node tools/apigen/extract.cjs JS_DIR PACKAGE...   (JS_DIR: tests/js, where they are installed)
//
// Every public method of every `@wix/auto_sdk_<package>_<module>` is called with recording
// arguments and a recording HTTP client (nothing leaves the process). The request the
// package builds says the verb, `methodFqn`, the path on www.wixapis.com (its own
// `resolveUrl` with its host map), the payload's shape, whether a GET is complex
// (`toURLSearchParams(payload, true)`, sent as `.r`) and its POST fallback; a query method's
// `queryBuilder({...})` says its paging, request field and answer keys. The parameters'
// names, optionality and kinds come from the package's public typings (index.d.ts).
// Prints one JSON document, read by tools/apigen/generate.py.
"use strict";
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const { shapes } = require("./shapes.cjs");

const [jsDir, ...packages] = process.argv.slice(2);
const requireJs = Module.createRequire(path.resolve(jsDir, "package.json"));
const ts = requireJs("typescript"); // the compiler API reads the REST types (shapes.cjs)
const HOST = "www.wixapis.com";
const ARG = "\u0001arg"; // "\u0001arg0": the first positional argument
const UNDEFINED = "\u0001undefined"; // a field read from an argument the caller left out

// -- hooks on the SDK runtime the packages call ------------------------------------------
let current = null; // what the method being called has done so far
const realLoad = Module._load;
const hookedModules = new Map();
Module._load = function load(request, parent, isMain) {
  const real = realLoad.call(this, request, parent, isMain);
  const runtime = ["@wix/sdk-runtime/rest-modules", "@wix/sdk-runtime/query-builder"];
  if (!runtime.includes(request)) return real;
  if (!hookedModules.has(real)) hookedModules.set(real, hooked(real));
  return hookedModules.get(real);
};

function hooked(real) {
  const copy = { ...real };
  if (real.toURLSearchParams) {
    copy.toURLSearchParams = (params, isComplex) => {
      if (current) current.complex = current.complex || Boolean(isComplex);
      return real.toURLSearchParams(params, isComplex);
    };
  }
  if (real.resolveUrl) {
    copy.resolveUrl = (opts) => {
      if (current) {
        const template = real.resolveUrl({ ...opts, data: pathTemplate([]) });
        current.urls.push({ protoPath: opts.protoPath, path: template, data: opts.data });
      }
      return real.resolveUrl(opts);
    };
  }
  if (real.queryBuilder) {
    copy.queryBuilder = (opts) => {
      if (current) current.queries.push(opts);
      return {};
    };
  }
  return copy;
}

// Data whose every field reads as its own `{name}`: the URL it resolves to is the template.
function pathTemplate(names) {
  return new Proxy({}, {
    get(target, key) {
      if (key === Symbol.toPrimitive || key === "toString") return () => `{${names.join(".")}}`;
      return typeof key === "symbol" ? undefined : pathTemplate([...names, key]);
    },
  });
}

const httpClient = {
  request(requestOptions) {
    current.complex = false;
    current.urls = [];
    const meta = typeof requestOptions === "function"
      ? requestOptions({ host: HOST })
      : requestOptions;
    current.requests.push({ meta, urls: current.urls, complex: current.complex });
    return Promise.resolve({ data: {}, status: 200, headers: {} });
  },
  fetchWithAuth() { throw new Error("not an HTTP method of the module"); },
  wixAPIFetch() { throw new Error("not an HTTP method of the module"); },
  getActiveToken() { return undefined; },
};

// -- recording arguments -----------------------------------------------------------------
// A string argument is its marker; an object argument is a proxy whose own key is its
// marker (so a spread `{...options}` shows) and whose other fields are read as:
//   undefined, as when the caller leaves them out (the first recording);
//   an empty array, for a wrapper that maps over one (`addresses.map`, `emptyReads`);
//   an object carrying "\u0001argI.field" (`nestedReads`, a second recording): it shows
//   where each read field lands (`{id: identifiers?.fulfillmentId}`) and spreads of a
//   field (`{...options?.cartInfo, id: _id}`).
let reads = "undefined";
function fieldObject(index, key) {
  const name = `${ARG}${index}.${key}`;
  return new Proxy({ [name]: name }, {
    get: (target, k) => (typeof k === "symbol" || k in target ? target[k] : undefined),
  });
}
function objectArgument(index, accesses) {
  return new Proxy({ [ARG + index]: ARG + index }, {
    get(target, key) {
      if (typeof key === "symbol" || key in target) return target[key];
      accesses.push([index, key]);
      if (reads === "empty") return [];
      return reads === "nested" ? fieldObject(index, key) : undefined;
    },
  });
}

// -- the public typings: positional parameters, optional or not, and their kinds ---------
function splitParams(text, start) {
  // text[start] is "(": the parameters' texts, up to its closing parenthesis.
  const params = [];
  let depth = 0, quote = null, buf = "";
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      buf += c;
      if (c === quote && text[i - 1] !== "\\") quote = null;
      continue;
    }
    if (c === "`" || c === "'" || c === '"') { quote = c; buf += c; continue; }
    if ("(<{[".includes(c)) { depth++; if (depth === 1) continue; }
    if (")>}]".includes(c) && !(c === ">" && text[i - 1] === "=")) {
      depth--;
      if (depth === 0) { if (buf.trim()) params.push(buf.trim()); return params; }
    }
    if (c === "," && depth === 1) { params.push(buf.trim()); buf = ""; continue; }
    buf += c;
  }
  throw new Error("unbalanced parameter list");
}

function typings(dir) {
  return fs.readdirSync(dir)
    .filter((file) => file.endsWith(".d.ts"))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

function kindOf(type, dts) {
  let t = type.replace(/\s+/g, " ").trim();
  const array = t.endsWith("[]");
  if (array) t = t.slice(0, -2);
  const enumLike = /^\w+$/.test(t) && (/WithLiterals$/.test(t)
    || new RegExp(`declare enum ${t} \\{`).test(dts) || new RegExp(`type ${t} = '`).test(dts));
  let base = "object";
  if (t === "string" || /^'[^']*'( \| '[^']*')*$/.test(t) || enumLike) base = "string";
  else if (t === "number" || t === "boolean") base = t;
  return array ? `${base}[]` : base;
}

function signaturesOf(name, dts) {
  const typeOf = `declare const ${name}: MaybeContext<BuildRESTFunction<typeof (\\w+\\$?\\d*)>`;
  const declared = new RegExp(typeOf).exec(dts);
  if (!declared) return [];
  const factory = declared[1].replace("$", "\\$");
  const fn = new RegExp(`declare function ${factory}\\(httpClient: HttpClient\\): (\\w+|\\{)`)
    .exec(dts);
  if (!fn) return [];
  let body = dts.slice(fn.index + fn[0].length);
  if (fn[1] !== "{") {
    const iface = new RegExp(`interface ${fn[1]} \\{`).exec(dts);
    if (!iface) return [];
    body = dts.slice(iface.index + iface[0].length);
  }
  body = body.slice(0, body.search(/\n\}/)).replace(/\/\*\*[\s\S]*?\*\//g, "");
  const signatures = [];
  for (const m of body.matchAll(/\n {4}(<[^>]*>)?\(/g)) {
    const open = m.index + m[0].length - 1;
    const params = splitParams(body, open).map((text) => {
      const [, , name, optional, type] = /^(\.\.\.)?(\w+)(\?)?\s*:\s*([\s\S]*)$/.exec(text);
      return { name, optional: Boolean(optional), type: kindOf(type, dts) };
    });
    const returns = body.slice(open).split("\n")[0].trim();
    signatures.push({ params, builder: /QueryBuilder;?$/.test(returns) });
  }
  return signatures;
}

// -- one call ----------------------------------------------------------------------------
async function record(method, params) {
  const accesses = [];
  const args = params.map((p, i) =>
    p.type.startsWith("object") ? objectArgument(i, accesses) : ARG + i);
  const calls = current = { requests: [], queries: [], urls: [], complex: false };
  try {
    const answer = method(httpClient)(...args);
    if (answer && typeof answer.then === "function") await answer.catch(() => undefined);
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
  const result = { accesses, requests: calls.requests.map(describe), queries: [] };
  for (const query of calls.queries) result.queries.push(await recordQuery(query));
  current = null;
  return result;
}

async function recordQuery(query) {
  const QUERY = "\u0001query", ANSWER = "\u0001answer";
  const request = query.requestTransformer({ [QUERY]: 1 });
  const field = Object.keys(request).find((key) => request[key]?.[QUERY] === 1);
  const calls = current = { requests: [], queries: [], urls: [], complex: false };
  try { await query.func(request); } catch { /* the request was recorded before */ }
  const data = new Proxy({}, {
    get: (target, key) => (typeof key === "symbol" ? undefined : { [ANSWER]: key }),
  });
  let answer = {};
  try { answer = query.responseTransformer({ data }) ?? {}; } catch { /* no keys then */ }
  return {
    paging: query.pagingMethod,
    field,
    items: answer.items?.[ANSWER],
    metadata: answer.pagingMetadata?.[ANSWER],
    requests: calls.requests.map(describe),
  };
}

function describe(request) {
  const { meta } = request;
  const url = request.urls[0];
  return {
    method: meta.method,
    fqn: meta.methodFqn,
    protoPath: url?.protoPath,
    path: url?.path,
    data: url && payloadTree(url.data),
    complex: request.complex,
    fallback: (meta.fallback ?? []).map((fallback) => ({ method: fallback.method })),
  };
}

// The payload as JSON: "\u0001argN" is a positional argument; an object holding the key
// "\u0001argN" spreads that argument (or is it, when that is its only key) and the key
// "\u0001argN.field" spreads that field of it; {"\u0001undefined": "N.field" | true} is a
// field read from an argument (true: which one is resolved from `accesses`).
function payloadTree(value) {
  const emptyRead = reads === "empty" && Array.isArray(value) && !value.length;
  if (value === undefined || emptyRead) return { [UNDEFINED]: true };
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(payloadTree);
  return Object.fromEntries(Object.keys(value).map((key) => [key, payloadTree(value[key])]));
}

// Into `plain` (the first recording's tree), what the nested recording showed.
function mergeNested(plain, nested) {
  if (!isObject(plain) || !isObject(nested)) return;
  const keys = Object.keys(nested);
  const spreads = keys.filter((key) => key.startsWith(ARG) && key.includes("."));
  if (spreads.length && keys.length > 1) {
    const before = { ...plain };
    for (const key of Object.keys(plain)) delete plain[key];
    for (const key of keys) {
      if (spreads.includes(key)) plain[key] = key;
      else if (key in before) plain[key] = before[key];
    }
    for (const key of Object.keys(before)) if (!(key in plain)) plain[key] = before[key];
  }
  for (const key of Object.keys(plain)) {
    if (!(key in nested)) continue;
    const read = isObject(nested[key]) ? Object.keys(nested[key]) : [];
    if (plain[key]?.[UNDEFINED] && read.length === 1 && read[0].startsWith(ARG)) {
      plain[key] = { [UNDEFINED]: read[0].slice(ARG.length) };
    } else {
      mergeNested(plain[key], nested[key]);
    }
  }
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

// -- one module, one package -------------------------------------------------------------
async function recordMethod(name, method, signatures) {
  const { params } = signatures.find((s) => s.builder) ?? signatures[0];
  let result = await record(method, params);
  if (!result.error && !result.requests.length && !result.queries.length) {
    reads = "empty";
    result = await record(method, params);
    reads = "undefined";
  }
  if (result.error) return { skip: `calling it failed: ${result.error}` };
  if (result.queries.length) {
    const [query] = result.queries;
    if (query.requests.length !== 1) return { skip: "its query builder sent no request" };
    const { paging, field, items, metadata } = query;
    return { name, params, query: { paging, field, items, metadata }, request: query.requests[0] };
  }
  if (result.requests.length !== 1) return { skip: `it sent ${result.requests.length} requests` };
  reads = "nested";
  const nested = await record(method, params);
  reads = "undefined";
  if (nested.requests?.length === 1) mergeNested(result.requests[0].data, nested.requests[0].data);
  return { name, params, accesses: result.accesses, request: result.requests[0] };
}

async function modulePackage(exportName, npmName) {
  const dir = path.dirname(requireJs.resolve(npmName));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "..", "..", "package.json"), "utf8"));
  const dts = typings(dir);
  const exports = requireJs(npmName);
  const methods = [], skipped = [];
  for (const name of Object.keys(exports).sort()) {
    if (typeof exports[name] !== "function") continue; // enums
    if (/^on[A-Z]/.test(name)) {
      skipped.push({ name, reason: "event subscription" });
      continue;
    }
    const signatures = signaturesOf(name, dts);
    if (!signatures.length) {
      skipped.push({ name, reason: "internal: not in the package's public typings" });
      continue;
    }
    const method = await recordMethod(name, exports[name], signatures);
    if (method.skip) skipped.push({ name, reason: method.skip });
    else methods.push(method);
  }
  const rest = shapes(ts, dir, methods.map((method) => method.name));
  return { export: exportName, npm: npmName, version: pkg.version, methods, skipped, rest };
}

async function main() {
  const result = [];
  for (const name of packages) {
    const npm = `@wix/${name}`;
    const index = requireJs.resolve(npm);
    const pkg = JSON.parse(
      fs.readFileSync(path.join(path.dirname(index), "..", "..", "package.json"), "utf8"));
    // The package's modules: `var cart = __toESM(require("@wix/auto_sdk_ecom_cart"));`
    const source = fs.readFileSync(index, "utf8");
    const modules = [];
    const requires = /var (\w+) = __toESM\(require\("(@wix\/auto_sdk_[^"]+)"\)\)/g;
    for (const [, exportName, npmName] of source.matchAll(requires)) {
      modules.push(await modulePackage(exportName, npmName));
    }
    modules.sort((a, b) => (a.export < b.export ? -1 : 1));
    result.push({ package: npm, name, version: pkg.version, modules });
  }
  const { SDKRequestToRESTRequestRenameMap: renames } = requireJs("@wix/sdk-runtime/constants");
  process.stdout.write(`${JSON.stringify({ renames, packages: result }, null, 1)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
