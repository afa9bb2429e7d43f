// Serves the seed article on 127.0.0.1 (random port) at the path of its real URL, like a site would.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ROOT } from "./env";

export const ARTICLE_PATH = "/world/north-korea-troops-russia";

export interface PageServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

function seedPage(): string {
  const own = path.join(ROOT, "test/fixtures/seed-article/page.html");
  const shared = path.join(ROOT, "../shared/fixtures/seed-article/page.html");
  return fs.readFileSync(fs.existsSync(own) ? own : shared, "utf8");
}

/** Extra pages: path → body and response headers. */
export type Routes = Record<string, { html: string; headers?: Record<string, string> }>;

/** The pages of the in-page tests: the seed page under a strict CSP, the Wikipedia-like fixture, a news story. */
export function extraPages(): Routes {
  return {
    [CSP_PATH]: { html: seedPage(), headers: { "content-security-policy": "default-src 'none'" } },
    [WIKI_PATH]: { html: fs.readFileSync(path.join(ROOT, "test/fixtures/extract-wiki-reflist/page.html"), "utf8") },
    [ADAPT_PATH]: { html: fs.readFileSync(path.join(ROOT, "test/fixtures/extract-wiki-cs1-warnings/page.html"), "utf8") },
    [NEWS_PATH]: { html: fs.readFileSync(path.join(ROOT, "test/fixtures/extract-news-own-coverage/page.html"), "utf8") },
    [RESTATED_PATH]: { html: fs.readFileSync(path.join(ROOT, "test/fixtures/wiki-restated-lead/page.html"), "utf8") },
  };
}
/** A Wikipedia-shaped page whose key points restate cited claims: drawn before its summary, the points' via patched in after. */
export const RESTATED_PATH = "/wiki/Harrow_Sound_ferry";
/** A Wikipedia-shaped page where nearly every claim cites a source and two sources have a real problem. */
export const ADAPT_PATH = "/wiki/Port_Tamsin";
/** Claims the default density highlights on ADAPT_PATH: the two citing a source with a problem. */
export const ADAPT_EXCEPTIONS = 2;
/** A news story citing a document, another paper and its own earlier stories (issue 17: sources grouped by role). */
export const NEWS_PATH = "/news/2025/04/09/ferry-operator-fined/";
/** The popup's groups of sources on NEWS_PATH, as headed. */
export const NEWS_GROUPS = ["Documents (1)", "News (1)", "The outlet's own reporting (2)"];
export const CSP_PATH = "/csp/north-korea-troops-russia";
export const WIKI_PATH = "/wiki/Corran_Point_Lighthouse";
/** The popup's groups on WIKI_PATH: its reference list's entries grouped by what they say they are (cs1 journal, press release, news). */
export const WIKI_GROUPS = ["Studies (1)", "Documents (1)", "News (1)", "References (3)"];
export const CORPUS_WIKI_PATH = "/wiki/Corpus_page";
/** A real Wikipedia page from the shared corpora, read at run time only (never copied into the repo). */
export const CORPUS_WIKI = path.join(ROOT, "../shared/corpora/readability-test-pages/wikipedia/source.html");
/** The New Zealand article (issue 17's page: 479 claims, two thirds of them cited), read at run time only. */
export const CORPUS_WIKI2 = path.join(ROOT, "../shared/corpora/readability-test-pages/wikipedia-2/source.html");
export const CORPUS_WIKI2_PATH = "/wiki/Corpus_page_2";

/** Starts the server; `headers` are added to the article's response (e.g. a strict CSP); `routes` adds pages. */
export function serveSeed(headers: Record<string, string> = {}, routes: Routes = {}): Promise<PageServer> {
  const html = seedPage();
  const server = http.createServer((req, res) => {
    const p = req.url?.split("?")[0] ?? "";
    const extra = Object.hasOwn(routes, p) ? routes[p] : undefined;
    if (p === ARTICLE_PATH) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(html);
    } else if (extra) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(extra.headers ?? {}) });
      res.end(extra.html);
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
        url: `http://127.0.0.1:${port}${ARTICLE_PATH}`,
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}
