// Mozilla's linter on the built Firefox extension: no errors (warnings are listed, not fatal).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

it("web-ext lint dist/firefox has no errors", { timeout: 60_000 }, async () => {
  const bin = new URL("../../node_modules/.bin/web-ext", import.meta.url).pathname;
  const dir = new URL("../../dist/firefox", import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(bin, ["lint", "--source-dir", dir, "--no-config-discovery", "--output=json"], {
    maxBuffer: 10 * 1024 * 1024,
  }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? "{}" }));
  const result = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string }[] };
  expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  // Known warning: preact's renderer contains an innerHTML assignment (dangerouslySetInnerHTML, unused by us).
  expect(result.warnings.map((w) => w.code).filter((c) => c !== "UNSAFE_VAR_ASSIGNMENT")).toEqual([]);
});
