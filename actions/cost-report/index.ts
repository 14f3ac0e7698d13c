/** Bundle entry: run the action, or serve as one of its usage-reading worker threads. */
import { isUsageWorkerThread, registerUsageWorkerEntry } from "../../shared/usage/worker-entry.js";
import { run } from "./main.js";

registerUsageWorkerEntry(import.meta.url);
if (isUsageWorkerThread()) await (await import("../../shared/usage/parallel.js")).serveUsageWorker();
else await run();
