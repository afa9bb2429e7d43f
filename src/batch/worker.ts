/**
 * The worker-thread side of `--jobs`: answers each PageTask message with its PageResult and
 * the size of its heap (for the bench's memory per worker). The CLI bundle is its own
 * worker script: src/cli.ts calls `serveWorker` when started as a worker with WORKER_ROLE.
 */
import { getHeapStatistics } from "node:v8";
import type { MessagePort } from "node:worker_threads";
import { analyzeTask, type PageTask, type PageResult } from "./page-task";

export const WORKER_ROLE = "sourcelight-warc-worker";

export interface WorkerSetup {
  role: typeof WORKER_ROLE;
  minScore: number | null;
}

export interface WorkerRequest {
  seq: number;
  task: PageTask;
}

export interface WorkerReply {
  seq: number;
  result: PageResult;
  /** V8 heap in use in this worker after the page, bytes. */
  heap: number;
}

/** Sent once the worker listens (a worker that dies before this never started). */
export interface WorkerReady {
  ready: true;
}

/** True for the workerData our pool starts workers with. */
export const isWorkerSetup = (data: unknown): data is WorkerSetup => typeof data === "object" && data !== null && (data as WorkerSetup).role === WORKER_ROLE;

/** Serves requests on `port` until the pool terminates the thread. */
export function serveWorker(port: MessagePort, setup: WorkerSetup): void {
  port.on("message", (request: WorkerRequest) => {
    const result = analyzeTask(request.task, setup.minScore);
    const reply: WorkerReply = { seq: request.seq, result, heap: getHeapStatistics().used_heap_size };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}
