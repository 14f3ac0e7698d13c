/**
 * The one place an action catches errors (STYLE.md §5). A ConfigurationError
 * becomes an error annotation at the file and line it names, without a stack;
 * anything else is a bug: the step fails with the message and the stack goes
 * to the debug log.
 */
import * as core from "@actions/core";
import { ConfigurationError, getErrorMessage } from "../errors.js";
import type { InputGetter } from "../inputs/parse.js";
import type { Logger } from "../logging.js";
import { createActionsLogger, toAnnotation } from "./actions-logger.js";

export interface ActionContext {
  readonly logger: Logger;
  /** Raw input value as the runner passed it (`""` when unset). */
  readonly getInput: InputGetter;
  setOutput(name: string, value: string | number | boolean): void;
  /** Marks a value as secret so the runner masks it in every log line. */
  setSecret(value: string): void;
  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>;
  /** Fails the step without throwing (exit code 1), e.g. when findings reach `fail-on`. */
  fail(message: string): void;
  /** Masks `value`, then exports it to later steps' environment (GITHUB_ENV). */
  exportSecretVariable(name: string, value: string): void;
  /** The job's GitHub OIDC token for an audience (needs `id-token: write`). */
  getIdToken(audience: string): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

/** GitHub truncates step summaries above 1 MiB; keep well below. */
const SUMMARY_LIMIT = 1_000_000;

export function createActionContext(): ActionContext {
  let summaryBytes = 0;
  return {
    logger: createActionsLogger(),
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    async appendSummary(markdown) {
      const bytes = Buffer.byteLength(markdown);
      if (summaryBytes + bytes > SUMMARY_LIMIT) {
        core.warning(
          "The job summary reached GitHub's size limit; the rest is in the step log and artifacts.",
        );
        return;
      }
      summaryBytes += bytes;
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
    getIdToken: (audience) => core.getIDToken(audience),
    exportSecretVariable: (name, value) => {
      core.setSecret(value);
      core.exportVariable(name, value);
    },
    env: process.env,
    now: () => new Date(),
  };
}

/**
 * Runs an action's body. Never throws; sets `process.exitCode` to 1 on failure.
 * @param name the action's name, used in messages about bugs.
 */
export async function runAction(name: string, body: (ctx: ActionContext) => Promise<void>): Promise<void> {
  const ctx = createActionContext();
  try {
    await body(ctx);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.error(error.userMessage, toAnnotation({ ...error.location, title: error.title ?? `${name}` }));
      process.exitCode = 1;
      return;
    }
    core.setFailed(
      `${name} failed unexpectedly: ${getErrorMessage(error)}. This is a bug in Steward; please report it with the debug log (re-run with ACTIONS_STEP_DEBUG=true).`,
    );
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
