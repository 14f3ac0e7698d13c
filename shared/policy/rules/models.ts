/**
 * Model ids in role mappings, the model policy, routing, the key policy and
 * settings: unknown, deprecated or retired on the injected `today`
 * (anthropic-apis.md §7), in the wrong form for their provider (§8), role
 * models the key policy does not allow, and restrictions naming roles that do
 * not exist. The lifecycle data comes from shared/pricing's model catalog.
 */
import { defaultCatalog, modelLifecycle, resolveModel } from "../../pricing/index.js";
import type { Finding } from "../finding.js";
import { propertiesOf, propertyNode } from "../hooks-model.js";
import type { JsonNode } from "../json-source.js";
import { filesOfKind, type ParsedPolicy, type PolicyFile } from "../policy.js";
import { didYouMean, findingAt, type PolicyRule } from "./context.js";

export type Provider = "anthropic" | "bedrock" | "vertex" | undefined;

export interface ModelRef {
  readonly file: PolicyFile;
  readonly node: JsonNode;
  readonly id: string;
  readonly provider: Provider;
  /** The role it belongs to (role-mappings). */
  readonly role?: string;
  readonly where: string;
}

/** Claude Code's model aliases (not ids). */
const ALIASES = new Set([
  "default",
  "opus",
  "sonnet",
  "haiku",
  "opusplan",
  "best",
  "fable",
  "mythos",
  "inherit",
]);

const str = (n: JsonNode | undefined): n is JsonNode => n?.type === "string" && typeof n.value === "string";
const each = (n: JsonNode | undefined): JsonNode[] => (n?.type === "array" ? (n.children ?? []) : []);

function providerOf(value: unknown): Provider {
  return value === "bedrock" || value === "vertex" || value === "anthropic" ? value : undefined;
}

function routingRefs(
  file: PolicyFile,
  routing: JsonNode | undefined,
  where: string,
  out: ModelRef[],
  inherited?: Provider,
): void {
  if (!routing) return;
  const provider = providerOf(propertyNode(routing, "provider")?.value) ?? inherited;
  for (const [alias, node] of propertiesOf(propertyNode(routing, "models"))) {
    if (str(node)) out.push({ file, node, id: node.value, provider, where: `${where}.models.${alias}` });
  }
  for (const [name, region] of propertiesOf(propertyNode(routing, "regions"))) {
    routingRefs(file, region, `${where}.regions.${name}`, out);
  }
  routingRefs(file, propertyNode(routing, "fallback"), `${where}.fallback`, out);
}

const ENV_MODEL_KEYS = [
  "ANTHROPIC_MODEL",
  "ANTHROPIC_DEFAULT_OPUS_MODEL",
  "ANTHROPIC_DEFAULT_SONNET_MODEL",
  "ANTHROPIC_DEFAULT_HAIKU_MODEL",
  "ANTHROPIC_SMALL_FAST_MODEL",
  "CLAUDE_CODE_SUBAGENT_MODEL",
];

/** Every model id the policy names, with its node. */
export function modelRefs(policy: ParsedPolicy): ModelRef[] {
  const out: ModelRef[] = [];
  for (const file of filesOfKind(policy, "role-mappings")) {
    for (const [role, r] of propertiesOf(propertyNode(file.json?.root, "roleMappings"))) {
      each(propertyNode(r, "models")).forEach((node, i) => {
        if (str(node))
          out.push({
            file,
            node,
            id: node.value,
            provider: undefined,
            role,
            where: `roleMappings.${role}.models[${i}]`,
          });
      });
    }
  }
  for (const file of filesOfKind(policy, "model-policy")) {
    const mp = propertyNode(file.json?.root, "modelPolicy");
    const def = propertyNode(mp, "default");
    if (str(def))
      out.push({ file, node: def, id: def.value, provider: undefined, where: "modelPolicy.default" });
    each(propertyNode(mp, "rules")).forEach((rule, i) => {
      const m = propertyNode(rule, "model");
      if (str(m))
        out.push({ file, node: m, id: m.value, provider: undefined, where: `modelPolicy.rules[${i}].model` });
    });
    routingRefs(file, propertyNode(file.json?.root, "routing"), "routing", out);
  }
  for (const file of filesOfKind(policy, "managed-settings", "claude-settings")) {
    const root = file.json?.root;
    routingRefs(file, propertyNode(root, "modelRouting"), "modelRouting", out);
    const env = propertyNode(root, "env");
    const provider: Provider =
      propertyNode(env, "CLAUDE_CODE_USE_BEDROCK")?.value === "1"
        ? "bedrock"
        : propertyNode(env, "CLAUDE_CODE_USE_VERTEX")?.value === "1"
          ? "vertex"
          : undefined;
    const model = propertyNode(root, "model");
    if (str(model)) out.push({ file, node: model, id: model.value, provider, where: "model" });
    each(propertyNode(root, "availableModels")).forEach((node, i) => {
      if (str(node)) out.push({ file, node, id: node.value, provider, where: `availableModels[${i}]` });
    });
    for (const key of ENV_MODEL_KEYS) {
      const node = propertyNode(env, key);
      if (str(node)) out.push({ file, node, id: node.value, provider, where: `env.${key}` });
    }
  }
  for (const file of filesOfKind(policy, "api-key-policy")) {
    const allowed = propertyNode(
      propertyNode(propertyNode(file.json?.root, "apiKeys"), "restrictions"),
      "allowedModels",
    );
    each(allowed).forEach((node, i) => {
      if (str(node))
        out.push({
          file,
          node,
          id: node.value,
          provider: undefined,
          where: `apiKeys.restrictions.allowedModels[${i}]`,
        });
    });
  }
  for (const file of filesOfKind(policy, "team-settings")) {
    const m = propertyNode(propertyNode(file.json?.root, "defaults"), "model");
    if (str(m)) out.push({ file, node: m, id: m.value, provider: undefined, where: "defaults.model" });
  }
  return out.filter((r) => {
    const bare = r.id
      .replace(/\[[^\]]*\]$/, "")
      .trim()
      .toLowerCase();
    return bare !== "" && !ALIASES.has(bare) && !/\$\{?[A-Z_]/.test(r.id);
  });
}

const FORMATS: Record<"bedrock" | "vertex" | "anthropic", RegExp> = {
  bedrock:
    /^(arn:aws[a-z-]*:bedrock:[^:]*:[^:]*:(inference-profile|foundation-model|application-inference-profile)\/)?((global|us|eu|jp|apac|au)\.)?anthropic\.claude-[a-z0-9.-]+(-v\d+(:\d+)?)?$/,
  vertex: /^claude-[a-z0-9.-]+(@\d{8})?$/,
  anthropic: /^claude-[a-z0-9.-]+$/,
};
const FORMAT_EXAMPLE = {
  bedrock: "us.anthropic.claude-sonnet-4-6 or anthropic.claude-opus-4-6-v1",
  vertex: "claude-sonnet-5 or claude-haiku-4-5@20251001",
  anthropic: "claude-sonnet-5",
};

const ALL_SPELLINGS = [...defaultCatalog.index.keys()];

export const modelLifecycleRule: PolicyRule = ({ policy, today }) => {
  const findings: Finding[] = [];
  for (const ref of modelRefs(policy)) {
    const id = ref.id.replace(/\[[^\]]*\]$/, "").trim();
    if (ref.provider && !FORMATS[ref.provider].test(id)) {
      findings.push(
        findingAt(
          ref.file,
          { node: ref.node },
          "models/unknown",
          `${ref.where} is "${ref.id}", which is not a ${ref.provider === "anthropic" ? "first-party" : ref.provider === "bedrock" ? "Bedrock" : "Vertex AI"} model id, so requests routed there fail (reference anthropic-apis §8).`,
          `Use the ${ref.provider} form, e.g. ${FORMAT_EXAMPLE[ref.provider]}.`,
        ),
      );
      continue;
    }
    const life = modelLifecycle(id, today);
    const providerId = /^(arn:|[a-z]+\.anthropic\.|anthropic\.)|@\d{8}$/.test(id.toLowerCase());
    if (life.status === "unknown") {
      const guess = swapGuess(id) ?? didYouMean(id.toLowerCase(), ALL_SPELLINGS);
      const guessLife = guess ? modelLifecycle(guess, today) : undefined;
      findings.push(
        findingAt(
          ref.file,
          { node: ref.node },
          "models/unknown",
          `${ref.where} is "${ref.id}", which is not a Claude model id (anthropic-apis §7, §8)${guess ? `; the closest real id is "${guess}"${guessLife && guessLife.status !== "active" ? ` (${guessLife.reason.replace(/\.$/, "")})` : ""}` : ""}.`,
          guess && guessLife?.status === "active"
            ? `Did you mean "${guess}"?`
            : "Use a current model id, e.g. claude-sonnet-5, claude-opus-5 or claude-haiku-4-5-20251001.",
        ),
      );
    } else if (life.status === "retired") {
      findings.push(
        findingAt(
          ref.file,
          { node: ref.node },
          "models/retired",
          `${ref.where}: ${life.reason}${providerId ? " (first-party date; Bedrock and Vertex keep their own schedules, check theirs)" : ""} (anthropic-apis §7).`,
          "Replace it with a current model (claude-sonnet-5, claude-opus-5, claude-haiku-4-5-20251001, or their provider forms).",
          providerId ? "warning" : undefined,
        ),
      );
    } else if (life.status === "deprecated") {
      findings.push(
        findingAt(
          ref.file,
          { node: ref.node },
          "models/deprecated",
          `${ref.where}: ${life.reason} (anthropic-apis §7; checked against ${today}).`,
          "Plan the move to a newer model before it is retired.",
        ),
      );
    }
  }
  return findings;
};

/** `claude-haiku-3-5-20241022` -> `claude-3-5-haiku-20241022` (the seed's family/version swap). */
function swapGuess(id: string): string | undefined {
  const m = /^claude-(opus|sonnet|haiku)-(\d)-(\d)(-\d{8})?$/.exec(id.toLowerCase());
  if (!m) return undefined;
  const candidate = `claude-${m[2]}-${m[3]}-${m[1]}${m[4] ?? ""}`;
  return resolveModel(candidate) ? candidate : undefined;
}

export const roleModelsAllowedByKeyPolicy: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const allowedRefs = modelRefs(policy).filter((r) =>
    r.where.startsWith("apiKeys.restrictions.allowedModels"),
  );
  if (allowedRefs.length === 0) return findings;
  const allowed = new Set(allowedRefs.map((r) => resolveModel(r.id)?.id ?? r.id.toLowerCase()));
  const keyFile = allowedRefs[0]?.file.path;
  for (const ref of modelRefs(policy)) {
    if (ref.role === undefined) continue;
    const canonical = resolveModel(ref.id)?.id ?? ref.id.toLowerCase();
    if (allowed.has(canonical)) continue;
    findings.push(
      findingAt(
        ref.file,
        { node: ref.node },
        "models/not-allowed-by-key-policy",
        `Role "${ref.role}" may use "${ref.id}", but ${keyFile} does not list it in apiKeys.restrictions.allowedModels, so the role is promised a model its API key cannot call.`,
        `Add "${ref.id}" to allowedModels in ${keyFile}, or remove it from the role.`,
      ),
    );
  }
  return findings;
};

export const unknownRoles: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const rm = filesOfKind(policy, "role-mappings")[0];
  if (!rm?.json) return findings;
  const roles = new Set(propertiesOf(propertyNode(rm.json.root, "roleMappings")).map(([k]) => k));
  const check = (file: PolicyFile, node: JsonNode, what: string) => {
    if (!str(node) || node.value === "*" || roles.has(node.value)) return;
    const guess = didYouMean(node.value, roles);
    findings.push(
      findingAt(
        file,
        { node },
        "models/unknown-role",
        `${what} names the role "${node.value}", which ${rm.path} does not define, so the rule applies to nobody.`,
        guess ? `Did you mean "${guess}"?` : `Use one of: ${[...roles].join(", ")}.`,
      ),
    );
  };
  const def = propertyNode(rm.json.root, "defaultRole");
  if (def) check(rm, def, "defaultRole");
  for (const file of filesOfKind(policy, "model-policy")) {
    const restrictions = propertyNode(propertyNode(file.json?.root, "modelPolicy"), "restrictions");
    for (const [family, r] of propertiesOf(restrictions)) {
      for (const node of each(propertyNode(r, "roles")))
        check(file, node, `modelPolicy.restrictions.${family}.roles`);
    }
  }
  return findings;
};

/** Role and model-policy models that managed `availableModels` does not offer (reference §2). */
export const modelsOutsideAvailableModels: PolicyRule = ({ policy }) => {
  const findings: Finding[] = [];
  const managed = modelRefs(policy).filter(
    (r) =>
      r.file.kind === "managed-settings" &&
      r.file.path.endsWith("managed-settings.json") &&
      r.where.startsWith("availableModels"),
  );
  if (managed.length === 0) return findings;
  const available = new Set(managed.map((r) => resolveModel(r.id)?.id ?? r.id.toLowerCase()));
  const source = managed[0]?.file.path;
  for (const ref of modelRefs(policy)) {
    if (ref.file.kind !== "role-mappings" && ref.file.kind !== "model-policy") continue;
    if (ref.where.startsWith("routing")) continue;
    const canonical = resolveModel(ref.id)?.id ?? ref.id.toLowerCase();
    if (available.has(canonical)) continue;
    findings.push(
      findingAt(
        ref.file,
        { node: ref.node },
        "models/not-in-available-models",
        `${ref.where} is "${ref.id}", which ${source} does not list in availableModels: Claude Code rejects models outside that allowlist for /model, --model, the model setting and subagents (reference §2), so this choice cannot take effect.`,
        `Add "${ref.id}" to availableModels in ${source}, or use one of the models listed there.`,
      ),
    );
  }
  return findings;
};
