/** `report-ready`: the monthly cost/usage report is ready, with its headline numbers. */
import { buttons, fieldsSections, finishMessage, footer, header, listSection, section } from "../blocks.js";
import { formatMoney, formatNumber, formatPercent } from "../mrkdwn.js";
import { type DataReader, readData } from "../validate.js";
import { bold, type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export interface RankedCost {
  readonly name: string;
  readonly cost: number;
}

export interface ReportReadyData extends CommonData {
  /** The period, e.g. "2026-10" or "October 2026". */
  readonly period: string;
  readonly totalCost: number;
  readonly currency?: string;
  readonly previousTotalCost?: number;
  readonly totalTokens?: number;
  readonly activeUsers?: number;
  readonly sessions?: number;
  readonly topModels?: readonly RankedCost[];
  readonly topSpenders?: readonly RankedCost[];
  /** Link to the report (artifact, page). */
  readonly reportUrl?: string;
}

const TOP = 5;

function readRanked(r: DataReader): RankedCost {
  return { name: r.string("name"), cost: r.number("cost", { min: 0 }) };
}

export const reportReady: EventDefinition<ReportReadyData> = {
  type: "report-ready",
  summary: "The monthly usage and cost report is ready: total, change, top models and spenders, link.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const period = r.string("period");
      const totalCost = r.number("totalCost", { min: 0 });
      const currency = r.string("currency", { optional: true });
      if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) {
        throw r.error("data.currency", 'a three-letter currency code such as "USD"', currency);
      }
      const previousTotalCost = r.number("previousTotalCost", { min: 0, optional: true });
      const totalTokens = r.number("totalTokens", { min: 0, integer: true, optional: true });
      const activeUsers = r.number("activeUsers", { min: 0, integer: true, optional: true });
      const sessions = r.number("sessions", { min: 0, integer: true, optional: true });
      const topModels = r.array("topModels", readRanked, { optional: true });
      const topSpenders = r.array("topSpenders", readRanked, { optional: true });
      const reportUrl = r.url("reportUrl", { optional: true });
      return {
        ...common,
        period,
        totalCost,
        ...(currency ? { currency: currency.toUpperCase() } : {}),
        ...(previousTotalCost !== undefined ? { previousTotalCost } : {}),
        ...(totalTokens !== undefined ? { totalTokens } : {}),
        ...(activeUsers !== undefined ? { activeUsers } : {}),
        ...(sessions !== undefined ? { sessions } : {}),
        ...(topModels ? { topModels } : {}),
        ...(topSpenders ? { topSpenders } : {}),
        ...(reportUrl ? { reportUrl } : {}),
      };
    }),
  build: (d) => {
    const money = (n: number) => formatMoney(n, d.currency);
    let change = "";
    if (d.previousTotalCost !== undefined && d.previousTotalCost > 0) {
      const delta = ((d.totalCost - d.previousTotalCost) / d.previousTotalCost) * 100;
      change = `${delta >= 0 ? "+" : "−"}${formatPercent(Math.abs(delta))} vs the previous period (${money(d.previousTotalCost)})`;
    }
    const ranked = (items: readonly RankedCost[] | undefined) =>
      [...(items ?? [])].sort((a, b) => b.cost - a.cost).map((x) => `${t(x.name, 120)}: ${money(x.cost)}`);
    const models = ranked(d.topModels);
    const spenders = ranked(d.topSpenders);
    return finishMessage(
      `Claude usage report for ${d.period} is ready: ${money(d.totalCost)}${change ? ` (${change})` : ""}`,
      [
        header(`:bar_chart: Claude usage report for ${d.period} is ready`),
        section(`${bold(money(d.totalCost))} spent in ${t(d.period, 100)}${change ? `, ${change}` : ""}.`),
        ...fieldsSections([
          { label: "Total cost", value: money(d.totalCost) },
          ...(d.totalTokens !== undefined ? [{ label: "Tokens", value: formatNumber(d.totalTokens) }] : []),
          ...(d.activeUsers !== undefined
            ? [{ label: "Active users", value: formatNumber(d.activeUsers) }]
            : []),
          ...(d.sessions !== undefined ? [{ label: "Sessions", value: formatNumber(d.sessions) }] : []),
        ]),
        models.length > 0 ? listSection("Top models by cost", models, TOP) : undefined,
        spenders.length > 0 ? listSection("Top spenders", spenders, TOP) : undefined,
        buttons({ label: "Open report", url: d.reportUrl, id: "open-report", style: "primary" }),
        footer(d.runUrl, `Steward monthly report${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
