/** `policy-check`: the policy lint of a pull request failed or passed. */
import { buttons, fieldsSections, finishMessage, footer, header, listSection, section } from "../blocks.js";
import { formatNumber, mrkdwnLink, plural } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export interface PolicyFinding {
  readonly ruleId: string;
  readonly severity: "error" | "warning" | "notice";
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

export interface PolicyCheckData extends CommonData {
  readonly status: "failed" | "passed";
  readonly repository: string;
  readonly pullRequest: {
    readonly number: number;
    readonly url: string;
    readonly title?: string;
    readonly author?: string;
  };
  readonly counts: { readonly errors: number; readonly warnings: number; readonly notices?: number };
  /** The findings; the message shows the most severe first, 5 at most. */
  readonly findings?: readonly PolicyFinding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;
const SEVERITY_ICON = { error: ":x:", warning: ":warning:", notice: ":information_source:" } as const;
const TOP_FINDINGS = 5;

export const policyCheck: EventDefinition<PolicyCheckData> = {
  type: "policy-check",
  summary: "The policy lint of a pull request failed or passed: counts, top findings, link to the PR.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const status = r.oneOf("status", ["failed", "passed"] as const);
      const repository = r.string("repository");
      const pullRequest = r.object("pullRequest", (p) => {
        const number = p.number("number", { integer: true, min: 1 });
        const url = p.url("url");
        const title = p.string("title", { optional: true });
        const author = p.string("author", { optional: true });
        return { number, url, ...(title ? { title } : {}), ...(author ? { author } : {}) };
      });
      const counts = r.object("counts", (c) => {
        const errors = c.number("errors", { integer: true, min: 0 });
        const warnings = c.number("warnings", { integer: true, min: 0 });
        const notices = c.number("notices", { integer: true, min: 0, optional: true });
        return { errors, warnings, ...(notices !== undefined ? { notices } : {}) };
      });
      const findings = r.array(
        "findings",
        (f) => {
          const ruleId = f.string("ruleId");
          const severity = f.oneOf("severity", ["error", "warning", "notice"] as const);
          const message = f.string("message");
          const file = f.string("file", { optional: true });
          const line = f.number("line", { integer: true, min: 1, optional: true });
          return { ruleId, severity, message, ...(file ? { file } : {}), ...(line ? { line } : {}) };
        },
        { optional: true },
      );
      return { ...common, status, repository, pullRequest, counts, ...(findings ? { findings } : {}) };
    }),
  build: (d) => {
    const pr = d.pullRequest;
    const failed = d.status === "failed";
    const countText = [
      plural(d.counts.errors, "error"),
      plural(d.counts.warnings, "warning"),
      ...(d.counts.notices ? [plural(d.counts.notices, "notice")] : []),
    ].join(", ");
    const headline = failed
      ? `:x: Policy check failed on PR #${pr.number}`
      : `:white_check_mark: Policy check passed on PR #${pr.number}`;
    const prLink = mrkdwnLink(pr.url, `#${pr.number}${pr.title ? ` ${pr.title}` : ""}`);
    const intro =
      `${prLink} in ${code(d.repository)}${pr.author ? ` by ${t(pr.author, 100)}` : ""}\n` +
      (failed
        ? `${countText}. The pull request should not merge until the errors are fixed.`
        : d.counts.warnings > 0
          ? `No errors; ${plural(d.counts.warnings, "warning")} worth a look before merging.`
          : "No findings: the policy change is clean.");
    const sorted = [...(d.findings ?? [])].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    const lines = sorted.map((f) => {
      const where = f.file ? ` ${code(`${f.file}${f.line ? `:${f.line}` : ""}`)}` : "";
      return `${SEVERITY_ICON[f.severity]} ${code(f.ruleId, 80)}${where} ${t(f.message, 300)}`;
    });
    return finishMessage(
      `${failed ? "Policy check failed" : "Policy check passed"} on ${d.repository}#${pr.number}: ${countText}`,
      [
        header(headline),
        section(intro),
        ...fieldsSections([
          { label: "Errors", value: formatNumber(d.counts.errors) },
          { label: "Warnings", value: formatNumber(d.counts.warnings) },
          ...(d.counts.notices !== undefined
            ? [{ label: "Notices", value: formatNumber(d.counts.notices) }]
            : []),
        ]),
        lines.length > 0
          ? listSection(
              lines.length > TOP_FINDINGS ? `Top ${TOP_FINDINGS} findings` : "Findings",
              lines,
              TOP_FINDINGS,
            )
          : undefined,
        buttons({
          label: "View pull request",
          url: pr.url,
          id: "view-pr",
          ...(failed ? {} : { style: "primary" as const }),
        }),
        footer(d.runUrl, `Steward policy check · ${code(d.repository)}`),
      ],
      d.runUrl,
    );
  },
};
