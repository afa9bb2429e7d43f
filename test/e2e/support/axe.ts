// axe-core in a real browser page: the library is evaluated into the page (a DevTools/BiDi
// evaluation, which the extension pages' CSP does not block, unlike a <script> tag), then run
// on the whole document. Colour contrast is checked here, with real layout and real colours.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { ROOT } from "./env";

const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

declare const axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[]; passes: { id: string }[] }> };

/** The violations axe-core finds in `page` ("rule: selector (why)"), and whether colour contrast was checked. */
export async function axeViolations(page: Page): Promise<{ violations: string[]; contrastChecked: boolean }> {
  await page.evaluate(fs.readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ["violations", "passes"] });
    return {
      violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 160)})`)),
      contrastChecked: result.passes.some((p) => p.id === "color-contrast"),
    };
  });
}
