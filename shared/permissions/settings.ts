/**
 * Rules from parsed settings JSON with the file, line and column of every
 * entry, and the merge of settings layers the way Claude Code does it
 * (claude-code.md §1).
 */
import { findNode, type JsonSource } from "../policy/json-source.js";
import { type BuiltRules, buildRules, type PlacedDiagnostic, type RuleLists } from "./rules.js";
import type { PermissionRule, RuleSource, SettingsScope } from "./types.js";

function objectAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/**
 * Reads the `allow`/`ask`/`deny` lists found at `path` in a parsed JSON
 * source (`["permissions"]` for settings, `["roleMappings", role,
 * "permissions"]` for role mappings), placing each rule at its line.
 */
export function rulesAt(
  json: JsonSource,
  path: readonly (string | number)[],
  scope: SettingsScope,
  root?: string,
): BuiltRules {
  const lists = objectAt(json.value, path);
  if (lists === null || typeof lists !== "object" || Array.isArray(lists))
    return { rules: [], diagnostics: [] };
  const base: RuleSource = { scope, file: json.file, ...(root !== undefined ? { root } : {}) };
  return buildRules(lists as RuleLists, base, (behavior, entry) => {
    const node = findNode(json, [...path, behavior, entry]);
    if (!node) return base;
    const { line, column } = json.position(node.offset);
    return { ...base, line, column };
  });
}

/** One settings layer: where it sits and what it says. */
export interface SettingsLayer {
  readonly scope: SettingsScope;
  readonly file?: string;
  /** The parsed settings object (only `permissions`, `sandbox` and `allowManagedPermissionRulesOnly` are read here). */
  readonly settings: unknown;
  /** Its rules, placed (see {@link rulesAt}). */
  readonly rules: readonly PermissionRule[];
  readonly diagnostics?: readonly PlacedDiagnostic[];
}

/** A merged, effective policy. */
export interface EffectivePolicy {
  /** Every live rule, highest-precedence layer first, each list in file order. */
  readonly rules: readonly PermissionRule[];
  readonly diagnostics: readonly PlacedDiagnostic[];
  /** `sandbox.enabled` from the highest layer that sets it. */
  readonly sandboxEnabled: boolean;
  /** `permissions.defaultMode` from the highest layer that sets it. */
  readonly defaultMode: string | undefined;
  /** True when a managed layer set `allowManagedPermissionRulesOnly`, so lower layers' rules were dropped. */
  readonly managedRulesOnly: boolean;
}

const PRECEDENCE: readonly SettingsScope[] = ["managed", "cli", "local", "project", "user"];

/** True when a settings object has at least one key (a managed source "counts" only then). */
export function hasPolicyKeys(settings: unknown): boolean {
  return settings !== null && typeof settings === "object" && Object.keys(settings).length > 0;
}

/**
 * Merges managed-settings.json and its `managed-settings.d/*.json` drop-ins
 * (claude-code.md §1 "Drop-ins"): base first, then drop-ins by file name;
 * rule lists union with duplicates removed (the first occurrence is kept).
 */
export function mergeDropIns(
  base: SettingsLayer | undefined,
  dropIns: readonly SettingsLayer[],
): SettingsLayer | undefined {
  const ordered = [...dropIns].sort((a, b) =>
    (a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : 0,
  );
  const all = base ? [base, ...ordered] : ordered;
  if (all.length === 0) return undefined;
  const seen = new Set<string>();
  const rules: PermissionRule[] = [];
  const settings: Record<string, unknown> = {};
  for (const layer of all) {
    mergeObject(settings, layer.settings);
    for (const rule of layer.rules) {
      const key = `${rule.behavior}\u0000${rule.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rules.push(rule);
    }
  }
  return {
    scope: "managed",
    ...(all[0]?.file !== undefined ? { file: all[0].file } : {}),
    settings,
    rules: sortByBehavior(rules),
    diagnostics: all.flatMap((l) => l.diagnostics ?? []),
  };
}

function mergeObject(target: Record<string, unknown>, source: unknown): void {
  if (source === null || typeof source !== "object" || Array.isArray(source)) return;
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (Array.isArray(value)) target[key] = Array.isArray(current) ? [...current, ...value] : [...value];
    else if (value !== null && typeof value === "object") {
      const next =
        current !== null && typeof current === "object" && !Array.isArray(current) ? { ...current } : {};
      mergeObject(next as Record<string, unknown>, value);
      target[key] = next;
    } else target[key] = value;
  }
}

function sortByBehavior(rules: readonly PermissionRule[]): PermissionRule[] {
  const order = { deny: 0, ask: 1, allow: 2 } as const;
  return [...rules].sort((a, b) => order[a.behavior] - order[b.behavior]);
}

/**
 * Picks the one managed source Claude Code uses (claude-code.md §1 "One
 * managed source wins, no merge"): the first, in the order given (remote,
 * plist/HKLM, file + drop-ins, HKCU), that has at least one key.
 */
export function selectManagedSource(
  candidates: readonly (SettingsLayer | undefined)[],
): SettingsLayer | undefined {
  return candidates.find((c) => c !== undefined && hasPolicyKeys(c.settings));
}

/**
 * Merges layers into the effective policy (claude-code.md §1): rule arrays
 * concatenate across layers (highest precedence first), scalars come from
 * the highest layer, and a managed `allowManagedPermissionRulesOnly` drops
 * every other layer's rules. Pass at most one managed layer (see
 * {@link selectManagedSource}); extra managed layers are treated as one
 * source in the order given.
 */
export function mergeLayers(layers: readonly SettingsLayer[]): EffectivePolicy {
  const ordered = [...layers].sort((a, b) => PRECEDENCE.indexOf(a.scope) - PRECEDENCE.indexOf(b.scope));
  const managedOnly = ordered.some(
    (l) => l.scope === "managed" && objectAt(l.settings, ["allowManagedPermissionRulesOnly"]) === true,
  );
  const scalar = (path: readonly string[]): unknown => {
    for (const layer of ordered) {
      const v = objectAt(layer.settings, path);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const kept = ordered.filter((l) => !managedOnly || l.scope === "managed");
  const rules = sortByBehavior(kept.flatMap((l) => l.rules));
  const mode = scalar(["permissions", "defaultMode"]);
  return {
    rules,
    diagnostics: ordered.flatMap((l) => l.diagnostics ?? []),
    sandboxEnabled: scalar(["sandbox", "enabled"]) === true,
    defaultMode: typeof mode === "string" ? mode : undefined,
    managedRulesOnly: managedOnly,
  };
}

/** A settings layer from a parsed JSON source. */
export function layerFromSource(json: JsonSource, scope: SettingsScope, root?: string): SettingsLayer {
  const built = rulesAt(json, ["permissions"], scope, root);
  return { scope, file: json.file, settings: json.value, rules: built.rules, diagnostics: built.diagnostics };
}
