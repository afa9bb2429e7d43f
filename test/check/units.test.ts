// The parts of "Check sources" one by one: which links are visited, which site an
// address belongs to, what a visit means, titles compared, the pool (support verdicts: support-parts.test.ts).
import { describe, it, expect } from "vitest";
import { checkableUrl, fetchLink, freeTimeTimeout, runLimited } from "../../src/check/fetcher";
import { isForwardingUrl, registrableDomain, sameSite } from "../../src/check/domains";
import { classify, isLoginWall } from "../../src/check/classify";
import { titlesAgree } from "../../src/check/compare";
import type { Fetched } from "../../src/check/fetcher";

describe("which links are visited", () => {
  it.each([
    ["https://www.nknews.org/2025/01/a-new-phase/", "https://www.nknews.org/2025/01/a-new-phase/"],
    ["38north.org/20240513-kim-russia/", "https://38north.org/20240513-kim-russia/"],
    ["http://example.com/page#section-2", "http://example.com/page"],
  ])("%s → %s", (url, expected) => expect(checkableUrl(url)).toBe(expected));

  it.each([["javascript:alert(1)"], [" javascript:alert(1)"], ["data:text/html,x"], ["file:///etc/passwd"], ["ftp://files.example/a"], ["mailto:a@b.example"], ["http://user:pw@example.com/"], ["https://exa mple.com/"], ["https://bad_host/x"], [""]])("not %j", (url) => {
    expect(checkableUrl(url)).toBeNull();
  });
});

describe("sites", () => {
  it.each([
    ["news.bbc.co.uk", "bbc.co.uk"],
    ["www.nknews.org", "nknews.org"],
    ["www.abc.net.au", "abc.net.au"],
    ["nknews.org", "nknews.org"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
  ])("%s belongs to %s", (host, site) => expect(registrableDomain(host)).toBe(site));

  it("tells a move within a site from one that leaves it", () => {
    expect(sameSite("http://example.com/a", "https://www.example.com/b")).toBe(true);
    expect(sameSite("http://127.0.0.1:8080/a", "http://localhost:8080/a")).toBe(false);
    expect(isForwardingUrl("https://doi.org/10.1000/182")).toBe(true);
    expect(isForwardingUrl("https://bit.ly/abc")).toBe(true);
    expect(isForwardingUrl("https://example.com/doi.org")).toBe(false);
  });
});

describe("what a visit means", () => {
  const answer = (httpStatus: number, finalUrl = "https://example.com/a", html: string | null = "<p>x</p>"): Fetched => ({ kind: "answer", httpStatus, finalUrl, redirected: false, contentType: "text/html", html, truncated: false });
  it.each([
    [404, "not-found"], [410, "gone"], [401, "paywalled"], [402, "paywalled"], [403, "paywalled"], [429, "unreachable"], [500, "unreachable"], [503, "unreachable"], [200, "ok"],
  ])("HTTP %i is %s", (code, status) => expect(classify("https://example.com/a", answer(code), null)).toBe(status));

  it("a network failure or timeout is unreachable", () => {
    expect(classify("https://example.com/a", { kind: "failed", reason: "no answer within 10 s" }, null)).toBe("unreachable");
  });
  it("a redirect to another site is redirected, unless the link is a resolver", () => {
    expect(classify("https://example.com/a", answer(200, "https://parked.example.net/"), null)).toBe("redirected");
    expect(classify("https://doi.org/10.1000/182", answer(200, "https://publisher.example/article"), null)).toBe("ok");
  });
  it("a sign-in page or paywall markup is paywalled", () => {
    expect(isLoginWall("https://example.com/login?next=/a", "<p>x</p>", null)).toBe(true);
    expect(isLoginWall("https://example.com/a", '<script type="application/ld+json">{"isAccessibleForFree": false}</script>', null)).toBe(true);
    expect(isLoginWall("https://example.com/a", '<form><input type="password"></form>', null)).toBe(true);
    expect(isLoginWall("https://example.com/a", "<p>An article about a login form.</p>", null)).toBe(false);
  });
});

describe("titles", () => {
  it.each([
    ["North Korea-Russia Relationship Enters a New Phase", "North Korea-Russia relationship enters a new phase | NK News"],
    ["Kim Jong-un, Putin's New Bestie … and a Threat to South Korea", "Kim Jong-un, Putin’s New Bestie – and a Threat to South Korea – The Diplomat"],
    ["Council approves sea wall budget", "Council approves sea wall budget after two years of debate"],
  ])("%j is %j", (stated, live) => expect(titlesAgree(stated, live)).toBe(true));
  it("a different article disagrees", () => {
    expect(titlesAgree("Lighthouse keepers' cottages restored", "Tram line extension opens to passengers")).toBe(false);
  });
});

describe("the pool", () => {
  it("starts nothing more once aborted", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const run = runLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 1) controller.abort();
      return n;
    }, controller.signal);
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(started.length).toBeLessThanOrEqual(2);
  });
  it("keeps the items' order", async () => {
    expect(await runLimited([30, 10, 20], 3, async (ms) => (await new Promise((r) => setTimeout(r, ms)), ms))).toEqual([30, 10, 20]);
  });
});

describe("the timeout", () => {
  it("does not count the time the thread was busy (parsing another page)", async () => {
    let fired = false;
    const clear = freeTimeTimeout(1500, () => (fired = true));
    const until = Date.now() + 2500;
    while (Date.now() < until) {
      /* a synchronous parse holds the thread */
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(fired).toBe(false);
    await new Promise((r) => setTimeout(r, 3000));
    expect(fired).toBe(true);
    clear();
  });
});

describe("a redirect the browser may not follow", () => {
  // An extension may read only the granted sites: following a redirect to another one fails.
  const refusing = (answer: Response | null) => {
    const seen: RequestRedirect[] = [];
    const fetchFn = async (r: Request) => {
      seen.push(r.redirect);
      if (r.redirect === "follow" || !answer) throw new TypeError("NetworkError when attempting to fetch resource.");
      return answer;
    };
    return { seen, fetchFn };
  };
  const limits = { timeoutMs: 2_000, maxBytes: 1024 };

  it("is asked again without following, and read as moved", async () => {
    const { seen, fetchFn } = refusing(new Response(null, { status: 301, headers: { location: "https://parked.example.net/" } }));
    expect(await fetchLink("https://example.com/a", { fetch: fetchFn, ...limits })).toEqual({ kind: "moved", location: "https://parked.example.net/" });
    expect(seen).toEqual(["follow", "manual"]);
    expect(classify("https://example.com/a", { kind: "moved", location: "https://parked.example.net/" }, null)).toBe("redirected");
    expect(classify("https://example.com/a", { kind: "moved", location: null }, null)).toBe("redirected");
  });

  it("stays unreachable when nothing answers either way", async () => {
    const { fetchFn } = refusing(null);
    expect(await fetchLink("https://example.com/a", { fetch: fetchFn, ...limits })).toMatchObject({ kind: "failed" });
  });
});
