/** DOM → PageSnapshot. Placeholder until the extract module lands. */
import type { PageSnapshot } from "../report";

/** Reads the article, its references, markers and links off `doc`; never changes the page. */
export function extract(doc: Document, url: string): PageSnapshot {
  void doc;
  void url;
  throw new Error("extract: not implemented yet");
}
