/**
 * Turns an archived page's bytes into text the way a browser would: a byte-order mark first,
 * then the charset of the HTTP Content-Type, then a <meta> charset in the first 1024 bytes
 * (html-encoding-sniffer, the HTML Standard's algorithm that jsdom itself runs). A page that
 * declares nothing is read as UTF-8 when its bytes are valid UTF-8 and as windows-1252
 * otherwise. A declared charset that no decoder knows is refused, not guessed.
 * Decoding is @exodus/bytes' Encoding Standard TextDecoder (jsdom's): Node 20's own reads
 * windows-1252 as latin-1, turning curly quotes and € into control characters.
 */
import sniffHTMLEncoding from "html-encoding-sniffer";
import { TextDecoder, labelToName } from "@exodus/bytes/encoding.js";

export type Decoded = { ok: true; html: string; encoding: string } | { ok: false; detail: string };

/** Heuristic patterns of this module, in one place. */
const PATTERNS = {
  /** The charset parameter of a Content-Type header value. */
  httpCharset: /;\s*charset\s*=\s*["']?([^"';\s]+)/i,
  /** A <meta> that declares a charset, in either spelling (charset=… or content="…; charset=…"). */
  metaCharset: /<meta\b[^>]*?charset\s*=\s*["']?\s*([^\s"'>;/]+)/i,
};

/** The charset label of a Content-Type header value, or null. */
export function headerCharset(contentType: string | null): string | null {
  return contentType ? (PATTERNS.httpCharset.exec(contentType)?.[1] ?? null) : null;
}

/** A label some decoder reads ("replacement" is the Standard's name for encodings it refuses). */
function known(label: string): boolean {
  const name = labelToName(label);
  return name !== null && name.toLowerCase() !== "replacement";
}

/** Decodes a page's bytes; `contentType` is the HTTP header's value, when there was one. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): Decoded {
  const label = headerCharset(contentType);
  if (label && !known(label)) return { ok: false, detail: `HTTP charset "${label}" is not an encoding we can read` };
  let encoding = sniffHTMLEncoding(bytes, { ...(label ? { transportLayerEncodingLabel: label } : {}), defaultEncoding: null });
  if (encoding === null) {
    // The sniffer passes over a <meta> charset it does not know; we say so rather than guess.
    const declared = PATTERNS.metaCharset.exec(Buffer.from(bytes.subarray(0, 1024)).toString("latin1"))?.[1];
    if (declared && !known(declared)) return { ok: false, detail: `<meta> charset "${declared}" is not an encoding we can read` };
    encoding = validUtf8(bytes) ? "UTF-8" : "windows-1252";
  }
  if (!known(encoding)) return { ok: false, detail: `charset "${encoding}" cannot be decoded` };
  return { ok: true, html: new TextDecoder(encoding).decode(bytes), encoding };
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
