// @vitest-environment jsdom
// The options page as a reader uses it, over a fake store: every change is saved at once.
// Site lists live in the settings; a host permission is asked for in the click that needs it
// (any site, for automatic checks) and given back when the reader says so.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OptionsPage } from "../../src/options/components/OptionsPage";
import type { OptionsStore } from "../../src/options/options-store";
import { ANY_SITE } from "../../src/platform/grants";
import { DEFAULT_SETTINGS, type Settings } from "../../src/platform/settings";

afterEach(cleanup);

/** A store whose permissions behave as the browser's: `answer` is the reader's reply to a prompt. */
function fakeStore(initial: Partial<Settings> = {}, granted: string[] = [], answer = true) {
  let origins = new Set(granted);
  const store = {
    load: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...initial })),
    save: vi.fn(async (s: Settings) => s),
    granted: vi.fn(async (o: readonly string[]) => o.every((x) => origins.has(x))),
    request: vi.fn(async (o: readonly string[]) => {
      if (answer) origins = new Set([...origins, ...o]);
      return o.every((x) => origins.has(x));
    }),
    revoke: vi.fn(async (o: readonly string[]) => {
      origins = new Set([...origins].filter((x) => !o.includes(x)));
      return true;
    }),
  } satisfies OptionsStore;
  return store;
}
const lastSaved = (store: ReturnType<typeof fakeStore>) => store.save.mock.calls.at(-1)?.[0] as Settings;

it("changes score, style, density, unsourced and checks, saving each", async () => {
  const store = fakeStore();
  render(<OptionsPage store={store} />);
  const slider = await screen.findByRole("slider", { name: /Minimum score/ });
  fireEvent.change(slider, { target: { value: "0.7" } });
  expect(lastSaved(store).minScore).toBe(0.7);
  fireEvent.click(screen.getByRole("radio", { name: "Underline only" }));
  expect(lastSaved(store).highlightStyle).toBe("underline");
  const density = screen.getByRole("group", { name: "Which claims to highlight" });
  expect(within(density).getByRole("radio", { name: /Adapt to the page/ })).toHaveProperty("checked", true);
  fireEvent.click(within(density).getByRole("radio", { name: "Every claim with a source" }));
  expect(lastSaved(store).density).toBe("all");
  fireEvent.click(within(density).getByRole("radio", { name: /One claim per source/ }));
  expect(lastSaved(store).density).toBe("minimal");
  fireEvent.click(within(density).getByRole("radio", { name: /Only claims with a problem/ }));
  expect(lastSaved(store).density).toBe("warnings");
  fireEvent.click(screen.getByRole("checkbox", { name: /Also highlight claims without a source/ }));
  expect(lastSaved(store).showUnsourced).toBe(true);
  fireEvent.click(screen.getByRole("checkbox", { name: "Tracking parameters in links" }));
  expect(lastSaved(store).hiddenChecks).toEqual(["tracking-parameters"]);
  await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Saved."));
});

it("adds and removes sites where annotations are off; refuses a non-site", async () => {
  const store = fakeStore({ disabledSites: ["old.example"] });
  render(<OptionsPage store={store} />);
  const input = await screen.findByRole("textbox", { name: /for example/ });
  fireEvent.input(input, { target: { value: "javascript:alert(1)" } });
  fireEvent.click(within(input.closest("form") as HTMLElement).getByRole("button", { name: "Add" }));
  expect(screen.getByRole("alert").textContent).toMatch(/not a site/);
  fireEvent.input(input, { target: { value: "https://www.Blog.Example.org/post" } });
  fireEvent.click(within(input.closest("form") as HTMLElement).getByRole("button", { name: "Add" }));
  expect(lastSaved(store).disabledSites).toEqual(["old.example", "blog.example.org"]);
  fireEvent.click(screen.getByRole("button", { name: "Remove old.example" }));
  expect(lastSaved(store).disabledSites).toEqual(["blog.example.org"]);
});

it("lists the sites annotated automatically and stops one, giving its permission back", async () => {
  const store = fakeStore({ alwaysSites: ["news.example", "blog.example"] }, ["https://news.example/*"]);
  render(<OptionsPage store={store} />);
  const legend = await screen.findByText("Sites annotated automatically");
  const box = legend.closest("fieldset") as HTMLElement;
  expect(within(box).getByText("news.example")).toBeTruthy();
  fireEvent.click(within(box).getByRole("button", { name: "Stop on news.example" }));
  expect(lastSaved(store).alwaysSites).toEqual(["blog.example"]);
  expect(store.revoke).toHaveBeenCalledWith(["http://news.example/*", "http://www.news.example/*", "https://news.example/*", "https://www.news.example/*"]);
  fireEvent.click(within(box).getByRole("button", { name: "Stop on blog.example" }));
  await waitFor(() => expect(within(box).getByText(/None yet/)).toBeTruthy());
});

it("a site always annotated whose permission is gone is paused, and asks for it again in the click", async () => {
  const store = fakeStore({ alwaysSites: ["news.example", "blog.example"] }, ["http://news.example/*", "http://www.news.example/*", "https://news.example/*", "https://www.news.example/*"]);
  render(<OptionsPage store={store} />);
  const box = (await screen.findByText("Sites annotated automatically")).closest("fieldset") as HTMLElement;
  const line = (host: string) => within(box).getByText(host).closest("li") as HTMLElement;
  await waitFor(() => expect(within(line("blog.example")).getByText(/^Paused/)).toBeTruthy());
  expect(within(line("news.example")).queryByText(/^Paused/)).toBeNull();
  expect(within(line("news.example")).queryByRole("button", { name: /again/ })).toBeNull();
  fireEvent.click(within(line("blog.example")).getByRole("button", { name: "Allow blog.example again" }));
  expect(store.request).toHaveBeenCalledWith(["http://blog.example/*", "http://www.blog.example/*", "https://blog.example/*", "https://www.blog.example/*"]);
  await waitFor(() => expect(within(box).queryByText(/^Paused/)).toBeNull());
  expect(lastSaved(store)).toBeUndefined(); // asking again changes no setting
});

it("a paused site stays paused when the reader refuses again", async () => {
  const store = fakeStore({ alwaysSites: ["blog.example"] }, [], false);
  render(<OptionsPage store={store} />);
  const box = (await screen.findByText("Sites annotated automatically")).closest("fieldset") as HTMLElement;
  fireEvent.click(await within(box).findByRole("button", { name: "Allow blog.example again" }));
  expect(store.request).toHaveBeenCalledTimes(1);
  // the page looks again after the answer, and the site is still without its permission
  const looks = () => store.granted.mock.calls.filter(([o]) => o.includes("https://blog.example/*")).length;
  await waitFor(() => expect(looks()).toBe(2));
  expect(within(box).getByText(/^Paused/)).toBeTruthy();
});

describe("sources checked automatically", () => {
  const section = async () => (await screen.findByText("Sources checked automatically")).closest("fieldset") as HTMLElement;

  it("adding a site asks for any site in that click; granted, the site is saved", async () => {
    const store = fakeStore();
    render(<OptionsPage store={store} />);
    const box = await section();
    expect(within(box).getByText("No sites yet.")).toBeTruthy();
    expect(within(box).queryByRole("button", { name: "Withdraw this permission" })).toBeNull();
    fireEvent.input(within(box).getByRole("textbox", { name: "Site to check automatically" }), { target: { value: "https://www.World-Desk.example/world/a" } });
    fireEvent.click(within(box).getByRole("button", { name: "Add" }));
    // Asked inside the click itself, before anything was awaited.
    expect(store.request).toHaveBeenCalledWith(ANY_SITE);
    await waitFor(() => expect(lastSaved(store)?.autoCheckSites).toEqual(["world-desk.example"]));
    expect(within(box).getByText("world-desk.example")).toBeTruthy();
    expect(within(box).getByText(/may visit any site/)).toBeTruthy();
  });

  it("refused: nothing is saved and the page says so", async () => {
    const store = fakeStore({}, [], false);
    render(<OptionsPage store={store} />);
    const box = await section();
    fireEvent.input(within(box).getByRole("textbox", { name: "Site to check automatically" }), { target: { value: "world-desk.example" } });
    fireEvent.click(within(box).getByRole("button", { name: "Add" }));
    await waitFor(() => expect(within(box).getByText(/did not get the permission/)).toBeTruthy());
    expect(store.save).not.toHaveBeenCalled();
    expect(within(box).getByText("No sites yet.")).toBeTruthy();
  });

  it("refuses a non-site without asking for anything", async () => {
    const store = fakeStore();
    render(<OptionsPage store={store} />);
    const box = await section();
    fireEvent.input(within(box).getByRole("textbox", { name: "Site to check automatically" }), { target: { value: "javascript:alert(1)" } });
    fireEvent.click(within(box).getByRole("button", { name: "Add" }));
    expect(within(box).getByRole("alert").textContent).toMatch(/not a site/);
    expect(store.request).not.toHaveBeenCalled();
  });

  it("a listed site without the permission: paused, with a button that asks again", async () => {
    const store = fakeStore({ autoCheckSites: ["world-desk.example"] });
    render(<OptionsPage store={store} />);
    const box = await section();
    await waitFor(() => expect(within(box).getByText(/^Paused/)).toBeTruthy());
    fireEvent.click(within(box).getByRole("button", { name: "Allow visiting sites" }));
    expect(store.request).toHaveBeenCalledWith(ANY_SITE);
    await waitFor(() => expect(within(box).queryByText(/^Paused/)).toBeNull());
    expect(within(box).getByText(/may visit any site/)).toBeTruthy();
  });

  it("removing a site saves the list without it; withdrawing gives the permission back", async () => {
    const store = fakeStore({ autoCheckSites: ["world-desk.example", "news.example"] }, [...ANY_SITE]);
    render(<OptionsPage store={store} />);
    const box = await section();
    fireEvent.click(within(box).getByRole("button", { name: "Stop checking on world-desk.example" }));
    expect(lastSaved(store).autoCheckSites).toEqual(["news.example"]);
    fireEvent.click(await within(box).findByRole("button", { name: "Withdraw this permission" }));
    expect(store.revoke).toHaveBeenCalledWith(ANY_SITE);
    await waitFor(() => expect(within(box).getByText(/^Paused/)).toBeTruthy());
    expect(store.request).not.toHaveBeenCalled();
  });
});
