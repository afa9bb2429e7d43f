/**
 * JSON-LD article metadata (schema.org NewsArticle, ScholarlyArticle, BlogPosting …,
 * also inside @graph arrays). Pages often ship several blocks and some are broken JSON;
 * this reads what it can and never throws.
 */

/** The JSON-LD fields the snapshot uses, as plain strings. */
export interface JsonLdArticle {
  headline?: string;
  /** The object's `name` when it differs from `headline` (some sites put their own name or a description in one of them). */
  altHeadline?: string;
  author?: string;
  datePublished?: string;
  /** When the work was made (`dateCreated`): a weaker publication date than `datePublished` or a page's `article:published_time`. */
  dateCreated?: string;
  /** When the work was last changed (`dateModified`). */
  dateModified?: string;
  publisher?: string;
  description?: string;
  inLanguage?: string;
}

const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|SocialMediaPosting|ScholarlyArticle|MedicalScholarlyArticle|TechArticle|Report|LiveBlogPosting|CreativeWork|WebPage)$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function types(o: Obj): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => Boolean(x));
    return names.length ? names.join(", ") : undefined;
  }
  if (isObj(v) && typeof v["name"] === "string") return v["name"];
  return undefined;
}

function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > 6 || out.length > 50) return;
  if (Array.isArray(v)) v.forEach((x) => collect(x, out, depth + 1));
  else if (isObj(v)) {
    out.push(v);
    if (v["@graph"]) collect(v["@graph"], out, depth + 1);
    if (v["mainEntity"]) collect(v["mainEntity"], out, depth + 1);
  }
}

/** Reads the best article-like JSON-LD object among the page's `<script>`s (articles beat WebPage). */
export function readJsonLd(allScripts: Element[]): JsonLdArticle {
  const objects: Obj[] = [];
  const scripts = allScripts.filter((s) => /ld\+json/i.test(s.getAttribute("type") ?? ""));
  for (const script of scripts.slice(0, 20)) {
    try {
      // Some pages wrap the JSON in CDATA or comment markers (old XHTML habits).
      const text = (script.textContent ?? "").replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, "");
      collect(JSON.parse(text), objects, 0);
    } catch {
      // Broken JSON-LD is common; the other sources still work.
    }
  }
  const candidates = objects.filter((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const best = candidates.find((o) => !types(o).every((t) => t === "WebPage" || t === "CreativeWork")) ?? candidates[0];
  if (!best) return {};
  const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const headline = str(best["headline"]) ?? str(best["name"]);
  const name = str(best["name"]);
  const publisher = nameOf(best["publisher"]) ?? nameOf(best["isPartOf"]);
  return {
    headline,
    // A `name` that is the publisher's own is no title of the page.
    altHeadline: name !== headline && name !== publisher ? name : undefined,
    author: nameOf(best["author"]) ?? nameOf(best["creator"]),
    datePublished: str(best["datePublished"]),
    dateCreated: str(best["dateCreated"]),
    dateModified: str(best["dateModified"]),
    publisher,
    description: str(best["description"]),
    inLanguage: str(best["inLanguage"]),
  };
}
