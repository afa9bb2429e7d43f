/**
 * Who sent a message. The background acts only on requests from our own extension pages
 * (popup, options); the content script acts only on requests from our background. Everything
 * else — other extensions, web pages, a content script asking for popup powers — is refused.
 */
import type { MessageSender } from "../platform/browser-api";

export type SenderKind = "extension-page" | "content-script" | "foreign";

/**
 * Classifies `sender` against our extension's id and origin (`runtime.getURL("")`).
 * A page of ours opened in a tab (popup.html?tab=…) is still an extension page.
 */
export function classifySender(sender: MessageSender | undefined, extensionId: string, extensionOrigin: string): SenderKind {
  if (!sender || sender.id !== extensionId) return "foreign";
  const url = typeof sender.url === "string" ? sender.url : "";
  if (url.startsWith(extensionOrigin)) return "extension-page";
  const tabId = sender.tab?.id;
  if (typeof tabId === "number" && tabId >= 0 && /^(https?|file):/.test(url)) return "content-script";
  return "foreign";
}
