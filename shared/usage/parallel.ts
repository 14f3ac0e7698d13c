/**
 * Reading usage files on every core. The file list is cut into contiguous
 * ranges of about equal bytes; the main thread reads the first range and one
 * worker thread reads each other range, each into its own partial. Partials
 * merge exactly (shared/usage/aggregate.ts), so the split never changes a
 * figure. The one thing that crosses files, transcript de-duplication (a
 * resumed session copies earlier requests into a new file), is settled here
 * on the main thread: every range hands back its files' requests
 * de-duplicated within each file, and they are settled in file order exactly
 * as a single reader would.
 *
 * Workers run the bundle entry that registered itself
 * (shared/usage/worker-entry.ts); from source (tests) or when the input is
 * small, everything runs on the main thread through the same code.
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { ConfigurationError } from "../errors.js";
import { type Catalog, defaultCatalog } from "../pricing/catalog.js";
import { Aggregator, mergeOwnedPartials, type UsagePartial } from "./aggregate.js";
import type { SourceFile } from "./files.js";
import {
  emptyReadStats,
  type ReadOptions,
  readUsageBatches,
  settleTranscriptTail,
  type TranscriptLine,
} from "./readers.js";
import { MalformedTally } from "./record.js";
import { USAGE_WORKER, usageWorkerEntry } from "./worker-entry.js";

/** The serialisable part of {@link ReadOptions}: what a worker needs to read like the main thread. */
export type RangeOptions = Pick<
  ReadOptions,
  "kind" | "since" | "until" | "userMap" | "defaultUser" | "maxLineBytes"
>;

export interface ParallelReadOptions extends RangeOptions {
  readonly catalog?: Catalog;
  /** Threads to use, main included. Default: STEWARD_WORKERS, else one per core for inputs over 16 MB. */
  readonly threads?: number;
  readonly onFile?: (file: SourceFile, index: number, total: number) => void;
  /** Told how the files were split: threads used (main included) and files. */
  readonly onPlan?: (threads: number, files: number) => void;
  readonly env?: NodeJS.ProcessEnv;
}

interface RangeResult {
  readonly partial: UsagePartial;
  /** File index -> its transcript requests, in file order. */
  readonly tails: [number, readonly TranscriptLine[]][];
}

/** Below this many bytes one thread reads faster than several can start. */
const MIN_PARALLEL_BYTES = 16 * 1024 * 1024;
/** Each thread gets at least this much. */
const MIN_BYTES_PER_THREAD = 8 * 1024 * 1024;
/** gzip'd bytes cost about this many plain bytes to read. */
const GZIP_WEIGHT = 5;

async function readRange(
  files: readonly SourceFile[],
  offset: number,
  options: RangeOptions,
  catalog: Catalog,
  onFile?: (index: number) => void,
): Promise<RangeResult> {
  const aggregator = new Aggregator(catalog);
  const malformed = new MalformedTally();
  const stats = emptyReadStats();
  const tails: [number, readonly TranscriptLine[]][] = [];
  const batches = readUsageBatches(files, {
    ...options,
    malformed,
    stats,
    seedSink: (time, user, tool, unsplit) => aggregator.addSeed(time, user, tool, unsplit),
    transcriptTail: (i, lines) => tails.push([offset + i, lines]),
    ...(onFile ? { onFile: (_f: SourceFile, i: number) => onFile(offset + i) } : {}),
  });
  for await (const batch of batches) for (const r of batch) aggregator.add(r);
  return { partial: aggregator.toPartial({ malformed, stats }), tails };
}

function weight(file: SourceFile): number {
  try {
    const size = statSync(file.path).size;
    return file.path.endsWith(".gz") ? size * GZIP_WEIGHT : size;
  } catch {
    return 0; // the reader reports it, with its name
  }
}

/** Cuts `weights` into at most `n` contiguous ranges of about equal sum: [start, end) pairs. */
export function splitRanges(weights: readonly number[], n: number): [number, number][] {
  const total = weights.reduce((a, b) => a + b, 0);
  const ranges: [number, number][] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < weights.length && ranges.length < n - 1; i++) {
    acc += weights[i] as number;
    if (acc >= (total * (ranges.length + 1)) / n) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < weights.length || ranges.length === 0) ranges.push([start, weights.length]);
  return ranges;
}

/** How many threads to use for these files (1 when workers are unavailable or not worth starting). */
function threadCount(
  files: readonly SourceFile[],
  options: ParallelReadOptions,
): { n: number; weights: number[] } {
  const env = options.env ?? process.env;
  const forced = options.threads ?? (env.STEWARD_WORKERS ? Number(env.STEWARD_WORKERS) : undefined);
  if (forced !== undefined && !(Number.isInteger(forced) && forced >= 1 && forced <= 64))
    throw new ConfigurationError(
      `STEWARD_WORKERS must be a whole number from 1 to 64 (got ${JSON.stringify(env.STEWARD_WORKERS)}).`,
    );
  if (usageWorkerEntry() === undefined || files.length < 2 || forced === 1) return { n: 1, weights: [] };
  const weights = files.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (forced !== undefined) return { n: Math.min(forced, files.length), weights };
  if (total < MIN_PARALLEL_BYTES) return { n: 1, weights };
  const n = Math.min(
    availableParallelism(),
    8,
    files.length,
    Math.max(1, Math.floor(total / MIN_BYTES_PER_THREAD)),
  );
  return { n, weights };
}

interface WorkerInput {
  readonly role: typeof USAGE_WORKER;
  readonly files: readonly SourceFile[];
  readonly offset: number;
  readonly options: RangeOptions;
  readonly catalog: Catalog | null;
}

type WorkerMessage =
  | { type: "file"; index: number }
  | { type: "done"; result: RangeResult }
  | {
      type: "error";
      message: string;
      configuration: boolean;
      location?: ConfigurationError["location"];
      title?: string;
      hint?: string;
    };

function inWorker(
  entry: URL,
  input: WorkerInput,
  onFile: ((index: number) => void) | undefined,
): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: input, stdout: true, stderr: true });
    let settled = false;
    const finish = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "file") onFile?.(m.index);
      else if (m.type === "done") finish(() => resolve(m.result));
      else
        finish(() =>
          reject(
            m.configuration
              ? new ConfigurationError(m.message, {
                  ...m.location,
                  ...(m.title ? { title: m.title } : {}),
                  ...(m.hint ? { hint: m.hint } : {}),
                })
              : new Error(`usage worker failed: ${m.message}`),
          ),
        );
    });
    worker.on("error", (e) => finish(() => reject(new Error(`usage worker failed: ${e.message}`))));
    worker.on("exit", (code) =>
      finish(() => reject(new Error(`usage worker exited (code ${code}) before finishing`))),
    );
  });
}

/**
 * Reads every file into one partial, on as many threads as pay (see
 * {@link threadCount}). The result equals a single sequential read.
 */
export async function readFilesToPartial(
  files: readonly SourceFile[],
  options: ParallelReadOptions,
): Promise<UsagePartial> {
  const catalog = options.catalog ?? defaultCatalog;
  const rangeOptions: RangeOptions = {
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.until !== undefined ? { until: options.until } : {}),
    ...(options.userMap !== undefined ? { userMap: options.userMap } : {}),
    ...(options.defaultUser !== undefined ? { defaultUser: options.defaultUser } : {}),
    ...(options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {}),
  };
  const onFile = options.onFile
    ? (i: number) => options.onFile?.(files[i] as SourceFile, i, files.length)
    : undefined;
  const { n, weights } = threadCount(files, options);
  const ranges = n === 1 ? [[0, files.length] as [number, number]] : splitRanges(weights, n);
  const entry = usageWorkerEntry();
  options.onPlan?.(ranges.length, files.length);
  const results = await Promise.all(
    ranges.map(([start, end], r) =>
      r === 0 || entry === undefined
        ? readRange(files.slice(start, end), start, rangeOptions, catalog, onFile)
        : inWorker(
            entry,
            {
              role: USAGE_WORKER,
              files: files.slice(start, end),
              offset: start,
              options: rangeOptions,
              catalog: catalog === defaultCatalog ? null : catalog,
            },
            onFile,
          ),
    ),
  );
  // every range's partial is this function's own: merged in place
  let partial = results.map((r) => r.partial).reduce(mergeOwnedPartials);
  // Transcript requests, settled across files in file order.
  const emittedKeys = new Set<string>();
  const stats = emptyReadStats();
  const since = options.since ?? Number.NEGATIVE_INFINITY;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  const aggregator = new Aggregator(catalog);
  let any = false;
  for (const result of results) {
    for (const [, lines] of result.tails) {
      for (const r of settleTranscriptTail(lines, { emittedKeys, stats, since, until })) aggregator.add(r);
      any = true;
    }
  }
  if (any) partial = mergeOwnedPartials(partial, aggregator.toPartial({ stats }));
  return partial;
}

/** The worker side: reads its range and posts the result. Called by a bundle entry in a usage worker thread. */
export async function serveUsageWorker(): Promise<void> {
  const input = workerData as WorkerInput;
  const port = parentPort;
  if (!port) return;
  try {
    const result = await readRange(
      input.files,
      input.offset,
      input.options,
      input.catalog ?? defaultCatalog,
      (index) => port.postMessage({ type: "file", index } satisfies WorkerMessage),
    );
    port.postMessage({ type: "done", result } satisfies WorkerMessage);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    port.postMessage(
      error instanceof ConfigurationError
        ? {
            type: "error",
            message,
            configuration: true,
            location: { ...error.location },
            ...(error.title ? { title: error.title } : {}),
            ...(error.hint ? { hint: error.hint } : {}),
          }
        : { type: "error", message, configuration: false },
    );
  }
}
