/**
 * The cost-report pipeline shared by the CLI and the action: sources ->
 * partial (merged with any partials handed over by other shards) -> report ->
 * rendered files. File reading happens here (through the usage readers);
 * writing is left to the caller.
 */
import type { Catalog } from "../../pricing/catalog.js";
import {
  emptyPartial,
  isEmptyPartial,
  mergeOwnedPartials,
  mergePartials,
  type UsagePartial,
} from "../../usage/aggregate.js";
import { expandSources, type SourceFile } from "../../usage/files.js";
import { readFilesToPartial } from "../../usage/parallel.js";
import type { SourceKind } from "../../usage/readers.js";
import type { CostReport } from "./build.js";
import { renderCsv, renderHtml, renderJson, renderMarkdown } from "./render.js";

export interface CollectOptions {
  readonly sources: readonly string[];
  readonly cwd: string;
  readonly kind?: SourceKind;
  /** YYYY-MM-DD, inclusive. */
  readonly since?: string;
  /** YYYY-MM-DD, inclusive (the whole day). */
  readonly until?: string;
  readonly userMap?: Readonly<Record<string, string>>;
  readonly defaultUser?: string;
  readonly catalog?: Catalog;
  readonly onFile?: (file: SourceFile, index: number, total: number) => void;
  /** Told how many threads read how many files. */
  readonly onPlan?: (threads: number, files: number) => void;
  /** Threads to read with (see shared/usage/parallel.ts); default STEWARD_WORKERS, else automatic. */
  readonly threads?: number;
  /** Where STEWARD_WORKERS is read from (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

/** `until` is an inclusive day; the reader bound is exclusive. */
export function dayBounds(since?: string, until?: string): { since?: number; until?: number } {
  return {
    ...(since ? { since: Date.parse(`${since}T00:00:00Z`) } : {}),
    ...(until ? { until: Date.parse(`${until}T00:00:00Z`) + 86_400_000 } : {}),
  };
}

/** Reads every source into one partial. With no sources it returns an empty partial. */
export async function collectPartial(options: CollectOptions): Promise<UsagePartial> {
  if (options.sources.length === 0) return emptyPartial();
  const files = await expandSources(options.sources, options.cwd);
  return readFilesToPartial(files, {
    ...(options.kind ? { kind: options.kind } : {}),
    ...dayBounds(options.since, options.until),
    ...(options.userMap ? { userMap: options.userMap } : {}),
    ...(options.defaultUser ? { defaultUser: options.defaultUser } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.onFile ? { onFile: options.onFile } : {}),
    ...(options.onPlan ? { onPlan: options.onPlan } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
}

/** Merges partials without changing any of them. */
export function mergeAll(partials: readonly UsagePartial[]): UsagePartial {
  const some = partials.filter((p) => !isEmptyPartial(p));
  // one partial is its own merge: no copy of its cells
  if (some.length <= 1) return some[0] ?? emptyPartial();
  // one copy (the first merge's), which the rest are added into: not a copy per partial
  const [a, b, ...rest] = some as [UsagePartial, UsagePartial, ...UsagePartial[]];
  return rest.reduce(mergeOwnedPartials, mergePartials(a, b));
}

export type CostFormat = "json" | "csv" | "md" | "html";

/** File name -> content for each requested format. */
export function renderFormats(
  report: CostReport,
  formats: readonly CostFormat[],
  options: { top?: number } = {},
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of formats) {
    if (f === "json") out.set("report.json", renderJson(report));
    if (f === "md") out.set("report.md", renderMarkdown(report, options));
    if (f === "html") out.set("report.html", renderHtml(report, options));
    if (f === "csv") for (const [name, text] of renderCsv(report)) out.set(name, text);
  }
  return out;
}
