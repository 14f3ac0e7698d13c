/**
 * Reading usage files on every core. The file list is cut into contiguous
 * ranges of about equal bytes; the main thread reads the first range and one
 * worker thread reads each other range, each into its own partial. Partials
 * merge exactly (shared/usage/aggregate.ts), so the split never changes a
 * figure. The one thing that crosses files, transcript de-duplication (a
 * request counts once, as its largest copy, in whatever file), is settled in
 * two steps: every range reports the keys of the requests it holds (with
 * their size), the main thread picks each key's winning copy exactly as one
 * reader going through the files in order would, and tells each range which
 * of its copies lost; each range then aggregates its winners itself. A
 * worker's partial reaches the main thread as its cell pages, transferred
 * (typed-array buffers change hands), not as a structured-clone copy.
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
import {
  Aggregator,
  mergeOwnedPartials,
  type PackedPartial,
  packPartial,
  type UsagePartial,
  unpackPartial,
} from "./aggregate.js";
import type { SourceFile } from "./files.js";
import { emptyReadStats, type ReadOptions, readUsageBatches, settleTranscriptRequests } from "./readers.js";
import { MalformedTally } from "./record.js";
import { TranscriptRequests } from "./transcript-lane.js";
import { USAGE_WORKER, usageWorkerEntry } from "./worker-entry.js";

/** The serialisable part of {@link ReadOptions}: what a worker needs to read like the main thread. */
export type RangeOptions = Pick<
  ReadOptions,
  "kind" | "since" | "until" | "userMap" | "defaultUser" | "maxLineBytes"
>;

export interface ParallelReadOptions extends RangeOptions {
  readonly catalog?: Catalog;
  /** Threads to use, main included. Default: STEWARD_WORKERS, else one per core for inputs over 128 MB. */
  readonly threads?: number;
  readonly onFile?: (file: SourceFile, index: number, total: number) => void;
  /** Told how the files were split: threads used (main included) and files. */
  readonly onPlan?: (threads: number, files: number) => void;
  readonly env?: NodeJS.ProcessEnv;
}

/** What a range reports of its transcript requests: their keys and what picks the winning copy. */
interface RangeKeys {
  readonly keys: string[];
  readonly totals: Float64Array;
  /** 1 for a sidechain copy. */
  readonly sidechain: Uint8Array;
}

/** A range read: its seed and hook data aggregated, its transcript requests held until settled. */
interface RangeRead {
  readonly aggregator: Aggregator;
  readonly malformed: MalformedTally;
  readonly stats: ReturnType<typeof emptyReadStats>;
  readonly requests: TranscriptRequests;
}

/**
 * Below this many bytes one thread is as fast as two: a worker's start and
 * its own JIT warm-up eat the gain (measured on 2 cores: 86 MB of seed logs
 * 1.1-1.3 s either way; 320 MB of transcripts 1.9 s -> 1.4 s on two threads;
 * 860 MB of seed logs 10.5 s -> 7.9 s).
 */
const MIN_PARALLEL_BYTES = 128 * 1024 * 1024;
/** Each thread gets at least this much. */
const MIN_BYTES_PER_THREAD = 64 * 1024 * 1024;
/** gzip'd bytes cost about this many plain bytes to read. */
const GZIP_WEIGHT = 5;

async function readRange(
  files: readonly SourceFile[],
  offset: number,
  options: RangeOptions,
  catalog: Catalog,
  onFile?: (index: number) => void,
): Promise<RangeRead> {
  const aggregator = new Aggregator(catalog);
  const malformed = new MalformedTally();
  const stats = emptyReadStats();
  const requests = new TranscriptRequests();
  const batches = readUsageBatches(files, {
    ...options,
    malformed,
    stats,
    seedSink: (time, user, tool, unsplit, requests, last) =>
      aggregator.addSeed(time, user, tool, unsplit, requests, last),
    transcriptTail: (_i, lines) => {
      for (const line of lines) requests.offer(line);
    },
    ...(onFile ? { onFile: (_f: SourceFile, i: number) => onFile(offset + i) } : {}),
  });
  for await (const batch of batches) for (const r of batch) aggregator.add(r);
  return { aggregator, malformed, stats, requests };
}

function keysOf(requests: TranscriptRequests): RangeKeys {
  const { keys, lines } = requests;
  const totals = new Float64Array(lines.length);
  const sidechain = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    totals[i] = line.total;
    sidechain[i] = line.sidechain ? 1 : 0;
  }
  return { keys, totals, sidechain };
}

/** The second step: drops the copies that lost, aggregates the rest, and hands the partial over. */
function finishRange(read: RangeRead, lost: Uint8Array | undefined, options: RangeOptions): UsagePartial {
  const since = options.since ?? Number.NEGATIVE_INFINITY;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  for (const r of settleTranscriptRequests(read.requests, lost, read.stats, since, until))
    read.aggregator.add(r);
  return read.aggregator.toPartial({ malformed: read.malformed, stats: read.stats });
}

/**
 * Picks each request's winning copy across ranges, in range (= file) order,
 * with the rule a single reader applies (larger copy; on a tie the
 * non-sidechain one, then the earlier): one mask per range, 1 where its copy lost.
 */
export function pickWinners(ranges: readonly RangeKeys[]): Uint8Array[] {
  const lost = ranges.map((r) => new Uint8Array(r.keys.length));
  const held = new Map<string, { range: number; index: number }>();
  ranges.forEach((r, range) => {
    for (let index = 0; index < r.keys.length; index++) {
      const key = r.keys[index] as string;
      const prior = held.get(key);
      if (prior === undefined) {
        held.set(key, { range, index });
        continue;
      }
      const p = ranges[prior.range] as RangeKeys;
      const total = r.totals[index] as number;
      const priorTotal = p.totals[prior.index] as number;
      const better =
        total !== priorTotal
          ? total > priorTotal
          : p.sidechain[prior.index] === 1 && r.sidechain[index] === 0;
      if (better) {
        (lost[prior.range] as Uint8Array)[prior.index] = 1;
        held.set(key, { range, index });
      } else (lost[range] as Uint8Array)[index] = 1;
    }
  });
  return lost;
}

function weight(file: SourceFile): number {
  try {
    const size = statSync(file.path).size;
    return file.path.endsWith(".gz") ? size * GZIP_WEIGHT : size;
  } catch {
    return 0; // the reader reports it, with its name
  }
}

/** Files stat'ed at most to weigh a file list (see {@link estimateWeights}). */
const MAX_STATS = 256;

/**
 * Each file's weight: its size (gzip'd ones weighted up), stat'ed one by one
 * for up to {@link MAX_STATS} files. A longer list is sampled: every k-th file
 * is stat'ed and stands for the k files from it on. Stat'ing 31,000 daily
 * files took a third of a second on the main thread before any worker could
 * start; a sample of 256 spread over the list splits as evenly (a sample of
 * 1,024 still cost about 10 ms of a 0.35 s report over 3,100 files).
 */
export function estimateWeights(files: readonly SourceFile[]): number[] {
  if (files.length <= MAX_STATS) return files.map(weight);
  const k = Math.ceil(files.length / MAX_STATS);
  const weights = new Array<number>(files.length);
  for (let i = 0; i < files.length; i += k) {
    const w = weight(files[i] as SourceFile);
    for (let j = i; j < Math.min(i + k, files.length); j++) weights[j] = w;
  }
  return weights;
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
  const weights = estimateWeights(files);
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
  /** Post a message per file (only when the caller shows progress: tens of thousands of files are as many messages). */
  readonly progress: boolean;
  readonly options: RangeOptions;
  readonly catalog: Catalog | null;
}

/** Main thread -> worker, after the keys: which of the worker's copies lost. */
interface WorkerSettle {
  readonly lost: Uint8Array;
}

type WorkerMessage =
  | { type: "file"; index: number }
  | { type: "keys"; keys: RangeKeys }
  | { type: "done"; partial: PackedPartial }
  | {
      type: "error";
      message: string;
      configuration: boolean;
      location?: ConfigurationError["location"];
      title?: string;
      hint?: string;
    };

/** A range read by a worker thread: its keys, then (after {@link settle}) its partial. */
class WorkerRange {
  readonly keys: Promise<RangeKeys>;
  readonly partial: Promise<UsagePartial>;
  private readonly worker: Worker;

  constructor(entry: URL, input: WorkerInput, onFile: ((index: number) => void) | undefined) {
    this.worker = new Worker(entry, { workerData: input, stdout: true, stderr: true });
    let keysResolve!: (k: RangeKeys) => void;
    let fail!: (e: Error) => void;
    let partialResolve!: (p: UsagePartial) => void;
    let partialReject!: (e: Error) => void;
    this.keys = new Promise<RangeKeys>((resolve, reject) => {
      keysResolve = resolve;
      fail = reject;
    });
    this.partial = new Promise<UsagePartial>((resolve, reject) => {
      partialResolve = resolve;
      partialReject = reject;
    });
    // an unread rejection must not crash the process while the other promise carries it
    this.partial.catch(() => undefined);
    let settled = false;
    const failAll = (e: Error) => {
      if (settled) return;
      settled = true;
      fail(e);
      partialReject(e);
    };
    this.worker.on("message", (m: WorkerMessage) => {
      if (m.type === "file") onFile?.(m.index);
      else if (m.type === "keys") keysResolve(m.keys);
      else if (m.type === "done") {
        settled = true;
        partialResolve(unpackPartial(m.partial));
      } else
        failAll(
          m.configuration
            ? new ConfigurationError(m.message, {
                ...m.location,
                ...(m.title ? { title: m.title } : {}),
                ...(m.hint ? { hint: m.hint } : {}),
              })
            : new Error(`usage worker failed: ${m.message}`),
        );
    });
    this.worker.on("error", (e) => failAll(new Error(`usage worker failed: ${e.message}`)));
    this.worker.on("exit", (code) =>
      failAll(new Error(`usage worker exited (code ${code}) before finishing`)),
    );
  }

  settle(lost: Uint8Array): void {
    this.worker.postMessage({ lost } satisfies WorkerSettle, [lost.buffer as ArrayBuffer]);
  }

  stop(): void {
    void this.worker.terminate();
  }
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
  const workers =
    entry === undefined
      ? []
      : ranges.slice(1).map(
          ([start, end]) =>
            new WorkerRange(
              entry,
              {
                role: USAGE_WORKER,
                files: files.slice(start, end),
                offset: start,
                progress: onFile !== undefined,
                options: rangeOptions,
                catalog: catalog === defaultCatalog ? null : catalog,
              },
              onFile,
            ),
        );
  try {
    const [start, end] = ranges[0] as [number, number];
    const own = await readRange(files.slice(start, end), start, rangeOptions, catalog, onFile);
    const keys = [keysOf(own.requests), ...(await Promise.all(workers.map((w) => w.keys)))];
    const lost = pickWinners(keys);
    workers.forEach((w, i) => {
      w.settle(lost[i + 1] as Uint8Array);
    });
    const partials = [
      finishRange(own, lost[0], rangeOptions),
      ...(await Promise.all(workers.map((w) => w.partial))),
    ];
    // every range's partial is this function's own: merged in place
    return partials.reduce(mergeOwnedPartials);
  } finally {
    for (const w of workers) w.stop();
  }
}

/** The worker side: reads its range, reports its keys, waits for the verdict, posts its partial. */
export async function serveUsageWorker(): Promise<void> {
  const input = workerData as WorkerInput;
  const port = parentPort;
  if (!port) return;
  try {
    const read = await readRange(
      input.files,
      input.offset,
      input.options,
      input.catalog ?? defaultCatalog,
      input.progress
        ? (index) => port.postMessage({ type: "file", index } satisfies WorkerMessage)
        : undefined,
    );
    const keys = keysOf(read.requests);
    const settle = new Promise<WorkerSettle>((resolve) => port.once("message", resolve));
    port.postMessage({ type: "keys", keys } satisfies WorkerMessage, [
      // transferred, not copied
      keys.totals.buffer as ArrayBuffer,
      keys.sidechain.buffer as ArrayBuffer,
    ]);
    const { lost } = await settle;
    // the cell pages move to the main thread: no copy of the cells on either side
    const { packed, transfer } = packPartial(finishRange(read, lost, input.options));
    port.postMessage({ type: "done", partial: packed } satisfies WorkerMessage, transfer);
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
