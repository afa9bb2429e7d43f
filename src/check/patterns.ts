/**
 * The heuristics "Check sources" relies on to read a live page, in one named block (like
 * `analyze/patterns.ts`): what a login or subscription wall looks like, which hosts only
 * forward to the real page, and which registrable domains take three labels.
 */

export const CHECK_PATTERNS = {
  /** A password field: the page asks the reader to sign in. */
  passwordField: /<input\b[^>]*\btype\s*=\s*["']?password\b/i,
  /** Structured data saying the article is not free to read (schema.org paywall markup). */
  notFree: /"isAccessibleForFree"\s*:\s*"?(?:false|False)\b/,
  /** A final address that is a sign-in or subscription page rather than the work. */
  loginPath: /\/(?:log-?in|sign-?in|signon|sso|auth(?:orize)?|account\/login|subscribe|subscription|paywall|register)(?:[/?#.]|$)/i,
  /** A page title that only asks the reader to sign in or subscribe. */
  loginTitle: /^(?:sign[ -]?in|log[ -]?in|subscribe|subscription required|please (?:sign|log) in|access denied|create an account)\b/i,
  /** Hosts that only forward to the real page: a redirect from them to another site is expected. */
  forwardingHost: /^(?:dx\.)?doi\.org$|^hdl\.handle\.net$|^(?:t\.co|bit\.ly|ow\.ly|buff\.ly|tinyurl\.com|goo\.gl|lnkd\.in|fb\.me|trib\.al|dlvr\.it|apple\.news|news\.google\.com)$/i,
  /** Content types whose text can be read as a page. */
  htmlType: /html|xml|^text\//i,
} as const;

/** Second-level labels under a country code that registrars sell names beneath ("co.uk", "com.au"); apart, as the popup needs only this one. */
export const PUBLIC_SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|or|ne|go|gv|mil|nic|ltd|plc|sch|nhs|police|govt|gob|gouv)$/i;

/** Below this many words of body text, a page with a password field is a sign-in wall. */
export const LOGIN_WALL_MAX_WORDS = 250;
