/**
 * Article detection beyond what Readability's rebuilt copy gives us: text Readability
 * rewraps (`<br><br>` runs, loose text in <body>, text beside child blocks) is still
 * found on the live page, plain-text documents in <pre> are read as prose (code samples
 * as code), and each block's text is what `readBlock` reads from its element (so the page
 * layer can find offsets again).
 */
import { describe, expect, it } from "vitest";
import { extractWithElements } from "../../src/extract/index";
import { hasLooseText, readBlock } from "../../src/extract/text";
import { page } from "./helpers";

const URL_ = "https://blog.example/2024/05/notes";
const SIDEBAR = `<div class="sidebar"><h3>Archive</h3><ul><li><a href="/2024/04/">April 2024</a></li><li><a href="/2024/03/">March 2024</a></li></ul></div>`;
const SENTENCE = (n: number) => `Sentence ${n} of the post explains the measurement in plain words, so that a reader can follow the argument without the figures.`;

function run(body: string, title = "Notes on a measurement") {
  const doc = page(`<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`, URL_);
  return extractWithElements(doc, URL_);
}

/** Every block's text is what readBlock reads from its live element. */
function expectReadable(d: ReturnType<typeof run>) {
  for (const b of d.snapshot.blocks) expect(readBlock(d.elements.get(b.id)!).text).toBe(b.text);
}

describe("text Readability rewraps", () => {
  it("a copy of the article inside <noscript> does not count towards finding it on the live page", () => {
    const post = [1, 2, 3, 4, 5, 6].map((n) => `<p>${SENTENCE(n)}</p>`).join("");
    const letter = `<div class="box"><h3>Letters</h3><p>A letter from a reader about the harbour's weather, which has nothing to do with the measurement at all.</p></div>`;
    const d = run(`<noscript><div class="copy">${post}</div></noscript><div class="post"><h1>Notes on a measurement</h1>${post}</div>${letter}`);
    const text = d.snapshot.blocks.map((b) => b.text).join(" ");
    expect(d.snapshot.found).toBe(true);
    expect(text).toContain("Sentence 6 of the post");
    // counted, the copy would split the text between two children of <body>, and <body> would be the article
    expect(text).not.toContain("A letter from a reader");
    expect(d.snapshot.blocks.filter((b) => b.text.includes("Sentence 3"))).toHaveLength(1);
  });

  it("a blog body written as text and <br><br> runs between headings keeps every run, in order", () => {
    const body = `<div class="post"><h1>Notes on a measurement</h1><div class="post-body">${SENTENCE(1)} ${SENTENCE(2)}<br><br>${SENTENCE(3)}<br><br><h2>What we found</h2>${SENTENCE(4)} ${SENTENCE(5)}<br><br>${SENTENCE(6)}</div></div>${SIDEBAR}`;
    const d = run(body);
    const s = d.snapshot;
    expect(s.found).toBe(true);
    const text = s.blocks.map((b) => b.text).join(" ");
    for (let n = 1; n <= 6; n++) expect(text).toContain(`Sentence ${n} of the post`);
    expect(s.blocks.map((b) => b.text)).toContain("What we found");
    expect(text).not.toContain("April 2024");
    expect(text.indexOf("Sentence 1")).toBeLessThan(text.indexOf("Sentence 6"));
    expect(s.blocks.filter((b) => b.text.includes("Sentence 4"))).toHaveLength(1);
    expectReadable(d);
  });

  it("loose text whose only block child is hidden is one block, not two", () => {
    const d = run(`<div class="post"><h1>Notes on a measurement</h1><p>${SENTENCE(1)} ${SENTENCE(2)}</p><div class="post-body">${SENTENCE(3)} ${SENTENCE(4)}<div hidden>Draft note</div></div></div>`);
    expect(d.snapshot.blocks.filter((b) => b.text.includes("Sentence 3 of the post"))).toHaveLength(1);
    expectReadable(d);
  });

  it("loose text directly in <body> is the article", () => {
    const d = run(`${SENTENCE(1)} ${SENTENCE(2)} ${SENTENCE(3)}<br><br>${SENTENCE(4)} ${SENTENCE(5)}`);
    expect(d.snapshot.found).toBe(true);
    expect(d.snapshot.blocks.map((b) => b.text).join(" ")).toContain("Sentence 5 of the post");
    expectReadable(d);
  });
});

describe("loose text", () => {
  const el = (html: string) => page(`<div id="x">${html}</div>`).getElementById("x")!;
  it("is text of its own beside block children, not text inside them or inside tables and lists", () => {
    expect(hasLooseText(el(`Intro text that runs long enough to count.<p>A paragraph.</p>`))).toBe(true);
    expect(hasLooseText(el(`<p>A paragraph.</p><p>Another paragraph of the article.</p>`))).toBe(false);
    expect(hasLooseText(el(`Intro text that runs long enough to count, but no blocks.`))).toBe(false);
    expect(hasLooseText(el(`<span>Intro text inside an inline element, long enough.</span><div>Block</div>`))).toBe(true);
    const table = page(`<table id="t"><tbody><tr><td>Cell text that is long enough to count as text</td></tr></tbody></table>`).getElementById("t")!;
    expect(hasLooseText(table)).toBe(false);
  });
  it("readBlock reads only the loose text of such an element, markers and links included", () => {
    const r = readBlock(el(`Intro with <a href="https://a.example/x">a link</a> runs on.<sup class="reference"><a href="#cite_note-1">[1]</a></sup><p>A paragraph of its own.</p>Outro text.`));
    expect(r.text).toBe("Intro with a link runs on. Outro text.");
    expect(r.anchors).toHaveLength(1);
    expect(r.markers).toHaveLength(1);
  });
});

describe("plain-text documents in <pre>", () => {
  it("a page that is mostly <pre> (an RFC) is read as text", () => {
    const pre = (n: number) => `<pre>Section ${n}.  The client MUST send the request
   described here before it sends any other message, and the server
   SHOULD answer it within the time the operator configured.</pre>`;
    const s = run(`<div class="content">${[1, 2, 3, 4].map(pre).join("")}</div>`, "A protocol draft").snapshot;
    expect(s.found).toBe(true);
    expect(s.blocks.map((b) => b.text)).toContain(
      "Section 2. The client MUST send the request described here before it sends any other message, and the server SHOULD answer it within the time the operator configured.",
    );
  });
  it("a code sample inside a prose article is a code block of the body", () => {
    const body = `<article><h1>Field notes on a measurement</h1>${[1, 2, 3, 4, 5].map((n) => `<p>${SENTENCE(n)}</p>`).join("")}<pre>SELECT avg(n) FROM samples;</pre></article>`;
    const s = run(body).snapshot;
    expect(s.found).toBe(true);
    expect(s.blocks.find((b) => b.text.includes("SELECT"))).toMatchObject({ kind: "code", text: "SELECT avg(n) FROM samples;" });
    expect(s.blocks.filter((b) => b.kind === "code")).toHaveLength(1);
  });
});

describe("chrome names that are not chrome", () => {
  const para = (n: number) => `<p>${SENTENCE(n)}</p>`;
  it("a section whose id is its heading's slug is text, even when the slug says \"sharing\"", () => {
    const body = `<article><h1>Notes on a measurement</h1>${para(1)}${para(2)}<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${para(3)}${para(4)}</div></article>`;
    const text = run(body).snapshot.blocks.map((b) => b.text).join(" ");
    expect(text).toContain("Sharing with a single developer");
    expect(text).toContain("Sentence 4 of the post");
  });
  it("a \"Read more\" box that folds the rest of the story is text; one of teaser links is not", () => {
    const folded = `<div id="read-more"><div id="read-more-link"><a href="">Read more</a></div><div id="read-more-content">${para(3)}${para(4)}${para(5)}</div></div>`;
    const teasers = `<div class="read-more"><p><a href="/a">Another story about tides and the survey that revised them</a></p><p><a href="/b">A third story, about harbours and the weekly that covers them</a></p></div>`;
    const text = run(`<article><h1>Notes on a measurement</h1>${para(1)}${para(2)}${folded}${teasers}</article>`).snapshot.blocks.map((b) => b.text).join(" ");
    expect(text).toContain("Sentence 5 of the post");
    expect(text).not.toContain("Another story");
  });
});

describe("Readability for its text only", () => {
  it("skips the display clean-up (links stay as written, empty wrappers stay) and keeps the same words", async () => {
    const { Readability } = await import("@mozilla/readability");
    const { TextReadability } = await import("../../src/extract/article");
    const body = `<article><div class="wrap"><div class="inner"><p>${SENTENCE(1)} <a href="/sources/report-2023">the report</a>.</p><div> </div><p>${SENTENCE(2)}</p><p>${SENTENCE(3)}</p><p>${SENTENCE(4)}</p></div></div></article>${SIDEBAR}`;
    const html = `<!DOCTYPE html><html lang="en"><head><title>Notes</title></head><body>${body}</body></html>`;
    const opts = { serializer: (n: Node) => n as Element, keepClasses: true };
    const full = new Readability<Element>(page(html, URL_), opts).parse();
    const text = new TextReadability(page(html, URL_), opts).parse();
    const words = (s: string | null | undefined) => (s ?? "").split(/\s+/).filter(Boolean);
    expect(words(text?.content?.textContent)).toEqual(words(full?.content?.textContent));
    expect(text?.title).toBe(full?.title);
    // The display step rewrites the address; the text-only parse leaves it alone.
    expect(full?.content?.querySelector("a")?.getAttribute("href")).toBe("https://blog.example/sources/report-2023");
    expect(text?.content?.querySelector("a")?.getAttribute("href")).toBe("/sources/report-2023");
  });
});
