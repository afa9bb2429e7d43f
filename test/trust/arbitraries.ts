/**
 * fast-check generators for the trust suite: HTML strings, DOM trees and PageSnapshots
 * made of the pieces real articles are made of (citation markers, reference lists,
 * footnotes, quoted titles, dates, URLs of every scheme, attributions) mixed with
 * arbitrary Unicode, so the properties reach deep paths and not just the parser.
 */
import fc from "fast-check";
import type { PageSnapshot, SnapshotBlock, SnapshotReference } from "../../src/report";

/** Words and phrases that trigger the analyzer's heuristics. */
const PHRASES = [
  "according to Reuters", "the BBC reported", "officials said", "the ministry warned", "Dr. Smith",
  "Jan. 5, 2024", "2023-02-30", "accessed 3 March 2021", "Retrieved 2020-01-01", "(London: Penguin, 2014)",
  "\"A quoted title of a study\"", "“Curly quoted title”", "«Titre cité»", "et al.", "doi:10.1000/xyz123",
  "https://example.org/2024/01/02/kim-russia-cooperation", "www.news.example/path?utm_source=x&fbclid=1",
  "javascript:alert(1)", "data:text/html,<b>x</b>", " vbscript:msgbox", "file:///etc/passwd", "http://exa mple.com",
  "https://[::1]/", "http://1.2.3.4/", "ftp://files.example/a", "U.S.", "J. Doe", "Which? found", "said \"no!\" and left",
  "[1]", "^ a b", "↩", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "&amp;", "\u0000", "\u202e", "\ud800",
  "The government said the report found 40% more.", "A Pew survey found", "the Guardian's explainer",
];
const phrase = fc.constantFrom(...PHRASES);
/** Text: words, heuristic phrases and arbitrary Unicode (lone surrogates and controls included). */
export const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.lorem({ maxCount: 6 }) }, { weight: 2, arbitrary: phrase }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) }, fc.constantFrom(". ", "! ", "? ", "\n", "  ")), { maxLength: 12 })
  .map((parts) => parts.join(" "));

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  phrase,
  fc.constantFrom("#cite_note-1", "#fn1", "/relative/path", "//cdn.example/x", "", "mailto:a@b.example", "JaVaScRiPt:void(0)"),
  fc.string({ maxLength: 30 }),
);

// ───────────────────────────── HTML strings ─────────────────────────────

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

const TOKENS = [
  "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<main>", "</main>", "<h1>", "</h1>", "<h2>", "</h2>",
  "<ul>", "</ul>", "<ol class=\"references\">", "</ol>", "<li>", "</li>", "<blockquote>", "</blockquote>", "<em>", "</em>",
  "<i>", "</i>", "<cite>", "</cite>", "<table><tr><td>", "</td></tr></table>", "<nav>", "</nav>", "<aside>", "</aside>",
  "<sup class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup>", "<sup id=\"fnref:1\"><a href=\"#fn:1\">1</a></sup>",
  "<li id=\"cite_note-1\"><span class=\"reference-text\">", "<div class=\"footnotes\"><ol><li id=\"fn:1\">",
  "<h2>References</h2>", "<h2>Sources</h2>", "<h3>Notes</h3>", "<p>Source: ", "<time datetime=\"2024-02-30\">",
  "<script>document.body.innerHTML=''</script>", "<style>p{display:none}</style>", "<noscript>", "<template><p>",
  "<iframe srcdoc=\"<p>inner</p>\"></iframe>", "<svg><a href=\"javascript:x\">s</a></svg>", "<math><mi>x</mi></math>",
  "<br>", "<hr>", "<img alt=\"x\">", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", "<p hidden>", "<x-custom>", "</x-custom>",
  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2024-01-01\"}</script>",
  "<meta property=\"og:title\" content=\"T\">", "<meta name=\"citation_date\" content=\"2020/13/45\">", "<base href=\"javascript:x\">",
  "<html lang=\"zz-invalid\">", "<body dir=\"rtl\">", "<form><input value=\"v\"></form>", "<select><option>o</option></select>",
];

/** A random HTML document string: structural tokens, links, and escaped or raw text. */
export const htmlString = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 4, arbitrary: text.map(escapeHtml) },
      { weight: 2, arbitrary: fc.tuple(url, text).map(([h, t]) => `<a href="${escapeHtml(h)}">${escapeHtml(t)}</a>`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(""));

// ───────────────────────────── DOM trees ─────────────────────────────

export interface NodeSpec {
  tag: string;
  attrs: [string, string][];
  children: (NodeSpec | string)[];
}

const TAGS = [
  "div", "p", "span", "a", "article", "main", "section", "header", "footer", "nav", "aside", "h1", "h2", "h3", "ul", "ol", "li",
  "blockquote", "q", "em", "i", "b", "cite", "sup", "sub", "table", "tr", "td", "figure", "figcaption", "time", "br", "hr", "img",
  "script", "style", "template", "iframe", "details", "summary", "x-widget", "svg", "pre", "code", "dl", "dt", "dd", "small",
];
const ATTRS: [string, fc.Arbitrary<string>][] = [
  ["id", fc.constantFrom("cite_note-1", "fn:1", "fnref:1", "references", "content", "", "a b", "__proto__", "constructor")],
  ["class", fc.constantFrom("reference", "references", "footnotes", "reflist", "mw-parser-output", "ad sidebar", "byline", "hidden")],
  ["href", url],
  ["lang", fc.constantFrom("en", "de", "ja", "ar", "", "zz-INVALID-x", "en-US-u-ca-gregory")],
  ["datetime", fc.constantFrom("2024-01-01", "yesterday", "2024-13-40T99:00", "")],
  ["role", fc.constantFrom("main", "doc-endnotes", "doc-noteref", "navigation", "article")],
  ["hidden", fc.constant("")],
  ["aria-hidden", fc.constant("true")],
  ["style", fc.constantFrom("display:none", "visibility:hidden", "color:red", "x:{")],
  ["itemprop", fc.constantFrom("articleBody", "datePublished", "author", "citation")],
];
const attr = fc.oneof(...ATTRS.map(([name, value]) => value.map((v): [string, string] => [name, v])));

/** A random element tree (depth ≤ 6). */
export const domTree: fc.Arbitrary<NodeSpec> = fc.letrec<{ node: NodeSpec; child: NodeSpec | string }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attr, { maxLength: 3 }),
    children: fc.array(tie("child"), { maxLength: 5 }),
  }),
  child: fc.oneof({ depthSize: "small", withCrossShrink: true, maxDepth: 6 }, text, tie("node")),
})).node;

/** Builds `spec` under `parent` with the DOM API (no parser involved, so any nesting is possible). */
export function buildTree(doc: Document, parent: Node, spec: NodeSpec | string): void {
  if (typeof spec === "string") {
    parent.appendChild(doc.createTextNode(spec));
    return;
  }
  const el = spec.tag === "svg" ? doc.createElementNS("http://www.w3.org/2000/svg", "svg") : doc.createElement(spec.tag);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  for (const c of spec.children) buildTree(doc, spec.tag === "template" ? (el as HTMLTemplateElement).content : el, c);
  parent.appendChild(el);
}

// ───────────────────────────── snapshots ─────────────────────────────

const isoDate = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).chain((d) => {
    const iso = d.toISOString().slice(0, 10);
    return fc.constantFrom(iso, iso.slice(0, 7), iso.slice(0, 4));
  }),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

/** A type-valid, self-consistent PageSnapshot: markers and links point at its own references. */
export const snapshot: fc.Arbitrary<PageSnapshot> = fc
  .record({
    url: fc.oneof(fc.webUrl(), url),
    found: fc.boolean(),
    title: maybe(text),
    byline: maybe(text),
    published: isoDate,
    siteName: maybe(text),
    lang: fc.oneof(fc.constant(null), fc.constantFrom("en", "de", "fr", "ja", "zh-Hant", "ar", "xx", "not a tag!", "")),
    description: maybe(text),
    refs: fc.array(
      fc.record({
        label: maybe(fc.oneof(fc.nat(99).map(String), fc.constantFrom("a", "note 2", "Smith 2020"))),
        kind: fc.constantFrom<SnapshotReference["kind"]>("list", "footnote", "link", "source-line"),
        raw: text,
        links: fc.array(fc.record({ href: url, text: fc.oneof(text, fc.constantFrom("doi", "Archived", "ISBN"), url) }), { maxLength: 3 }),
        italic: fc.array(text, { maxLength: 2 }),
        citationType: fc.option(fc.constantFrom("web", "news", "journal", "book"), { nil: undefined }),
        context: fc.option(text, { nil: undefined }),
        anchor: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    blocks: fc.array(
      fc.record({
        kind: fc.constantFrom<SnapshotBlock["kind"]>("paragraph", "heading", "list-item", "quote", "code"),
        text,
        marks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 })), { maxLength: 4 }),
        links: fc.array(fc.tuple(fc.nat(), fc.nat(), url, fc.boolean(), fc.nat()), { maxLength: 3 }),
      }),
      { maxLength: 10 },
    ),
    points: fc.array(text, { maxLength: 3 }),
    source: fc.option(fc.tuple(text, maybe(url), fc.boolean()), { nil: null }),
    truncated: fc.boolean(),
  })
  .map((r): PageSnapshot => {
    const references: SnapshotReference[] = r.refs.map((x, i) => {
      const ref: SnapshotReference = { id: `r${i + 1}`, label: x.label, kind: x.kind, raw: x.raw, links: x.links, hints: { italic: x.italic } };
      if (x.citationType) ref.hints.citationType = x.citationType;
      if (x.context !== undefined) ref.hints.context = x.context;
      if (x.anchor) ref.anchor = x.anchor;
      return ref;
    });
    const refId = (n: number) => (references.length ? references[n % references.length]!.id : null);
    const blocks: SnapshotBlock[] = r.blocks.map((b, i) => {
      const len = b.text.length;
      const markers = b.marks.flatMap(([at, n, label]) => {
        const ref = refId(n);
        return ref ? [{ at: at % (len + 1), label, ref }] : [];
      });
      const links = b.links.map(([s, e, href, cited, n]) => {
        const start = Math.min(s, e) % (len + 1);
        const end = Math.min(len, start + (Math.max(s, e) % 40));
        const ref = cited ? refId(n) : null;
        return { start, end, href, text: b.text.slice(start, end), ...(ref ? { ref } : {}) };
      });
      return { id: `b${i}`, kind: b.kind, text: b.text, markers, links };
    });
    const keyPoints = r.points.map((t, i) => ({ id: `k${i}`, kind: "list-item" as const, text: t, markers: [], links: [] }));
    const source = r.source && { text: r.source[0], url: r.source[1], ref: r.source[2] ? refId(0) : null };
    return {
      snapshotVersion: 1,
      url: r.url,
      found: r.found,
      reason: r.found ? null : "This page has too little text to be an article.",
      title: r.title, byline: r.byline, published: r.published, siteName: r.siteName, lang: r.lang, description: r.description,
      metaOrigin: {},
      blocks: r.found ? blocks : [],
      keyPoints: r.found ? keyPoints : [],
      references: r.found ? references : [],
      source: r.found ? source : null,
      stats: { elements: blocks.length * 3, truncated: r.truncated },
    };
  });

/**
 * A snapshot that passes the background's cheap `isSnapshot` guard but breaks the type
 * contract inside (a renderer that lies): wrong types in nested fields, dangling ids,
 * offsets out of range, duplicate ids.
 */
export const forgedSnapshot: fc.Arbitrary<unknown> = fc
  .tuple(snapshot, fc.array(fc.tuple(fc.constantFrom("title", "lang", "published", "source", "keyPoints", "marker", "link", "hints", "refLinks", "label", "kind", "dupId", "offset", "metaOrigin"), fc.anything()), { maxLength: 4 }))
  .map(([s, edits]) => {
    const x = structuredClone({ ...s, found: true, reason: null }) as unknown as Record<string, unknown> & PageSnapshot;
    if (!x.blocks.length) x.blocks.push({ id: "b0", kind: "paragraph", text: "Officials said it was so, according to Reuters.", markers: [], links: [] });
    if (!x.references.length) x.references.push({ id: "r1", label: "1", kind: "list", raw: "Reuters, \"Title\", 2020", links: [], hints: { italic: [] } });
    const b = x.blocks[0] as unknown as Record<string, unknown>;
    const ref = x.references[0] as unknown as Record<string, unknown>;
    for (const [what, v] of edits) {
      if (what === "title" || what === "lang" || what === "published" || what === "source" || what === "keyPoints" || what === "metaOrigin") (x as Record<string, unknown>)[what] = v;
      else if (what === "marker") (b.markers as unknown[]).push(v, { at: 1e9, label: "x", ref: "r404" });
      else if (what === "link") (b.links as unknown[]).push(v, { start: -5, end: 1e9, href: v, text: v });
      else if (what === "hints") ref.hints = v;
      else if (what === "refLinks") (ref.links as unknown[]).push(v);
      else if (what === "label") ref.label = v;
      else if (what === "kind") b.kind = v;
      else if (what === "dupId") x.references.push({ ...x.references[0]! });
      else b.text = v;
    }
    return x;
  });
