// The hover card of a sentence that quotes someone, on our wire-story fixture in jsdom: it names
// the speaker and role ("Said by …"), an unnamed source as such, and the reference that backs the
// statement, from the page report the background sends; a hostile speaker stays text.
import { beforeEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { createSession, type Session } from "../../src/content/session";
import { isPageReport } from "../../src/messages";
import { pageReportOf } from "../../src/page-report";
import type { Report } from "../../src/report";
import { collapse, seedWindow } from "./seed-window";

const URL_ = "https://coastlinewire.example/world/2025/03/11/halden-crane-collapse/";

let win: Window & typeof globalThis;
let session: Session;
let report: Report;
let target = "";
let shadow: () => ShadowRoot | undefined;

beforeEach(() => {
  const page = seedWindow(URL_, () => target, "quotes-wire-story");
  win = page.win;
  shadow = page.shadow;
  report = analyze(page.snapshot);
  session = createSession(win);
  session.useElements(page.elements);
});

const claimWith = (words: string) => report.claims.find((c) => c.text.includes(words))!;
const cardFor = async (words: string, r: Parameters<Session["draw"]>[0] = pageReportOf(report)) => {
  target = claimWith(words).text;
  await session.draw(r, { style: "marker", unsourced: true });
  win.document.dispatchEvent(new win.MouseEvent("click", { clientX: 10, clientY: 10, bubbles: true }));
  return collapse(shadow()?.textContent ?? "");
};

describe("the hover card of a quoting sentence", () => {
  it("names the speaker with the role the article gives", async () => {
    expect(await cardFor("Nobody was on the crane")).toContain("Said by Petra Lindqvist, the authority's harbour master");
  });

  it("names an unnamed source as such, with its words", async () => {
    expect(await cardFor("Two people familiar")).toContain("Said by an unnamed source: two people familiar with the inspection records");
  });

  it("shows the reference that backs the statement beside its speaker", async () => {
    const text = await cardFor("sent engineers to the port");
    expect(text).toContain("Said by Nordlift");
    expect(text).toContain("nordlift.example");
  });

  it("gets from the page report only each claim's speakers, which its guard accepts", () => {
    const page = JSON.parse(JSON.stringify(pageReportOf(report)));
    expect(isPageReport(page)).toBe(true);
    expect(page.claims.find((c: { text: string }) => c.text.includes("Nobody was on the crane"))?.said).toEqual([{ speaker: "Petra Lindqvist", role: "the authority's harbour master", speakerKind: "person" }]);
    expect(JSON.stringify(page)).not.toContain('"direct"'); // no quotes themselves: the popup has them
    expect(isPageReport({ ...page, claims: [{ ...page.claims[0], said: [{ speaker: "x", role: null, speakerKind: "robot" }] }] })).toBe(false);
  });

  it("shows a hostile speaker as text, never as HTML", async () => {
    const r = structuredClone(report);
    const q = r.quotes!.find((x) => x.text.includes("Nobody was on the crane"))!;
    q.speaker = `<img src=x onerror="globalThis.__pwned = 1">`;
    const text = await cardFor("Nobody was on the crane", pageReportOf(r));
    expect(text).toContain("<img src=x");
    expect(shadow()?.querySelector("img")).toBeNull();
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
