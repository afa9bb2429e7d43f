/**
 * What kind of work a reference is (news, journal, book, report, government, wiki, web), for
 * the label in the popup and the entry type of the exports. Pure and heuristic: the DOI, the
 * URL's host and path, the outlet's name and the entry's own words, in that order of trust.
 */
import type { ReportReference } from "../report";
import { parseLoose } from "../url/loose-url";

export type SourceType = "news" | "journal" | "book" | "report" | "government" | "wiki" | "web";

/** Every heuristic pattern of the classifier, in one named block. */
export const SOURCE_PATTERNS = {
  wikiHost: /(^|\.)(wikipedia|wikimedia|wiktionary|wikisource|wikidata|fandom|wikia)\.(org|com)$/,
  govHost: /(^|\.)(gov|mil)(\.[a-z]{2})?$|(^|\.)(gouv\.fr|gc\.ca|europa\.eu|go\.jp|go\.kr|gob\.[a-z]{2}|admin\.ch|bund\.de|un\.org|who\.int)$/,
  journalHost: /(^|\.)(doi\.org|nature\.com|sciencedirect\.com|springer\.com|link\.springer\.com|wiley\.com|jstor\.org|ncbi\.nlm\.nih\.gov|pubmed\.ncbi\.nlm\.nih\.gov|arxiv\.org|plos\.org|bmj\.com|thelancet\.com|nejm\.org|academic\.oup\.com|tandfonline\.com|sagepub\.com|cell\.com|science\.org|pnas\.org|frontiersin\.org|mdpi\.com|biorxiv\.org|ssrn\.com)$/,
  journalName: /\b(journal|proceedings|review of|annals|lancet|quarterly|transactions|bulletin of|letters)\b/i,
  bookHost: /(^|\.)(books\.google\.[a-z.]+|openlibrary\.org|worldcat\.org|archive\.org)$/,
  bookWords: /\bISBN\b|\b(university press|press|publishing|publishers|books)\b/i,
  newsHost: /(^|\.)(reuters\.com|apnews\.com|bbc\.(co\.uk|com)|nytimes\.com|washingtonpost\.com|theguardian\.com|cnn\.com|bloomberg\.com|ft\.com|wsj\.com|economist\.com|aljazeera\.com|npr\.org|nknews\.org|thediplomat\.com|joongang\.co\.kr|yna\.co\.kr|lemonde\.fr|spiegel\.de|elpais\.com|politico\.(com|eu)|axios\.com)$|(^|\.)(news|times|post|herald|tribune|gazette|daily)[a-z-]*\./,
  newsName: /\b(news|times|post|herald|tribune|gazette|daily|wire|press agency|reuters|associated press|guardian|telegraph|journal-constitution)\b/i,
  datedPath: /\/(19|20)\d{2}\/(0?[1-9]|1[0-2])\//,
  reportWords: /\b(report|white paper|working paper|policy brief|briefing|survey|fact sheet|press release|technical note)\b/i,
} as const;

/** The type of `ref`. */
export function sourceType(ref: Pick<ReportReference, "url" | "doi" | "outlet" | "title" | "raw">): SourceType {
  const P = SOURCE_PATTERNS;
  const url = ref.url ? parseLoose(ref.url) : null;
  const host = url?.hostname.toLowerCase().replace(/^www\./, "") ?? "";
  const outlet = ref.outlet ?? "";
  const words = `${ref.title ?? ""} ${ref.raw}`;
  if (P.wikiHost.test(host) || /\bwiki(pedia)?\b/i.test(outlet)) return "wiki";
  if (P.govHost.test(host)) return "government";
  if (ref.doi || P.journalHost.test(host) || P.journalName.test(outlet)) return "journal";
  if (P.bookHost.test(host) || /\bISBN\b/.test(ref.raw) || (!host && P.bookWords.test(outlet))) return "book";
  if (P.newsHost.test(host) || P.newsName.test(outlet)) return "news";
  if (P.reportWords.test(words)) return "report";
  if (P.datedPath.test(url?.pathname ?? "")) return "news";
  return "web";
}
