// Reads what the official @wix/* packages say about each method, by running their own code.
//
//   node tools/apigen/extract.cjs JS_DIR PACKAGE...   (JS_DIR: tests/js, where they are installed)
//
// Every public wrapper of every `@wix/auto_sdk_<package>_<module>` is called with recording
// arguments and a recording HTTP client (nothing leaves the process): the request it builds
// says the verb, `methodFqn`, `protoPath` and host map (the public path on www.wixapis.com),
// the payload's shape, whether a GET is complex (`toURLSearchParams(payload, true)`) and its
// POST fallback; a query method's `queryBuilder({...})` says its paging and answer keys.
// Prints one JSON document for tools/apigen/generate.py.
"use strict";
const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");

const [jsDir, ...packages] = process.argv.slice(2);
const requireJs = Module.createRequire(path.resolve(jsDir, "package.json"));
const HOST = "www.wixapis.com";

// -- hooks on the SDK runtime the packages call ------------------------------------------
let current = null; // the method being recorded
const realLoad = Module._load;
const wrapped = new Map();
Module._load = function load(request, parent, isMain) {
  const real = realLoad.call(this, request, parent, isMain);
  if (request !== "@wix/sdk-runtime/rest-modules" && request !== "@wix/sdk-runtime/query-builder") {
    return real;
  }
  if (!wrapped.has(real)) {
    const hooked = { ...real };
    if (real.toURLSearchParams) {
      hooked.toURLSearchParams = (params, isComplex) => {
        if (current) current.complex = current.complex || Boolean(isComplex);
        return real.toURLSearchParams(params, isComplex);
      };
    }
    if (real.resolveUrl) {
      hooked.resolveUrl = (opts) => {
        if (current) {
          const path = real.resolveUrl({ ...opts, data: template([]) });
          current.urls.push({ protoPath: opts.protoPath, data: opts.data, path, mapped: HOST in opts.domainToMappings });
        }
        return real.resolveUrl(opts);
      };
    }
    if (real.queryBuilder) {
      hooked.queryBuilder = (opts) => {
        if (current) current.queries.push(opts);
        return { __recordedQuery: true };
      };
    }
    wrapped.set(real, hooked);
  }
  return wrapped.get(real);
};

// Data whose every field reads as its own `{name}`: the resolved URL is the path template.
function template(names) {
  return new Proxy({}, {
    get(t, key) {
      if (key === Symbol.toPrimitive || key === "toString") return () => `{${names.join(".")}}`;
      if (typeof key === "symbol") return undefined;
      return template([...names, key]);
    },
  });
}

const httpClient = {
  request(reqOpts) {
    const rec = current;
    rec.complex = false;
    rec.urls = [];
    const meta = typeof reqOpts === "function" ? reqOpts({ host: HOST }) : reqOpts;
    rec.requests.push({ meta, urls: rec.urls, complex: rec.complex });
    return Promise.resolve({ data: {}, status: 200, headers: {} });
  },
  fetchWithAuth() { throw new Error("not an HTTP method of the module"); },
  wixAPIFetch() { throw new Error("not an HTTP method of the module"); },
  getActiveToken() { return undefined; },
};

// -- recording arguments -----------------------------------------------------------------
const marker = (i) => `\u0001arg${i}`;
// A read field is undefined, as when the caller leaves it out; a wrapper that maps over
// it (`addresses.map`) is recorded again with an empty array there (`emptyReads`).
let emptyReads = false;
// `{...options?.cartInfo, id}`: a second recording reads fields as objects that carry a
// marker, so a spread of a field shows in the payload (`nestedReads`).
let nestedReads = false;
function fieldObject(i, key) {
  const name = `${marker(i)}.${key}`;
  return new Proxy({ [name]: name }, {
    get(t, k) { return typeof k === "symbol" || k in t ? t[k] : undefined; },
  });
}
function objectArgument(i, accesses) {
  const target = { [marker(i)]: marker(i) };
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "symbol" || key in t) return t[key];
      accesses.push([i, key]);
      return emptyReads ? [] : nestedReads ? fieldObject(i, key) : undefined;
    },
  });
}

// -- the .d.ts: positional parameters, optional or not, and their kinds ------------------
function splitParams(text, start) {
  // text[start] === "("; returns the top-level parameter texts.
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

function declarations(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".d.ts")).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
}

function kindOf(type, dts) {
  let t = type.replace(/\s+/g, " ").trim();
  let array = false;
  if (t.endsWith("[]")) { array = true; t = t.slice(0, -2); }
  let base;
  if (t === "string" || /^'[^']*'( \| '[^']*')*$/.test(t)) base = "string";
  else if (t === "number") base = "number";
  else if (t === "boolean") base = "boolean";
  else if (/^\w+$/.test(t) && (new RegExp(`declare enum ${t} \\{`).test(dts) || /WithLiterals$/.test(t)
    || new RegExp(`type ${t} = '`).test(dts))) base = "string";
  else base = "object";
  return array ? `${base}[]` : base;
}

function signatureOf(name, dts) {
  const decl = new RegExp(`declare const ${name}: MaybeContext<BuildRESTFunction<typeof (\\w+\\$?\\d*)>`).exec(dts);
  if (!decl) return null;
  const fnName = decl[1].replace("$", "\\$");
  const fn = new RegExp(`declare function ${fnName}\\(httpClient: HttpClient\\): (\\w+|\\{)`).exec(dts);
  if (!fn) return null;
  let body;
  if (fn[1] === "{") body = dts.slice(fn.index + fn[0].length);
  else {
    const iface = new RegExp(`interface ${fn[1]} \\{`).exec(dts);
    if (!iface) return null;
    body = dts.slice(iface.index + iface[0].length);
  }
  // the call signatures, until the closing brace of the interface
  const end = body.search(/\n\}/);
  body = body.slice(0, end).replace(/\/\*\*[\s\S]*?\*\//g, "");
  const sigs = [];
  for (const m of body.matchAll(/\n {4}(<[^>]*>)?\(/g)) {
    const open = m.index + m[0].length - 1;
    const params = splitParams(body, open).map((p) => {
      const mm = /^(\.\.\.)?(\w+)(\?)?\s*:\s*([\s\S]*)$/.exec(p);
      return { name: mm[2], optional: Boolean(mm[3]), type: kindOf(mm[4], dts) };
    });
    const after = body.slice(open).split("\n")[0];
    sigs.push({ params, builder: /QueryBuilder;\s*$/.test(after) || /QueryBuilder\s*;?$/.test(after.trim()) });
  }
  return sigs;
}

// -- one method ---------------------------------------------------------------------------
async function record(fn, params) {
  const accesses = [];
  const args = params.map((p, i) => (p.type === "object" || p.type === "object[]" ? objectArgument(i, accesses) : marker(i)));
  current = { requests: [], queries: [], urls: [], complex: false };
  const rec = current;
  let out;
  try {
    out = fn(httpClient)(...args);
    if (out && typeof out.then === "function") await out.catch(() => undefined);
  } catch (error) {
    return { error: String(error && error.message || error) };
  }
  const result = { accesses, requests: rec.requests.map(describeRequest), queries: [] };
  for (const q of rec.queries) {
    const QMARK = "\u0001query";
    const request = q.requestTransformer({ [QMARK]: 1 });
    const field = Object.keys(request).find((k) => request[k] && request[k][QMARK] === 1);
    current = { requests: [], queries: [], urls: [], complex: false };
    try { await q.func(request); } catch (error) { /* recorded before it failed */ }
    const tag = "\u0001answer";
    const data = new Proxy({}, { get: (t, k) => (typeof k === "symbol" ? undefined : { [tag]: k }) });
    let answer = {};
    try { answer = q.responseTransformer({ data }) || {}; } catch (error) { answer = { error: String(error) }; }
    result.queries.push({
      paging: q.pagingMethod, field,
      items: answer.items && answer.items[tag], metadata: answer.pagingMetadata && answer.pagingMetadata[tag],
      requests: current.requests.map(describeRequest),
    });
  }
  current = null;
  return result;
}

function describeRequest(req) {
  const meta = req.meta;
  const url = req.urls[0];
  return {
    method: meta.method, fqn: meta.methodFqn, protoPath: url && url.protoPath, path: url && url.path, mapped: url && url.mapped,
    data: url && encodeTree(url.data), complex: req.complex,
    fallback: (meta.fallback || []).map((f) => ({ method: f.method, url: f.url })),
  };
}

// The payload as a JSON tree: strings "\u0001argN" are positional arguments, an object
// with the key "\u0001argN" holds a spread (or is the argument itself), undefined is a
// field read from an argument (resolved by the Python side from `accesses`).
function encodeTree(value) {
  if (value === undefined || (emptyReads && Array.isArray(value) && !value.length)) return { "\u0001undefined": true };
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(encodeTree);
  const out = {};
  for (const key of Object.keys(value)) out[key] = encodeTree(value[key]);
  return out;
}

// Copy into `plain` (first recording) the field spreads the nested recording saw.
function mergeFieldSpreads(plain, nested) {
  if (!plain || !nested || typeof plain !== "object" || typeof nested !== "object" || Array.isArray(nested)) return;
  const keys = Object.keys(nested);
  const spreads = keys.filter((k) => /^\u0001arg\d+\./.test(k));
  if (spreads.length && keys.length > 1) {
    const copy = { ...plain };
    for (const k of Object.keys(plain)) delete plain[k];
    for (const k of keys) {
      if (spreads.includes(k)) plain[k] = k;
      else if (k in copy) plain[k] = copy[k];
    }
    for (const k of Object.keys(copy)) if (!(k in plain)) plain[k] = copy[k];
  }
  for (const k of Object.keys(plain)) {
    if (!(k in nested)) continue;
    const read = nested[k] && typeof nested[k] === "object" ? Object.keys(nested[k]) : [];
    if (plain[k] && plain[k]["\u0001undefined"] && read.length === 1 && /^\u0001arg\d+\./.test(read[0])) {
      plain[k] = { "\u0001undefined": read[0].slice(marker(0).length - 1) }; // "I.key": which field it is
    } else {
      mergeFieldSpreads(plain[k], nested[k]);
    }
  }
}

async function modulePackage(exportName, npmName) {
  const dir = path.dirname(requireJs.resolve(npmName));
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "..", "..", "package.json"), "utf8"));
  const dts = declarations(dir);
  const mod = requireJs(npmName);
  const methods = [], skipped = [];
  for (const name of Object.keys(mod).sort()) {
    const value = mod[name];
    if (typeof value !== "function") continue;
    if (/^on[A-Z]/.test(name)) { skipped.push({ name, reason: "event subscription" }); continue; }
    const sigs = signatureOf(name, dts);
    if (!sigs || !sigs.length) { skipped.push({ name, reason: "internal: not in the package's public typings" }); continue; }
    const sig = sigs.find((s) => s.builder) || sigs[0];
    let rec = await record(value, sig.params);
    if (!rec.error && !rec.requests.length && !rec.queries.length) {
      emptyReads = true;
      rec = await record(value, sig.params);
      emptyReads = false;
    }
    if (rec.requests.length === 1) {
      nestedReads = true;
      const nested = await record(value, sig.params);
      nestedReads = false;
      if (!nested.error && nested.requests.length === 1) {
        mergeFieldSpreads(rec.requests[0].data, nested.requests[0].data);
      }
    }
    if (rec.error) { skipped.push({ name, reason: `calling it failed: ${rec.error}` }); continue; }
    if (rec.queries.length) {
      const q = rec.queries[0];
      if (q.requests.length !== 1) { skipped.push({ name, reason: "query builder sent no request" }); continue; }
      methods.push({ name, params: sig.params, query: { paging: q.paging, field: q.field, items: q.items, metadata: q.metadata }, request: q.requests[0] });
    } else if (rec.requests.length === 1) {
      methods.push({ name, params: sig.params, accesses: rec.accesses, request: rec.requests[0] });
    } else {
      skipped.push({ name, reason: `sent ${rec.requests.length} requests` });
    }
  }
  return { export: exportName, npm: npmName, version: pkg.version, methods, skipped };
}

async function main() {
  const result = [];
  for (const name of packages) {
    const npm = `@wix/${name}`;
    const index = requireJs.resolve(npm);
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(index), "..", "..", "package.json"), "utf8"));
    const src = fs.readFileSync(index, "utf8");
    const modules = [];
    for (const m of src.matchAll(/var (\w+) = __toESM\(require\("(@wix\/auto_sdk_[^"]+)"\)\);/g)) {
      modules.push(await modulePackage(m[1], m[2]));
    }
    modules.sort((a, b) => (a.export < b.export ? -1 : 1));
    result.push({ package: npm, name, version: pkg.version, modules });
  }
  const { SDKRequestToRESTRequestRenameMap: renames } = requireJs("@wix/sdk-runtime/constants");
  process.stdout.write(JSON.stringify({ renames, packages: result }, null, 1) + "\n");
}

main().catch((error) => { console.error(error); process.exit(1); });
