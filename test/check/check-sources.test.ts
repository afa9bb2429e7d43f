// "Check sources" against a loopback server serving the article's references: statuses,
// live checks, support verdicts, what is sent, cancelling, concurrency and the cache.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { MemoryCache, CACHE_TTL_MS, checkSources } from "../../src/check/index";
import { validateReport } from "../../src/report-schema";
import type { Report, ReportReference } from "../../src/report";
import { serveSources, HUGE_BYTES, type SourceServer } from "./support/server";
import { LIMITS, articleReport, parse, recordingFetch, run } from "./support/run";

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
let server: SourceServer;
let before: Report;
let beforeJson: string;
let after: Report;
let seen: Request[];
let progress: { done: number; total: number }[];
let sourceRequestsBeforeCheck: number;

beforeAll(async () => {
  server = await serveSources();
  before = await articleReport(server);
  beforeJson = JSON.stringify(before);
  sourceRequestsBeforeCheck = server.sourceRequests().length;
  const rec = recordingFetch();
  seen = rec.seen;
  progress = [];
  after = await run(before, { fetch: rec.fetch, now: () => NOW, cache: new MemoryCache(), onProgress: (p) => progress.push(p) });
}, 60_000);
afterAll(() => server?.close());

const ref = (r: Report, label: string): ReportReference => r.references.find((x) => x.label === label)!;
const codes = (r: ReportReference) => r.checks.map((c) => c.code);
const supportOf = (r: Report, label: string) => r.claims.flatMap((c) => c.sources).find((s) => s.ref === ref(r, label).id);

describe("check sources on a loopback site", () => {
  it("fetches nothing while the page is analysed", () => {
    expect(before.references).toHaveLength(11);
    expect(sourceRequestsBeforeCheck).toBe(0);
    expect(before.references.every((r) => r.live === undefined)).toBe(true);
  });

  it("returns a valid report of format version 1 and leaves the input unchanged", () => {
    expect(validateReport(after)).toEqual([]);
    expect(after.schemaVersion).toBe(1);
    expect(JSON.stringify(before)).toBe(beforeJson);
  });

  it("gives each link its live status", () => {
    const status = Object.fromEntries(after.references.map((r) => [r.label, r.live?.status]));
    expect(status).toEqual({
      "1": "ok", "2": "ok", "3": "ok", "4": "ok", "5": "not-found", "6": "gone",
      "7": "redirected", "8": "unreachable", "9": "ok", "10": "paywalled", "11": "ok",
    });
    expect(ref(after, "5").live).toMatchObject({ httpStatus: 404, archiveUrl: `https://web.archive.org/web/*/${server.origin}/ferries/winter-timetable` });
    expect(ref(after, "6").live?.httpStatus).toBe(410);
    expect(ref(after, "8").live).toMatchObject({ httpStatus: null, finalUrl: null });
    expect(ref(after, "1").live).toMatchObject({ title: "Council approves sea wall budget", date: "2024-03-12", site: "Harbour Gazette", checkedAt: new Date(NOW).toISOString() });
    expect(ref(after, "1").live?.archiveUrl).toBeUndefined();
  });

  it("follows a redirect within the site as ok, and one to another site as redirected", () => {
    expect(ref(after, "11").live).toMatchObject({ status: "ok", finalUrl: `${server.origin}/new/volunteer-crews-honoured` });
    expect(ref(after, "7").live).toMatchObject({ status: "redirected", finalUrl: `${server.other}/parked-domain`, title: "This domain is for sale" });
    expect(codes(ref(after, "7"))).toContain("redirected-elsewhere");
    expect(codes(ref(after, "11"))).not.toContain("redirected-elsewhere");
  });

  it("adds the live checks, each with a message the reader can act on", () => {
    expect(codes(ref(after, "5"))).toContain("link-broken");
    expect(codes(ref(after, "6"))).toContain("link-broken");
    expect(codes(ref(after, "8"))).toContain("link-broken");
    const broken = ref(after, "8").checks.find((c) => c.code === "link-broken")!;
    expect(broken.message).toMatch(/no answer within 4 s.*try again later.*web\.archive\.org/);
    const title = ref(after, "4").checks.find((c) => c.code === "title-mismatch-live")!;
    expect(title.severity).toBe("warning");
    expect(title.message).toContain('"Tram line extension opens to passengers"');
    const date = ref(after, "2").checks.find((c) => c.code === "date-mismatch-live")!;
    expect(date.message).toContain("20 Apr 2024");
    expect(date.message).toContain("2 Apr 2024");
    for (const label of ["1", "3", "9", "10", "11"]) expect(codes(ref(after, label)).filter((c) => c.endsWith("-live") || c === "link-broken" || c === "redirected-elsewhere")).toEqual([]);
  });

  it("reads only the start of the 20 MB page, and stops its download", () => {
    expect(ref(after, "9").live).toMatchObject({ status: "ok", truncated: true, title: "Full archive of harbour minutes" });
    expect(server.hugeBytesSent).toBeLessThan(HUGE_BYTES / 2);
  });

  it("tells a sign-in wall from the work", () => {
    expect(ref(after, "10").live).toMatchObject({ status: "paywalled", httpStatus: 200 });
    expect(supportOf(after, "10")?.support).toBeUndefined();
  });

  it("judges whether each source says what its claim says, quoting the passage", () => {
    expect(supportOf(after, "1")).toMatchObject({ support: "found" });
    expect(supportOf(after, "1")?.passage).toContain("approved a budget of 4.2 million euros");
    expect(supportOf(after, "2")).toMatchObject({ support: "partial" });
    expect(supportOf(after, "2")?.passage).toContain("lost height since 1990");
    expect(supportOf(after, "3")?.support).toBe("not-found");
    expect(supportOf(after, "3")?.passage).toBeUndefined();
    expect(supportOf(after, "9")?.support).toBe("found");
    expect(supportOf(after, "11")?.support).toBe("found");
    // Nothing to judge when the link gave no text.
    for (const label of ["5", "6", "8"]) expect(supportOf(after, label)?.support).toBeUndefined();
  });

  it("sends no cookies: every request omits credentials and no Cookie header arrives", () => {
    expect(seen.length).toBe(11);
    for (const r of seen) {
      expect(r.credentials).toBe("omit");
      expect(r.redirect).toBe("follow");
      expect(r.referrerPolicy).toBe("no-referrer");
    }
    expect(server.requests.length).toBeGreaterThan(11);
    expect(server.requests.every((r) => r.cookie === undefined)).toBe(true);
  });

  it("reports progress up to the number of distinct links", () => {
    expect(progress[0]).toEqual({ done: 0, total: 11 });
    expect(progress.at(-1)).toEqual({ done: 11, total: 11 });
    expect(progress.map((p) => p.done)).toEqual([...Array(12).keys()]);
  });

  it("never runs more than 4 requests at once on the server", () => {
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
  });

  it("replaces the results of an earlier check instead of adding to them", async () => {
    const cache = new MemoryCache();
    const fetchCount = { n: 0 };
    const again = await run(after, { fetch: (r) => (fetchCount.n++, fetch(r)), now: () => NOW, cache });
    for (const r of again.references) {
      const liveCodes = r.checks.filter((c) => ["link-broken", "title-mismatch-live", "date-mismatch-live", "redirected-elsewhere"].includes(c.code));
      expect(new Set(liveCodes.map((c) => c.code)).size).toBe(liveCodes.length);
    }
    expect(validateReport(again)).toEqual([]);
  }, 30_000);
});

describe("cancelling", () => {
  it("stops the remaining fetches and rejects with the abort reason", async () => {
    const report = await articleReport(server);
    const start = server.sourceRequests().length;
    const controller = new AbortController();
    const rec = recordingFetch();
    const result = checkSources(report, {
      fetch: rec.fetch, parse, ...LIMITS, cache: new MemoryCache(), signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(result).rejects.toMatchObject({ name: "AbortError" });
    // At most the first four were started; the other seven were never requested.
    expect(rec.seen.length).toBeLessThanOrEqual(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(server.sourceRequests().length - start).toBeLessThanOrEqual(5);
  });

  it("sends nothing when cancelled before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    const rec = recordingFetch();
    await expect(checkSources(before, { fetch: rec.fetch, parse, signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(rec.seen).toEqual([]);
  });
});

describe("limits with an injected fetch", () => {
  const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${"Some words about the harbour and its wall. ".repeat(20)}</p></article></body></html>`;

  it("runs at most 4 requests at once, whatever concurrency is asked for", async () => {
    let active = 0;
    let most = 0;
    const fetchFn = async (request: Request) => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return new Response(page(new URL(request.url).pathname), { headers: { "content-type": "text/html" } });
    };
    await checkSources(before, { fetch: fetchFn, parse, concurrency: 10 });
    expect(most).toBe(4);
    most = 0;
    await checkSources(before, { fetch: fetchFn, parse, concurrency: 2 });
    expect(most).toBe(2);
  });

  it("answers from the cache within a day, and visits again after it", async () => {
    const calls: string[] = [];
    const fetchFn = async (request: Request) => {
      // A failed visit is asked once more without following redirects; count the visits only.
      if (request.redirect === "follow") calls.push(request.url);
      if (request.url.includes("/slow/")) throw new TypeError("fetch failed");
      return new Response(page("Council approves sea wall budget"), { headers: { "content-type": "text/html" } });
    };
    const cache = new MemoryCache();
    let now = NOW;
    const first = await checkSources(before, { fetch: fetchFn, parse, cache, now: () => now });
    expect(calls).toHaveLength(11);
    expect(cache.size).toBe(10); // the unreachable link is not kept: it may answer in a minute
    now = NOW + CACHE_TTL_MS - 60_000;
    const second = await checkSources(before, { fetch: fetchFn, parse, cache, now: () => now });
    expect(calls).toHaveLength(12);
    expect(calls.at(-1)).toContain("/slow/");
    // The cached visits keep their time; only the unreachable link was visited again.
    const times = (r: Report) => r.references.map((x) => (x.url?.includes("/slow/") ? "visited again" : x.live?.checkedAt));
    expect(times(second)).toEqual(times(first));
    expect(second.references.find((x) => x.url?.includes("/slow/"))?.live?.checkedAt).toBe(new Date(now).toISOString());
    now = NOW + CACHE_TTL_MS + 1;
    await checkSources(before, { fetch: fetchFn, parse, cache, now: () => now });
    expect(calls).toHaveLength(23);
  });

  it("never visits a reference without an http(s) link", async () => {
    const report: Report = structuredClone(before);
    const urls = ["javascript:alert(1)", "data:text/html,<p>x</p>", "file:///etc/passwd", "ftp://files.example/a.txt", "mailto:a@b.example", "http://user:pw@example.com/", null];
    report.references.forEach((r, i) => (r.url = urls[i % urls.length] ?? null));
    const calls: string[] = [];
    const out = await checkSources(report, { fetch: async (r) => (calls.push(r.url), new Response("")), parse });
    expect(calls).toEqual([]);
    expect(out.references.every((r) => r.live === undefined)).toBe(true);
  });

  it("a page that cannot be parsed still gets its status", async () => {
    const out = await checkSources(before, {
      fetch: async () => new Response("<p>x</p>", { headers: { "content-type": "text/html" } }),
      parse: () => {
        throw new Error("parser crashed");
      },
    });
    expect(out.references.every((r) => r.live?.status === "ok" && r.live.title === null)).toBe(true);
    expect(validateReport(out)).toEqual([]);
  });
});
