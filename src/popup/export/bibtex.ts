/**
 * The article's references as BibTeX. Every field value is escaped for TeX (braces,
 * backslashes and the other special characters of reference text written by strangers), so a
 * title like `}, author = {x` stays inside its field. URLs are included only when they are
 * safe http(s) links, with the characters BibTeX cannot carry percent-encoded.
 */
import type { Report, ReportReference } from "../../report";
import { safeHttpUrl } from "../safe-url";
import { sourceType, type SourceType } from "../source-type";

const ENTRY_TYPE: Record<SourceType, string> = {
  news: "article",
  journal: "article",
  book: "book",
  report: "techreport",
  government: "techreport",
  wiki: "misc",
  web: "misc",
};

const TEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/** Escapes text for a braced BibTeX field value (control characters and line breaks become spaces). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
    .trim()
    .replace(/[\\{}%&$#_~^<>]/g, (ch) => TEX_SPECIAL[ch] ?? ch);
}

/** A URL as a BibTeX `url` value: percent-encodes what would break the field; null when not safe. */
export function bibtexUrl(url: string | null): string | null {
  const safe = safeHttpUrl(url);
  return safe ? safe.replace(/[{}\\%#\s"]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).replace(/%25(?=[0-9A-F]{2})/g, "%") : null;
}

/** A citation key made of letters and digits only: first author's last name (else the outlet) + year + position. */
export function citationKey(ref: ReportReference, index: number): string {
  const words = (ref.authors[0] ?? ref.outlet ?? "ref").normalize("NFKD").replace(/[^\p{L}\p{N}\s]/gu, "").trim().split(/\s+/);
  const who = ref.authors[0] ? (words.pop() ?? "") : words.join("");
  const ascii = who.replace(/[^A-Za-z0-9]/g, "").toLowerCase().slice(0, 20) || "ref";
  const year = /^\d{4}/.exec(ref.date ?? "")?.[0] ?? "";
  return `${ascii}${year}${String.fromCharCode(97 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ""}`;
}

function fields(ref: ReportReference, type: SourceType): [string, string][] {
  const out: [string, string | null][] = [
    ["title", ref.title ?? ref.raw.slice(0, 300)],
    ["author", ref.authors.length ? ref.authors.map(escapeBibtex).join(" and ") : null],
    [type === "news" || type === "journal" ? "journal" : type === "book" ? "publisher" : type === "report" || type === "government" ? "institution" : "howpublished", ref.outlet],
    ["year", /^\d{4}/.exec(ref.date ?? "")?.[0] ?? null],
    ["date", ref.date],
    ["doi", ref.doi],
  ];
  const clean = out
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]): [string, string] => [k, k === "author" ? v : escapeBibtex(v)]);
  const url = bibtexUrl(ref.url);
  if (url) clean.push(["url", url]);
  return clean;
}

/** One @entry. */
export function bibtexEntry(ref: ReportReference, index: number): string {
  const type = sourceType(ref);
  const body = fields(ref, type).map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
  return `@${ENTRY_TYPE[type]}{${citationKey(ref, index)},\n${body}\n}`;
}

/** Every cited reference of the report as BibTeX (the article's own source line is left out). */
export function formatBibtex(report: Report): string {
  const refs = report.references.filter((r) => r.kind !== "source-line");
  return refs.map(bibtexEntry).join("\n\n") + (refs.length ? "\n" : "");
}
