/**
 * The popup's sources, grouped by what they are to the article (issue 17): studies,
 * documents, news, the outlet's own reporting, posts, primary sources, then the references
 * without a role (list entries and footnotes), each group in page order. Pure: the role
 * comes with each reference in the report.
 */
import type { ReportReference, SourceRole } from "../report";

/** The order the groups are shown in; `null` is the group of references without a role. */
export const ROLE_ORDER: readonly (SourceRole | null)[] = ["study", "document", "news", "own-coverage", "post", "primary", null];

export interface SourceGroup {
  role: SourceRole | null;
  references: ReportReference[];
}

/** Non-empty groups in ROLE_ORDER; a single group when no reference has a role. */
export function groupByRole(references: ReportReference[]): SourceGroup[] {
  const known = new Set<string>(ROLE_ORDER.filter((r) => r !== null));
  const roleOf = (r: ReportReference): SourceRole | null => (r.role && known.has(r.role) ? r.role : null);
  return ROLE_ORDER.map((role) => ({ role, references: references.filter((r) => roleOf(r) === role) })).filter((g) => g.references.length > 0);
}
