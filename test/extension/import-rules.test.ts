// Folders import one way: content/, background/, popup/, options/ and offscreen/ use the pure logic
// (report.ts, messages.ts, extract/, analyze/, platform/) and never each other.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url).pathname;
const CONTEXTS = ["content", "background", "popup", "options", "offscreen"];

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

describe.each(CONTEXTS)("src/%s", (context) => {
  it("imports no other extension context", () => {
    for (const file of files(path.join(src, context))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/from\s+["']([^"']+)["']|import\s+["']([^"']+)["']/g)) {
        const spec = m[1] ?? m[2] ?? "";
        if (!spec.startsWith(".")) continue;
        const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
        const other = CONTEXTS.filter((c) => c !== context);
        expect(other, `${path.relative(src, file)} imports ${spec}`).not.toContain(target);
      }
    }
  });
});

// The popup and options page render a report: they read report.ts and the small shared helpers
// (url/, platform/, messages.ts), never the extractor or the analyzer.
describe.each(["popup", "options"])("src/%s", (context) => {
  it("imports nothing from extract/ or analyze/", () => {
    for (const file of files(path.join(src, context))) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/from\s+["']([^"']+)["']|import\s*\(?\s*["']([^"']+)["']/g)) {
        const spec = m[1] ?? m[2] ?? "";
        if (!spec.startsWith(".")) continue;
        const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
        expect(["extract", "analyze"], `${path.relative(src, file)} imports ${spec}`).not.toContain(target);
      }
    }
  });
});

describe("src/url", () => {
  it("imports nothing, so every part may use it", () => {
    for (const file of files(path.join(src, "url"))) expect(fs.readFileSync(file, "utf8"), file).not.toMatch(/^\s*import\s/m);
  });
});

describe("pure logic", () => {
  it.each(["extract", "analyze"])("src/%s imports no extension context and no browser API", (dir) => {
    for (const file of files(path.join(src, dir))) {
      const text = fs.readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/webextension-polyfill|\.\.\/(content|background|popup|options|platform)\//);
    }
  });
});
