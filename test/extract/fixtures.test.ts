/** Runs `extract` on every test/fixtures/extract-* page and checks its expected.json. */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { extractFixtures, norm, page } from "./helpers";

for (const { slug, html, expected } of extractFixtures()) {
  describe(`fixture ${slug}`, () => {
    const doc = page(html, expected.url);
    const before = doc.documentElement.outerHTML;
    const snap = extract(doc, expected.url);
    const body = norm(snap.blocks.map((b) => b.text).join("\n\n"));
    const a = expected.article ?? {};

    it("leaves the document unchanged", () => {
      expect(doc.documentElement.outerHTML).toBe(before);
    });
    it("is plain JSON", () => {
      expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    });
    if (a.found !== undefined) it(`found is ${a.found}`, () => expect(snap.found).toBe(a.found));
    if (a.found === false) it("gives a reason", () => expect(snap.reason).toMatch(/\w+/));
    if (a.reasonIncludes) it(`the reason says "${a.reasonIncludes}"`, () => expect(norm(snap.reason)).toContain(norm(a.reasonIncludes)));
    if (a.titleIncludes) it("title", () => expect(norm(snap.title)).toContain(norm(a.titleIncludes)));
    if (a.published) it("published", () => expect(snap.published).toBe(a.published));
    for (const t of a.textIncludes ?? []) it(`body includes "${t}"`, () => expect(body).toContain(norm(t)));
    for (const t of a.textExcludes ?? []) it(`body excludes "${t}"`, () => expect(body).not.toContain(norm(t)));
    if (expected.referenceCount !== undefined) {
      it(`has ${expected.referenceCount} references`, () => {
        expect(snap.references.filter((r) => r.kind !== "source-line")).toHaveLength(expected.referenceCount as number);
      });
    }
    for (const w of expected.references ?? []) {
      it(`reference ${w.label ?? w.urlIncludes ?? w.titleIncludes}`, () => {
        const hit = snap.references.find(
          (r) =>
            (w.label === undefined || r.label === w.label) &&
            (!w.urlIncludes || r.links.some((l) => norm(l.href).includes(norm(w.urlIncludes)))) &&
            (!w.titleIncludes || norm(r.raw).includes(norm(w.titleIncludes))),
        );
        expect(hit).toBeDefined();
        if (w.role) expect(hit?.role, "the link's role").toBe(w.role);
      });
    }
    for (const href of expected.linksNotCited ?? []) {
      it(`the link to ${href} is on the page but no reference`, () => {
        expect(html).toContain(href);
        const hit = snap.references.find((r) => r.links.some((l) => norm(l.href).includes(norm(href))));
        expect(hit, hit?.raw).toBeUndefined();
      });
    }
    if (expected.source) {
      it("source line", () => {
        expect(snap.source?.url).toContain(expected.source?.urlIncludes);
        expect(snap.references.find((r) => r.id === snap.source?.ref)?.kind).toBe("source-line");
      });
    }
    it("ids are stable and in order", () => {
      snap.blocks.forEach((b, i) => expect(b.id).toBe(`b${i}`));
      snap.keyPoints.forEach((b, i) => expect(b.id).toBe(`k${i}`));
      snap.references.forEach((r, i) => expect(r.id).toBe(`r${i + 1}`));
    });
    it("every marker and link ref names an existing reference", () => {
      const ids = new Set(snap.references.map((r) => r.id));
      for (const b of [...snap.blocks, ...snap.keyPoints]) {
        for (const m of b.markers) expect(ids.has(m.ref)).toBe(true);
        for (const l of b.links) if (l.ref) expect(ids.has(l.ref)).toBe(true);
        for (const l of b.links) expect(b.text.slice(l.start, l.end)).toBe(l.text);
      }
    });
  });
}
