/** `quota-threshold`: someone's usage crossed a threshold of their quota. */
import { fieldsSections, finishMessage, footer, header, section } from "../blocks.js";
import { formatNumber, formatPercent } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { bold, type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export const SUBJECT_KINDS = ["user", "team", "workspace", "api-key", "organization"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface QuotaThresholdData extends CommonData {
  /** Who: a user's email, a team, a workspace, a key name. */
  readonly subject: string;
  readonly subjectKind?: SubjectKind;
  /** Of what: "tokens", "requests", "sessions", ... */
  readonly metric: string;
  readonly used: number;
  readonly limit: number;
  /** The threshold crossed, in percent (e.g. 80). */
  readonly threshold: number;
  /** The period, e.g. "November 2026". */
  readonly period?: string;
}

export const quotaThreshold: EventDefinition<QuotaThresholdData> = {
  type: "quota-threshold",
  summary: "Usage crossed a threshold of a quota: who, how much, of what limit, which threshold.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const subject = r.string("subject");
      const subjectKind = r.oneOf("subjectKind", SUBJECT_KINDS, { optional: true });
      const metric = r.string("metric");
      const used = r.number("used", { min: 0 });
      const limit = r.number("limit", { above: 0 });
      const threshold = r.number("threshold", { min: 1, max: 1000 });
      const period = r.string("period", { optional: true });
      return {
        ...common,
        subject,
        metric,
        used,
        limit,
        threshold,
        ...(subjectKind ? { subjectKind } : {}),
        ...(period ? { period } : {}),
      };
    }),
  build: (d) => {
    const percent = (d.used / d.limit) * 100;
    const exceeded = d.used >= d.limit;
    const who = `${d.subject}${d.subjectKind ? ` (${d.subjectKind})` : ""}`;
    const headline = exceeded
      ? `:rotating_light: Quota exceeded: ${who}`
      : `:warning: ${formatPercent(d.threshold)} of quota reached: ${who}`;
    const amount = `${formatNumber(d.used)} of ${formatNumber(d.limit)} ${d.metric}`;
    return finishMessage(
      `${who} has used ${amount} (${formatPercent(percent)})${d.period ? ` in ${d.period}` : ""}`,
      [
        header(headline),
        section(
          `${bold(who)} has used ${bold(amount)} (${formatPercent(percent)})${
            d.period ? ` in ${t(d.period, 100)}` : ""
          }, crossing the ${formatPercent(d.threshold)} threshold.${
            exceeded ? " Requests past the limit may be refused." : ""
          }`,
        ),
        ...fieldsSections([
          { label: "Used", value: `${formatNumber(d.used)} ${d.metric}` },
          { label: "Limit", value: `${formatNumber(d.limit)} ${d.metric}` },
          { label: "Share", value: formatPercent(percent) },
          { label: "Threshold", value: formatPercent(d.threshold) },
        ]),
        footer(d.runUrl, `Steward usage alert${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
