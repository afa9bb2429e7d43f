/**
 * Chrome's offscreen document: a hidden page of ours with a DOM, where the background has the
 * pages it reads parsed and extracted (the service worker has no DOMParser). It only answers
 * `extractHtml` requests from our background.
 */
import { extractFromHtml } from "../extract/from-html";
import { runtimeLite } from "../platform/runtime-lite";
import { createOffscreenListener } from "./listener";

const runtime = runtimeLite();
const parser = new DOMParser();
runtime.onMessage.addListener(
  createOffscreenListener({
    extensionId: runtime.id,
    backgroundUrl: runtime.getURL("background.js"),
    extract: ({ html, url }) => extractFromHtml(html, url, parser),
  }),
);
