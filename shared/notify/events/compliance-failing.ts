/** `compliance-failing`: compliance controls are failing. */
import { buttons, fieldsSections, finishMessage, footer, header, listSection, section } from "../blocks.js";
import { formatNumber, mrkdwnLink, plural } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export interface FailingControl {
  readonly id: string;
  readonly title: string;
  readonly severity?: "high" | "medium" | "low";
  /** Why it fails, e.g. "3 keys older than 90 days". */
  readonly detail?: string;
  /** Link to the control's evidence or docs. */
  readonly url?: string;
}

export interface ComplianceFailingData extends CommonData {
  readonly period?: string;
  /** e.g. "SOC 2", "internal AI policy". */
  readonly framework?: string;
  readonly passing: number;
  readonly controls: readonly FailingControl[];
  readonly reportUrl?: string;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const SEVERITY_ICON = {
  high: ":red_circle:",
  medium: ":large_orange_circle:",
  low: ":large_yellow_circle:",
} as const;

export const complianceFailing: EventDefinition<ComplianceFailingData> = {
  type: "compliance-failing",
  summary: "Compliance controls are failing: which, why, how many pass.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const period = r.string("period", { optional: true });
      const framework = r.string("framework", { optional: true });
      const passing = r.number("passing", { integer: true, min: 0 });
      const controls = r.array(
        "controls",
        (c) => {
          const id = c.string("id");
          const title = c.string("title");
          const severity = c.oneOf("severity", ["high", "medium", "low"] as const, { optional: true });
          const detail = c.string("detail", { optional: true });
          const url = c.url("url", { optional: true });
          return {
            id,
            title,
            ...(severity ? { severity } : {}),
            ...(detail ? { detail } : {}),
            ...(url ? { url } : {}),
          };
        },
        { minItems: 1 },
      );
      const reportUrl = r.url("reportUrl", { optional: true });
      return {
        ...common,
        passing,
        controls,
        ...(period ? { period } : {}),
        ...(framework ? { framework } : {}),
        ...(reportUrl ? { reportUrl } : {}),
      };
    }),
  build: (d) => {
    const failing = d.controls.length;
    const headline = `${plural(failing, "compliance control")} failing${d.framework ? ` (${d.framework})` : ""}`;
    const sorted = [...d.controls].sort(
      (a, b) => SEVERITY_RANK[a.severity ?? "low"] - SEVERITY_RANK[b.severity ?? "low"],
    );
    const lines = sorted.map(
      (c) =>
        `${c.severity ? `${SEVERITY_ICON[c.severity]} ` : ""}${code(c.id, 60)} ${
          c.url ? mrkdwnLink(c.url, c.title) : t(c.title, 200)
        }${c.detail ? `: ${t(c.detail, 300)}` : ""}`,
    );
    return finishMessage(
      `${headline}${d.period ? ` for ${d.period}` : ""}; ${formatNumber(d.passing)} passing`,
      [
        header(`:rotating_light: ${headline}`),
        section(
          `${formatNumber(failing)} of ${formatNumber(failing + d.passing)} controls fail${
            d.period ? ` for ${t(d.period, 100)}` : ""
          }. Each needs an owner and a fix before the next report.`,
        ),
        ...fieldsSections([
          { label: "Failing", value: formatNumber(failing) },
          { label: "Passing", value: formatNumber(d.passing) },
        ]),
        listSection("Failing controls", lines, 15),
        buttons({ label: "Open report", url: d.reportUrl, id: "open-report", style: "primary" }),
        footer(d.runUrl, `Steward compliance report${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
