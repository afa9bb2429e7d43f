/**
 * Forged and malformed messages, generated: the background router and the content script's
 * listener answer every message with a typed `Reply`, never throw, and act (call a handler or
 * touch the page) only for our own sender with arguments that pass the type's guard. Covers
 * every message type in src/messages.ts, including types added later.
 * (test/extension/protocol.test.ts has the hand-picked cases.)
 */
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createRouter, type ContentHandlers, type PopupHandlers } from "../../src/background/router";
import { createOffscreenListener } from "../../src/offscreen/listener";
import { createContentListener } from "../../src/content/listener";
import type { Session } from "../../src/content/session";
import {
  backgroundToContentGuards,
  backgroundToOffscreenGuards,
  CHANNEL,
  contentToBackgroundGuards,
  isKeptReading,
  isPageReport,
  isQuickReading,
  isReply,
  ok,
  popupToBackgroundGuards,
  type ErrorCode,
  type Reply,
} from "../../src/messages";
import { analyze } from "../../src/analyze/index";
import { pageReportOf, pathsFor } from "../../src/page-report";
import type { MessageSender } from "../../src/platform/browser-api";
import { snapshot } from "./arbitraries";
import { EXT_ID, ORIGIN, senders } from "../extension/fake-browser";
import { FUZZ_TIMEOUT, runs, tally } from "./budget";

const ran = { "router messages": 0, "content messages": 0, "content events": 0, "offscreen messages": 0, "offscreen answers": 0, "page reports": 0 };
afterAll(() => console.log(tally("messages", ran)));

const ERROR_CODES: ErrorCode[] = ["malformed-message", "unknown-message", "forbidden-sender", "no-tab", "restricted-page", "no-permission", "no-content-script", "page-too-large", "extract-failed", "analyze-failed", "internal"];

/** Any value a message could carry (structured-clone data, and more). */
const junk = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withObjectString: true });

/** Arguments close to valid ones (right keys, wrong or edge values) and random ones. */
const args = fc.oneof(
  junk,
  fc.record({ tabId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(-0), fc.constant(Number.MAX_SAFE_INTEGER + 2)) }, { requiredKeys: [] }),
  fc.record({ tabId: fc.nat(), claim: fc.oneof(fc.string({ maxLength: 300 }), junk), on: fc.oneof(fc.boolean(), junk) }, { requiredKeys: ["tabId"] }),
  fc.record({ report: junk, options: junk }, { requiredKeys: [] }),
  fc.record({ done: fc.oneof(fc.integer(), fc.double(), junk), total: fc.oneof(fc.integer(), junk) }, { requiredKeys: [] }),
  fc.record({ html: fc.oneof(fc.string(), junk), url: fc.oneof(fc.webUrl(), junk) }, { requiredKeys: [] }),
  fc.constant({}),
  fc.constant({ tabId: 1, __proto__: { polluted: true } }),
);

const typeName = (known: string[]) => fc.oneof(fc.constantFrom(...known), fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", ""), fc.string());

/** Envelopes (right channel, any type), near misses and junk. */
const message = (known: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ channel: fc.constant(CHANNEL), type: typeName(known), args }) },
    { weight: 1, arbitrary: fc.record({ channel: fc.oneof(fc.string(), junk), type: fc.oneof(typeName(known), junk), args }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: junk },
  );

/** Senders: ours, the known forgeries, and random ones that borrow our id or origin. */
const sender: fc.Arbitrary<MessageSender | undefined> = fc.oneof(
  fc.constantFrom<MessageSender | undefined>(...Object.values(senders), undefined),
  fc.record(
    {
      id: fc.oneof(fc.constant(EXT_ID), fc.string(), fc.constant(EXT_ID.toUpperCase())),
      url: fc.oneof(fc.string().map((s) => ORIGIN + s), fc.webUrl(), fc.string(), fc.constant(ORIGIN.slice(0, -1)), fc.constant(`https://evil.example/${ORIGIN}`)),
      tab: fc.record({ id: fc.integer({ min: -2, max: 50 }) }),
      frameId: fc.nat(3),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<MessageSender>,
);

/** Our own extension page, by a definition independent of the code under test. */
const isExtensionPage = (s: MessageSender | undefined) => !!s && s.id === EXT_ID && typeof s.url === "string" && s.url.startsWith(ORIGIN);
/** Our background (no tab; our origin when a URL is given). */
const isBackground = (s: MessageSender | undefined) => !!s && s.id === EXT_ID && !s.tab && (typeof s.url !== "string" || s.url.startsWith(ORIGIN));

const isEnvelope = (m: unknown): m is { channel: string; type: string; args: unknown } =>
  typeof m === "object" && m !== null && !Array.isArray(m) && (m as { channel?: unknown }).channel === CHANNEL && typeof (m as { type?: unknown }).type === "string";

function expectTypedReply(reply: Reply<unknown>): void {
  expect(isReply(reply)).toBe(true);
  if (!reply.ok) expect(ERROR_CODES).toContain(reply.error.code);
}

describe("background router under forged and malformed messages", () => {
  const types = Object.keys(popupToBackgroundGuards);

  it("always answers a typed Reply and runs a handler only for our page with valid arguments", { timeout: FUZZ_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(message(types), sender, fc.boolean(), async (msg, from, handlersThrow) => {
        ran["router messages"]++;
        const calls: [string, unknown][] = [];
        const handlers = Object.fromEntries(
          types.map((t) => [t, async (a: unknown) => {
            calls.push([t, a]);
            if (handlersThrow) throw new Error("handler failed");
            return ok(null);
          }]),
        ) as unknown as PopupHandlers;
        const route = createRouter(handlers, { extensionId: EXT_ID, extensionOrigin: ORIGIN }, () => undefined);
        const reply = await route(msg, from as MessageSender);
        expectTypedReply(reply);
        const acceptable =
          isExtensionPage(from) && isEnvelope(msg) && Object.hasOwn(popupToBackgroundGuards, msg.type) && popupToBackgroundGuards[msg.type as keyof typeof popupToBackgroundGuards](msg.args);
        expect(calls.length).toBe(acceptable ? 1 : 0);
        if (!isExtensionPage(from)) expect(reply.ok ? "ok" : reply.error.code).toBe("forbidden-sender");
        if (acceptable) expect(reply.ok ? "ok" : reply.error.code).toBe(handlersThrow ? "internal" : "ok");
      }),
      runs(1000),
    );
  });
});

describe("content-script events and the offscreen document under forged and malformed messages", () => {
  const types = [...Object.keys(contentToBackgroundGuards), ...Object.keys(popupToBackgroundGuards), ...Object.keys(backgroundToOffscreenGuards)];
  /** A content script of ours in a real tab, by a definition independent of the code under test. */
  const isContentScript = (s: MessageSender | undefined) =>
    !!s && s.id === EXT_ID && typeof s.url === "string" && !s.url.startsWith(ORIGIN) && /^(https?|file):/.test(s.url) && typeof s.tab?.id === "number" && s.tab.id >= 0;

  it("the router acts on a content script's event only when it is a valid one, about the sender's own tab", { timeout: FUZZ_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(message(types), sender, async (msg, from) => {
        ran["content events"]++;
        const calls: [unknown, number][] = [];
        const popup = Object.fromEntries(Object.keys(popupToBackgroundGuards).map((t) => [t, async () => (calls.push([t, -1]), ok(null))])) as unknown as PopupHandlers;
        const content: ContentHandlers = { drawProgress: async (a, tabId) => (calls.push([a, tabId]), ok(null)) };
        const reply = await createRouter(popup, { extensionId: EXT_ID, extensionOrigin: ORIGIN }, () => undefined, content)(msg, from as MessageSender);
        expectTypedReply(reply);
        if (!isContentScript(from)) return;
        const valid = isEnvelope(msg) && msg.type === "drawProgress" && contentToBackgroundGuards.drawProgress(msg.args);
        expect(calls).toEqual(valid ? [[msg.args, from?.tab?.id]] : []);
      }),
      runs(1000),
    );
  });

  it("the offscreen document answers only our background's valid requests and stays silent on everything else", { timeout: FUZZ_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(message(types), sender, async (msg, from) => {
        ran["offscreen messages"]++;
        const extracted: unknown[] = [];
        const read = (p: unknown) => (extracted.push(p), { snapshot: {} as never, paths: {} });
        const listen = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract: read, quick: read, kept: read });
        const answer = listen(msg, from as MessageSender);
        const offscreenTypes: string[] = ["extractHtml", "extractQuick", "takeHtml", "extractKept", "expectHtml"];
        const ours = isEnvelope(msg) && offscreenTypes.includes(msg.type as string);
        if (!ours) {
          expect(answer).toBeUndefined();
          return;
        }
        expectTypedReply((await answer) as Reply<unknown>);
        const fromBackground = !!from && from.id === EXT_ID && !from.tab && from.url === `${ORIGIN}background.js`;
        const type = (msg as { type: keyof typeof backgroundToOffscreenGuards }).type;
        // A piece of HTML is only kept, an announcement only noted, and a quick reading by length finds no pieces in a fresh document: none reads a page.
        const readsPage = () => type !== "takeHtml" && type !== "expectHtml" && !(type === "extractQuick" && !Object.hasOwn(msg.args as object, "html"));
        expect(extracted.length).toBe(fromBackground && backgroundToOffscreenGuards[type](msg.args) && readsPage() ? 1 : 0);
      }),
      runs(1000),
    );
  });
});

describe("content script listener under forged and malformed messages", () => {
  const types = Object.keys(backgroundToContentGuards);

  it("always answers a typed Reply and touches the page only for our background with valid arguments", { timeout: FUZZ_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(message(types), sender, async (msg, from) => {
        ran["content messages"]++;
        const touched: string[] = [];
        const record = (what: string, value: unknown) => () => {
          touched.push(what);
          return value;
        };
        const session = new Proxy({} as Session, {
          get: (_t, key) => vi.fn(record(`session.${String(key)}`, key === "draw" ? { anchored: 0, missing: [], mode: "mark" } : true)),
        });
        const listen = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session, serialize: record("serialize", ok({ html: "<html></html>", url: "https://news.example/" })) as never });
        const reply = await listen(msg, from as MessageSender);
        expectTypedReply(reply);
        const acceptable =
          isBackground(from) && isEnvelope(msg) && Object.hasOwn(backgroundToContentGuards, msg.type) && backgroundToContentGuards[msg.type as keyof typeof backgroundToContentGuards](msg.args);
        if (!acceptable) expect(touched).toEqual([]);
        if (!isBackground(from)) expect(reply.ok ? "ok" : reply.error.code).toBe("forbidden-sender");
      }),
      runs(1000),
    );
  });

  it("every guard answers true or false for any value, never throws", () => {
    const guards = [
      ...Object.values(popupToBackgroundGuards),
      ...Object.values(backgroundToContentGuards),
      ...Object.values(contentToBackgroundGuards),
      ...Object.values(backgroundToOffscreenGuards),
      isQuickReading,
      isKeptReading,
    ] as ((x: unknown) => boolean)[];
    fc.assert(
      fc.property(args, (a) => {
        for (const g of guards) expect(typeof g(a)).toBe("boolean");
      }),
      runs(300),
    );
  });
});

describe("the offscreen document's answers to a quick and a kept reading", () => {
  it("are accepted as the reader makes them, after the trip as JSON, and refused with a flag forged or anything added", { timeout: FUZZ_TIMEOUT }, () => {
    const flag = fc.oneof(fc.constant(false), fc.constant("true"), fc.constant(1), fc.constant(null), junk.filter((v) => v !== true));
    fc.assert(
      fc.property(snapshot, flag, fc.string({ minLength: 1, maxLength: 12 }), junk, (snap, bad, key, value) => {
        ran["offscreen answers"]++;
        const read = JSON.parse(JSON.stringify({ snapshot: snap, paths: { b0: [1, 0] } }));
        expect(isQuickReading(read) && isQuickReading({ ...read, full: true }) && isKeptReading(read) && isKeptReading({ same: true })).toBe(true);
        expect(isQuickReading({ ...read, full: bad })).toBe(false);
        expect(isKeptReading({ same: bad })).toBe(false);
        if (!["snapshot", "paths", "full", "same"].includes(key)) {
          expect(isQuickReading({ ...read, full: true, [key]: value })).toBe(false);
          expect(isKeptReading({ same: true, [key]: value })).toBe(false);
        }
      }),
      runs(150),
    );
  });
});

describe("the page report the background sends with draw and update", () => {
  /** Wrong values for each field the guard checks. */
  const notText = fc.oneof(fc.integer(), fc.constant(null), fc.constant({}), fc.constant(["b1"]));
  const notOffset = fc.oneof(fc.constant(-1), fc.constant(1.5), fc.constant("3"), fc.constant(null));
  const notList = fc.oneof(fc.string(), fc.constant(null), fc.constant({}), fc.constant(7));
  const brokenClaim = fc.oneof(
    fc.record({ key: fc.constantFrom("id", "text", "block"), value: notText }),
    fc.record({ key: fc.constantFrom("start", "end"), value: notOffset }),
    fc.record({ key: fc.constantFrom("checks", "sources"), value: notList }),
    fc.record({ key: fc.constant("sources"), value: fc.constant([{ ref: 3 }]) }),
    fc.record({ key: fc.constant("via"), value: fc.oneof(notList, fc.constant([{ point: -1, ref: "r1" }]), fc.constant([{ point: 0, ref: 3 }]), fc.constant([null])) }),
    fc.record({
      key: fc.constant("said"),
      value: fc.oneof(notList, fc.constant([{ speaker: 3, role: null, speakerKind: "person" }]), fc.constant([{ speaker: "Ines Albescu", role: null, speakerKind: "robot" }])),
    }),
    // A verdict's parts: not a list, a part of the wrong shape, too many or too long for the page.
    fc.record({
      key: fc.constant("sources"),
      value: fc.oneof(
        fc.constant([{ ref: "r1", parts: "✓ all" }]),
        fc.constant([{ ref: "r1", parts: [{ text: "1909", found: "yes", passage: null }] }]),
        fc.constant([{ ref: "r1", parts: [{ text: "", found: true, passage: null }] }]),
        fc.constant([{ ref: "r1", parts: [{ text: "1909", found: true, passage: 7 }] }]),
        fc.constant([{ ref: "r1", parts: [{ text: "1909", found: true, passage: null, html: "<b>" }] }]),
        fc.constant([{ ref: "r1", parts: [{ text: "x".repeat(5000), found: true, passage: null }] }]),
        fc.constant([{ ref: "r1", parts: Array.from({ length: 50 }, () => ({ text: "1909", found: true, passage: null })) }]),
      ),
    }),
  );
  const brokenRef = fc.oneof(fc.record({ key: fc.constantFrom("id", "raw"), value: notText }), fc.record({ key: fc.constant("checks"), value: notList }));

  it("is accepted as analyze makes it, after the trip as JSON, and refused with any checked field broken", { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(snapshot, brokenClaim, brokenRef, fc.nat(), (snap, claimFault, refFault, pick) => {
        ran["page reports"]++;
        const page = JSON.parse(JSON.stringify(pageReportOf(analyze(snap))));
        expect(isPageReport(page)).toBe(true);
        const options = { style: "marker", unsourced: false };
        expect(backgroundToContentGuards.draw({ report: page, options, paths: pathsFor(page, {}) })).toBe(true);
        expect(backgroundToContentGuards.update({ report: page })).toBe(true);
        expect(isPageReport({ ...page, article: { text: "" } })).toBe(false); // nothing more than a page report
        if (page.claims.length) {
          // A checked report's parts, however many and long, reach the page cut to its limits.
          const checked = analyze(snap);
          const long = "word ".repeat(200);
          checked.claims[pick % checked.claims.length]!.sources.push({ ref: "r-any", score: 1, evidence: ["marker"], support: "partial", parts: Array.from({ length: 20 }, (_, i) => ({ text: long, found: i % 2 === 0, passage: i % 3 ? long : null })) });
          expect(isPageReport(JSON.parse(JSON.stringify(pageReportOf(checked))))).toBe(true);
        }
        if (page.claims.length) {
          const claims = structuredClone(page.claims);
          claims[pick % claims.length][claimFault.key] = claimFault.value;
          expect(isPageReport({ ...page, claims })).toBe(false);
        }
        if (page.references.length) {
          const references = structuredClone(page.references);
          references[pick % references.length][refFault.key] = refFault.value;
          expect(isPageReport({ ...page, references })).toBe(false);
        }
      }),
      runs(150),
    );
  });
});
