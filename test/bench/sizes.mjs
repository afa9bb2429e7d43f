// Section 4 of the benchmark: bundle sizes (minified and gzipped) against their budgets,
// and what each bundle is made of, from the esbuild metafile build.mjs writes.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { verdict } from "./measure.mjs";

/** Minified-size budgets in KB (null: measured, no budget). */
export const SIZE_BUDGETS = { "content.js": 80, "popup.js": 40, "background.js": null, "offscreen.js": null };

/** Groups a metafile input path: a package, a src/ folder, or the file itself. */
function groupOf(input) {
  // node_modules may sit elsewhere (a worktree's is a symlink: "../main/node_modules/…").
  const parts = input.split("/").slice(Math.max(0, input.split("/").indexOf("node_modules")));
  if (parts[0] === "node_modules") return parts.slice(0, parts[1]?.startsWith("@") ? 3 : 2).join("/");
  if (parts[0] === "src" && parts.length > 2) return `${parts[0]}/${parts[1]}/`;
  return parts.slice(0, 2).join("/");
}

/** KB per group of inputs in one output of the metafile, largest first. */
export function breakdown(metafile, file) {
  const output = Object.entries(metafile.outputs).find(([out]) => out.endsWith(`/${file}`))?.[1];
  if (!output) return [];
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, kb: bytes / 1024 }));
}

/** Prints section 4 and returns its figures. */
export function bundleSizes(root, log) {
  log("\n4. Bundle sizes (dist/chrome), minified / gzipped; what each is made of (KB of minified output)");
  const metaPath = join(root, "dist", "metafile.json");
  const metafile = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : null;
  const out = {};
  for (const [file, budget] of Object.entries(SIZE_BUDGETS)) {
    const path = join(root, "dist", "chrome", file);
    if (!existsSync(path)) continue;
    const kb = statSync(path).size / 1024;
    const gzipKb = gzipSync(readFileSync(path)).length / 1024;
    const parts = metafile ? breakdown(metafile, file) : [];
    out[file] = { kb, gzipKb, budgetKb: budget, verdict: budget ? verdict(kb, budget) : null, parts };
    log(`  ${file.padEnd(14)} ${kb.toFixed(1)} KB / ${gzipKb.toFixed(1)} KB gz${budget ? `  budget ${budget} KB: ${verdict(kb, budget)}` : ""}`);
    if (parts.length) log(`    ${parts.filter((p) => p.kb >= 0.5).map((p) => `${p.group} ${p.kb.toFixed(1)}`).join(", ")}`);
  }
  return out;
}
