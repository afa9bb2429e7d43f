// A hand-written Report for popup tests: three cited references (one with a malformed URL,
// one hostile: HTML in its title and a javascript: URL), the article's source line, three
// summary points. Independent of what analyze currently produces.
import type { Report } from "../../src/report";

export const HOSTILE_TITLE = `<img src=x onerror="globalThis.__pwned = 1">Putin's New Bestie`;

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    url: "https://world-desk.example/world/north-korea-troops-russia",
    article: {
      found: true,
      title: "Deployment of 6,000 Troops to Russia",
      byline: "Kim Reporter",
      published: "2025-02-15",
      siteName: "Peninsula Wire",
      lang: "en",
      source: { url: "https://www.joongang.co.kr/x?utm_source=Naver", text: "source: joongang", checks: [{ code: "tracking-parameters", severity: "info", message: "The link carries tracking parameters." }] },
      text: "…",
    },
    references: [
      ref("r0", null, "source-line", "JoongAng Ilbo story", "JoongAng Ilbo", "https://www.joongang.co.kr/x?utm_source=Naver", []),
      ref("r1", "1", "list", "North Korea diversifies military", "38 North", "38north.org/20240513-kim-russia", [
        { code: "url-malformed", severity: "warning", message: "The link has no scheme." },
        { code: "url-date-mismatch", severity: "warning", message: "The URL says 2024-05-13 but the citation says 2024-12-29." },
      ], ["c1"]),
      ref("r2", "2", "list", "North Korea-Russia Relationship Enters a New Phase", "NK News", "https://www.nknews.org/2025/01/new-phase", [], ["c3"]),
      ref("r3", "3", "list", HOSTILE_TITLE, "The Diplomat", "javascript:alert(1)", [
        { code: "url-unsafe", severity: "error", message: "The link uses a javascript: address." },
      ], ["c5"]),
    ],
    claims: [
      claim("c1", "North Korea's cooperation is expanding, according to a report by 38 North.", [{ ref: "r1", score: 0.9, evidence: ["attribution"] }]),
      claim("c2", "South Korea's government opines that the deployment is political.", []),
      claim("c3", "Relations entered a new phase in January.", [{ ref: "r2", score: 0.8, evidence: ["marker"] }]),
      claim("c5", "The opinion column published in The Diplomat suggests a threat.", [{ ref: "r3", score: 0.85, evidence: ["attribution"] }]),
    ],
    summary: [
      { text: "North Korea's cooperation is expanding, according to a report by 38 North.", claim: "c1", origin: "article" },
      { text: "South Korea's government opines that the deployment is political.", claim: "c2", origin: "article" },
      { text: "The opinion column published in The Diplomat suggests a threat.", claim: "c5", origin: "article" },
    ],
    checks: [{ code: "duplicate-text", severity: "info", message: "The heading appears twice." }],
  };
}

function ref(
  id: string,
  label: string | null,
  kind: Report["references"][number]["kind"],
  title: string,
  outlet: string,
  url: string,
  checks: Report["checks"],
  citedBy: string[] = [],
): Report["references"][number] {
  return { id, label, kind, title, outlet, authors: [], date: "2025-01-15", url, doi: null, raw: `${title}. ${outlet}. ${url}`, citedBy, checks };
}

function claim(id: string, text: string, sources: Report["claims"][number]["sources"]): Report["claims"][number] {
  return { id, text, kind: "sentence", sources, checks: [], block: "b1", start: 0, end: text.length };
}
