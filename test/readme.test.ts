// The README is the front door: a page a newcomer reads in a few minutes, with depth in docs/.
// It (and every docs/ page) must name only files that exist, so a moved module or a renamed
// doc shows up here instead of as a dead end for a reader.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const PAGES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
/** Folders and files of the repository a page may name in `code`; dist/ is built, so not checked. */
const REPO_PATH = /^(?:src|test|docs|scripts|icons|_locales|\.ci)\/[\w./-]*[\w-]$|^(?:package\.json|tsconfig\.json|manifest\.json|build\.mjs|vitest\.config\.ts)$/;

/** Every repository path a Markdown page names: link targets and `code` spans that look like paths. */
function namedPaths(page: string): { path: string; as: string }[] {
  const text = readFileSync(join(ROOT, page), "utf8");
  const out: { path: string; as: string }[] = [];
  for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
    const target = m[1]!;
    if (/^[a-z]+:/i.test(target)) continue;
    out.push({ path: normalize(join(dirname(page), target)), as: m[0] });
  }
  for (const m of text.matchAll(/`([^`\s]+)`/g)) {
    const name = m[1]!.replace(/:\d+$/, "");
    if (REPO_PATH.test(name)) out.push({ path: name, as: m[0] });
  }
  return out;
}

describe("README.md", () => {
  it("is a front page of at most 12 KB", () => {
    expect(statSync(join(ROOT, "README.md")).size).toBeLessThanOrEqual(12 * 1024);
  });

  it("links every docs/ page, so none is orphaned", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const page of PAGES.filter((p) => p.startsWith("docs/"))) expect(readme, page).toContain(`(${page})`);
  });
});

describe.each(PAGES)("%s", (page) => {
  it("names only files that exist", () => {
    const missing = namedPaths(page).filter(({ path }) => !existsSync(join(ROOT, path)));
    expect(missing.map((m) => m.as)).toEqual([]);
  });
});
