/** The example policy repository and the options its golden build uses. */
import { resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "../../..");
export const EXAMPLE_REPO = resolve(REPO, "examples/policy-repo");
export const GOLDEN_DIR = resolve(REPO, "test/fixtures/build/example");
export const ORG_UUID = "3f1c9a2e-7b4d-4e8a-9c1f-2a6b8d0e4f13";
export const COMMIT = "0123456789abcdef0123456789abcdef01234567";

/**
 * The example routes by geography (US on Bedrock, EU on Vertex) and has
 * per-task model rules: it builds per region, with the task rules marked Steward-only.
 */
export const EXAMPLE_OPTIONS = {
  region: "us",
  stewardOnly: ["model-policy.json#/modelPolicy/rules"],
  vars: { ANTHROPIC_ORGANIZATION_ID: ORG_UUID },
  commit: COMMIT,
} as const;
