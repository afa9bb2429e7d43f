#!/usr/bin/env node
// Builds Sourcelight with esbuild:
//   dist/chrome, dist/firefox  loadable unpacked extensions (one manifest.json, a small patch per browser)
//   dist/cli/sourcelight.mjs   the command line (Node, ESM, dependencies stay in node_modules)
//   dist/lib/sourcelight.mjs   extract, analyze and the formatters for Node tools (eval, bench)
//   dist/metafile.json         esbuild's metafile of the extension bundles (the bench's size breakdown)
// Flags: --watch (rebuild on change), --zip (store packages dist/sourcelight-<browser>-<version>.zip)
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";

const ROOT = path.dirname(new URL(import.meta.url).pathname);
const DIST = path.join(ROOT, "dist");
const args = new Set(process.argv.slice(2));
const WATCH = args.has("--watch");
const ZIP = args.has("--zip");
const BROWSERS = ["chrome", "firefox"];

/**
 * The per-browser manifest patch: each browser gets only the background form it runs.
 * Firefox's background is an event page with a DOM: no offscreen document, no permission for one.
 */
const PATCH = {
  chrome: (m) => {
    const { scripts: _scripts, ...background } = m.background;
    const { browser_specific_settings: _gecko, ...rest } = m;
    return { ...rest, background };
  },
  firefox: (m) => {
    const { service_worker: _sw, ...background } = m.background;
    return { ...m, background, permissions: m.permissions.filter((p) => p !== "offscreen") };
  },
};

/**
 * Extension bundles: [stage folder, entry points, extra esbuild options]. "all" is copied into
 * every browser's folder, "chrome" / "firefox" into that browser's only. The background is built
 * per browser: Chrome's service worker leaves the extractor out (its offscreen document parses,
 * see src/background/off-page.ts). The popup is an ES module split in chunks, so the export
 * formats load only when the reader exports (popup.html loads it with type="module").
 */
const BUNDLES = [
  ["all", { "content.js": "src/content/index.ts", ...(fs.existsSync(path.join(ROOT, "src/options/main.tsx")) ? { "options.js": "src/options/main.tsx" } : {}) }],
  ["all", { "popup.js": "src/popup/main.tsx" }, { format: "esm", splitting: true, chunkNames: "chunks/[name]-[hash]" }],
  ["chrome", { "offscreen.js": "src/offscreen/index.ts" }],
  ["chrome", { "background.js": "src/background/index.ts" }, { plugins: [leaveOut(/\/extract\/from-html$/, "Chrome reads pages in its offscreen document.")] }],
  ["firefox", { "background.js": "src/background/index.ts" }],
];

/** An esbuild plugin: imports matching `filter` get a module whose every export throws `why`. */
function leaveOut(filter, why) {
  return {
    name: "leave-out",
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "left-out" }));
      build.onLoad({ filter: /.*/, namespace: "left-out" }, () => ({
        contents: `export const extractFromHtml = () => { throw new Error(${JSON.stringify(why)}); };`,
        loader: "js",
      }));
    },
  };
}

/** Files copied as they are: [from (relative to ROOT), to (relative to the browser folder), only this browser]. */
const STATIC = [
  ["src/popup/popup.html", "popup.html"],
  ["src/popup/popup.css", "popup.css"],
  ["src/options/options.html", "options.html"],
  ["src/options/options.css", "options.css"],
  ["src/offscreen/offscreen.html", "offscreen.html", "chrome"],
  ["icons/icon-16.png", "icons/icon-16.png"],
  ["icons/icon-32.png", "icons/icon-32.png"],
  ["icons/icon-48.png", "icons/icon-48.png"],
  ["icons/icon-128.png", "icons/icon-128.png"],
  ["_locales", "_locales"],
];

const STAGE = path.join(DIST, ".bundle");

/**
 * Regular expressions with Unicode property escapes (\p{L}) stay literals. esbuild's tables
 * mark them unsupported on every target and rewrite each one as `new RegExp("…", "u")`, which
 * builds the expression again at every evaluation (the analyzer's tokenizers run such
 * expressions per word); Chrome 64, Firefox 78 and Node 10 have them.
 */
const supported = { "regexp-unicode-property-escapes": true };

/** esbuild's options for one of BUNDLES. */
const extensionOptions = ([stage, entries, extra = {}]) => ({
  absWorkingDir: ROOT,
  entryPoints: Object.entries(entries).map(([out, src]) => ({ in: src, out: out.replace(/\.js$/, "") })),
  outdir: path.join(STAGE, stage),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome120", "firefox128"],
  supported,
  jsx: "automatic",
  jsxImportSource: "preact",
  minify: !WATCH,
  sourcemap: WATCH ? "inline" : false,
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  define: { "process.env.NODE_ENV": WATCH ? '"development"' : '"production"' },
  ...extra,
});

/** Node bundles (dependencies stay in node_modules): the command line and the library for eval and bench. */
const nodeOptions = (entry, outfile, extra = {}) => ({
  absWorkingDir: ROOT,
  entryPoints: [entry],
  outfile: path.join(DIST, outfile),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  supported,
  packages: "external",
  logLevel: "warning",
  metafile: true,
  ...extra,
});
const cliOptions = nodeOptions("src/cli.ts", "cli/sourcelight.mjs", { banner: { js: "#!/usr/bin/env node" } });
const libOptions = nodeOptions("src/lib.ts", "lib/sourcelight.mjs");

/** Writes dist/<browser>/: bundles, static files, the patched manifest. */
function assemble() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8"));
  for (const browser of BROWSERS) {
    const dir = path.join(DIST, browser);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const stage of ["all", browser]) fs.cpSync(path.join(STAGE, stage), dir, { recursive: true });
    for (const [from, to, only = browser] of STATIC) {
      const src = path.join(ROOT, from);
      if (!fs.existsSync(src) || only !== browser) continue;
      fs.cpSync(src, path.join(dir, to), { recursive: true });
    }
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(PATCH[browser](manifest), null, 2) + "\n");
  }
  return manifest.version;
}

/** Writes dist/sourcelight-<browser>-<version>.zip for each browser. */
function zip(version) {
  for (const browser of BROWSERS) {
    const dir = path.join(DIST, browser);
    const files = {};
    for (const rel of fs.readdirSync(dir, { recursive: true })) {
      const abs = path.join(dir, rel);
      if (fs.statSync(abs).isFile()) files[rel.split(path.sep).join("/")] = new Uint8Array(fs.readFileSync(abs));
    }
    const out = path.join(DIST, `sourcelight-${browser}-${version}.zip`);
    fs.writeFileSync(out, zipSync(files, { level: 9, mtime: new Date("2025-01-01T00:00:00Z") }));
    console.log(`  ${path.relative(ROOT, out)}  ${kb(fs.statSync(out).size)}`);
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function printSizes(metafile) {
  for (const [file, info] of Object.entries(metafile.outputs)) {
    if (file.endsWith(".map")) continue;
    console.log(`  ${path.relative(ROOT, path.resolve(ROOT, file)).replace(/dist\/\.bundle\/(all\/)?/, "dist/")}  ${kb(info.bytes)}`);
  }
}

async function buildNode() {
  const [cli, lib] = await Promise.all([esbuild.build(cliOptions), esbuild.build(libOptions)]);
  fs.chmodSync(cliOptions.outfile, 0o755);
  return [cli.metafile, lib.metafile];
}

async function buildOnce() {
  const t0 = performance.now();
  fs.rmSync(STAGE, { recursive: true, force: true }); // no chunk of an earlier build stays
  fs.mkdirSync(DIST, { recursive: true });
  const [ext, node] = await Promise.all([Promise.all(BUNDLES.map((b) => esbuild.build(extensionOptions(b)))), buildNode()]);
  const version = assemble();
  // What each bundle is made of (bytes per input), for `npm run bench`'s size breakdown.
  const metafile = { inputs: {}, outputs: {} };
  for (const r of ext) Object.assign(metafile.inputs, r.metafile.inputs), Object.assign(metafile.outputs, r.metafile.outputs);
  fs.writeFileSync(path.join(DIST, "metafile.json"), JSON.stringify(metafile));
  console.log(`sourcelight ${version}: built in ${Math.round(performance.now() - t0)} ms`);
  printSizes(metafile);
  for (const m of node) printSizes(m);
  if (ZIP) zip(version);
}

function safeAssemble() {
  try {
    assemble();
  } catch (e) {
    console.error(`[watch] ${e.message}`);
  }
}

async function watch() {
  const rebuildPlugin = {
    name: "assemble",
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length) return;
        safeAssemble();
        console.log(`[watch] rebuilt ${new Date().toLocaleTimeString()}`);
      });
    },
  };
  for (const b of BUNDLES) {
    const options = extensionOptions(b);
    await (await esbuild.context({ ...options, plugins: [...(options.plugins ?? []), rebuildPlugin] })).watch();
  }
  for (const options of [cliOptions, libOptions]) await (await esbuild.context(options)).watch();
  // Static files are not part of the bundle graph: re-assemble when they change.
  for (const [from] of [...STATIC, ["manifest.json"]]) {
    const p = path.join(ROOT, from);
    if (fs.existsSync(p)) fs.watch(p, { recursive: true }, () => safeAssemble());
  }
  console.log("[watch] watching src/, manifest.json, icons/, _locales/ (Ctrl-C to stop)");
}

try {
  if (WATCH) await watch();
  else await buildOnce();
} catch (e) {
  console.error(e.message ?? e);
  process.exit(1);
}
