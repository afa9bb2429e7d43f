/**
 * The words the popup and the hover card use for what "Check sources" found: a link's live
 * status and a source's support verdict (catalogue keys, so both say the same).
 */
import type { LiveStatus, SupportVerdict } from "../report";
import type { MessageKey } from "./i18n";

export const LIVE_TEXT: Record<LiveStatus, MessageKey> = {
  ok: "liveOk",
  redirected: "liveRedirected",
  "not-found": "liveNotFound",
  gone: "liveGone",
  unreachable: "liveUnreachable",
  paywalled: "livePaywalled",
};

export const SUPPORT_TEXT: Record<SupportVerdict, MessageKey> = {
  found: "supportFound",
  partial: "supportPartial",
  "not-found": "supportNotFound",
};
