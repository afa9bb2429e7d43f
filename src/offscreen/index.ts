/**
 * Chrome's offscreen document: a hidden page of ours with a DOM, where the background has the
 * pages it reads parsed and extracted (the service worker has no DOMParser). It only answers
 * the requests of BackgroundToOffscreen, from our background (see reader.ts).
 */
import { runtimeLite } from "../platform/runtime-lite";
import { markStage } from "../platform/stage-marks";
import { createOffscreenListener, postedPages } from "./listener";
import { offscreenReader } from "./reader";

const runtime = runtimeLite();
const reader = offscreenReader(new DOMParser(), markStage);
const posted = postedPages(runtime.id, undefined, markStage);
runtime.onConnect.addListener(posted.connect);
runtime.onMessage.addListener(
  createOffscreenListener({
    extensionId: runtime.id,
    backgroundUrl: runtime.getURL("background.js"),
    extract: reader.extract,
    quick: reader.quick,
    kept: reader.kept,
    posted,
  }),
);
