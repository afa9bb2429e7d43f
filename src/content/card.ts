/**
 * The hover card: a shadow-rooted <sourcelight-card> naming the sources of a highlighted
 * claim or a citation marker, and, after "Check sources", what each link gave and whether
 * the source says the claim (with its passage), and who says the words the claim quotes. Text only (never HTML from the page, the
 * report or a fetched source). Hover shows it, click pins it, Esc or a click elsewhere closes it.
 */
import type { PageClaimSource, PageReference, PageSaid } from "../page-report";
import { LIVE_STATUSES, SUPPORT_VERDICTS, type Check, type LiveCheck } from "../report";
import { LIVE_TEXT, SUPPORT_TEXT } from "../platform/check-text";
import { CARD_CSS } from "./card-style";
import { partLines } from "./card-parts";
import { t } from "../platform/i18n";
import { safeHttpUrl } from "../platform/safe-url";
import { addStyles } from "./styles";

/** The longest passage the card quotes (the popup has the rest). */
const PASSAGE_MAX = 400;

/** A sourced key point restating the claim (0-based `point`), and that point's source. */
export interface CardVia {
  point: number;
  ref: PageReference;
}

/** What a card shows of a highlighted claim besides its references. */
export interface CardClaim {
  /** The claim's links to the references, whose support verdicts and passages the card quotes. */
  sources?: readonly PageClaimSource[];
  /** The key points restating the claim and their sources, shown apart from the claim's own sources. */
  via?: readonly CardVia[];
  /** Who says the words the claim quotes or reports. */
  said?: readonly PageSaid[];
}

export interface Card {
  /** Shows the card for `refs` next to `anchor` (a viewport rectangle), with what `claim` adds. */
  show(heading: string, refs: PageReference[], anchor: DOMRect, pinned?: boolean, claim?: CardClaim): void;
  hide(): void;
  readonly pinned: boolean;
  readonly visible: boolean;
  /** True when `node` is the card itself (pointer over the card keeps it open). */
  contains(target: EventTarget | null): boolean;
}

/** Creates the card (hidden) and removes it when `signal` aborts. */
export function createCard(doc: Document, signal: AbortSignal): Card {
  const host = doc.createElement("sourcelight-card");
  host.hidden = true;
  const root = host.attachShadow({ mode: "closed" });
  const unstyle = addStyles(root, CARD_CSS);
  const box = doc.createElement("div");
  box.className = "card";
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-label", "Sourcelight sources");
  root.append(box);
  doc.documentElement.append(host);
  signal.addEventListener("abort", () => {
    unstyle();
    host.remove();
  });
  let pinned = false;

  return {
    get pinned() {
      return pinned;
    },
    get visible() {
      return !host.hidden;
    },
    contains: (target) => target === host,
    show(heading, refs, anchor, pin = false, { sources = [], via = [], said = [] } = {}) {
      pinned = pin;
      box.replaceChildren(el(doc, "p", "heading", heading), ...saidLines(doc, said), refList(doc, refs, sources));
      for (const v of via) box.append(el(doc, "p", "via", t("cardVia", String(v.point + 1), refName(v.ref))));
      if (pin) box.append(el(doc, "p", "hint", t("cardEscHint")));
      host.hidden = false;
      place(host, box, anchor, doc.defaultView);
    },
    hide() {
      pinned = false;
      host.hidden = true;
    },
  };
}

function refList(doc: Document, refs: PageReference[], sources: readonly PageClaimSource[]): HTMLElement {
  const ul = doc.createElement("ul");
  for (const ref of refs) {
    const li = doc.createElement("li");
    const title = el(doc, "div", "title", "");
    if (ref.label) title.append(el(doc, "span", "label", ref.label));
    title.append(doc.createTextNode(ref.title ?? ref.raw.slice(0, 140)));
    li.append(title);
    if (ref.title && ref.titleFrom === "url") li.append(el(doc, "div", "guess", t("titleGuessed")));
    const meta = [ref.outlet, ref.date, domainOf(ref.url)].filter(Boolean).join(" · ");
    if (meta) li.append(el(doc, "div", "meta", meta));
    if (ref.live) li.append(...liveLine(doc, ref.live));
    for (const c of ref.checks) li.append(checkLine(doc, c));
    const source = sources.find((s) => s.ref === ref.id);
    li.append(...supportLines(doc, source), ...partLines(doc, source));
    ul.append(li);
  }
  return ul;
}

/** A reference as the card names it in one line: "[1] 38 North". */
function refName(ref: PageReference): string {
  const name = ref.outlet ?? ref.title ?? ref.raw.slice(0, 60);
  return ref.label ? `[${ref.label}] ${name}` : name;
}

/**
 * What the link gave when checked, with the link to saved copies a broken one has (for the
 * reader to follow; we never request it); nothing for a status this version does not know.
 */
function liveLine(doc: Document, live: LiveCheck): HTMLElement[] {
  if (!LIVE_STATUSES.includes(live.status)) return [];
  const line = el(doc, "div", `live live-${live.status}`, t(LIVE_TEXT[live.status]));
  const archive = safeHttpUrl(live.archiveUrl);
  if (archive) {
    const a = el(doc, "a", "archive", t("liveArchive")) as HTMLAnchorElement;
    a.href = archive;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    line.append(" · ", a);
  }
  return [line];
}

/** Whether the source says the claim, and the passage that shows it (as text). */
function supportLines(doc: Document, source: PageClaimSource | undefined): HTMLElement[] {
  const verdict = source?.support;
  if (!verdict || !SUPPORT_VERDICTS.includes(verdict)) return [];
  const lines = [el(doc, "div", `support support-${verdict}`, t("cardSupport", t(SUPPORT_TEXT[verdict])))];
  const passage = typeof source.passage === "string" ? source.passage.replace(/\s+/g, " ").trim() : "";
  if (passage) lines.push(el(doc, "blockquote", "passage", passage.length > PASSAGE_MAX ? `${passage.slice(0, PASSAGE_MAX - 1).trimEnd()}…` : passage));
  return lines;
}

/** Who says the claim's quoted or reported words: "Said by Zabihullah Mujahid, Taliban spokesman". */
function saidLines(doc: Document, said: readonly PageSaid[]): HTMLElement[] {
  return said
    .filter((s) => typeof s.speaker === "string" && s.speaker)
    .map((s) => {
      const who = typeof s.role === "string" && s.role ? `${s.speaker}, ${s.role}` : s.speaker!;
      return el(doc, "p", `said said-${s.speakerKind}`, s.speakerKind === "anonymous" ? t("cardSaidByUnnamed", who) : t("cardSaidBy", who));
    });
}

function checkLine(doc: Document, c: Check): HTMLElement {
  const sign = c.severity === "info" ? "ℹ" : "⚠";
  return el(doc, "div", `check ${c.severity}`, `${sign} ${c.message}`);
}

function domainOf(url: string | null): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

function el(doc: Document, tag: string, cls: string, text: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = cls;
  e.textContent = text;
  return e;
}

/** Puts the card below the anchor (above it when there is no room), inside the viewport. */
function place(host: HTMLElement, box: HTMLElement, anchor: DOMRect, win: Window | null): void {
  const vw = win?.innerWidth ?? 1024;
  const vh = win?.innerHeight ?? 768;
  const h = box.offsetHeight || 120;
  const w = box.offsetWidth || 360;
  const below = anchor.bottom + 8;
  const top = below + h <= vh ? below : Math.max(8, anchor.top - h - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, vw - w - 8));
  host.style.setProperty("transform", `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
}
