/** `budget-threshold`: spend crossed a threshold of a budget. */
import { fieldsSections, finishMessage, footer, header, section } from "../blocks.js";
import { formatMoney, formatPercent } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { bold, type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";
import { SUBJECT_KINDS, type SubjectKind } from "./quota-threshold.js";

export interface BudgetThresholdData extends CommonData {
  /** Whose budget: the organization, a team, a workspace, a user. */
  readonly subject: string;
  readonly subjectKind?: SubjectKind;
  readonly spent: number;
  readonly budget: number;
  /** ISO 4217 code, default "USD". */
  readonly currency?: string;
  /** The threshold crossed, in percent (e.g. 80). */
  readonly threshold: number;
  readonly period?: string;
  /** Projected spend at the end of the period. */
  readonly forecast?: number;
}

export const budgetThreshold: EventDefinition<BudgetThresholdData> = {
  type: "budget-threshold",
  summary:
    "Spend crossed a threshold of a budget: whose, how much, of what budget, which threshold, forecast.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const subject = r.string("subject");
      const subjectKind = r.oneOf("subjectKind", SUBJECT_KINDS, { optional: true });
      const spent = r.number("spent", { min: 0 });
      const budget = r.number("budget", { above: 0 });
      const currency = r.string("currency", { optional: true });
      if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
        throw r.error("data.currency", 'a three-letter currency code such as "USD"', currency);
      }
      const threshold = r.number("threshold", { min: 1, max: 1000 });
      const period = r.string("period", { optional: true });
      const forecast = r.number("forecast", { min: 0, optional: true });
      return {
        ...common,
        subject,
        spent,
        budget,
        threshold,
        ...(subjectKind ? { subjectKind } : {}),
        ...(currency ? { currency: currency.toUpperCase() } : {}),
        ...(period ? { period } : {}),
        ...(forecast !== undefined ? { forecast } : {}),
      };
    }),
  build: (d) => {
    const money = (n: number) => formatMoney(n, d.currency);
    const percent = (d.spent / d.budget) * 100;
    const exceeded = d.spent >= d.budget;
    const who = `${d.subject}${d.subjectKind ? ` (${d.subjectKind})` : ""}`;
    const headline = exceeded
      ? `:rotating_light: Budget exceeded: ${who}`
      : `:warning: ${formatPercent(d.threshold)} of budget reached: ${who}`;
    const forecastLine =
      d.forecast !== undefined
        ? `\nAt this pace the period ends at ${bold(money(d.forecast))} (${formatPercent((d.forecast / d.budget) * 100)} of budget).`
        : "";
    return finishMessage(
      `${who} has spent ${money(d.spent)} of ${money(d.budget)} (${formatPercent(percent)})${d.period ? ` in ${d.period}` : ""}`,
      [
        header(headline),
        section(
          `${bold(who)} has spent ${bold(`${money(d.spent)} of ${money(d.budget)}`)} (${formatPercent(percent)})${
            d.period ? ` in ${t(d.period, 100)}` : ""
          }, crossing the ${formatPercent(d.threshold)} threshold.${forecastLine}`,
        ),
        ...fieldsSections([
          { label: "Spent", value: money(d.spent) },
          { label: "Budget", value: money(d.budget) },
          { label: "Share", value: formatPercent(percent) },
          { label: "Threshold", value: formatPercent(d.threshold) },
          ...(d.forecast !== undefined ? [{ label: "Forecast", value: money(d.forecast) }] : []),
        ]),
        footer(d.runUrl, `Steward cost alert${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
