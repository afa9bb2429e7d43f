// @vitest-environment jsdom
// The popup wired to a fake background client: loads the tab's state, annotates, follows
// progress; "always annotate" lists the site in the settings once its permission is granted.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Reply, Stage } from "../../src/messages";
import { DEFAULT_SETTINGS, type Settings } from "../../src/platform/settings";
import type { PopupClient } from "../../src/popup/client";
import { App } from "../../src/popup/components/App";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

function fakeClient(replies: Record<string, Reply<unknown>>, tabId: number | null = 7) {
  let progress: ((tab: number, stage: Stage) => void) | null = null;
  const request = vi.fn(async (type: string) => replies[type] ?? { ok: false, error: { code: "internal", message: "no fake" } });
  const client = {
    tabId: async () => tabId,
    request,
    onProgress: (l: (tab: number, stage: Stage) => void) => {
      progress = l;
      return () => (progress = null);
    },
  } as unknown as PopupClient;
  return { client, request, emit: (tab: number, stage: Stage) => progress?.(tab, stage) };
}

it("shows the cached report when the tab was annotated before", async () => {
  const { client } = fakeClient({ getState: { ok: true, value: { status: "done", report: sampleReport(), drawn: null } } });
  render(<App client={client} />);
  expect(await screen.findByRole("heading", { name: "Deployment of 6,000 Troops to Russia" })).toBeTruthy();
});

it("annotates on click, shows progress, then the report", async () => {
  let finish: (r: Reply<unknown>) => void = () => undefined;
  const { client, request, emit } = fakeClient({ getState: { ok: true, value: { status: "none" } } });
  request.mockImplementation(async (type: string) =>
    type === "annotate" ? new Promise<Reply<unknown>>((r) => (finish = r)) : { ok: true, value: { status: "none" } },
  );
  render(<App client={client} />);
  fireEvent.click(await screen.findByRole("button", { name: "Annotate this page" }));
  expect(request).toHaveBeenCalledWith("annotate", { tabId: 7 });
  emit(7, "reading");
  expect((await screen.findByRole("status")).textContent).toMatch(/reading the article/i);
  emit(8, "drawing"); // another tab's run: ignored
  expect(screen.getByRole("status").textContent).toMatch(/reading the article/i);
  finish({ ok: true, value: { report: sampleReport(), drawn: null } });
  await waitFor(() => expect(screen.getByRole("region", { name: "Sources" })).toBeTruthy());
});

it("an article-less report is the no-article state", async () => {
  const r = sampleReport();
  r.article = { ...r.article, found: false, reason: "This page has too little text to be an article." };
  const { client } = fakeClient({ getState: { ok: true, value: { status: "done", report: r, drawn: null } } });
  render(<App client={client} />);
  expect(await screen.findByText("This page has too little text to be an article.")).toBeTruthy();
});

it("a background error becomes the error state with a next step", async () => {
  const { client } = fakeClient({ getState: { ok: false, error: { code: "no-permission", message: "Missing host permission" } } });
  render(<App client={client} />);
  expect((await screen.findByRole("alert")).textContent).toMatch(/click the Sourcelight button there/i);
});

it("without a tab it says there is nothing to annotate", async () => {
  const { client } = fakeClient({}, null);
  render(<App client={client} />);
  expect(await screen.findByText(/no page to annotate/i)).toBeTruthy();
});

describe("always annotate on this site", () => {
  /** A client on a report of world-desk.example; the fake background lists the site when the reader grants it. */
  function siteClient(opts: { listed: boolean; granted: boolean; answer: boolean | "never" }) {
    let settings: Settings = { ...DEFAULT_SETTINGS, alwaysSites: opts.listed ? ["world-desk.example"] : [] };
    let granted = opts.granted;
    let answered: (yes: boolean) => void = () => undefined;
    const answer = new Promise<boolean>((r) => (answered = r));
    const order: string[] = [];
    const { client, request } = fakeClient({ getState: { ok: true, value: { status: "done", report: sampleReport(), drawn: null } } });
    request.mockImplementation(async (type: string) => {
      if (type === "getState") return { ok: true, value: { status: "done", report: sampleReport(), drawn: null } };
      if (type !== "alwaysAnnotate") return { ok: false, error: { code: "internal", message: "no fake" } };
      order.push("alwaysAnnotate");
      if (!(await answer)) return { ok: false, error: { code: "no-permission", message: "refused" } };
      settings = { ...settings, alwaysSites: [...new Set([...settings.alwaysSites, "world-desk.example"])] };
      return { ok: true, value: { host: "world-desk.example" } };
    });
    Object.assign(client, {
      settings: async () => settings,
      siteGranted: async () => granted,
      requestSite: vi.fn(() => {
        order.push("request");
        // "never": Chrome closes the popup when its prompt opens; the popup hears no answer.
        if (opts.answer === "never") return new Promise<boolean>(() => undefined);
        granted = granted || opts.answer;
        answered(opts.answer);
        return Promise.resolve(opts.answer);
      }),
    });
    return { client, order, request, settings: () => settings };
  }
  const button = () => screen.findByRole("button", { name: "Always annotate on world-desk.example" }, { timeout: 5_000 });

  it("granted: the background lists the site and the popup says it is on", async () => {
    const f = siteClient({ listed: false, granted: false, answer: true });
    render(<App client={f.client} />);
    fireEvent.click(await button());
    // Both in the click itself: the request needs it, and Chrome closes the popup on its prompt.
    expect(f.order).toEqual(["request", "alwaysAnnotate"]);
    expect(f.request).toHaveBeenCalledWith("alwaysAnnotate", { tabId: 7 });
    expect(await screen.findByText(/Annotating automatically on world-desk.example/)).toBeTruthy();
    expect(f.settings().alwaysSites).toEqual(["world-desk.example"]);
  });

  it("the background is told in the click even when the popup never hears the answer", async () => {
    const f = siteClient({ listed: false, granted: false, answer: "never" });
    render(<App client={f.client} />);
    fireEvent.click(await button());
    expect(f.order).toEqual(["request", "alwaysAnnotate"]);
  });

  it("refused: the popup says so and nothing is listed", async () => {
    const f = siteClient({ listed: false, granted: false, answer: false });
    render(<App client={f.client} />);
    fireEvent.click(await button());
    expect(await screen.findByText(/did not get the permission/)).toBeTruthy();
    expect(f.settings().alwaysSites).toEqual([]);
  });

  it("a grant without the listing (any site, for automatic checks) is not 'always annotate'", async () => {
    const f = siteClient({ listed: false, granted: true, answer: true });
    render(<App client={f.client} />);
    expect(await button()).toBeTruthy();
    expect(screen.queryByText(/Annotating automatically/)).toBeNull();
  });
});
