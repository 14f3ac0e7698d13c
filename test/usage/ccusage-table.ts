/**
 * Per (UTC day, model) token tables from ccusage and from Steward, for the
 * parity test (test/usage/ccusage-parity.test.ts) and the benchmark
 * (bench/transcripts.bench.ts).
 *
 * ccusage (20.0.24 from `npm run tools`) is run as `ccusage claude daily --json
 * --offline --breakdown --timezone UTC` with TZ=UTC, HOME set to an empty
 * folder (so no other agent's logs or config are picked up) and
 * CLAUDE_CONFIG_DIR set to the folders that hold `projects/`. Its model names
 * are mapped to Steward's model keys the way the aggregator maps them, so both
 * tables are keyed alike.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultCatalog, resolveModel, stripContextSuffix } from "../../shared/pricing/catalog.js";
import type { UsagePartial } from "../../shared/usage/aggregate.js";
import { parseCellKey } from "../../shared/usage/aggregate.js";

export interface Tokens {
  input: number;
  output: number;
  cacheCreation: number;
  cacheRead: number;
}

/** "YYYY-MM-DD model" -> tokens. */
export type DayModelTable = Map<string, Tokens>;

const require = createRequire(import.meta.url);

/** Where `npm run tools` installs ccusage 20.0.24 (git-ignored; not a devDependency, see package.json "tools"). */
export const CCUSAGE_PREFIX = fileURLToPath(new URL("../../.tools/ccusage", import.meta.url));

/**
 * The native ccusage binary of this platform, from `npm run tools` (or any
 * resolvable install), or undefined when it is not installed.
 */
export function ccusageBinary(): string | undefined {
  const pkg =
    process.platform === "linux" || process.platform === "darwin"
      ? `@ccusage/ccusage-${process.platform}-${process.arch}`
      : undefined;
  if (!pkg) return undefined;
  const local = join(CCUSAGE_PREFIX, "node_modules", pkg, "bin", "ccusage");
  if (existsSync(local)) {
    // installed this way the binary comes without its execute bit
    if ((statSync(local).mode & 0o111) === 0) chmodSync(local, 0o755);
    return local;
  }
  try {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    const bin = join(dir, "bin", "ccusage");
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Steward's key for a ccusage model name: the aggregator's (catalog id when
 * known, else the name without `[1m]`). ccusage names fast-mode usage
 * `<model>-fast`; Steward keeps it under the model, so the suffix is dropped.
 */
export function modelKey(name: string): string {
  const base = name.endsWith("-fast") && !resolveModel(name, defaultCatalog) ? name.slice(0, -5) : name;
  return resolveModel(base, defaultCatalog)?.id ?? stripContextSuffix(base);
}

function add(table: DayModelTable, key: string, t: Tokens): void {
  const c = table.get(key);
  if (!c) table.set(key, { ...t });
  else {
    c.input += t.input;
    c.output += t.output;
    c.cacheCreation += t.cacheCreation;
    c.cacheRead += t.cacheRead;
  }
}

export interface CcusageRun {
  table: DayModelTable;
  /** Totals as ccusage printed them. */
  totals: Tokens;
  stderr: string;
}

/** The ccusage command line the comparison uses (for reports). */
export const CCUSAGE_ARGS = ["claude", "daily", "--json", "--offline", "--breakdown", "--timezone", "UTC"];

let emptyHome: string | undefined;

/**
 * The environment ccusage runs in: UTC, an empty HOME (one per process; ccusage
 * 20.0.24 writes nothing there for `claude daily`), the given Claude folders.
 */
export function ccusageEnv(claudeDirs: readonly string[]): NodeJS.ProcessEnv {
  if (emptyHome === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "ccusage-home-"));
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
    emptyHome = dir;
  }
  const home = emptyHome;
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
    TZ: "UTC",
    NO_COLOR: "1",
    CLAUDE_CONFIG_DIR: claudeDirs.join(","),
  };
}

/** Parses `ccusage claude daily --json --breakdown` output into a day x model table. */
export function parseCcusageDaily(stdout: string): { table: DayModelTable; totals: Tokens } {
  const json = JSON.parse(stdout) as {
    daily: {
      date: string;
      modelBreakdowns: {
        modelName: string;
        inputTokens: number;
        outputTokens: number;
        cacheCreationTokens: number;
        cacheReadTokens: number;
      }[];
    }[];
    totals: {
      inputTokens: number;
      outputTokens: number;
      cacheCreationTokens: number;
      cacheReadTokens: number;
    };
  };
  const table: DayModelTable = new Map();
  for (const day of json.daily) {
    for (const m of day.modelBreakdowns) {
      add(table, `${day.date} ${modelKey(m.modelName)}`, {
        input: m.inputTokens,
        output: m.outputTokens,
        cacheCreation: m.cacheCreationTokens,
        cacheRead: m.cacheReadTokens,
      });
    }
  }
  const t = json.totals;
  return {
    table,
    totals: {
      input: t.inputTokens,
      output: t.outputTokens,
      cacheCreation: t.cacheCreationTokens,
      cacheRead: t.cacheReadTokens,
    },
  };
}

/** Runs ccusage over the given Claude folders (each holding `projects/`). */
export function runCcusage(claudeDirs: readonly string[], binary = ccusageBinary()): CcusageRun {
  if (!binary) throw new Error("ccusage is not installed for this platform");
  const r = spawnSync(binary, CCUSAGE_ARGS, {
    env: ccusageEnv(claudeDirs),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`ccusage failed (${r.status}): ${r.stderr || r.error}`);
  return { ...parseCcusageDaily(r.stdout), stderr: r.stderr };
}

/** Steward's partial folded to day x model (transcript cells only; all users, tiers and tools summed). */
export function stewardTable(
  cells: UsagePartial["cells"] | Iterable<readonly [string, readonly number[]]>,
): DayModelTable {
  const table: DayModelTable = new Map();
  for (const [key, c] of cells) {
    const k = parseCellKey(key);
    if (k.source !== "transcript") continue;
    add(table, `${k.day} ${k.model}`, {
      input: c[1] as number,
      output: c[2] as number,
      cacheCreation: (c[3] as number) + (c[4] as number),
      cacheRead: c[5] as number,
    });
  }
  return table;
}

/** Steward's partial JSON (`--partial-out`) folded to day x model. */
export function stewardTableFromPartialJson(json: {
  cells: (string | number)[][];
  dimensions: readonly string[];
}): DayModelTable {
  const n = json.dimensions.length;
  const table: DayModelTable = new Map();
  for (const row of json.cells) {
    const [day, , model, , , source] = row as string[];
    if (source !== "transcript") continue;
    const c = row.slice(n) as number[];
    add(table, `${day} ${model}`, {
      input: c[1] as number,
      output: c[2] as number,
      cacheCreation: (c[3] as number) + (c[4] as number),
      cacheRead: c[5] as number,
    });
  }
  return table;
}

/** Sorted plain object, for readable assertion diffs. */
export function tableObject(t: DayModelTable): Record<string, Tokens> {
  return Object.fromEntries([...t.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function totalsOf(t: DayModelTable): Tokens {
  const s: Tokens = { input: 0, output: 0, cacheCreation: 0, cacheRead: 0 };
  for (const v of t.values()) {
    s.input += v.input;
    s.output += v.output;
    s.cacheCreation += v.cacheCreation;
    s.cacheRead += v.cacheRead;
  }
  return s;
}
