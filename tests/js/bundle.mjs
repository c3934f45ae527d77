// Bundles browser.mjs with the pinned SDK into one script a page can load: node bundle.mjs OUTFILE
import { build } from "esbuild";

await build({
  entryPoints: ["browser.mjs"], bundle: true, format: "esm", platform: "browser",
  outfile: process.argv[2], logLevel: "warning",
});
