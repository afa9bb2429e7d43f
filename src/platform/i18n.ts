/**
 * Strings through the browser's i18n (`_locales/<lang>/messages.json`). The catalogue is not
 * bundled: the browser reads it. Outside an extension (unit tests, jsdom) a catalogue given to
 * `useCatalogue` is read with the same placeholder rules, so tests see the text a reader sees.
 * Keys are typed from the English catalogue.
 */
export type MessageKey = keyof typeof import("../../_locales/en/messages.json");

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (key: string, subs?: string | string[]) => string;

function browserGetMessage(): GetMessage | null {
  const g = globalThis as unknown as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const fn = g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
  return typeof fn === "function" ? fn : null;
}

let catalogue: Record<string, Entry> = {};

/** Supplies the catalogue read where the browser has no i18n (Node tests); the extension never needs it. */
export function useCatalogue(messages: Record<string, Entry>): void {
  catalogue = messages;
}

/** The catalogue's text of `key` with `$NAME$` placeholders and `$1`… substitutions applied. */
export function fallbackMessage(key: MessageKey, subs: string[]): string {
  const entry = catalogue[key];
  if (!entry) return key;
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : all;
  });
  return withPlaceholders.replace(/\$(\d)/g, (all, n: string) => subs[Number(n) - 1] ?? all);
}

/** The localized text of `key` (English when the browser has none). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const get = browserGetMessage();
  const text = get ? get(key, strings) : "";
  return text || fallbackMessage(key, strings);
}
