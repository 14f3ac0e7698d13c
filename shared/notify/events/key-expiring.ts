/** `key-expiring`: API keys that expire soon or are overdue for rotation. */
import { finishMessage, footer, header, listSection, section } from "../blocks.js";
import { plural } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export interface ExpiringKey {
  readonly name: string;
  /** The date it expires or is due for rotation. */
  readonly dueDate: string;
  /** Days from the report to `dueDate`; negative when overdue. */
  readonly daysLeft: number;
  readonly workspace?: string;
  readonly owner?: string;
}

export interface KeyExpiringData extends CommonData {
  readonly keys: readonly ExpiringKey[];
  /** The warning window, e.g. 14 ("expiring within 14 days"). */
  readonly withinDays?: number;
}

function keyLine(k: ExpiringKey): string {
  const when =
    k.daysLeft < 0
      ? `overdue by ${plural(-k.daysLeft, "day")} (${t(k.dueDate, 30)})`
      : k.daysLeft === 0
        ? `due today (${t(k.dueDate, 30)})`
        : `due in ${plural(k.daysLeft, "day")} (${t(k.dueDate, 30)})`;
  const extra = [
    k.workspace ? `workspace ${t(k.workspace, 80)}` : "",
    k.owner ? `owner ${t(k.owner, 80)}` : "",
  ]
    .filter((x) => x !== "")
    .join(", ");
  return `${code(k.name, 100)}: ${when}${extra ? ` · ${extra}` : ""}`;
}

export const keyExpiring: EventDefinition<KeyExpiringData> = {
  type: "key-expiring",
  summary: "API keys that expire soon or are overdue for rotation.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const keys = r.array(
        "keys",
        (k) => {
          const name = k.string("name");
          const dueDate = k.date("dueDate");
          const daysLeft = k.number("daysLeft", { integer: true });
          const workspace = k.string("workspace", { optional: true });
          const owner = k.string("owner", { optional: true });
          return {
            name,
            dueDate,
            daysLeft,
            ...(workspace ? { workspace } : {}),
            ...(owner ? { owner } : {}),
          };
        },
        { minItems: 1 },
      );
      const withinDays = r.number("withinDays", { integer: true, min: 1, optional: true });
      return { ...common, keys, ...(withinDays ? { withinDays } : {}) };
    }),
  build: (d) => {
    const overdue = d.keys.filter((k) => k.daysLeft < 0).sort((a, b) => a.daysLeft - b.daysLeft);
    const soon = d.keys.filter((k) => k.daysLeft >= 0).sort((a, b) => a.daysLeft - b.daysLeft);
    const parts = [
      ...(overdue.length > 0 ? [`${plural(overdue.length, "API key")} overdue`] : []),
      ...(soon.length > 0 ? [`${plural(soon.length, "API key")} expiring soon`] : []),
    ];
    const headline = parts.join(", ");
    return finishMessage(
      headline,
      [
        header(`${overdue.length > 0 ? ":rotating_light:" : ":warning:"} ${headline}`),
        section(
          overdue.length > 0
            ? "Overdue keys break the key policy and may stop working at any moment. Rotate them now: run the key rotation workflow, or mint a new key in the Console and let Steward distribute it."
            : "Rotate these keys before they expire: run the key rotation workflow, or mint a new key in the Console and let Steward distribute it.",
        ),
        overdue.length > 0 ? listSection("Overdue", overdue.map(keyLine), 15) : undefined,
        soon.length > 0
          ? listSection(
              d.withinDays ? `Expiring within ${d.withinDays} days` : "Expiring soon",
              soon.map(keyLine),
              15,
            )
          : undefined,
        footer(d.runUrl, `Steward key audit${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
