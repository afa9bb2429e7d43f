/**
 * What kind of source a reference-list entry or a footnote is (issue 17), from what the
 * entry itself says: its MediaWiki cs1 citation type ("journal", "news", "press release"),
 * a scholarly identifier (DOI, PMID, arXiv) or a journal's "12(3): 45–67", else the kind of
 * host of the cited work's own link (journal, government or court, news outlet, a post on a
 * social network or a blog). Books, encyclopedia entries and anything the entry does not
 * say stay without a role (the popup lists them under "References"). Pure: the entry's
 * parts come from ./entries.ts, the patterns from ./link-rules.ts.
 */
import type { SnapshotReference, SourceRole } from "../report";
import { ENTRY_RULES as E, LINK_RULES as R } from "./link-rules";

type EntryLike = Pick<SnapshotReference, "raw" | "links" | "hints">;

/** The role an entry says it has, with the id of the deciding rule, or null. */
export function entryRole(entry: EntryLike): { role: SourceRole; why: string } | null {
  const type = (entry.hints.citationType ?? "").toLowerCase();
  if (type) {
    for (const [role, pattern] of E.citationType) if (pattern.test(type)) return { role, why: "citation-type" };
    if (E.notASourceType.test(type)) return null;
  }
  if (E.scholarlyId.test(entry.raw) || E.journalNumbers.test(entry.raw)) return { role: "study", why: "scholarly-id" };
  const work = workLink(entry.links);
  const role = work ? roleOfHost(work) : null;
  return role ? { role, why: "work-host" } : null;
}

/** The cited work's own link: the first that is not an encyclopedia page, an archive copy or a catalogue. */
function workLink(links: EntryLike["links"]): URL | null {
  for (const l of links) {
    let u: URL;
    try {
      u = new URL(l.href);
    } catch {
      continue;
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") continue;
    const host = u.hostname.toLowerCase().replace(/^www\d?\./, "");
    if (R.definitionHost.test(host) || E.archiveOrCatalogue.test(host) || E.catalogueUrl.test(u.pathname + u.search)) continue;
    return u;
  }
  return null;
}

function roleOfHost(u: URL): SourceRole | null {
  const host = u.hostname.toLowerCase().replace(/^www\d?\./, "");
  const path = u.pathname + u.search;
  if (R.studyHost.test(host) || R.studyPath.test(path)) return "study";
  if (R.documentHost.test(host) || R.documentPath.test(path)) return "document";
  if (R.newsHost.test(host) || R.newsWordHost.test(host)) return "news";
  if ((R.socialHost.test(host) && R.socialPostPath.test(path)) || R.blogHost.test(host)) return "post";
  return null;
}
