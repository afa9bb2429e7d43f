// @vitest-environment jsdom
// Issue 17: the hover card shows a title guessed from the link's address as a guess, and a
// title the page gave as it is.
import { afterEach, describe, expect, it } from "vitest";
import { createCard } from "../../src/content/card";
import { pageReportOf } from "../../src/page-report";
import type { Report } from "../../src/report";
import { sampleReport } from "../ui/sample-report";

const shadows: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, { ...init, mode: "open" });
  shadows.push(root);
  return root;
};
const controller = new AbortController();
afterEach(() => controller.abort());

function cardText(report: Report): string {
  const card = createCard(document, controller.signal);
  card.show("Sources", pageReportOf(report).references.filter((r) => r.id === "r1" || r.id === "r2"), new DOMRect(0, 0, 100, 20));
  return shadows.at(-1)?.textContent ?? "";
}

describe("hover card titles", () => {
  it("marks a title made from the URL's slug as a guess, and only that one", () => {
    const r = sampleReport();
    r.references[1]!.titleFrom = "url";
    r.references[2]!.titleFrom = "entry";
    const text = cardText(r);
    expect(text).toContain("North Korea diversifies military");
    expect(text.match(/title guessed from the link's address/g)).toHaveLength(1);
    expect(text.indexOf("title guessed")).toBeLessThan(text.indexOf("North Korea-Russia Relationship"));
  });
});
