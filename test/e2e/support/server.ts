// Serves the seed article on 127.0.0.1 (random port) at the path of its real URL, like a site would.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ROOT } from "./env";

export const ARTICLE_PATH = "/world/north-korea-troops-russia";

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

function seedPage(): string {
  const own = path.join(ROOT, "test/fixtures/seed-article/page.html");
  const shared = path.join(ROOT, "../shared/fixtures/seed-article/page.html");
  return fs.readFileSync(fs.existsSync(own) ? own : shared, "utf8");
}

/** Starts the server; `headers` are added to the article's response (e.g. a strict CSP). */
export function serveSeed(headers: Record<string, string> = {}): Promise<PageServer> {
  const html = seedPage();
  const server = http.createServer((req, res) => {
    if (req.url?.split("?")[0] === ARTICLE_PATH) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(html);
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}${ARTICLE_PATH}`,
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}
