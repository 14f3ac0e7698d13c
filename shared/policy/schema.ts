/**
 * JSON Schema validation of every JSON policy file (ajv, compiled once), each
 * error mapped to the line and column of the offending value, or of the key
 * for unknown keys, with a "did you mean" from the schema's known keys.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import type { Finding } from "./finding.js";
import type { JsonNode } from "./json-source.js";
import { findNode, keyNodeOf } from "./json-source.js";
import { type JsonKind, schemaIdOf } from "./kinds.js";
import type { PolicyFile } from "./policy.js";
import { didYouMean, findingAt } from "./rules/context.js";
import apiKeyPolicy from "./schemas/api-key-policy.schema.json" with { type: "json" };
import claudeSettings from "./schemas/claude-settings.schema.json" with { type: "json" };
import enterpriseAuth from "./schemas/enterprise-auth.schema.json" with { type: "json" };
import enterpriseSettings from "./schemas/enterprise-settings.schema.json" with { type: "json" };
import enterpriseSupport from "./schemas/enterprise-support.schema.json" with { type: "json" };
import governanceConfig from "./schemas/governance-config.schema.json" with { type: "json" };
import managedSettings from "./schemas/managed-settings.schema.json" with { type: "json" };
import modelPolicy from "./schemas/model-policy.schema.json" with { type: "json" };
import roleMappings from "./schemas/role-mappings.schema.json" with { type: "json" };
import stewardConfig from "./schemas/steward-config.schema.json" with { type: "json" };
import teamSettings from "./schemas/team-settings.schema.json" with { type: "json" };
import usageDashboardConfig from "./schemas/usage-dashboard-config.schema.json" with { type: "json" };

/** Every schema, by kind. */
export const SCHEMAS: Readonly<Record<JsonKind, Record<string, unknown>>> = {
  "managed-settings": managedSettings,
  "claude-settings": claudeSettings,
  "enterprise-settings": enterpriseSettings,
  "role-mappings": roleMappings,
  "api-key-policy": apiKeyPolicy,
  "model-policy": modelPolicy,
  "governance-config": governanceConfig,
  "usage-dashboard-config": usageDashboardConfig,
  "enterprise-auth": enterpriseAuth,
  "team-settings": teamSettings,
  "enterprise-support": enterpriseSupport,
  "steward-config": stewardConfig,
};

let compiled: Map<JsonKind, ValidateFunction> | undefined;

/** Compiles every schema once; later calls reuse the validators. */
export function validators(): Map<JsonKind, ValidateFunction> {
  if (compiled) return compiled;
  const AjvClass = ((Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv) as typeof Ajv;
  const ajv = new AjvClass({ allErrors: true, strict: false, verbose: true });
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  const map = new Map<JsonKind, ValidateFunction>();
  for (const kind of Object.keys(SCHEMAS) as JsonKind[]) {
    const v = ajv.getSchema(schemaIdOf(kind));
    if (!v) throw new Error(`schema ${kind} did not compile`);
    map.set(kind, v);
  }
  compiled = map;
  return map;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function displayPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "the top level";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function keyNode(objectNode: JsonNode | undefined, key: string): JsonNode | undefined {
  for (const p of objectNode?.children ?? []) if (p.children?.[0]?.value === key) return p.children[0];
  return undefined;
}

const typeName = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`;

/** Options: paths (JSON pointers) whose errors another rule reports better. */
export interface SchemaOptions {
  readonly skipUnder?: readonly string[];
}

/** Schema findings for one JSON policy file of a known kind. */
export function schemaFindings(file: PolicyFile, options: SchemaOptions = {}): Finding[] {
  const source = file.json;
  if (!source || source.root === undefined || source.value === undefined) return [];
  const kind = file.kind as JsonKind;
  const validate = validators().get(kind);
  if (!validate) return [];
  if (validate(source.value)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const kindLabel =
    kind === "managed-settings" || kind === "claude-settings"
      ? "Claude Code settings"
      : `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} file`;
  for (const error of (validate.errors ?? []) as ErrorObject[]) {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    const pointer =
      extra !== undefined
        ? `${error.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`
        : error.instancePath;
    if (options.skipUnder?.some((p) => pointer === p || pointer.startsWith(`${p}/`))) continue;
    if (error.keyword === "if" || error.keyword === "allOf") continue;
    const path = pointerToPath(error.instancePath);
    const node = path.length === 0 ? source.root : findNode(source, path);
    const where = displayPath(path);
    if (error.keyword === "additionalProperties") {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const dedupe = `${error.instancePath}/${key}:unknown`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const guess = didYouMean(key, known);
      findings.push(
        findingAt(
          file,
          { node: keyNode(node, key) ?? node },
          "schema/unknown-key",
          `Unknown key "${key}" in ${where}: ${kindLabel} ${kind === "managed-settings" || kind === "claude-settings" ? "have" : "has"} no such key, so it is ignored${guess ? `; did you mean "${guess}"?` : "."}`,
          guess
            ? `Rename it to "${guess}" or remove it.`
            : `Remove it, or move it to the file that owns it. Known keys here: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", ..." : ""}.`,
        ),
      );
      continue;
    }
    if (error.keyword === "propertyNames") continue;
    const propertyName = (error as { propertyName?: string }).propertyName;
    if (propertyName !== undefined) {
      const dedupe = `${error.instancePath}/${propertyName}:name`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
      const guess = didYouMean(propertyName, allowed);
      findings.push(
        findingAt(
          file,
          { node: keyNode(node, propertyName) ?? node },
          "schema/unknown-key",
          `Unknown key "${propertyName}" in ${where}: not one of the names allowed here${guess ? `; did you mean "${guess}"?` : "."}`,
          guess
            ? `Rename it to "${guess}".`
            : `Use one of: ${allowed.slice(0, 12).join(", ")}${allowed.length > 12 ? ", ..." : ""}.`,
        ),
      );
      continue;
    }
    const dedupe = `${error.instancePath}:${error.keyword}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    let message: string;
    let hint: string | undefined;
    let at: JsonNode | undefined = node;
    switch (error.keyword) {
      case "type": {
        const expected = (error.params as { type: string | string[] }).type;
        message = `${where} must be ${Array.isArray(expected) ? expected.join(" or ") : expected}, not ${typeName(error.data)}; a value of the wrong type is dropped (and in a user or project settings file can void the whole file).`;
        hint = `Write ${where} as ${Array.isArray(expected) ? expected.join(" or ") : expected}.`;
        break;
      }
      case "enum": {
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) =>
          JSON.stringify(v),
        );
        const guess =
          typeof error.data === "string"
            ? didYouMean(
                error.data,
                allowed.map((a) => a.replace(/^"|"$/g, "")),
              )
            : undefined;
        message = `${where} is ${JSON.stringify(error.data)}, which is not one of ${allowed.join(", ")}${guess ? `; did you mean "${guess}"?` : "."}`;
        hint = guess ? `Use "${guess}".` : `Use one of ${allowed.join(", ")}.`;
        break;
      }
      case "const":
        message = `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}.`;
        break;
      case "required": {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        message = `${where} is missing the required key "${missing}".`;
        hint = `Add "${missing}".`;
        at = (node && keyNodeOf(node)) ?? node;
        break;
      }
      case "pattern":
      case "format":
        message = `${where} is ${JSON.stringify(error.data)}, which is not in the expected form (${error.message ?? "pattern"}).`;
        hint =
          error.parentSchema && (error.parentSchema as { description?: string }).description
            ? `${(error.parentSchema as { description: string }).description}.`
            : undefined;
        break;
      case "minimum":
      case "exclusiveMinimum":
      case "maximum":
      case "exclusiveMaximum":
        message = `${where} is ${JSON.stringify(error.data)}, but it ${error.message ?? "is out of range"}.`;
        break;
      default:
        message = `${where} ${error.message ?? "does not match the schema"}.`;
    }
    findings.push(findingAt(file, { node: at }, "schema/invalid", message, hint));
  }
  return findings;
}
