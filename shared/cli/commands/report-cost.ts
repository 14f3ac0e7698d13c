/** `steward report cost`: usage logs, transcripts and Admin API data -> cost report. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ConfigurationError } from "../../errors.js";
import { buildCostReport } from "../../reports/cost/build.js";
import { type CostFormat, collectPartial, mergeAll, renderFormats } from "../../reports/cost/pipeline.js";
import { checkDay, readReportInputs, readText } from "../../reports/cost/request.js";
import {
  aggregateStream,
  mergePartials,
  partialFromJson,
  partialToJson,
  withReferenceCost,
} from "../../usage/aggregate.js";
import {
  type AdminApiOptions,
  type AdminAuth,
  fetchClaudeCodeUsage,
  fetchCostReport,
  fetchMessagesUsage,
} from "../../usage/anthropic-api.js";
import type { SourceKind } from "../../usage/readers.js";
import type { UsageRecord } from "../../usage/record.js";
import { parseCommandArgs, parseIntegerFlag } from "../args.js";
import type { CliIo, Command } from "../command.js";

const HELP = `Usage: steward report cost --source <path|glob|dir>... [options]

Reads usage from the seed's usage logs ({timestamp,user,tool,tokens} per line),
Steward hook records ({v:1,ts,user,model,input,output,cacheWrite5m,...}) and
Claude Code transcripts (~/.claude/projects/**/*.jsonl, de-duplicated on
message.id + requestId), prices it with Steward's model catalog and writes a
cost report: totals, by user / team / model / day / tool, quota breaches per
role, budget alerts per team, unpriced models and malformed input.

Sources:
  --source <p>           a file, a directory (read recursively: *.json, *.jsonl,
                         *.ndjson, *.log, also .gz) or a quoted glob ("logs/**/*.jsonl");
                         repeatable. Transcript users come from the folder that
                         holds .claude (alice/.claude/projects/...) or the first
                         folder above projects/ (alice/projects/...).
  --source-kind <k>      auto (default: per line), seed, hook or transcripts
  --since <YYYY-MM-DD>   first day (UTC, inclusive)
  --until <YYYY-MM-DD>   last day (UTC, inclusive)
  --merge <partial.json> add a partial written by another run (repeatable)
  --partial-out <file>   also write this run's partial (for --merge in a later job)

Organisation:
  --roles <file>         role-mappings.json: roleMappings.<role>.quotas.daily/monthly,
                         optional roleMappings.<role>.members, defaultRole
  --users <file>         user -> team/role: JSON map, JSON roster [{login,email,team,role}]
                         (logins become aliases of the e-mail) or CSV user,team,role
  --budgets <file>       {"teams": {"<team>": {"monthlyUsd": "1500"}}, "thresholds": {"warning": 80, "critical": 100}}
  --prices <file>        price overrides ({"models": {...}, "aliases": {...}})
  --dashboard <file>     usage-dashboard-config.json: evaluate its metrics and alerts

Anthropic Admin API (optional; needs --since/--until and ANTHROPIC_ADMIN_KEY
(x-api-key) or ANTHROPIC_ADMIN_OAUTH_TOKEN (org:admin bearer) in the environment):
  --api-usage            add usage_report/messages (daily, per model and account) as a source
  --api-claude-code      add the Claude Code Analytics API (per user, day and model) as a source
  --reconcile            fetch cost_report for the period and compare it with the local estimate
  --api-base-url <url>   default https://api.anthropic.com

Output:
  --format <f>           json, csv, md or html (repeatable; default json and md)
  --out <dir>            write report.json, report.md, report.html, cost-by-*.csv there;
                         without it the Markdown (or the one format asked for) goes to stdout
  --top <n>              rows in Markdown/HTML tables (default 10)
  --fail-on <level>      exit 2 when a quota/budget alert at this level exists: warning or critical

Example:
  steward report cost --source ~/.claude/usage --source "homes/*/.claude/projects" \\
    --roles policy/role-mappings.json --users users.json --since 2026-10-01 --until 2026-10-31 \\
    --format json --format md --format html --out report/
`;

const FORMATS = new Set<CostFormat>(["json", "csv", "md", "html"]);
const KINDS = new Set<SourceKind>(["auto", "seed", "hook", "transcripts"]);

const command: Command = {
  path: ["report", "cost"],
  summary: "Cost report from usage logs, hook records, transcripts and partials",
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(
      "report cost",
      args,
      {
        source: { type: "string", multiple: true },
        "source-kind": { type: "string" },
        roles: { type: "string" },
        users: { type: "string" },
        budgets: { type: "string" },
        prices: { type: "string" },
        dashboard: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        format: { type: "string", multiple: true },
        out: { type: "string" },
        "partial-out": { type: "string" },
        merge: { type: "string", multiple: true },
        top: { type: "string" },
        reconcile: { type: "boolean" },
        "api-usage": { type: "boolean" },
        "api-claude-code": { type: "boolean" },
        "api-base-url": { type: "string" },
        "fail-on": { type: "string" },
      },
      false,
    );
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const sources = values.source ?? [];
    const merges = values.merge ?? [];
    if (sources.length === 0 && merges.length === 0 && !values["api-usage"] && !values["api-claude-code"]) {
      throw new ConfigurationError(
        "steward report cost: give at least one --source, --merge, --api-usage or --api-claude-code.",
        {
          hint: "Run 'steward report cost --help' for the options it accepts.",
        },
      );
    }
    const kind = (values["source-kind"] ?? "auto") as SourceKind;
    if (!KINDS.has(kind))
      throw new ConfigurationError(`--source-kind must be auto, seed, hook or transcripts, got "${kind}".`);
    const formats = (values.format ?? ["json", "md"]) as CostFormat[];
    for (const f of formats)
      if (!FORMATS.has(f))
        throw new ConfigurationError(`--format must be json, csv, md or html, got "${f}".`);
    const since = checkDay("--since", values.since);
    const until = checkDay("--until", values.until);
    if (since && until && since > until)
      throw new ConfigurationError(`--since ${since} is after --until ${until}.`);
    const top = parseIntegerFlag("top", values.top, 10);
    const failOn = values["fail-on"];
    if (failOn !== undefined && failOn !== "warning" && failOn !== "critical") {
      throw new ConfigurationError(`--fail-on must be warning or critical, got "${failOn}".`);
    }
    const usesApi = values.reconcile || values["api-usage"] || values["api-claude-code"];
    if (usesApi && (!since || !until)) {
      throw new ConfigurationError(
        "--reconcile, --api-usage and --api-claude-code need --since and --until.",
      );
    }
    let api: AdminApiOptions | undefined;
    if (usesApi) {
      const key = io.env.ANTHROPIC_ADMIN_KEY;
      const token = io.env.ANTHROPIC_ADMIN_OAUTH_TOKEN;
      const auth: AdminAuth | undefined = key
        ? { kind: "admin-key", key }
        : token
          ? { kind: "bearer", token }
          : undefined;
      if (!auth) {
        throw new ConfigurationError(
          "The Admin API options need ANTHROPIC_ADMIN_KEY or ANTHROPIC_ADMIN_OAUTH_TOKEN in the environment.",
        );
      }
      api = {
        auth,
        ...(values["api-base-url"] ? { baseUrl: values["api-base-url"] } : {}),
        logger: io.logger,
      };
    }

    const { catalog, org, dashboard } = await readReportInputs(io.cwd, {
      ...(values.prices ? { prices: values.prices } : {}),
      ...(values.roles ? { roles: values.roles } : {}),
      ...(values.users ? { users: values.users } : {}),
      ...(values.budgets ? { budgets: values.budgets } : {}),
      ...(values.dashboard ? { dashboard: values.dashboard } : {}),
    });

    const tty = io.stderr.isTTY === true;
    const started = Date.now();
    const local = await collectPartial({
      sources,
      cwd: io.cwd,
      kind,
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(org.aliases.size ? { userMap: Object.fromEntries(org.aliases) } : {}),
      catalog,
      onPlan: (threads, files) => io.logger.debug(`reading ${files} files on ${threads} thread(s)`),
      ...(tty
        ? {
            onFile: (file, i, n) => {
              const name = file.path.length > 60 ? `...${file.path.slice(-57)}` : file.path;
              io.stderr.write(`\r\u001b[K[${i + 1}/${n}] ${name}`);
            },
          }
        : {}),
    });
    if (tty) io.stderr.write("\r\u001b[K");
    io.logger.debug(
      `read ${local.stats.records} records from ${local.stats.files} files in ${Date.now() - started} ms`,
    );
    if (local.malformed.total > 0) {
      const first = local.malformed.samples[0];
      io.logger.warning(
        `${local.malformed.total} malformed line(s) skipped${first ? `; first: ${first.reason}` : ""}.`,
        first ? { file: first.file, line: first.line } : undefined,
      );
    }
    if (values["partial-out"]) {
      const file = resolve(io.cwd, values["partial-out"]);
      await writeFile(file, `${JSON.stringify(partialToJson(local))}\n`);
      io.logger.info(`partial written to ${values["partial-out"]}`);
    }
    const others = [];
    for (const m of merges) others.push(partialFromJson(await readText(io.cwd, m, "partial"), m));
    let partial = mergeAll([local, ...others]);

    if (api && since && until) {
      const end = new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString().replace(".000", "");
      const range = { startingAt: `${since}T00:00:00Z`, endingAt: end };
      const userMap = org.aliases.size ? Object.fromEntries(org.aliases) : undefined;
      const mapped = async function* (records: AsyncIterable<UsageRecord>) {
        for await (const r of records)
          yield userMap && Object.hasOwn(userMap, r.user) ? { ...r, user: userMap[r.user] as string } : r;
      };
      const dayAfter = new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      if (values["api-usage"]) {
        partial = mergePartials(
          partial,
          await aggregateStream(mapped(fetchMessagesUsage(range, api)), { catalog }),
        );
      }
      if (values["api-claude-code"]) {
        partial = mergePartials(
          partial,
          await aggregateStream(mapped(fetchClaudeCodeUsage({ since, until: dayAfter }, api)), { catalog }),
        );
      }
      if (values.reconcile) partial = withReferenceCost(partial, await fetchCostReport(range, api));
    }

    const report = buildCostReport(partial, {
      catalog,
      org,
      generatedAt: io.now().toISOString(),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(dashboard ? { dashboard } : {}),
    });
    const files = renderFormats(report, formats, { top });
    if (values.out) {
      const dir = resolve(io.cwd, values.out);
      await mkdir(dir, { recursive: true });
      for (const [name, text] of files) await writeFile(join(dir, name), text);
      io.logger.info(`cost report: ${[...files.keys()].join(", ")} written to ${values.out}`);
    } else {
      const preferred =
        files.get("report.md") ??
        files.get("report.json") ??
        files.get("report.html") ??
        [...files.values()][0];
      io.stdout.write(preferred ?? "");
    }
    const levels = [
      ...report.quotaBreaches.map((b) => b.severity),
      ...report.budgetAlerts.map((b) => b.severity),
    ];
    if (failOn === "critical" && levels.includes("critical")) return 2;
    if (failOn === "warning" && levels.length > 0) return 2;
    return 0;
  },
};

export default command;
