/**
 * Hand-written validators of the two data contracts of ./report.ts: a Report of format
 * version 1 (../shared/report-format.md) and a PageSnapshot. Both cross trust boundaries
 * (a snapshot comes from a page's renderer, a saved report may come from an older
 * version), and the property tests check every result against these. Each validator
 * returns a list of problems, empty when the value is valid; it never throws, whatever
 * it is given. Beyond shapes it checks what types cannot: ids unique and resolvable,
 * `citedBy` agreeing with the claims' `sources`, scores in 0..1, offsets inside their
 * text, ISO dates. Imports only types.
 */
import { CHECK_CODES, LIVE_STATUSES, SOURCE_ROLES, SPEAKER_KINDS, SUPPORT_VERDICTS, TITLE_ORIGINS, type EvidenceKind, type PageSnapshot, type Report, type Severity } from "./report";

export { CHECK_CODES };
const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];
const EVIDENCE: readonly EvidenceKind[] = ["marker", "link", "attribution", "similarity"];
const REFERENCE_KINDS = ["list", "footnote", "link", "source-line"];
const CLAIM_KINDS = ["sentence", "heading", "summary-point"];
const BLOCK_KINDS = ["paragraph", "heading", "list-item", "quote", "code", "table-row"];
const ORIGINS = ["article", "extracted"];
const META_FIELDS = ["title", "byline", "published", "siteName", "lang", "description"];
const META_ORIGINS = ["json-ld", "opengraph", "citation", "dublin-core", "meta", "time", "byline", "url", "title-tag", "heading", "readability", "html-lang"];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isStrOrNull = (x: unknown): boolean => x === null || typeof x === "string";
const isOffset = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;

/** True for an ISO date as the contract writes it: YYYY-MM-DD, YYYY-MM or YYYY, and a real day. */
export function isIsoDate(x: unknown): boolean {
  if (!isStr(x)) return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(x);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Collects problems under a path prefix ("references[2].checks[0].code: …"). */
class Problems {
  readonly list: string[] = [];
  add(path: string, what: string): void {
    if (this.list.length < 200) this.list.push(`${path}: ${what}`);
  }
  need(ok: boolean, path: string, what: string): boolean {
    if (!ok) this.add(path, what);
    return ok;
  }
  array(x: unknown, path: string): unknown[] {
    if (Array.isArray(x)) return x;
    this.add(path, "not an array");
    return [];
  }
  /** Records a duplicate id; returns the set of ids seen. */
  unique(ids: unknown[], path: string): Set<string> {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (!isStr(id) || id === "") this.add(`${path}[${i}].id`, "missing or not a string");
      else if (seen.has(id)) this.add(`${path}[${i}].id`, `duplicate id ${JSON.stringify(id)}`);
      else seen.add(id);
    });
    return seen;
  }
}

function checkList(p: Problems, x: unknown, path: string): void {
  p.array(x, path).forEach((c, i) => {
    const at = `${path}[${i}]`;
    if (!p.need(isObj(c), at, "not an object")) return;
    const o = c as Obj;
    p.need((CHECK_CODES as readonly unknown[]).includes(o.code), `${at}.code`, `unknown code ${JSON.stringify(o.code)}`);
    p.need((SEVERITIES as readonly unknown[]).includes(o.severity), `${at}.severity`, `unknown severity ${JSON.stringify(o.severity)}`);
    p.need(isStr(o.message) && o.message.trim() !== "", `${at}.message`, "empty or not a string");
  });
}

function dateField(p: Problems, x: unknown, path: string): void {
  p.need(x === null || isIsoDate(x), path, `not an ISO date or null (${JSON.stringify(x)})`);
}

const isHttpUrl = (x: unknown): boolean => isStr(x) && /^https?:\/\//i.test(x);

/** A reference's optional `live` (from "Check sources"). */
function live(p: Problems, x: unknown, path: string): void {
  if (!p.need(isObj(x), path, "not an object")) return;
  const o = x as Obj;
  p.need((LIVE_STATUSES as readonly unknown[]).includes(o.status), `${path}.status`, `unknown status ${JSON.stringify(o.status)}`);
  p.need(o.finalUrl === null || isHttpUrl(o.finalUrl), `${path}.finalUrl`, "not an http(s) URL or null");
  p.need(o.httpStatus === null || (Number.isInteger(o.httpStatus) && (o.httpStatus as number) >= 100 && (o.httpStatus as number) <= 599), `${path}.httpStatus`, "not an HTTP status or null");
  for (const f of ["title", "site"]) p.need(isStrOrNull(o[f]), `${path}.${f}`, "not a string or null");
  dateField(p, o.date, `${path}.date`);
  p.need(isStr(o.checkedAt) && !Number.isNaN(Date.parse(o.checkedAt)), `${path}.checkedAt`, "not a date-time");
  if ("archiveUrl" in o) p.need(isHttpUrl(o.archiveUrl), `${path}.archiveUrl`, "not an http(s) URL");
  if ("truncated" in o) p.need(typeof o.truncated === "boolean", `${path}.truncated`, "not a boolean");
}

/** A claim source's optional `parts` (from "Check sources"). */
function parts(p: Problems, x: unknown, path: string, hasSupport: boolean): void {
  p.need(hasSupport, path, "without a support verdict");
  p.array(x, path).forEach((part, i) => {
    const at = `${path}[${i}]`;
    if (!p.need(isObj(part), at, "not an object")) return;
    const o = part as Obj;
    p.need(isStr(o.text) && o.text.trim() !== "", `${at}.text`, "empty or not a string");
    p.need(typeof o.found === "boolean", `${at}.found`, "not a boolean");
    p.need(isStrOrNull(o.passage), `${at}.passage`, "not a string or null");
  });
}

/** A claim's optional `via`: sourced summary points that restate it. */
function via(p: Problems, x: unknown, path: string, points: number, refIds: Set<string>): void {
  p.array(x, path).forEach((v, i) => {
    const at = `${path}[${i}]`;
    if (!p.need(isObj(v), at, "not an object")) return;
    const o = v as Obj;
    p.need(Number.isInteger(o.point) && (o.point as number) >= 0 && (o.point as number) < points, `${at}.point`, `names no summary point (${String(o.point)})`);
    p.need(isStr(o.ref) && refIds.has(o.ref), `${at}.ref`, `names no reference (${JSON.stringify(o.ref)})`);
    p.need(typeof o.score === "number" && o.score >= 0 && o.score <= 1, `${at}.score`, `not in 0..1 (${String(o.score)})`);
  });
}

/** The report's optional `quotes`. */
function quotes(p: Problems, x: unknown, claimIds: Set<string>, refIds: Set<string>): void {
  const list = p.array(x, "quotes").filter(isObj);
  p.unique(list.map((q) => q.id), "quotes");
  list.forEach((q, i) => {
    const at = `quotes[${i}]`;
    p.need(isStr(q.text) && q.text.trim() !== "", `${at}.text`, "empty or not a string");
    p.need(typeof q.direct === "boolean", `${at}.direct`, "not a boolean");
    for (const f of ["speaker", "role", "cue"]) p.need(isStrOrNull(q[f]), `${at}.${f}`, "not a string or null");
    p.need((SPEAKER_KINDS as readonly unknown[]).includes(q.speakerKind), `${at}.speakerKind`, `unknown kind ${JSON.stringify(q.speakerKind)}`);
    p.need(isStr(q.claim) && claimIds.has(q.claim), `${at}.claim`, `names no claim (${JSON.stringify(q.claim)})`);
    const sources = p.array(q.sources, `${at}.sources`);
    sources.forEach((s, k) => p.need(isStr(s) && refIds.has(s), `${at}.sources[${k}]`, `names no reference (${JSON.stringify(s)})`));
  });
}

function article(p: Problems, a: unknown): void {
  if (!p.need(isObj(a), "article", "not an object")) return;
  const o = a as Obj;
  p.need(typeof o.found === "boolean", "article.found", "not a boolean");
  for (const f of ["title", "byline", "siteName", "lang"]) p.need(isStrOrNull(o[f]), `article.${f}`, "not a string or null");
  if ("reason" in o) p.need(isStrOrNull(o.reason), "article.reason", "not a string or null");
  if ("truncated" in o) p.need(typeof o.truncated === "boolean", "article.truncated", "not a boolean");
  dateField(p, o.published, "article.published");
  if ("modified" in o) dateField(p, o.modified, "article.modified");
  p.need(isStr(o.text), "article.text", "not a string");
  if (o.source !== null) {
    if (!p.need(isObj(o.source), "article.source", "not an object or null")) return;
    const s = o.source as Obj;
    p.need(isStrOrNull(s.url), "article.source.url", "not a string or null");
    p.need(isStr(s.text), "article.source.text", "not a string");
    checkList(p, s.checks, "article.source.checks");
  }
}

/** Problems with `x` as a Report of format version 1 (empty when valid). */
export function validateReport(x: unknown): string[] {
  const p = new Problems();
  try {
    if (!p.need(isObj(x), "report", "not an object")) return p.list;
    const r = x as Obj;
    p.need(r.schemaVersion === 1, "schemaVersion", `expected 1, got ${JSON.stringify(r.schemaVersion)}`);
    p.need(isStr(r.url), "url", "not a string");
    article(p, r.article);
    const refs = p.array(r.references, "references").filter(isObj);
    const claims = p.array(r.claims, "claims").filter(isObj);
    const refIds = p.unique(refs.map((x) => x.id), "references");
    const claimIds = p.unique(claims.map((c) => c.id), "claims");

    // What each claim's sources say, to compare with each reference's citedBy.
    const citing = new Map<string, Set<string>>();
    claims.forEach((c, i) => {
      const at = `claims[${i}]`;
      p.need(isStr(c.text), `${at}.text`, "not a string");
      p.need(CLAIM_KINDS.includes(c.kind as string), `${at}.kind`, `unknown kind ${JSON.stringify(c.kind)}`);
      p.need(isStr(c.block), `${at}.block`, "not a string");
      p.need(isOffset(c.start) && isOffset(c.end) && (c.start as number) <= (c.end as number), `${at}.start/end`, "not offsets with start ≤ end");
      checkList(p, c.checks, `${at}.checks`);
      const seen = new Set<string>();
      p.array(c.sources, `${at}.sources`).forEach((s, j) => {
        const sp = `${at}.sources[${j}]`;
        if (!p.need(isObj(s), sp, "not an object")) return;
        const so = s as Obj;
        if (p.need(isStr(so.ref) && refIds.has(so.ref), `${sp}.ref`, `names no reference (${JSON.stringify(so.ref)})`)) {
          p.need(!seen.has(so.ref as string), `${sp}.ref`, "listed twice");
          seen.add(so.ref as string);
          if (isStr(c.id)) citing.set(so.ref as string, (citing.get(so.ref as string) ?? new Set()).add(c.id));
        }
        p.need(typeof so.score === "number" && so.score >= 0 && so.score <= 1, `${sp}.score`, `not in 0..1 (${String(so.score)})`);
        const ev = p.array(so.evidence, `${sp}.evidence`);
        p.need(ev.length > 0, `${sp}.evidence`, "empty");
        ev.forEach((e, k) => p.need((EVIDENCE as readonly unknown[]).includes(e), `${sp}.evidence[${k}]`, `unknown kind ${JSON.stringify(e)}`));
        if ("support" in so) p.need((SUPPORT_VERDICTS as readonly unknown[]).includes(so.support), `${sp}.support`, `unknown verdict ${JSON.stringify(so.support)}`);
        if ("passage" in so) p.need(isStr(so.passage) && "support" in so, `${sp}.passage`, "not a string, or without a support verdict");
        if ("parts" in so) parts(p, so.parts, `${sp}.parts`, "support" in so);
      });
    });
    // `via` names summary points, so it is checked once the summary's length is known.
    const points = Array.isArray(r.summary) ? r.summary.length : 0;
    claims.forEach((c, i) => {
      if ("via" in c) via(p, c.via, `claims[${i}].via`, points, refIds);
    });

    refs.forEach((ref, i) => {
      const at = `references[${i}]`;
      p.need(isStrOrNull(ref.label), `${at}.label`, "not a string or null");
      p.need(REFERENCE_KINDS.includes(ref.kind as string), `${at}.kind`, `unknown kind ${JSON.stringify(ref.kind)}`);
      for (const f of ["title", "outlet", "url", "doi"]) p.need(isStrOrNull(ref[f]), `${at}.${f}`, "not a string or null");
      dateField(p, ref.date, `${at}.date`);
      p.need(isStr(ref.raw), `${at}.raw`, "not a string");
      const authors = p.array(ref.authors, `${at}.authors`);
      p.need(authors.every(isStr), `${at}.authors`, "holds a non-string");
      if ("anchor" in ref) p.need(isStr(ref.anchor), `${at}.anchor`, "not a string");
      if ("archiveUrl" in ref) p.need(isStr(ref.archiveUrl), `${at}.archiveUrl`, "not a string");
      if ("role" in ref) p.need((SOURCE_ROLES as readonly unknown[]).includes(ref.role), `${at}.role`, `unknown role ${JSON.stringify(ref.role)}`);
      if ("titleFrom" in ref) p.need((TITLE_ORIGINS as readonly unknown[]).includes(ref.titleFrom), `${at}.titleFrom`, `unknown origin ${JSON.stringify(ref.titleFrom)}`);
      if ("live" in ref) live(p, ref.live, `${at}.live`);
      if ("cites" in ref) {
        const cites = p.array(ref.cites, `${at}.cites`);
        cites.forEach((c, k) => p.need(isStr(c) && refIds.has(c) && c !== ref.id, `${at}.cites[${k}]`, `names no other reference (${JSON.stringify(c)})`));
      }
      checkList(p, ref.checks, `${at}.checks`);
      const cited = p.array(ref.citedBy, `${at}.citedBy`);
      const claimed = isStr(ref.id) ? (citing.get(ref.id) ?? new Set<string>()) : new Set<string>();
      for (const c of cited) {
        if (!p.need(isStr(c) && claimIds.has(c), `${at}.citedBy`, `names no claim (${JSON.stringify(c)})`)) continue;
        p.need(claimed.has(c as string), `${at}.citedBy`, `${String(c)} does not list ${String(ref.id)} in its sources`);
      }
      p.need(new Set(cited).size === cited.length, `${at}.citedBy`, "lists a claim twice");
      for (const c of claimed) p.need(cited.includes(c), `${at}.citedBy`, `misses ${c}, whose sources list ${String(ref.id)}`);
    });

    p.array(r.summary, "summary").forEach((s, i) => {
      const at = `summary[${i}]`;
      if (!p.need(isObj(s), at, "not an object")) return;
      const so = s as Obj;
      p.need(isStr(so.text) && so.text !== "", `${at}.text`, "empty or not a string");
      p.need(isStr(so.claim) && claimIds.has(so.claim), `${at}.claim`, `names no claim (${JSON.stringify(so.claim)})`);
      p.need(ORIGINS.includes(so.origin as string), `${at}.origin`, `unknown origin ${JSON.stringify(so.origin)}`);
      if ("covers" in so) {
        const covers = p.array(so.covers, `${at}.covers`);
        covers.forEach((c, k) => p.need(isStr(c) && claimIds.has(c) && c !== so.claim, `${at}.covers[${k}]`, `names no other claim (${JSON.stringify(c)})`));
      }
    });
    checkList(p, r.checks, "checks");
    if ("quotes" in r) quotes(p, r.quotes, claimIds, refIds);
  } catch (e) {
    p.add("report", `validator could not read it (${String(e)})`);
  }
  return p.list;
}

/**
 * Problems with a Report read against the snapshot it was made from: each claim's block
 * exists and its text is the block text at `start..end`; reference ids are the snapshot's.
 */
export function validateReportAgainst(report: Report, snapshot: PageSnapshot): string[] {
  const p = new Problems();
  try {
    const blocks = new Map([...snapshot.blocks, ...snapshot.keyPoints].map((b) => [b.id, b.text]));
    report.claims.forEach((c, i) => {
      const text = blocks.get(c.block);
      if (!p.need(text !== undefined, `claims[${i}].block`, `names no block (${c.block})`)) return;
      p.need(c.end <= text!.length && text!.slice(c.start, c.end) === c.text, `claims[${i}]`, "text is not the block's text at start..end");
    });
    const snapIds = snapshot.found ? snapshot.references.map((r) => r.id) : [];
    p.need(JSON.stringify(report.references.map((r) => r.id)) === JSON.stringify(snapIds), "references", "ids differ from the snapshot's");
    p.need(report.url === snapshot.url, "url", "differs from the snapshot's");
  } catch (e) {
    p.add("report", `could not compare with the snapshot (${String(e)})`);
  }
  return p.list;
}

function block(p: Problems, b: Obj, at: string, refIds: Set<string>): void {
  p.need(BLOCK_KINDS.includes(b.kind as string), `${at}.kind`, `unknown kind ${JSON.stringify(b.kind)}`);
  if ("caption" in b) p.need(typeof b.caption === "boolean", `${at}.caption`, "not a boolean");
  if (!p.need(isStr(b.text), `${at}.text`, "not a string")) return;
  const len = (b.text as string).length;
  p.array(b.markers, `${at}.markers`).forEach((m, i) => {
    const mp = `${at}.markers[${i}]`;
    if (!p.need(isObj(m), mp, "not an object")) return;
    const mo = m as Obj;
    p.need(isOffset(mo.at) && mo.at <= len, `${mp}.at`, "not an offset in the text");
    p.need(isStr(mo.label), `${mp}.label`, "not a string");
    p.need(isStr(mo.ref) && refIds.has(mo.ref), `${mp}.ref`, `names no reference (${JSON.stringify(mo.ref)})`);
  });
  p.array(b.links, `${at}.links`).forEach((l, i) => {
    const lp = `${at}.links[${i}]`;
    if (!p.need(isObj(l), lp, "not an object")) return;
    const lo = l as Obj;
    p.need(isOffset(lo.start) && isOffset(lo.end) && lo.start <= lo.end && lo.end <= len, `${lp}.start/end`, "not offsets in the text");
    p.need(isStr(lo.href), `${lp}.href`, "not a string");
    p.need(isStr(lo.text), `${lp}.text`, "not a string");
    if ("ref" in lo) p.need(isStr(lo.ref) && refIds.has(lo.ref), `${lp}.ref`, `names no reference (${JSON.stringify(lo.ref)})`);
  });
}

/** Problems with `x` as a PageSnapshot (empty when valid). */
export function validateSnapshot(x: unknown): string[] {
  const p = new Problems();
  try {
    if (!p.need(isObj(x), "snapshot", "not an object")) return p.list;
    const s = x as Obj;
    p.need(s.snapshotVersion === 1, "snapshotVersion", `expected 1, got ${JSON.stringify(s.snapshotVersion)}`);
    p.need(isStr(s.url), "url", "not a string");
    p.need(typeof s.found === "boolean", "found", "not a boolean");
    p.need(s.found === true ? s.reason === null : isStr(s.reason) && s.reason !== "", "reason", "null when found, a sentence when not");
    for (const f of ["title", "byline", "siteName", "lang", "description"]) p.need(isStrOrNull(s[f]), f, "not a string or null");
    dateField(p, s.published, "published");
    if ("modified" in s) dateField(p, s.modified, "modified");
    if ("wiki" in s) p.need(typeof s.wiki === "boolean", "wiki", "not a boolean");
    if (p.need(isObj(s.metaOrigin), "metaOrigin", "not an object")) {
      for (const [k, v] of Object.entries(s.metaOrigin as Obj)) {
        p.need(META_FIELDS.includes(k) && META_ORIGINS.includes(v as string), `metaOrigin.${k}`, `unknown field or origin ${JSON.stringify(v)}`);
      }
    }
    const refs = p.array(s.references, "references").filter(isObj);
    const refIds = p.unique(refs.map((r) => r.id), "references");
    refs.forEach((r, i) => {
      const at = `references[${i}]`;
      p.need(isStrOrNull(r.label), `${at}.label`, "not a string or null");
      p.need(REFERENCE_KINDS.includes(r.kind as string), `${at}.kind`, `unknown kind ${JSON.stringify(r.kind)}`);
      p.need(isStr(r.raw), `${at}.raw`, "not a string");
      p.array(r.links, `${at}.links`).forEach((l, j) => p.need(isObj(l) && isStr(l.href) && isStr(l.text), `${at}.links[${j}]`, "not {href, text}"));
      if (p.need(isObj(r.hints), `${at}.hints`, "not an object")) {
        const h = r.hints as Obj;
        const italic = p.array(h.italic, `${at}.hints.italic`);
        p.need(italic.every(isStr), `${at}.hints.italic`, "holds a non-string");
        for (const f of ["citationType", "context"]) if (f in h) p.need(isStr(h[f]), `${at}.hints.${f}`, "not a string");
      }
      if ("anchor" in r) p.need(isStr(r.anchor), `${at}.anchor`, "not a string");
      if ("role" in r) p.need((SOURCE_ROLES as readonly unknown[]).includes(r.role), `${at}.role`, `unknown role ${JSON.stringify(r.role)}`);
    });
    const blocks = p.array(s.blocks, "blocks").filter(isObj);
    const points = p.array(s.keyPoints, "keyPoints").filter(isObj);
    p.unique([...blocks, ...points].map((b) => b.id), "blocks+keyPoints");
    blocks.forEach((b, i) => block(p, b, `blocks[${i}]`, refIds));
    points.forEach((b, i) => block(p, b, `keyPoints[${i}]`, refIds));
    if (s.source !== null) {
      if (p.need(isObj(s.source), "source", "not an object or null")) {
        const so = s.source as Obj;
        p.need(isStr(so.text), "source.text", "not a string");
        p.need(isStrOrNull(so.url), "source.url", "not a string or null");
        p.need(so.ref === null || (isStr(so.ref) && refIds.has(so.ref)), "source.ref", `names no reference (${JSON.stringify(so.ref)})`);
      }
    }
    if (p.need(isObj(s.stats), "stats", "not an object")) {
      const st = s.stats as Obj;
      p.need(isOffset(st.elements), "stats.elements", "not a count");
      p.need(typeof st.truncated === "boolean", "stats.truncated", "not a boolean");
    }
  } catch (e) {
    p.add("snapshot", `validator could not read it (${String(e)})`);
  }
  return p.list;
}
