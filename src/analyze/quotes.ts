/**
 * Finds every statement an article attributes: quotations and reported speech. A paragraph's
 * sentences are grouped so that a quotation running over several stays whole; each group's
 * attribution frame (quote-frame.ts) says what was said and who is named. A quotation left open
 * at a paragraph's end goes on in the next paragraph that opens with a quotation mark; a
 * quotation standing alone right after a quoted speaker ("“…,” he said. “…”") is that
 * speaker's too. Who the named words stand for is speakers.ts's job.
 */
import type { SnapshotBlock } from "../report";
import type { ClaimDraft } from "./claims";
import { readFrames, type Frame } from "./quote-frame";
import { quoteSpans, type QuoteSpan } from "./quote-marks";
import { QUOTE_WORDS } from "./quote-patterns";
import { bare, isWord, slice, tokenize, type Token } from "./quote-tokens";
import { cleanRole } from "./speaker-names";

/** A statement as written, before its speaker is resolved. */
export interface RawStatement {
  text: string;
  direct: boolean;
  /** The speaker's words as written ("Mujahid", "he", "a person familiar with the matter"), or null. */
  who: string | null;
  /** An appositive the sentence gives the speaker ("a former official who runs X"), or null. */
  role: string | null;
  cue: string | null;
  /** The speaker is the previous statement's (a gerund, a continuing quotation) when none is named. */
  follows: boolean;
  /** A quoted label ("called it “a con”"): kept only when a body or a document pins it (who-says.ts). */
  label?: boolean;
  /** Claims it spans, first first. */
  claims: string[];
  /** Where the speaker's words stand: block index and offset (for resolving a pronoun). */
  block: number;
  offset: number;
}

/** The most tokens a sentence may have for its frame to be read (a quotation counts as one). */
const MAX_TOKENS = 400;

/** Blocks whose sentences can hold statements. */
const PROSE = new Set<SnapshotBlock["kind"]>(["paragraph", "list-item", "quote"]);

interface Unit {
  start: number;
  end: number;
  claims: string[];
}

/** A short sentence that only names who spoke ("Graham asked."): the tail of the quotation before it. */
const SPEAKER_TAIL = /^[^“”"«»„]{1,90}$/;
const CLOSES_QUOTE = /[”"»」』’']\W{0,2}$/;

function isSpeakerTail(text: string): boolean {
  if (!SPEAKER_TAIL.test(text) || text.split(/\s+/).length > 12) return false;
  return text.split(/[^\p{L}]+/u).some((w) => QUOTE_WORDS.say.test(w) && w === w.toLowerCase());
}

/** The block's sentences, joined where a quotation runs across a sentence break. */
function unitsOf(text: string, drafts: readonly ClaimDraft[], spans: readonly QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  let k = 0; // the first span that may still reach past the unit being built (spans are in order)
  for (const d of drafts) {
    const prev = units[units.length - 1];
    const tail = prev && CLOSES_QUOTE.test(text.slice(prev.start, prev.end)) && isSpeakerTail(d.text);
    while (prev && k < spans.length && spans[k]!.close <= prev.end) k++;
    if (prev && (tail || (k < spans.length && spans[k]!.open < prev.end))) {
      prev.end = d.end;
      prev.claims.push(d.id);
    } else units.push({ start: d.start, end: d.end, claims: [d.id] });
  }
  return units;
}

const wordsOf = (tokens: readonly Token[], [a, b]: [number, number]) => tokens.slice(a, b).filter((t) => t.kind !== "punct");

/** What a frame's ranges say, as text; direct when they hold only quotations. */
function saidText(text: string, tokens: readonly Token[], said: readonly [number, number][], spans: readonly QuoteSpan[]): { text: string; direct: boolean } {
  const parts = said.flatMap((r) => wordsOf(tokens, r));
  if (parts.length && parts.every((t) => t.kind === "quote")) {
    return { text: parts.map((t) => inner(text, spans[t.quote!]!)).join(" … "), direct: true };
  }
  const pieces = said.map(([a, b]) => {
    let s = a;
    if (isWord(tokens[s]) && bare(tokens[s]!) === "that") s++;
    return slice(text, tokens, s, b);
  });
  return { text: pieces.join(" ").replace(DATELINE, "").replace(/[\s,;:—–-]+$/, "").trim(), direct: false };
}

/** A wire story's dateline opening the first paragraph ("HALDEN, March 11 (Coastline Wire) - "). */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+,[^–—-]{0,60}?\s[–—-]+\s+/u;

const inner = (text: string, s: QuoteSpan) => text.slice(s.start, s.end).replace(/[\s,]+$/, "");

/**
 * A transcript turn quoted as a whole paragraph (`"WALLACE: Let's start …`): a quotation mark,
 * a speaker's name in capitals and a colon open the paragraph. News quotes a transcript so,
 * each paragraph opening with a mark and only the last closing it.
 */
const QUOTED_TURN = /^["“„«]\s*(\p{Lu}{2,}\.?(?:[ '’-]+\p{Lu}{2,}\.?){0,3}):\s+(?=\S)/u;

function quotedTurn(text: string, block: number, claims: string[]): RawStatement | null {
  const m = QUOTED_TURN.exec(text);
  if (!m || QUOTE_WORDS.notSpeakerLabel.test(m[1]!.split(/[ .'’-]/)[0]!)) return null;
  const said = text.slice(m[0].length).replace(/["”»]\s*$/, "").trim();
  return said ? { text: said, direct: false, who: m[1]!, role: null, cue: ":", follows: false, claims, block, offset: m.index + m[0].indexOf(m[1]!) } : null;
}

/** Every statement of the article's prose blocks, in reading order. */
export function findStatements(blocks: readonly SnapshotBlock[], drafts: readonly ClaimDraft[]): RawStatement[] {
  // The headline (a heading before any prose) attributes too: "Pence: Flowers won't be at debate", "Graham Says …".
  const firstProse = blocks.findIndex((b) => PROSE.has(b.kind));
  const headline = blocks.findIndex((b, i) => b.kind === "heading" && (firstProse < 0 || i < firstProse));
  const byBlock = new Map<string, ClaimDraft[]>();
  for (const d of drafts) if (d.kind === "sentence" || (d.kind === "heading" && d.block === blocks[headline]?.id)) byBlock.set(d.block, [...(byBlock.get(d.block) ?? []), d]);
  const out: RawStatement[] = [];
  let open: RawStatement | null = null;
  let last: RawStatement | null = null;
  blocks.forEach((block, bi) => {
    const own = byBlock.get(block.id);
    if (!(PROSE.has(block.kind) || bi === headline) || !own) {
      open = null;
      return;
    }
    const text = block.text;
    const turnOf = quotedTurn(text, bi, own.map((d) => d.id));
    if (turnOf) {
      out.push(turnOf);
      last = turnOf;
      open = null;
      return;
    }
    const spans = quoteSpans(text);
    const units = unitsOf(text, own, spans);
    let turn = false;
    let first = 0; // the first span not wholly before the unit (units and spans are in order)
    units.forEach((unit, ui) => {
      if (turn) return;
      while (first < spans.length && spans[first]!.close <= unit.start) first++;
      let after = first;
      while (after < spans.length && spans[after]!.open < unit.end) after++;
      const tokens = tokenize(text, unit.start, unit.end, spans.slice(first, after));
      for (const t of tokens) if (t.quote !== undefined) t.quote += first;
      // A headline's title case capitalises its verb ("Lindsey Graham Says Trump …"): read it as a verb.
      if (bi === headline) for (const t of tokens.slice(1)) if (t.kind === "word" && QUOTE_WORDS.say.test(t.low)) t.text = t.text.toLowerCase();
      // A "sentence" of hundreds of words outside quotations is no prose (a list run together): no statement in it.
      if (tokens.length > MAX_TOKENS) {
        open = null;
        return;
      }
      const quotesOnly = tokens.some((t) => t.kind === "quote") && tokens.every((t) => t.kind !== "word");
      const quoted = tokens.some((t) => t.kind === "quote");
      const endsOpen = ui === units.length - 1 && spans.length > 0 && !spans[spans.length - 1]!.closed;
      const frames = quotesOnly ? [] : readFrames(tokens);
      const frame = frames[0] ?? null;
      const startsQuoted = tokens[0]?.kind === "quote";
      if (quotesOnly) {
        const words = tokens.filter((t) => t.kind === "quote").map((t) => inner(text, spans[t.quote!]!)).join(" ");
        const target = open ?? (last && last.block === bi && (last.who || last.follows) ? last : null);
        if (target) {
          target.text = `${target.text} … ${words}`;
          target.claims.push(...unit.claims.filter((c) => !target.claims.includes(c)));
        } else if (endsOpen || ui < units.length - 1) {
          // An opening quotation whose speaker comes later (this paragraph's next sentence or the next paragraph's).
          const pending: RawStatement = { text: words, direct: true, who: null, role: null, cue: null, follows: false, claims: [...unit.claims], block: bi, offset: unit.start };
          out.push(pending);
          last = pending;
          open = pending;
          return;
        }
        open = endsOpen ? (target ?? null) : null;
        return;
      }
      if (!frame) {
        // "“…,” said Alan Cole. “I wouldn't call it reform …” for the top bracket.": a sentence that is mostly a
        // quotation, right after a quoted speaker's statement in the same paragraph, goes on with it.
        const prev = last as RawStatement | null;
        if (startsQuoted && prev && prev.block === bi && prev.direct && (prev.who || prev.follows) && mostlyQuoted(tokens)) {
          prev.text = `${prev.text} … ${text.slice(unit.start, unit.end).trim().replace(/^["“„«'‘]+|["”»'’.\s]+$/g, "")}`;
          prev.claims.push(...unit.claims.filter((c) => !prev.claims.includes(c)));
          open = endsOpen ? prev : null;
          return;
        }
        // Quoted words with no verb: their speaker may come in the next sentence ("“…” workers. “…,” Warren said.").
        open = startsQuoted ? pendingOf(text, unit, bi, out) : null;
        return;
      }
      // "WALLACE: …" in a transcript: the turn is the whole paragraph.
      turn = ui === 0 && frame.who !== null && frame.cue[0] === frame.who[1] && tokens[frame.cue[0]]!.text === ":";
      const said = turn
        ? { text: text.slice(tokens[frame.said[0]![0]]!.start, units[units.length - 1]!.end).trim(), direct: false }
        : saidText(text, tokens, frame.said, spans);
      const stmt = statementOf(text, tokens, frame, said, unit, bi);
      const pending = open as RawStatement | null;
      if (pending && startsQuoted && frame.said[0]?.[0] === 0) {
        // The quotation opened earlier goes on here, where its speaker is named.
        pending.text = `${pending.text} … ${said.text}`;
        pending.claims.push(...unit.claims.filter((c) => !pending.claims.includes(c)));
        if (!pending.who && !pending.follows) Object.assign(pending, { who: stmt.who, role: stmt.role, cue: stmt.cue, follows: stmt.follows, block: bi, offset: stmt.offset });
        open = endsOpen ? pending : null;
        last = pending;
        return;
      }
      out.push(stmt);
      last = stmt;
      for (const more of frames.slice(1)) {
        last = statementOf(text, tokens, more, saidText(text, tokens, more.said, spans), unit, bi);
        out.push(last);
      }
      open = endsOpen && last.direct ? last : null;
    });
  });
  return out.filter((s) => s.who !== null || s.follows || s.cue !== null);
}

/** Whether quotations hold most of a sentence's text (more than half its characters). */
function mostlyQuoted(tokens: readonly Token[]): boolean {
  const span = tokens.length ? tokens[tokens.length - 1]!.end - tokens[0]!.start : 0;
  const quoted = tokens.reduce((n, t) => n + (t.kind === "quote" ? t.end - t.start : 0), 0);
  return quoted * 2 > span;
}

/** A statement for quoted words whose speaker is not named yet; it waits in `out` for the next sentence. */
function pendingOf(text: string, unit: Unit, block: number, out: RawStatement[]): RawStatement {
  const s: RawStatement = { text: text.slice(unit.start, unit.end).trim(), direct: false, who: null, role: null, cue: null, follows: false, claims: [...unit.claims], block, offset: unit.start };
  out.push(s);
  return s;
}

function statementOf(text: string, tokens: readonly Token[], frame: Frame, said: { text: string; direct: boolean }, unit: Unit, block: number): RawStatement {
  const who = frame.who ? slice(text, tokens, frame.who[0], frame.who[1]) : null;
  return {
    text: said.text,
    direct: said.direct,
    who,
    role: frame.role ? cleanRole(slice(text, tokens, frame.role[0], frame.role[1]).replace(/[\s,]+$/, "")) : null,
    cue: slice(text, tokens, frame.cue[0], frame.cue[1]) || null,
    follows: frame.gerund,
    ...(frame.label ? { label: true } : {}),
    claims: [...unit.claims],
    block,
    offset: frame.who ? tokens[frame.who[0]]!.start : unit.start,
  };
}
