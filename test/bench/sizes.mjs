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

/** The metafile output of dist/chrome's `file` (a per-browser bundle's Chrome build first). */
const outputOf = (metafile, file) =>
  Object.entries(metafile.outputs).find(([out]) => out.endsWith(`/chrome/${file}`)) ?? Object.entries(metafile.outputs).find(([out]) => out.endsWith(`/${file}`));

/**
 * The files `file` loads: itself and the chunks it imports statically (what every opening
 * loads, which its budget counts), and the chunks it loads only on demand (dynamic `import()`).
 */
export function loadedWith(metafile, file) {
  const start = outputOf(metafile, file);
  if (!start) return { eager: [file], lazy: [] };
  const strip = (out) => out.replace(/^.*?dist\/\.bundle\/[^/]+\//, "");
  const eager = new Set([start[0]]);
  const lazy = new Set();
  for (const out of eager) {
    for (const imp of metafile.outputs[out]?.imports ?? []) {
      if (imp.kind === "import-statement") eager.add(imp.path);
      else if (imp.kind === "dynamic-import") lazy.add(imp.path);
    }
  }
  return { eager: [...eager].map(strip), lazy: [...lazy].filter((x) => !eager.has(x)).map(strip) };
}

/** KB per group of inputs in the outputs of the metafile that `file` loads at once, largest first. */
export function breakdown(metafile, file) {
  const outputs = loadedWith(metafile, file).eager.flatMap((f) => outputOf(metafile, f)?.[1] ?? []);
  const groups = new Map();
  for (const output of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).map(([group, bytes]) => ({ group, kb: bytes / 1024 }));
}

/** Prints section 4 and returns its figures. */
export function bundleSizes(root, log) {
  log("\n4. Bundle sizes (dist/chrome), minified / gzipped; what each is made of (KB of minified output)");
  const metaPath = join(root, "dist", "metafile.json");
  const metafile = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : null;
  const out = {};
  const dir = join(root, "dist", "chrome");
  const sizeOf = (files) => ({
    kb: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) / 1024,
    gzipKb: files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024,
  });
  for (const [file, budget] of Object.entries(SIZE_BUDGETS)) {
    if (!existsSync(join(dir, file))) continue;
    // A bundle split in chunks counts the chunks it loads at once; those loaded on demand are shown apart.
    const { eager, lazy } = metafile ? loadedWith(metafile, file) : { eager: [file], lazy: [] };
    const { kb, gzipKb } = sizeOf(eager);
    const lazyKb = lazy.length ? sizeOf(lazy).kb : 0;
    const parts = metafile ? breakdown(metafile, file) : [];
    out[file] = { kb, gzipKb, files: eager, lazyKb, lazyFiles: lazy, budgetKb: budget, verdict: budget ? verdict(kb, budget) : null, parts };
    const split = eager.length > 1 ? ` (${eager.length} files)` : "";
    const onDemand = lazy.length ? `; on demand ${lazyKb.toFixed(1)} KB more (${lazy.join(", ")})` : "";
    log(`  ${file.padEnd(14)} ${kb.toFixed(1)} KB / ${gzipKb.toFixed(1)} KB gz${split}${budget ? `  budget ${budget} KB: ${verdict(kb, budget)}` : ""}${onDemand}`);
    if (parts.length) log(`    ${parts.filter((p) => p.kb >= 0.5).map((p) => `${p.group} ${p.kb.toFixed(1)}`).join(", ")}`);
  }
  return out;
}
