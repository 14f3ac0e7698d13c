/** The policy-publish action's inputs, declared once and parsed strictly. */
import { type InputGetter, lineListInput, optionalString } from "../../shared/inputs/parse.js";

/** Every input this action reads; a test keeps it equal to action.yml's inputs. */
export const INPUTS = [
  "path",
  "out-dir",
  "artifact",
  "region",
  "steward-only",
  "commit",
  "steward-command",
  "policy-dir",
  "payload-role",
  "payload-file",
] as const;

export interface PolicyPublishInputs {
  readonly path: string;
  readonly outDir: string;
  readonly artifact: string;
  readonly region: string | undefined;
  readonly stewardOnly: readonly string[];
  readonly commit: string | undefined;
  readonly stewardCommand: string | undefined;
  readonly policyDir: string | undefined;
  readonly payloadRole: string | undefined;
  readonly payloadFile: string | undefined;
}

export function parseInputs(get: InputGetter): PolicyPublishInputs {
  return {
    path: optionalString(get, "path") ?? ".",
    outDir: optionalString(get, "out-dir") ?? "steward-build",
    artifact: optionalString(get, "artifact") ?? "steward-build.tar.gz",
    region: optionalString(get, "region"),
    stewardOnly: lineListInput(get, "steward-only"),
    commit: optionalString(get, "commit"),
    stewardCommand: optionalString(get, "steward-command"),
    policyDir: optionalString(get, "policy-dir"),
    payloadRole: optionalString(get, "payload-role"),
    payloadFile: optionalString(get, "payload-file"),
  };
}
