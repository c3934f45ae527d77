// The REST shapes of one `@wix/auto_sdk_*` module, read with the TypeScript compiler API.
//
// `build/cjs/meta.d.ts` declares, per method, `__PublicMethodMetaInfo<verb, pathParams,
// Request, RequestOriginal, Response, ResponseOriginal>`: the `…Original` types are what goes
// over the wire (REST names, optionality, enums as literal unions). This file turns the
// declarations a module's methods reach into Python annotations (as text), and reads from
// `index.typings.d.ts` each method's permission tags and from `meta.d.ts` its application
// error codes. TypeScript's `number` is a float where the package converts the field with
// its float transformation (`build/cjs/index.js`, `transformRESTFloatToSDKFloat` paths) and
// an integer otherwise (protobuf's integer kinds carry no transformation).
// Used by extract.cjs: `shapes(ts, dir, methodNames)`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

// TypeScript names that would shadow what a generated types file imports or uses.
const RESERVED = new Set(["Any", "Literal", "Required", "TypedDict", "TypeAlias", "NotRequired"]);

function parse(ts, file, kind) {
  const text = fs.readFileSync(file, "utf8");
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

// The package's float fields: every `paths: [{path}]` beside a float `transformFn`.
function floatPaths(ts, dir) {
  const found = new Set();
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(node.properties.filter((p) => ts.isPropertyAssignment(p))
        .map((p) => [p.name.getText(), p.initializer]));
      const fn = props.get("transformFn");
      const paths = props.get("paths");
      if (fn && /Float/.test(fn.getText()) && paths && ts.isArrayLiteralExpression(paths)) {
        for (const item of paths.elements) {
          const p = ts.isObjectLiteralExpression(item)
            && item.properties.find((q) => q.name?.getText() === "path");
          if (p && ts.isStringLiteral(p.initializer)) found.add(p.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  const source = parse(ts, path.join(dir, "index.js"), ts.ScriptKind.JS);
  ts.forEachChild(source, visit);
  return [...found];
}

function tags(ts, node) {
  return ts.getJSDocTags(node).map((tag) => [tag.tagName.text,
    typeof tag.comment === "string" ? tag.comment.trim() : ""]);
}

function shapes(ts, dir, methodNames) {
  const meta = parse(ts, path.join(dir, "meta.d.ts"), ts.ScriptKind.TS);
  const decls = new Map(); // name → declaration
  const metaFns = new Map(); // method → [request, response] type names
  const errors = new Map(); // `<Method>ApplicationErrors` → codes
  for (const st of meta.statements) {
    if (ts.isFunctionDeclaration(st) && st.type && ts.isTypeReferenceNode(st.type)
        && st.type.typeName.getText(meta) === "__PublicMethodMetaInfo") {
      const args = st.type.typeArguments.map((a) => a.getText(meta));
      metaFns.set(st.name.text, { request: args[3], response: args[5] });
    } else if (ts.isTypeAliasDeclaration(st) && /ApplicationErrors$/.test(st.name.text)) {
      const codes = [];
      const visit = (node) => {
        if (ts.isPropertySignature(node) && node.name.getText(meta) === "code" && node.type
            && ts.isLiteralTypeNode(node.type) && ts.isStringLiteral(node.type.literal)) {
          codes.push(node.type.literal.text);
        }
        ts.forEachChild(node, visit);
      };
      visit(st.type);
      errors.set(st.name.text, codes);
    } else if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)
               || ts.isEnumDeclaration(st)) {
      decls.set(st.name.text, st);
    }
  }

  // -- names: `XWithLiterals` is its enum `X`; names Python would shadow get a `_` ----------
  const pyName = (name) => {
    const base = name.endsWith("WithLiterals") && decls.has(name.slice(0, -12))
      ? name.slice(0, -12) : name;
    return RESERVED.has(base) ? `${base}_` : base;
  };

  // -- annotations -------------------------------------------------------------------------
  const unknown = new Map(); // TypeScript constructs with no Python form: text → count
  const strip = (node) => (ts.isParenthesizedTypeNode(node) ? strip(node.type) : node);
  function annotate(node, isFloat, refs) {
    node = strip(node);
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return "str";
      case ts.SyntaxKind.NumberKeyword: return isFloat ? "float" : "int";
      case ts.SyntaxKind.BooleanKeyword: return "bool";
      case ts.SyntaxKind.AnyKeyword: return "Any";
      case ts.SyntaxKind.UnknownKeyword: return "object";
      case ts.SyntaxKind.NullKeyword: case ts.SyntaxKind.UndefinedKeyword: return "None";
      default: break;
    }
    if (ts.isLiteralTypeNode(node)) {
      const lit = node.literal;
      if (lit.kind === ts.SyntaxKind.NullKeyword) return "None";
      if (ts.isStringLiteral(lit)) return `Literal[${JSON.stringify(lit.text)}]`;
      if (ts.isNumericLiteral(lit)) return `Literal[${lit.text}]`;
      if (lit.kind === ts.SyntaxKind.TrueKeyword) return "Literal[True]";
      if (lit.kind === ts.SyntaxKind.FalseKeyword) return "Literal[False]";
    }
    if (ts.isArrayTypeNode(node)) return `list[${annotate(node.elementType, isFloat, refs)}]`;
    if (ts.isUnionTypeNode(node)) {
      const literals = [], others = [];
      for (const member of node.types) {
        const text = annotate(member, isFloat, refs);
        const lit = /^Literal\[(.*)\]$/.exec(text);
        if (lit) literals.push(lit[1]);
        else if (!others.includes(text)) others.push(text);
      }
      const none = others.includes("None");
      const parts = others.filter((o) => o !== "None");
      if (literals.length) parts.unshift(`Literal[${[...new Set(literals)].join(", ")}]`);
      if (none) parts.push("None");
      return parts.join(" | ");
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(meta);
      const args = node.typeArguments ?? [];
      if (name === "Array" && args.length === 1) return `list[${annotate(args[0], isFloat, refs)}]`;
      if (name === "Record" && args.length === 2) {
        return `dict[str, ${annotate(args[1], isFloat, refs)}]`;
      }
      if (name === "Date" || name === "Uint8Array") return "str"; // ISO-8601 / base64 in JSON
      if (decls.has(name)) {
        const target = pyName(name);
        refs.add(target === name || !decls.has(target) ? name : target.replace(/_$/, ""));
        return target;
      }
    }
    const text = node.getText(meta);
    unknown.set(text, (unknown.get(text) ?? 0) + 1);
    return ts.isTypeLiteralNode(node) ? "dict[str, Any]" : "Any";
  }

  // -- declarations, from the methods' roots; float paths mark (interface, field) pairs -----
  const floats = new Set();
  const membersOf = (decl) => {
    if (!ts.isInterfaceDeclaration(decl)) return [];
    const own = decl.members.filter((m) => ts.isPropertySignature(m));
    const bases = (decl.heritageClauses ?? []).flatMap((h) => h.types)
      .map((t) => decls.get(t.expression.getText(meta))).filter(Boolean);
    return [...own.map((m) => [decl.name.text, m]), ...bases.flatMap(membersOf)];
  };
  const refOf = (typeNode) => {
    const names = [];
    const visit = (node) => {
      node = strip(node);
      if (ts.isArrayTypeNode(node)) visit(node.elementType);
      else if (ts.isUnionTypeNode(node)) node.types.forEach(visit);
      else if (ts.isTypeReferenceNode(node) && decls.has(node.typeName.getText(meta))) {
        names.push(node.typeName.getText(meta));
      }
    };
    visit(typeNode);
    return names;
  };
  const markFloat = (root, segments) => {
    let names = [root];
    for (let i = 0; i < segments.length; i++) {
      const next = [];
      for (const name of names) {
        const decl = decls.get(name);
        if (!decl) continue;
        for (const [owner, member] of membersOf(decl)) {
          if (member.name.getText(meta) !== segments[i] || !member.type) continue;
          if (i === segments.length - 1) floats.add(`${owner}.${segments[i]}`);
          else next.push(...refOf(member.type));
        }
      }
      names = next;
    }
  };
  const paths = floatPaths(ts, dir).map((p) => p.split("."));
  const roots = [...metaFns.values()].flatMap((m) => [m.request, m.response]);
  for (const root of new Set(roots)) for (const p of paths) markFloat(root, p);

  const out = {}; // Python name → {kind, ...}
  const queue = [...roots];
  const seen = new Set();
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name) || !decls.has(name)) continue;
    seen.add(name);
    const decl = decls.get(name);
    const refs = new Set();
    if (ts.isEnumDeclaration(decl)) {
      const values = decl.members.map((m) => JSON.stringify(m.initializer?.text ?? m.name.text));
      out[pyName(name)] = { kind: "alias", type: `Literal[${values.join(", ")}]` };
    } else if (ts.isTypeAliasDeclaration(decl)) {
      if (pyName(name) !== name && decls.has(pyName(name))) { queue.push(pyName(name)); continue; }
      out[pyName(name)] = { kind: "alias", type: annotate(decl.type, false, refs) };
    } else {
      const bases = (decl.heritageClauses ?? []).flatMap((h) => h.types)
        .map((t) => t.expression.getText(meta)).filter((b) => decls.has(b));
      bases.forEach((b) => refs.add(b));
      const inherited = new Set(bases.flatMap((b) => membersOf(decls.get(b)))
        .map(([, m]) => m.name.getText(meta)));
      const fields = [];
      for (const member of decl.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const key = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(meta);
        if (inherited.has(key)) continue;
        const isFloat = floats.has(`${name}.${key}`);
        fields.push({
          name: key,
          type: annotate(member.type, isFloat, refs),
          required: !member.questionToken,
          readonly: tags(ts, member).some(([t]) => t === "readonly"),
        });
      }
      out[pyName(name)] = { kind: "dict", bases: bases.map(pyName), fields, ts: name };
    }
    queue.push(...refs);
  }

  // -- the methods: root types, error codes, permission tags ---------------------------------
  const typings = parse(ts, path.join(dir, "index.typings.d.ts"), ts.ScriptKind.TS);
  const docs = new Map();
  for (const st of typings.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) docs.set(st.name.text, tags(ts, st));
  }
  const methods = {};
  for (const name of methodNames) {
    const fn = metaFns.get(name);
    if (!fn) continue;
    const upper = name[0].toUpperCase() + name.slice(1);
    const found = docs.get(name) ?? [];
    const pick = (tag) => [...new Set(found.filter(([t]) => t === tag).map(([, v]) => v))];
    methods[name] = {
      request: decls.has(fn.request) ? pyName(fn.request) : null,
      response: decls.has(fn.response) ? pyName(fn.response) : null,
      errors: errors.get(`${upper}ApplicationErrors`) ?? [],
      permissions: pick("permissionId"),
      scopes: pick("permissionScope"),
      identities: pick("applicableIdentity"),
      deprecated: found.some(([t]) => t === "deprecated"),
    };
  }
  return { types: out, methods, unknown: Object.fromEntries(unknown) };
}

module.exports = { shapes };
