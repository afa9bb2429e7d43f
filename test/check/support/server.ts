/**
 * The loopback server of the "Check sources" tests (127.0.0.1 only, a random port). It
 * serves the article and its sources, and the ways a link goes wrong: a 404, a 410, a
 * redirect to another site (`localhost` is another host name than `127.0.0.1`), a page
 * that answers too late, a 20 MB page (streamed, never held in memory), a sign-in wall.
 * It records every request (path, host, Cookie header) and the most requests in flight.
 */
import http from "node:http";
import { ARTICLE_PATH, ELSEWHERE_HTML, ELSEWHERE_PATH, SOURCES, articleHtml, sourceHtml } from "./pages";

export const HUGE_BYTES = 20 * 1024 * 1024;
/** How long the slow page waits before answering (the tests time out well before). */
const SLOW_MS = 8_000;

export interface SeenRequest {
  path: string;
  host: string;
  cookie: string | undefined;
}

export interface SourceServer {
  /** http://127.0.0.1:port */
  origin: string;
  /** The same server as http://localhost:port: another site. */
  other: string;
  articleUrl: string;
  requests: SeenRequest[];
  /** Requests for reference pages only (not the article itself, nor a browser's favicon). */
  sourceRequests(): SeenRequest[];
  maxInFlight: number;
  /** Bytes of the 20 MB page actually written before the reader hung up. */
  hugeBytesSent: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "set-cookie": "session=secret-token; Path=/", ...headers });
  res.end(html);
}

async function streamHuge(res: http.ServerResponse, state: { hugeBytesSent: number }): Promise<void> {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(HUGE_BYTES) });
  const head = sourceHtml("Full archive of harbour minutes", "Harbour Records", "2024-07-07", ["The minutes of every harbour meeting since 1950 are kept here in one archive, page after page."]).replace(/<\/article>[\s\S]*$/, "");
  const chunk = Buffer.from(`<p>${"Minutes of a meeting of the harbour board, read and approved. ".repeat(1000)}</p>\n`);
  let sent = 0;
  const write = (buf: Buffer): Promise<boolean> =>
    new Promise((resolve) => {
      if (res.destroyed) return resolve(false);
      sent += buf.length;
      state.hugeBytesSent = sent;
      if (res.write(buf)) return resolve(true);
      const done = (ok: boolean) => {
        res.off("drain", onDrain);
        res.off("close", onClose);
        resolve(ok);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      res.once("drain", onDrain);
      res.once("close", onClose);
    });
  if (!(await write(Buffer.from(head)))) return;
  while (sent + chunk.length <= HUGE_BYTES) if (!(await write(chunk))) return;
  res.end(Buffer.alloc(HUGE_BYTES - sent, 32));
}

/**
 * Starts the server. `cors` adds `Access-Control-Allow-Origin: *` to every answer: a browser
 * test's extension then reads the pages without a host permission, which a headless browser
 * cannot be given by a click. `slowMs`: how long the slow page takes (a process busy parsing
 * large pages counts only part of that time against its timeout).
 */
export function serveSources(opts: { cors?: boolean; slowMs?: number } = {}): Promise<SourceServer> {
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  const state = { requests: [] as SeenRequest[], maxInFlight: 0, hugeBytesSent: 0 };
  let origin = "";
  let other = "";
  const server = http.createServer((req, res) => {
    const path = req.url?.split("?")[0] ?? "";
    state.requests.push({ path, host: req.headers.host ?? "", cookie: req.headers.cookie });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    if (opts.cors) res.setHeader("access-control-allow-origin", "*");
    if (path === ARTICLE_PATH) return send(res, 200, articleHtml(origin));
    const page = Object.hasOwn(SOURCES, path) ? SOURCES[path] : undefined;
    if (page) return send(res, 200, page);
    if (path === "/ferries/winter-timetable") return send(res, 404, "<title>Not found</title><p>No such page.</p>");
    if (path === "/port/annual-statement") return send(res, 410, "<title>Gone</title><p>This page was removed.</p>");
    if (path === "/moved/storm-damage-promenade") return send(res, 302, "", { location: `${other}${ELSEWHERE_PATH}` });
    if (path === ELSEWHERE_PATH) return send(res, 200, ELSEWHERE_HTML);
    if (path === "/old/volunteer-crews-honoured") return send(res, 301, "", { location: "/new/volunteer-crews-honoured" });
    if (path.startsWith("/slow/")) {
      const t = setTimeout(() => send(res, 200, sourceHtml("Tide gauge readings for the bay", "Bay Observatory", "2024-06-01", ["Late."])), opts.slowMs ?? SLOW_MS);
      timers.add(t);
      return;
    }
    if (path.startsWith("/huge/")) return void streamHuge(res, state);
    send(res, 404, "<title>Not found</title>");
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      origin = `http://127.0.0.1:${port}`;
      other = `http://localhost:${port}`;
      resolve({
        origin,
        other,
        articleUrl: `${origin}${ARTICLE_PATH}`,
        get requests() {
          return state.requests;
        },
        sourceRequests: () => state.requests.filter((r) => r.path !== ARTICLE_PATH && r.path !== "/favicon.ico"),
        get maxInFlight() {
          return state.maxInFlight;
        },
        get hugeBytesSent() {
          return state.hugeBytesSent;
        },
        close: () =>
          new Promise((r) => {
            for (const t of timers) clearTimeout(t);
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
