/** The cost-report action's inputs, declared once and parsed strictly. */
import { ConfigurationError } from "../../shared/errors.js";
import {
  booleanInput,
  enumInput,
  type InputGetter,
  lineListInput,
  listInput,
  optionalString,
} from "../../shared/inputs/parse.js";
import type { CostFormat } from "../../shared/reports/cost/pipeline.js";
import { checkDay } from "../../shared/reports/cost/request.js";
import type { SourceKind } from "../../shared/usage/readers.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = [
  "sources",
  "source-kind",
  "merge",
  "period",
  "since",
  "until",
  "roles",
  "users",
  "budgets",
  "prices",
  "dashboard",
  "formats",
  "out-dir",
  "partial-file",
  "reconcile",
  "anthropic-admin-key",
  "anthropic-api-url",
  "slack-webhook-url",
  "notify",
  "fail-on",
] as const;

export interface CostReportInputs {
  readonly sources: string[];
  readonly kind: SourceKind;
  readonly merge: string[];
  readonly since: string | undefined;
  readonly until: string | undefined;
  readonly roles: string | undefined;
  readonly users: string | undefined;
  readonly budgets: string | undefined;
  readonly prices: string | undefined;
  readonly dashboard: string | undefined;
  readonly formats: CostFormat[];
  readonly outDir: string;
  readonly partialFile: string | undefined;
  readonly reconcile: boolean;
  readonly adminKey: string | undefined;
  readonly apiUrl: string;
  readonly slackWebhookUrl: string | undefined;
  readonly notify: "alerts" | "all" | "none";
  readonly failOn: "warning" | "critical" | "never";
}

/** `previous-month`, `current-month` or `YYYY-MM` -> the first and last day of that month. */
export function periodDays(period: string, today: Date): { since: string; until: string } {
  let year: number;
  let month: number; // 0-based
  if (period === "previous-month" || period === "current-month") {
    year = today.getUTCFullYear();
    month = today.getUTCMonth() - (period === "previous-month" ? 1 : 0);
    if (month < 0) {
      month = 11;
      year--;
    }
  } else {
    const m = /^(\d{4})-(\d{2})$/.exec(period);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
      throw new ConfigurationError(
        `Input period must be previous-month, current-month or YYYY-MM; got "${period}".`,
      );
    }
    year = Number(m[1]);
    month = Number(m[2]) - 1;
  }
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { since: day(first), until: day(last) };
}

const FORMATS: readonly CostFormat[] = ["json", "csv", "md", "html"];

export function parseInputs(get: InputGetter, today: Date = new Date()): CostReportInputs {
  const period = optionalString(get, "period");
  const fromPeriod = period ? periodDays(period, today) : undefined;
  const since = checkDay("Input since", optionalString(get, "since")) ?? fromPeriod?.since;
  const until = checkDay("Input until", optionalString(get, "until")) ?? fromPeriod?.until;
  const formats = listInput(get, "formats");
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new ConfigurationError(`Input formats: "${f}" is not one of ${FORMATS.join(", ")}.`);
    }
  }
  const sources = lineListInput(get, "sources");
  const merge = lineListInput(get, "merge");
  if (sources.length === 0 && merge.length === 0) {
    throw new ConfigurationError(
      "Input sources (or merge) is required: give the usage files or directories to read.",
    );
  }
  const reconcile = booleanInput(get, "reconcile", false);
  const adminKey = optionalString(get, "anthropic-admin-key");
  if (reconcile && !adminKey) {
    throw new ConfigurationError("Input reconcile is true but anthropic-admin-key is empty.");
  }
  return {
    sources,
    kind: enumInput(get, "source-kind", ["auto", "seed", "hook", "transcripts"], "auto"),
    merge,
    since,
    until,
    roles: optionalString(get, "roles"),
    users: optionalString(get, "users"),
    budgets: optionalString(get, "budgets"),
    prices: optionalString(get, "prices"),
    dashboard: optionalString(get, "dashboard"),
    formats: (formats.length ? formats : ["json", "md"]) as CostFormat[],
    outDir: optionalString(get, "out-dir") ?? "steward-cost-report",
    partialFile: optionalString(get, "partial-file"),
    reconcile,
    adminKey,
    apiUrl: optionalString(get, "anthropic-api-url") ?? "https://api.anthropic.com",
    slackWebhookUrl: optionalString(get, "slack-webhook-url"),
    notify: enumInput(get, "notify", ["alerts", "all", "none"], "alerts"),
    failOn: enumInput(get, "fail-on", ["warning", "critical", "never"], "never"),
  };
}
