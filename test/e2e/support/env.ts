// Where the browsers and the built extension are, and what to do when a browser is missing:
// skip with a plain message, or fail when REQUIRE_BROWSERS=1 (CI).
import fs from "node:fs";
import { describe, it } from "vitest";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const ARTIFACTS = path.join(ROOT, "test/artifacts");
export const DIST = { chrome: path.join(ROOT, "dist/chrome"), firefox: path.join(ROOT, "dist/firefox") };
export const REQUIRED = process.env.REQUIRE_BROWSERS === "1";

export interface BrowserBinary {
  name: string;
  path: string;
  found: boolean;
  /** The plain message for a missing binary. */
  missing: string;
}

function binary(name: string, envVar: string, fallback: string): BrowserBinary {
  const p = process.env[envVar] || fallback;
  return { name, path: p, found: fs.existsSync(p), missing: `${name} not found at ${p} (set ${envVar} to its path)` };
}

export const chromium = binary("chromium", "CHROMIUM", "/usr/bin/chromium");
export const firefox = binary("firefox", "FIREFOX", "/usr/bin/firefox-esr");

/** Under REQUIRE_BROWSERS=1, a missing browser is a failing test that says so plainly. */
export function failWhenMissing(b: BrowserBinary): void {
  describe.runIf(!b.found && REQUIRED)(b.name, () => {
    it("is installed (REQUIRE_BROWSERS=1)", () => {
      throw new Error(b.missing);
    });
  });
}

/** Logs the skip message once; returns true when the browser's tests should run. */
export function available(b: BrowserBinary): boolean {
  if (!b.found && !REQUIRED) console.warn(`${b.missing}, skipping`);
  return b.found;
}

/** Prints which browser build a test runs in ("e2e: firefox 140.12.0esr (/usr/bin/firefox-esr)"), so a log says what was tested. */
export async function announceVersion(browser: { version(): Promise<string> }, executable: string): Promise<void> {
  const version = await browser.version().catch((e: unknown) => `version unknown (${String(e)})`);
  console.info(`e2e: ${version} (${executable})`);
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
