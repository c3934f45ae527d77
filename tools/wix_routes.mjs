// Regenerate wixvisitor/emulator/common/wix_routes.tsv: every method of the pinned official
// @wix/auto_sdk_* packages (tests/js/package.json), as Wix's public REST path on
// www.wixapis.com and the method's fully qualified name. The emulator names the method in
// its 501 NOT_EMULATED answers with it.
//
//   cd tests/js && npm ci && node ../../tools/wix_routes.mjs > ../../wixvisitor/emulator/common/wix_routes.tsv
//
// Each package's meta.js gives, per method, its verb and protoPath and resolves the public
// URL through the package's own host map; its index.js pairs the protoPath with methodFqn.
import { createRequire } from "node:module";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "node_modules/@wix");
const require = createRequire(join(root, "noop.js"));
const rows = new Map();
const FQN = /method: "(\w+)",\s*methodFqn: "([^"]+)",[\s\S]*?protoPath: "([^"]+)"/g;

for (const name of readdirSync(root).filter((n) => n.startsWith("auto_sdk_")).sort()) {
  const build = join(root, name, "build", "cjs");
  if (!existsSync(join(build, "meta.js"))) continue;
  const fqns = new Map();
  for (const [, verb, fqn, protoPath] of readFileSync(join(build, "index.js"), "utf8").matchAll(FQN)) {
    if (!fqns.has(`${verb} ${protoPath}`)) fqns.set(`${verb} ${protoPath}`, fqn);
  }
  const meta = require(join(build, "meta.js"));
  for (const describe of Object.values(meta)) {
    if (typeof describe !== "function" || describe.length !== 0) continue;
    let info;
    try {
      info = describe();
    } catch {
      continue;
    }
    if (!info || typeof info.getUrl !== "function" || !info.httpMethod) continue;
    const fqn = fqns.get(`${info.httpMethod} ${info.path}`);
    if (!fqn) continue;
    let url;
    try {
      url = info.getUrl({ host: "www.wixapis.com" });
    } catch {
      continue;
    }
    // Path parameters come back as ":name" (or the raw "{name}"): one wildcard segment each.
    const path = url.split("?")[0].split("/").map((s) => (/^:|^\{.*\}$/.test(s) ? "{}" : s)).join("/");
    rows.set(`${info.httpMethod}\t${path}`, fqn);
  }
}
const lines = [...rows].map(([key, fqn]) => `${key}\t${fqn}`).sort();
process.stdout.write(lines.join("\n") + "\n");
