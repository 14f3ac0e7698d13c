/** `rotation-failed`: a key rotation stopped; which step, the state of each key, what to do. */
import { finishMessage, footer, header, listSection, section } from "../blocks.js";
import { readData } from "../validate.js";
import { bold, type CommonData, code, type EventDefinition, readCommon, t } from "./common.js";

export type StepStatus = "done" | "failed" | "skipped" | "pending";

export interface RotationKeyState {
  /** Which key: "new", "previous", or a name. */
  readonly label: string;
  readonly hint?: string;
  /** Its state, e.g. "active", "inactive", "staged", "written to 1 of 2 stores". */
  readonly state: string;
  /** True when production traffic still uses it. */
  readonly serving?: boolean;
}

export interface RotationFailedData extends CommonData {
  readonly keyName: string;
  /** The step that failed, e.g. "write-secret". */
  readonly failedStep: string;
  /** What went wrong, in words (redacted before posting). */
  readonly error: string;
  readonly steps?: readonly { readonly name: string; readonly status: StepStatus }[];
  readonly keys: readonly RotationKeyState[];
  /** What the reader should do; a default is given when absent. */
  readonly action?: string;
  /** True (default) when a re-run resumes from the failed step. */
  readonly resumable?: boolean;
}

const STEP_ICON: Record<StepStatus, string> = {
  done: ":white_check_mark:",
  failed: ":x:",
  skipped: ":heavy_minus_sign:",
  pending: ":hourglass_flowing_sand:",
};

export const rotationFailed: EventDefinition<RotationFailedData> = {
  type: "rotation-failed",
  summary: "A key rotation failed: which step, the state of each key, what to do next.",
  parse: (data, ctx) =>
    readData(ctx, data, (r) => {
      const common = readCommon(r);
      const keyName = r.string("keyName");
      const failedStep = r.string("failedStep");
      const error = r.string("error");
      const steps = r.array(
        "steps",
        (s) => ({
          name: s.string("name"),
          status: s.oneOf("status", ["done", "failed", "skipped", "pending"] as const),
        }),
        { optional: true },
      );
      const keys = r.array(
        "keys",
        (k) => {
          const label = k.string("label");
          const hint = k.string("hint", { optional: true });
          const state = k.string("state");
          const serving = k.boolean("serving", { optional: true });
          return { label, state, ...(hint ? { hint } : {}), ...(serving !== undefined ? { serving } : {}) };
        },
        { minItems: 1 },
      );
      const action = r.string("action", { optional: true });
      const resumable = r.boolean("resumable", { optional: true });
      return {
        ...common,
        keyName,
        failedStep,
        error,
        keys,
        ...(steps ? { steps } : {}),
        ...(action ? { action } : {}),
        ...(resumable !== undefined ? { resumable } : {}),
      };
    }),
  build: (d) => {
    const resumable = d.resumable !== false;
    const todo =
      d.action !== undefined
        ? t(d.action, 1500)
        : resumable
          ? `Fix the cause above, then re-run the workflow: the rotation resumes from ${code(d.failedStep)}. ` +
            "A key that still serves traffic is never deactivated."
          : "This step does not resume by itself: check the state of each key above, then finish or roll back the rotation by hand.";
    const keyLines = d.keys.map(
      (k) =>
        `${bold(k.label, 80)}${k.hint ? ` ${code(k.hint, 60)}` : ""}: ${t(k.state, 200)}${
          k.serving === true ? " · _serving traffic_" : k.serving === false ? " · _not serving_" : ""
        }`,
    );
    return finishMessage(
      `Key rotation failed for ${d.keyName} at step ${d.failedStep}`,
      [
        header(`:rotating_light: Key rotation failed: ${d.keyName}`),
        section(
          `The rotation of ${code(d.keyName)} stopped at step ${bold(d.failedStep, 100)}:\n>${t(d.error, 1500)}`,
        ),
        d.steps && d.steps.length > 0
          ? listSection(
              "Steps",
              d.steps.map((s) => `${STEP_ICON[s.status]} ${t(s.name, 100)}`),
              20,
            )
          : undefined,
        listSection("State of each key", keyLines, 10),
        section(`*What to do*\n${todo}`),
        footer(d.runUrl, `Steward key rotation${d.repository ? ` · ${code(d.repository)}` : ""}`),
      ],
      d.runUrl,
    );
  },
};
