/**
 * Strings through the browser's i18n (`_locales/<lang>/messages.json`). Outside an extension
 * (unit tests, jsdom) the English catalogue is read directly, with the same placeholder rules,
 * so tests see the text a reader sees. Keys are typed from the English catalogue.
 */
import en from "../../_locales/en/messages.json";

export type MessageKey = keyof typeof en;

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

/** The English text of `key` with `$NAME$` placeholders and `$1`… substitutions applied. */
export function fallbackMessage(key: MessageKey, subs: string[]): string {
  const entry = (en as Record<string, Entry>)[key];
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
