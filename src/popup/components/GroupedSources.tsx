/**
 * The sources grouped by role (issue 17): one labelled region per kind of source, headed
 * "Studies (2)", "Documents (1)" … and the page's own reference entries last. A chunk of
 * the popup's build (../source-groups-chunk.ts): the opening shows the plain list first.
 */
import type { JSX } from "preact";
import type { ReportReference, SourceRole } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";
import { groupByRole } from "../source-groups";

const ROLE_HEADING: Record<SourceRole, MessageKey> = {
  study: "roleStudy",
  document: "roleDocument",
  news: "roleNews",
  "own-coverage": "roleOwnCoverage",
  post: "rolePost",
  primary: "rolePrimary",
};

export interface GroupedSourcesProps {
  references: ReportReference[];
  item: (r: ReportReference) => JSX.Element;
}

/** The groups; a plain list when no source has a role. */
export function GroupedSources({ references, item }: GroupedSourcesProps) {
  const groups = groupByRole(references);
  if (groups.length === 1 && groups[0]?.role === null) return <ol class="sources">{references.map(item)}</ol>;
  return (
    <>
      {groups.map((g) => {
        const id = `sources-${g.role ?? "other"}`;
        return (
          <section key={id} class="source-group" aria-labelledby={id} data-role={g.role ?? "other"}>
            <h3 id={id}>
              {t(g.role ? ROLE_HEADING[g.role] : "roleOther")} <span class="count">({g.references.length})</span>
            </h3>
            <ol class="sources">{g.references.map(item)}</ol>
          </section>
        );
      })}
    </>
  );
}
