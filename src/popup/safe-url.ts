/**
 * Which reference URLs the popup may offer to open: absolute http(s) URLs exactly as written
 * (`safeHttpUrl`, shared with the hover card), with a real host, and not flagged unsafe or
 * malformed by the analysis. Everything else is shown as text only.
 */
import type { ReportReference } from "../report";
import { parseLoose } from "../url/loose-url";
import { safeHttpUrl } from "../platform/safe-url";

export { safeHttpUrl };

/** The reference's URL when it may be opened. */
export function openableUrl(ref: ReportReference): string | null {
  if (ref.checks.some((c) => c.code === "url-unsafe" || c.code === "url-malformed")) return null;
  return safeHttpUrl(ref.url);
}

/** The host name to show for a URL ("38north.org"), or null. */
export function displayDomain(url: string | null | undefined): string | null {
  const u = url ? parseLoose(url) : null;
  return u?.hostname ? u.hostname.replace(/^www\./, "") : null;
}
