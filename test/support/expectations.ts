/**
 * Turns a fixture's expected.json (the format of ../shared/fixtures/*\/expected.json)
 * into named assertions over a Report, so each expected field is its own test.
 * Text is compared after the same folding a reader would ignore: quotes, dashes, case, spaces.
 */
import type { Report, ReportReference } from "../../src/report";

export interface Assertion {
  name: string;
  /** Returns null when the assertion holds, else what was found instead. */
  run: (report: Report) => string | null;
}

interface ExpectedRef {
  label?: string;
  urlIncludes?: string;
  titleIncludes?: string;
  outlet?: string;
  date?: string;
  authorsInclude?: string[];
  checks?: string[];
  checksNot?: string[];
  /** Codes that may appear only as notes (severity info), never as a warning or error. */
  warningsNot?: string[];
  /** The exact url (null: the entry links no work of its own). */
  url?: string | null;
  archiveUrlIncludes?: string;
}
interface ExpectedLink {
  claimIncludes: string;
  refs: string[];
  evidence?: string;
  exact?: boolean;
}
export interface Expected {
  url?: string;
  article?: { found?: boolean; reasonIncludes?: string; titleIncludes?: string; published?: string; modified?: string; textIncludes?: string[]; textExcludes?: string[] };
  source?: { urlIncludes: string; checks?: string[] };
  referenceCount?: number;
  references?: ExpectedRef[];
  links?: ExpectedLink[];
  noLinks?: { claimIncludes: string; refs: string[] }[];
  claimChecks?: { claimIncludes: string; checks: string[] }[];
  uncited?: string[];
  summary?: { origin?: string; count?: number; minCount?: number; includes?: string[] };
  /** Key point `point` (1-based) covers the body claim holding `claimIncludes`; with `via`, that claim is backed through the point's reference labelled so. */
  covers?: { point: number; claimIncludes: string; via?: string }[];
  coversNot?: { point: number; claimIncludes: string }[];
  articleChecks?: string[];
  articleChecksNot?: string[];
  claimChecksNot?: { claimIncludes: string; checks: string[] }[];
  /** Statements the report's `quotes` must hold: found by their text; each field given is compared. */
  quotes?: ExpectedQuote[];
  /** Words that no quote's speaker may be ("he", a title without its person). */
  speakersNot?: string[];
}

/** Folds typography so "’" equals "'" and "—" equals "-". */
export interface ExpectedQuote {
  textIncludes: string;
  speaker?: string | null;
  role?: string | null;
  kind?: string;
  cue?: string;
  direct?: boolean;
  /** How many references back it. */
  sourceCount?: number;
}

export function fold(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
const contains = (hay: unknown, needle: string) => fold(hay).includes(fold(needle));
const codes = (list: { code: string }[] | undefined) => (list ?? []).map((c) => c.code);
const fail = (ok: boolean, got: string) => (ok ? null : got);

function findRef(report: Report, w: ExpectedRef): ReportReference | undefined {
  const refs = report.references;
  if (w.label != null) {
    const r = refs.find((x) => x.label != null && fold(x.label) === fold(w.label));
    if (r) return r;
  }
  if (w.urlIncludes) {
    const r = refs.find((x) => contains(x.url, w.urlIncludes!));
    if (r) return r;
  }
  if (w.titleIncludes) return refs.find((x) => contains(x.title, w.titleIncludes!) || contains(x.raw, w.titleIncludes!));
  return undefined;
}

function refMatches(ref: ReportReference | undefined, key: string, expected: ExpectedRef[]): boolean {
  if (!ref) return false;
  const w = expected.find((e) => e.label === key || e.urlIncludes === key) ?? { label: key, urlIncludes: key };
  return (w.label != null && ref.label != null && fold(ref.label) === fold(w.label)) || Boolean(w.urlIncludes && contains(ref.url, w.urlIncludes));
}

function linked(report: Report, claimText: string) {
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const claims = report.claims.filter((c) => contains(c.text, claimText));
  return { claims, got: claims.flatMap((c) => c.sources.map((s) => ({ ref: refs.get(s.ref), source: s }))) };
}

/** Every assertion an expected.json makes, in a stable order. */
export function assertionsFor(want: Expected): Assertion[] {
  const out: Assertion[] = [];
  const add = (name: string, run: Assertion["run"]) => out.push({ name, run });
  add("ids are unique and citedBy agrees with sources", (r) => {
    const ids = [...r.references.map((x) => x.id), ...r.claims.map((x) => x.id)];
    if (new Set(ids).size !== ids.length) return "duplicate ids";
    for (const ref of r.references)
      for (const cid of ref.citedBy)
        if (!r.claims.some((c) => c.id === cid && c.sources.some((s) => s.ref === ref.id))) return `${ref.id}.citedBy names ${cid}`;
    return null;
  });
  const a = want.article;
  if (a?.found !== undefined) add(`article.found is ${a.found}`, (r) => fail(r.article.found === a.found, String(r.article.found)));
  if (a?.reasonIncludes) add(`reason includes "${a.reasonIncludes}"`, (r) => fail(contains(r.article.reason, a.reasonIncludes!), String(r.article.reason)));
  if (a?.titleIncludes) add(`title includes "${a.titleIncludes}"`, (r) => fail(contains(r.article.title, a.titleIncludes!), String(r.article.title)));
  if (a?.published) add(`published is ${a.published}`, (r) => fail(r.article.published === a.published, String(r.article.published)));
  if (a?.modified) add(`modified is ${a.modified}`, (r) => fail(r.article.modified === a.modified, String(r.article.modified)));
  for (const t of a?.textIncludes ?? []) add(`body includes "${t}"`, (r) => fail(contains(r.article.text, t), "missing"));
  for (const t of a?.textExcludes ?? []) add(`body excludes "${t}"`, (r) => fail(Boolean(r.article.text) && !contains(r.article.text, t), "present"));
  const s = want.source;
  if (s) {
    add(`source line ${s.urlIncludes}`, (r) => fail(contains(r.article.source?.url, s.urlIncludes) || r.references.some((x) => contains(x.url, s.urlIncludes)), JSON.stringify(r.article.source)));
    for (const c of s.checks ?? [])
      add(`source line has check ${c}`, (r) => {
        const got = [...codes(r.article.source?.checks), ...codes(r.references.find((x) => contains(x.url, s.urlIncludes))?.checks)];
        return fail(got.includes(c), got.join(","));
      });
  }
  if (want.referenceCount != null)
    add(`reference count is ${want.referenceCount}`, (r) => {
      const n = r.references.filter((x) => x.kind !== "source-line").length;
      return fail(n === want.referenceCount, String(n));
    });
  const expectedRefs = want.references ?? [];
  for (const w of expectedRefs) {
    const name = w.label != null ? `[${w.label}]` : `<${w.urlIncludes ?? w.titleIncludes}>`;
    const on = (label: string, test: (ref: ReportReference) => string | null) =>
      add(`${name} ${label}`, (r) => {
        const ref = findRef(r, w);
        return ref ? test(ref) : "reference not found";
      });
    on("found", () => null);
    if (w.titleIncludes) on(`title includes "${w.titleIncludes}"`, (x) => fail(contains(x.title, w.titleIncludes!), String(x.title)));
    if (w.outlet) on(`outlet is "${w.outlet}"`, (x) => fail(fold(x.outlet) === fold(w.outlet), String(x.outlet)));
    if (w.date) on(`date is ${w.date}`, (x) => fail(x.date === w.date, String(x.date)));
    if (w.urlIncludes) on(`url includes ${w.urlIncludes}`, (x) => fail(contains(x.url, w.urlIncludes!), String(x.url)));
    for (const au of w.authorsInclude ?? []) on(`authors include "${au}"`, (x) => fail(x.authors.some((y) => contains(y, au)), JSON.stringify(x.authors)));
    for (const c of w.checks ?? []) on(`has check ${c}`, (x) => fail(codes(x.checks).includes(c), codes(x.checks).join(",")));
    for (const c of w.checksNot ?? []) on(`has no check ${c}`, (x) => fail(!codes(x.checks).includes(c), codes(x.checks).join(",")));
    for (const c of w.warningsNot ?? []) on(`has no warning ${c}`, (x) => fail(!x.checks.some((k) => k.code === c && k.severity !== "info"), codes(x.checks).join(",")));
    if (w.url !== undefined) on(`url is ${w.url}`, (x) => fail(x.url === w.url, String(x.url)));
    if (w.archiveUrlIncludes) on(`archive copy includes ${w.archiveUrlIncludes}`, (x) => fail(contains(x.archiveUrl, w.archiveUrlIncludes!), String(x.archiveUrl)));
  }
  for (const l of want.links ?? []) {
    for (const key of l.refs)
      add(`"${l.claimIncludes}" cites ${key}${l.evidence ? ` by ${l.evidence}` : ""}`, (r) => {
        const { claims, got } = linked(r, l.claimIncludes);
        if (!claims.length) return "claim not found";
        const hit = got.find((g) => refMatches(g.ref, key, expectedRefs));
        if (!hit) return `cites ${got.map((g) => g.ref?.label ?? g.ref?.url).join(",") || "nothing"}`;
        return l.evidence ? fail(hit.source.evidence.includes(l.evidence as never), hit.source.evidence.join(",")) : null;
      });
    if (l.exact)
      add(`"${l.claimIncludes}" cites nothing else`, (r) => {
        const extra = linked(r, l.claimIncludes).got.filter((g) => !l.refs.some((k) => refMatches(g.ref, k, expectedRefs)));
        return fail(extra.length === 0, extra.map((g) => g.ref?.label ?? g.ref?.url).join(","));
      });
  }
  for (const l of want.noLinks ?? [])
    add(`"${l.claimIncludes}" cites none of ${l.refs.length} refs`, (r) => {
      const { claims, got } = linked(r, l.claimIncludes);
      if (!claims.length) return "claim not found";
      const bad = got.filter((g) => l.refs.some((k) => refMatches(g.ref, k, expectedRefs)));
      return fail(bad.length === 0, bad.map((g) => g.ref?.label ?? g.ref?.url).join(","));
    });
  for (const cc of want.claimChecks ?? [])
    for (const c of cc.checks)
      add(`"${cc.claimIncludes}" has check ${c}`, (r) => {
        const got = r.claims.filter((x) => contains(x.text, cc.claimIncludes)).flatMap((x) => codes(x.checks));
        return fail(got.includes(c), got.join(",") || "no such claim or no checks");
      });
  for (const key of want.uncited ?? [])
    add(`${key} is flagged reference-uncited`, (r) => {
      const w = expectedRefs.find((e) => e.label === key || e.urlIncludes === key);
      const ref = w && findRef(r, w);
      return fail(Boolean(ref && codes(ref.checks).includes("reference-uncited")), ref ? codes(ref.checks).join(",") : "not found");
    });
  const sm = want.summary;
  if (sm?.origin) add(`summary origin is ${sm.origin}`, (r) => fail(r.summary.length > 0 && r.summary.every((p) => p.origin === sm.origin), r.summary.map((p) => p.origin).join(",")));
  if (sm?.count != null) add(`summary has ${sm.count} points`, (r) => fail(r.summary.length === sm.count, String(r.summary.length)));
  if (sm?.minCount != null) add(`summary has at least ${sm.minCount} points`, (r) => fail(r.summary.length >= sm.minCount!, String(r.summary.length)));
  for (const t of sm?.includes ?? []) add(`summary includes "${t}"`, (r) => fail(r.summary.some((p) => contains(p.text, t)), "missing"));
  for (const cv of want.covers ?? []) {
    const bodyClaims = (r: Report) => r.claims.filter((c) => c.kind !== "summary-point" && contains(c.text, cv.claimIncludes));
    add(`key point ${cv.point} covers "${cv.claimIncludes}"`, (r) => {
      const covers = r.summary[cv.point - 1]?.covers ?? [];
      return fail(bodyClaims(r).some((c) => covers.includes(c.id)), `covers ${covers.join(",") || "nothing"}`);
    });
    if (cv.via)
      add(`"${cv.claimIncludes}" is backed through key point ${cv.point} → [${cv.via}], not directly`, (r) => {
        const ref = r.references.find((x) => x.label === cv.via);
        if (!ref) return "reference not found";
        const claims = bodyClaims(r);
        const through = claims.some((c) => (c.via ?? []).some((v) => v.point === cv.point - 1 && v.ref === ref.id));
        const direct = claims.some((c) => c.sources.some((s) => s.ref === ref.id) || ref.citedBy.includes(c.id));
        return fail(through && !direct, `via ${JSON.stringify(claims.map((c) => c.via ?? []))}, direct ${direct}`);
      });
  }
  for (const cv of want.coversNot ?? [])
    add(`key point ${cv.point} does not cover "${cv.claimIncludes}"`, (r) => {
      const covers = r.summary[cv.point - 1]?.covers ?? [];
      const hit = r.claims.filter((c) => contains(c.text, cv.claimIncludes) && covers.includes(c.id));
      return fail(hit.length === 0, hit.map((c) => c.id).join(","));
    });
  for (const c of want.articleChecks ?? []) add(`article has check ${c}`, (r) => fail(codes(r.checks).includes(c), codes(r.checks).join(",")));
  for (const c of want.articleChecksNot ?? []) add(`article has no check ${c}`, (r) => fail(!codes(r.checks).includes(c), codes(r.checks).join(",")));
  for (const cc of want.claimChecksNot ?? [])
    for (const c of cc.checks)
      add(`"${cc.claimIncludes}" has no check ${c}`, (r) => {
        const claims = r.claims.filter((x) => contains(x.text, cc.claimIncludes));
        const got = claims.flatMap((x) => codes(x.checks));
        return claims.length ? fail(!got.includes(c), got.join(",")) : "no such claim";
      });
  for (const q of want.quotes ?? []) {
    const find = (r: Report) => (r.quotes ?? []).find((x) => contains(x.text, q.textIncludes));
    const on = (what: string, test: (x: NonNullable<Report["quotes"]>[number]) => string | null) =>
      add(`quote "${q.textIncludes}" ${what}`, (r) => {
        const x = find(r);
        return x ? test(x) : `no such quote among ${(r.quotes ?? []).length}`;
      });
    on("is found", () => null);
    if (q.speaker !== undefined) on(`is said by ${q.speaker}`, (x) => fail(fold(x.speaker) === fold(q.speaker), String(x.speaker)));
    if (q.role !== undefined) on(`gives the role ${q.role}`, (x) => fail(fold(x.role) === fold(q.role), String(x.role)));
    if (q.kind) on(`has a speaker of kind ${q.kind}`, (x) => fail(x.speakerKind === q.kind, x.speakerKind));
    if (q.cue) on(`has the cue "${q.cue}"`, (x) => fail(fold(x.cue) === fold(q.cue), String(x.cue)));
    if (q.direct !== undefined) on(q.direct ? "is direct" : "is reported", (x) => fail(x.direct === q.direct, String(x.direct)));
    if (q.sourceCount !== undefined) on(`has ${q.sourceCount} sources`, (x) => fail(x.sources.length === q.sourceCount, x.sources.join(",")));
  }
  for (const w of want.speakersNot ?? [])
    add(`no quote is said by "${w}"`, (r) => {
      const bad = (r.quotes ?? []).filter((x) => fold(x.speaker) === fold(w));
      return fail(bad.length === 0, bad.map((x) => x.text.slice(0, 40)).join(" | "));
    });
  return out;
}
