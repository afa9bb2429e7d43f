// @vitest-environment jsdom
// "Check sources" in the popup as a reader meets it: the permission asked inside the click,
// progress and stop, each source's live status, and each claim's support verdict; on a site
// checked automatically, the background's own run followed, or why there was none.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Progress, Reply } from "../../src/messages";
import type { PopupClient } from "../../src/popup/client";
import { App } from "../../src/popup/components/App";
import { originPatterns, linkHost } from "../../src/check/permissions";
import { checkableUrl } from "../../src/check/fetcher";
import type { Report } from "../../src/report";
import { sampleReport } from "../ui/sample-report";

afterEach(cleanup);

/** The sample report as the background returns it after a check. */
function checkedReport(): Report {
  const r = sampleReport();
  const at = "2026-11-27T12:00:00.000Z";
  r.references[1]!.live = { status: "not-found", finalUrl: "https://38north.org/20240513-kim-russia", httpStatus: 404, title: null, date: null, site: null, checkedAt: at, archiveUrl: "https://web.archive.org/web/*/https://38north.org/20240513-kim-russia" };
  r.references[2]!.live = { status: "ok", finalUrl: "https://www.nknews.org/2025/01/new-phase", httpStatus: 200, title: "A new phase", date: "2025-01-15", site: "NK News", checkedAt: at };
  r.claims[2]!.sources[0] = {
    ...r.claims[2]!.sources[0]!,
    support: "partial",
    passage: "Relations between the two entered a new phase in January, officials said.",
    parts: [
      { text: "a new phase", found: true, passage: "Relations between the two entered a new phase in January, officials said." },
      { text: "January 2025", found: false, passage: null },
      { text: "Seoul", found: true, passage: "Seoul said the talks would resume." },
    ],
  };
  return r;
}

function fakeClient(opts: { grant?: boolean; report?: Report; autoCheckSites?: string[]; granted?: boolean } = {}) {
  let progress: ((tab: number, p: Progress) => void) | null = null;
  let finish: (r: Reply<unknown>) => void = () => undefined;
  const order: string[] = [];
  const request = vi.fn(async (type: string) => {
    order.push(type);
    if (type === "getState") return { ok: true, value: { status: "done", report: opts.report ?? sampleReport(), drawn: null } };
    if (type === "checkSources") return new Promise<Reply<unknown>>((r) => (finish = r));
    if (type === "cancelCheck") return { ok: true, value: { cancelled: true } };
    return { ok: false, error: { code: "internal", message: "no fake" } };
  });
  const requestOrigins = vi.fn((patterns: string[]) => {
    order.push("permission");
    void patterns;
    return Promise.resolve(opts.grant ?? true);
  });
  const client = {
    tabId: async () => 7,
    request,
    settings: async () => ({ disabledSites: [], alwaysSites: [], autoCheckSites: opts.autoCheckSites ?? [] }),
    siteGranted: async () => false,
    originsGranted: vi.fn(async () => opts.granted ?? false),
    onProgress: () => () => undefined,
    requestOrigins,
    onCheckProgress: (l: (tab: number, p: Progress) => void) => {
      progress = l;
      return () => (progress = null);
    },
  } as unknown as PopupClient;
  return { client, request, requestOrigins, order, emit: (tab: number, p: Progress) => progress?.(tab, p), finish: (r: Reply<unknown>) => finish(r) };
}

describe("Check sources in the popup", () => {
  it("asks for the links' sites inside the click, shows progress, then each link's status and the support verdicts", async () => {
    const f = fakeClient();
    render(<App client={f.client} />);
    const button = await screen.findByRole("button", { name: "Check sources" });
    fireEvent.click(button);
    // The permission request happens in the click's own task, before anything is awaited.
    expect(f.requestOrigins).toHaveBeenCalledTimes(1);
    expect(f.requestOrigins.mock.calls[0]![0]).toEqual(["http://*.38north.org/*", "http://*.joongang.co.kr/*", "http://*.nknews.org/*", "https://*.38north.org/*", "https://*.joongang.co.kr/*", "https://*.nknews.org/*"]);
    await waitFor(() => expect(f.request).toHaveBeenCalledWith("checkSources", { tabId: 7 }));
    expect(f.order.indexOf("permission")).toBeLessThan(f.order.indexOf("checkSources"));
    f.emit(7, { done: 1, total: 3 });
    f.emit(8, { done: 3, total: 3 }); // another tab's run
    expect(await screen.findByText("Checked 1 of 3 links")).toBeTruthy();
    f.finish({ ok: true, value: { report: checkedReport() } });
    const source1 = await waitFor(() => document.getElementById("source-r1")!);
    expect(await within(source1).findByText("Not found (404)")).toBeTruthy();
    const archive = within(source1).getByRole("link", { name: "Saved copies" });
    expect(archive.getAttribute("href")).toBe("https://web.archive.org/web/*/https://38north.org/20240513-kim-russia");
    expect(within(document.getElementById("source-r2")!).getByText("Link works")).toBeTruthy();
    const claim = document.querySelector('[data-claim="c3"]') as HTMLElement;
    expect(within(claim).getByText("says part of this")).toBeTruthy();
    expect(within(claim).getByText("Relations between the two entered a new phase in January, officials said.", { selector: "blockquote" })).toBeTruthy();
    // Part by part: ✓ with the sentence that backs it, ✗ with none; the marks are spoken as words.
    const parts = within(claim).getByRole("list", { name: "Part by part" });
    const [backed, missing, other] = within(parts).getAllByRole("listitem");
    // The verdict's passage above already quotes the first part's sentence: it is not repeated.
    expect(backed!.textContent).toBe("✓backed: a new phase");
    expect(missing!.textContent).toBe("✗not backed: January 2025");
    expect(other!.textContent).toBe("✓backed: SeoulSeoul said the talks would resume.");
    expect(screen.getByRole("button", { name: "Check sources again" })).toBeTruthy();
  });

  it("a report checked earlier opens with its results (the check chunk loads for them)", async () => {
    const f = fakeClient({ report: checkedReport() });
    render(<App client={f.client} />);
    const counts = await screen.findByRole("list", { name: "What the links gave" });
    expect(counts.textContent).toContain("Not found (404): 1");
    expect(await within(document.getElementById("source-r1")!).findByRole("link", { name: "Saved copies" })).toBeTruthy();
    expect(within(document.querySelector('[data-claim="c3"]') as HTMLElement).getByText("says part of this")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check sources again" })).toBeTruthy();
    expect(f.requestOrigins).not.toHaveBeenCalled();
  });

  it("stops a run on Stop", async () => {
    const f = fakeClient();
    render(<App client={f.client} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check sources" }));
    fireEvent.click(await screen.findByRole("button", { name: "Stop" }));
    await waitFor(() => expect(f.request).toHaveBeenCalledWith("cancelCheck", { tabId: 7 }));
    f.finish({ ok: false, error: { code: "cancelled", message: "Checking the sources was stopped." } });
    expect(await screen.findByText("Checking the sources was stopped.")).toBeTruthy();
  });

  it("visits nothing when the reader refuses the permission", async () => {
    const f = fakeClient({ grant: false });
    render(<App client={f.client} />);
    fireEvent.click(await screen.findByRole("button", { name: "Check sources" }));
    expect(await screen.findByText(/Without permission to visit the cited sites/)).toBeTruthy();
    // The run the click started (waiting in the background for the grant) is stopped.
    await waitFor(() => expect(f.request).toHaveBeenCalledWith("cancelCheck", { tabId: 7 }));
    f.finish({ ok: false, error: { code: "cancelled", message: "Checking the sources was stopped." } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText(/Without permission to visit the cited sites/)).toBeTruthy();
  });
});

describe("on a site checked automatically", () => {
  // The sample report is of world-desk.example.
  it("the cited sites no longer granted: says why this page was not checked; a granted Check sources clears it", async () => {
    const f = fakeClient({ autoCheckSites: ["world-desk.example"], granted: false });
    render(<App client={f.client} />);
    const note = await screen.findByText(/checked automatically on this site, but Sourcelight may no longer visit the cited sites/);
    expect(note.getAttribute("role")).toBe("status");
    fireEvent.click(screen.getByRole("button", { name: "Check sources" }));
    await waitFor(() => expect(f.request).toHaveBeenCalledWith("checkSources", { tabId: 7 }));
    f.finish({ ok: true, value: { report: checkedReport() } });
    await screen.findByRole("button", { name: "Check sources again" });
    expect(screen.queryByText(/may no longer visit/)).toBeNull();
  });

  it("says nothing of it where the site is not chosen, or the cited sites are granted", async () => {
    for (const opts of [{ autoCheckSites: [], granted: false }, { autoCheckSites: ["world-desk.example"], granted: true }]) {
      const f = fakeClient(opts);
      render(<App client={f.client} />);
      await screen.findByRole("button", { name: "Check sources" });
      await new Promise((r) => setTimeout(r, 20));
      expect(screen.queryByText(/may no longer visit/), JSON.stringify(opts)).toBeNull();
      cleanup();
    }
  });

  it("follows the background's own run: its progress, then its results", async () => {
    const f = fakeClient({ autoCheckSites: ["world-desk.example"], granted: true });
    render(<App client={f.client} />);
    await screen.findByRole("button", { name: "Check sources" });
    await new Promise((r) => setTimeout(r, 20));
    f.emit(7, { done: 2, total: 3 });
    expect(await screen.findByText("Checked 2 of 3 links")).toBeTruthy();
    f.emit(7, { done: 3, total: 3 });
    // Joined once (the request answers with the run in progress), asking for nothing.
    await waitFor(() => expect(f.request.mock.calls.filter((c) => c[0] === "checkSources")).toHaveLength(1));
    expect(f.requestOrigins).not.toHaveBeenCalled();
    f.finish({ ok: true, value: { report: checkedReport() } });
    expect(await within(document.getElementById("source-r1")!).findByText("Not found (404)")).toBeTruthy();
  });
});

describe("the permissions asked for", () => {
  it("cover every link checkSources will visit", () => {
    const urls = ["https://www.nknews.org/a", "http://example.com/x", "38north.org/2024/x", "https://news.bbc.co.uk/1", "http://127.0.0.1:8080/a", "http://localhost:9/", "javascript:alert(1)", "ftp://x.example/", "mailto:a@b.example", "https://user:pw@example.com/", "data:text/html,x", "https://exa mple.com/"];
    for (const u of urls) {
      const visited = checkableUrl(u);
      expect(linkHost(u), u).toBe(visited ? new URL(visited).hostname : null);
    }
    const r = sampleReport();
    r.references = r.references.slice(0, 1).map((x) => ({ ...x, url: "http://127.0.0.1:8080/a" }));
    expect(originPatterns(r)).toEqual(["http://127.0.0.1/*", "https://127.0.0.1/*"]);
  });
});
