/**
 * Chrome's offscreen document: a hidden page of ours with a DOM, where the background has the
 * pages it reads parsed and extracted (the service worker has no DOMParser). It only answers
 * `extractHtml` requests from our background.
 */
import { extractFromHtml } from "../extract/from-html";
import { runtimeLite } from "../platform/runtime-lite";
import { markStage } from "../platform/stage-marks";
import { createOffscreenListener } from "./listener";

const runtime = runtimeLite();
const parser = new DOMParser();
runtime.onMessage.addListener(
  createOffscreenListener({
    extensionId: runtime.id,
    backgroundUrl: runtime.getURL("background.js"),
    extract: ({ html, url }) => {
      markStage("extract-received");
      const result = extractFromHtml(html, url, parser, markStage);
      markStage("extracted");
      return result;
    },
  }),
);
