/**
 * A fixture page (the seed article unless told) in a jsdom window for hover-card tests: its snapshot and block elements, the
 * card's (closed) shadow root made readable, and a layout stand-in, since jsdom lays nothing out:
 * the range of the claim `target()` names (and only it) gets a box at the top left, where a click
 * at (10, 10) lands.
 */
import fs from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { extractWithElements } from "../../src/extract/index";

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/${name}/page.html`, import.meta.url), "utf8");
const seedHtml = fixture("seed-article");

export const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** A fresh window on the seed page (or the fixture `page` of test/fixtures/) at `url`; `target` gives the text of the claim that has a box. */
export function seedWindow(url: string, target: () => string, page?: string) {
  const dom = new JSDOM(page ? fixture(page) : seedHtml, { url, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  const win = dom.window as unknown as Window & typeof globalThis;
  const shadows: ShadowRoot[] = [];
  const attach = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  };
  const box = { left: 0, top: 0, right: 400, bottom: 40, width: 400, height: 40, x: 0, y: 0 } as DOMRect;
  win.Range.prototype.getClientRects = function (this: Range) {
    return (collapse(this.toString()) === collapse(target()) ? [box] : []) as unknown as DOMRectList;
  };
  win.Range.prototype.getBoundingClientRect = () => box;
  const { snapshot, elements } = extractWithElements(win.document, url);
  return { win, snapshot, elements, shadow: () => shadows.at(-1) };
}
