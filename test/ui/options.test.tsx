// @vitest-environment jsdom
// The options page as a reader uses it, over a fake store: every change is saved at once.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, expect, it, vi } from "vitest";
import { OptionsPage } from "../../src/options/components/OptionsPage";
import type { OptionsStore } from "../../src/options/options-store";
import { DEFAULT_SETTINGS, type Settings } from "../../src/platform/settings";

afterEach(cleanup);

function fakeStore(initial: Partial<Settings> = {}, granted = ["https://news.example/*"]) {
  let sites = [...granted];
  const store = {
    load: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...initial })),
    save: vi.fn(async (s: Settings) => s),
    grantedSites: vi.fn(async () => sites),
    revoke: vi.fn(async (p: string) => {
      sites = sites.filter((s) => s !== p);
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
  expect(within(density).getByRole("radio", { name: "Every claim with a source" })).toHaveProperty("checked", true);
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
  const input = await screen.findByRole("textbox", { name: /Site/ });
  fireEvent.input(input, { target: { value: "javascript:alert(1)" } });
  fireEvent.click(screen.getByRole("button", { name: "Add" }));
  expect(screen.getByRole("alert").textContent).toMatch(/not a site/);
  fireEvent.input(input, { target: { value: "https://www.Blog.Example.org/post" } });
  fireEvent.click(screen.getByRole("button", { name: "Add" }));
  expect(lastSaved(store).disabledSites).toEqual(["old.example", "blog.example.org"]);
  fireEvent.click(screen.getByRole("button", { name: "Remove old.example" }));
  expect(lastSaved(store).disabledSites).toEqual(["blog.example.org"]);
});

it("lists the sites annotated automatically and revokes one", async () => {
  const store = fakeStore();
  render(<OptionsPage store={store} />);
  const legend = await screen.findByText("Sites annotated automatically");
  const box = legend.closest("fieldset") as HTMLElement;
  await waitFor(() => expect(within(box).getByText("https://news.example/*")).toBeTruthy());
  fireEvent.click(within(box).getByRole("button", { name: "Stop on news.example" }));
  await waitFor(() => expect(within(box).getByText(/None yet/)).toBeTruthy());
  expect(store.revoke).toHaveBeenCalledWith("https://news.example/*");
});
