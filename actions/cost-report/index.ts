/**
 * Bundle entry: run the action, or serve as one of its usage-reading worker
 * threads. Only the worker check is imported up front, so a worker loads the
 * usage reader alone, not the action.
 */
import { isUsageWorkerThread, registerUsageWorkerEntry } from "../../shared/usage/worker-entry.js";

registerUsageWorkerEntry(import.meta.url);
if (isUsageWorkerThread()) await (await import("../../shared/usage/parallel.js")).serveUsageWorker();
else await (await import("./main.js")).run();
