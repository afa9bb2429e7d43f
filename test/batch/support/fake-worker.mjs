// A stand-in for the CLI bundle as a pool worker (the pool's protocol, no jsdom): answers a
// page with its URL, hangs on URLs with "hang", dies on URLs with "crash".
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ seq, task }) => {
  if (task.url.includes("hang")) return;
  if (task.url.includes("crash")) process.exit(3);
  parentPort.postMessage({ seq, result: { line: JSON.stringify({ url: task.url }), failed: false }, heap: 1 << 20 });
});
parentPort.postMessage({ ready: true });
