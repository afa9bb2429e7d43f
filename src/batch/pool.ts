/**
 * N worker threads analysing pages side by side. A page that hangs past the timeout, or a
 * worker that dies (out of memory, a crash in jsdom), costs that page only: it gets an error
 * line and a fresh worker takes the slot. The pool keeps each worker's largest heap for the bench.
 */
import { Worker } from "node:worker_threads";
import { errorLine, type PageTask, type PageResult } from "./page-task";
import { WORKER_ROLE, type WorkerReady, type WorkerReply, type WorkerSetup } from "./worker";

export interface PoolOptions {
  size: number;
  /** The script each worker runs (the CLI bundle itself). */
  script: URL;
  minScore: number | null;
  /** A page still running after this long is abandoned with an error line. */
  timeoutMs: number;
  /** Old-space limit of each worker, so a runaway page ends its worker, not the process. */
  maxHeapMb: number;
}

/** A worker script that cannot start would otherwise be restarted forever. */
const MAX_BAD_STARTS = 5;

interface Waiting {
  task: PageTask;
  resolve: (r: PageResult) => void;
}

interface Slot {
  worker: Worker;
  job: (Waiting & { seq: number; timer: NodeJS.Timeout }) | null;
  peakHeap: number;
  ready: boolean;
}

/** Runs PageTasks on worker threads; `run` never rejects. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private seq = 0;
  private closed = false;
  /** Workers that died before they were ready, in a row; at MAX_BAD_STARTS the pool gives up. */
  private badStarts = 0;
  /** Largest heap seen in each retired or live worker, bytes. */
  private readonly retiredPeaks: number[] = [];

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  /** Analyses one page on the next free worker. */
  run(task: PageTask): Promise<PageResult> {
    if (this.closed) return Promise.resolve(errorLine(task, "the worker pool is closed"));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** The largest heap each worker used so far, bytes. */
  peakHeaps(): number[] {
    return [...this.retiredPeaks, ...this.slots.map((s) => s.peakHeap)].filter((n) => n > 0);
  }

  /** Ends every worker; pages still queued get error lines. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.resolve(errorLine(w.task, "the worker pool was closed"));
    await Promise.all(this.slots.map((s) => this.retire(s, "the worker pool was closed")));
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { role: WORKER_ROLE, minScore: this.options.minScore };
    const worker = new Worker(this.options.script, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    const slot: Slot = { worker, job: null, peakHeap: 0, ready: false };
    worker.on("message", (reply: WorkerReply | WorkerReady) => {
      if ("ready" in reply) {
        slot.ready = true;
        this.badStarts = 0;
        this.dispatch();
      } else this.finish(slot, reply);
    });
    worker.on("error", (e) => this.replace(slot, `the worker failed: ${e.message}`));
    worker.on("exit", (code) => this.replace(slot, `the worker exited (code ${code})`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !slot.ready || !this.queue.length) continue;
      const next = this.queue.shift()!;
      const seq = ++this.seq;
      // Only ready workers get pages, so start-up time never counts against a page.
      const timer = setTimeout(() => this.replace(slot, `timed out after ${this.options.timeoutMs / 1000} s`), this.options.timeoutMs);
      slot.job = { ...next, seq, timer };
      slot.worker.postMessage({ seq, task: next.task });
    }
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    if (!slot.job || slot.job.seq !== reply.seq) return;
    clearTimeout(slot.job.timer);
    slot.peakHeap = Math.max(slot.peakHeap, reply.heap);
    const { resolve } = slot.job;
    slot.job = null;
    resolve(reply.result);
    this.dispatch();
  }

  /** Gives the slot's page an error line and puts a fresh worker in its place. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced (a worker reports both error and exit)
    void this.retire(slot, reason);
    if (!slot.ready && ++this.badStarts >= MAX_BAD_STARTS) {
      this.closed = true; // every page from now on gets an error line saying why
      for (const w of this.queue.splice(0)) w.resolve(errorLine(w.task, `no worker could start: ${reason}`));
      for (const other of this.slots.filter((s) => s !== slot)) void this.retire(other, `no worker could start: ${reason}`);
      return;
    }
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private async retire(slot: Slot, reason: string): Promise<void> {
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.resolve(errorLine(slot.job.task, reason));
      slot.job = null;
    }
    this.retiredPeaks.push(slot.peakHeap);
    slot.peakHeap = 0;
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {}); // late errors of a worker being terminated
    await slot.worker.terminate();
  }
}
