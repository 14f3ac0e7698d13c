/** `key-rotated`: an API key was rotated and the new one is in place. */
import { fieldsSections, finishMessage, footer, header, section } from "../blocks.js";
import { plural } from "../mrkdwn.js";
import { readData } from "../validate.js";
import { bold, type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export interface KeyRotatedData extends CommonData {
  /** The key's name (as in the Console / inventory). */
  readonly keyName: string;
  readonly workspace?: string;
  /** Partial hint of the new key, e.g. "sk-ant-api03-R2D...igAA" (never the key). */
  readonly newKeyHint?: string;
  readonly previousKeyHint?: string;
  /** Where the new key was written, e.g. ["aws:prod/anthropic", "github:acme/app"]. */
  readonly stores?: readonly string[];
  /** When the previous key is (or was) deactivated. */
  readonly previousKeyDeactivatesAt?: string;
  /** True when the new key was verified with a live call. */
  readonly verified?: boolean;
}

export const keyRotated: EventDefinition<KeyRotatedData> = {
  type: "key-rotated",
  summary: "An API key was rotated: where the new key went, when the old one is deactivated.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const keyName = r.string("keyName");
      const workspace = r.string("workspace", { optional: true });
      const newKeyHint = r.string("newKeyHint", { optional: true });
      const previousKeyHint = r.string("previousKeyHint", { optional: true });
      const stores = r.strings("stores", { optional: true });
      const previousKeyDeactivatesAt = r.date("previousKeyDeactivatesAt", { optional: true });
      const verified = r.boolean("verified", { optional: true });
      return {
        ...common,
        keyName,
        ...(workspace ? { workspace } : {}),
        ...(newKeyHint ? { newKeyHint } : {}),
        ...(previousKeyHint ? { previousKeyHint } : {}),
        ...(stores ? { stores } : {}),
        ...(previousKeyDeactivatesAt ? { previousKeyDeactivatesAt } : {}),
        ...(verified !== undefined ? { verified } : {}),
      };
    }),
  build: (d) => {
    const where = d.stores && d.stores.length > 0 ? ` in ${plural(d.stores.length, "secret store")}` : "";
    const verified =
      d.verified === true ? " and verified with a live call" : d.verified === false ? " (not verified)" : "";
    const grace = d.previousKeyDeactivatesAt
      ? ` The previous key stays active until ${bold(d.previousKeyDeactivatesAt)}, then it is deactivated.`
      : "";
    return finishMessage(
      `API key ${d.keyName} rotated${where}`,
      [
        header(`:white_check_mark: API key rotated: ${d.keyName}`),
        section(`The new key for ${code(d.keyName)} is in place${where}${verified}.${grace}`),
        ...fieldsSections([
          ...(d.workspace ? [{ label: "Workspace", value: d.workspace }] : []),
          ...(d.newKeyHint ? [{ label: "New key", value: code(d.newKeyHint), trusted: true }] : []),
          ...(d.previousKeyHint
            ? [{ label: "Previous key", value: code(d.previousKeyHint), trusted: true }]
            : []),
          ...(d.stores && d.stores.length > 0
            ? [
                {
                  label: "Written to",
                  value: d.stores
                    .slice(0, 20)
                    .map((s) => t(s, 90))
                    .join("\n"),
                  trusted: true,
                },
              ]
            : []),
        ]),
        footer(d.runUrl, `Steward key rotation${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
