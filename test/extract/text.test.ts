/** readText / locate / rangeFor: the text contract shared with the content script. */
import { describe, expect, it } from "vitest";
import { locate, rangeFor, readText } from "../../src/extract/text";
import { page } from "./helpers";

function el(html: string): Element {
  const doc = page(`<!DOCTYPE html><html><body><div id="x">${html}</div></body></html>`);
  return doc.getElementById("x")?.firstElementChild as Element;
}

describe("readText", () => {
  it("collapses whitespace and NBSP, drops zero-width characters, trims", () => {
    const r = readText(el("<p>\n  Two&nbsp;&nbsp;words   and\tmore\u200b text\u00ad.  </p>"));
    expect(r.text).toBe("Two words and more text.");
  });
  it("treats block boundaries and <br> as spaces, inline boundaries as nothing", () => {
    expect(readText(el("<div><p>One.</p><p>Two<br>three</p><b>fo</b>ur</div>")).text).toBe("One. Two three four");
  });
  it("skips citation markers and reports where they stood", () => {
    const r = readText(el('<p>Rain fell.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> It stopped.<sup id="fnref:2"><a href="#fn:2">2</a></sup></p>'));
    expect(r.text).toBe("Rain fell. It stopped.");
    expect(r.markers.map((m) => m.at)).toEqual([10, 22]);
  });
  it("skips hidden and screen-reader-only text and [edit] links", () => {
    const r = readText(el('<h2>Title<span class="mw-editsection">[edit]</span><a hidden href="#t">#</a><span class="sr-only">(opens)</span><span style="display: none">x</span></h2>'));
    expect(r.text).toBe("Title");
  });
  it("reports link offsets that slice to the link text", () => {
    const r = readText(el('<p>See  <a href="https://a.example/x">the <i>full</i> report</a> now.</p>'));
    expect(r.anchors).toHaveLength(1);
    const a = r.anchors[0]!;
    expect(r.text.slice(a.start, a.end)).toBe("the full report");
  });
  it("leaves nested lists out of a list item's text", () => {
    expect(readText(el("<li>Parent item<ul><li>child</li></ul></li>")).text).toBe("Parent item");
  });
});

describe("locate and rangeFor", () => {
  it("maps every offset back to the same character in the DOM", () => {
    const p = el('<p>  Alpha   <b>beta</b>\n gamma<sup class="reference"><a href="#cite_note-1">[1]</a></sup> delta</p>');
    const r = readText(p);
    expect(r.text).toBe("Alpha beta gamma delta");
    for (let i = 0; i < r.text.length; i++) {
      const pos = locate(r, i)!;
      const ch = pos.node.data[pos.offset]!;
      expect(ch === r.text[i] || (/\s/.test(ch) && r.text[i] === " ")).toBe(true);
    }
  });
  it("builds a Range whose text is the slice", () => {
    const r = readText(el("<p>One <em>two three</em> four</p>"));
    const start = r.text.indexOf("two");
    const range = rangeFor(r, start, start + "two three".length);
    expect(range?.toString()).toBe("two three");
  });
  it("returns null for an empty element", () => {
    expect(locate(readText(el("<p></p>")), 0)).toBeNull();
  });
});
