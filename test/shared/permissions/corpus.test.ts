// Real settings files other people wrote (../shared/corpus/settings, never copied
// into the repository): the engine must read every one of them without throwing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  analyseRules,
  evaluateProbes,
  layerFromSource,
  mergeLayers,
  type SettingsLayer,
} from "../../../shared/permissions/index.js";
import { parseJsonSource } from "../../../shared/policy/json-source.js";

const dir = join(fileURLToPath(new URL("../../../", import.meta.url)), "..", "shared", "corpus", "settings");

describe.skipIf(!existsSync(dir))("corpus settings files", () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith(".")) : [];
  const layers: SettingsLayer[] = [];
  for (const file of files) {
    const source = parseJsonSource(readFileSync(join(dir, file), "utf8"), file);
    layers.push(layerFromSource(source, file.includes("managed-settings") ? "managed" : "project", "/repo"));
  }

  it("reads every file, every rule becomes a rule or a diagnostic with its line", () => {
    expect(files.length).toBeGreaterThan(10);
    let entries = 0;
    for (const layer of layers) {
      const value = layer.settings as { permissions?: Record<string, unknown> } | undefined;
      const lists = value?.permissions ?? {};
      for (const behavior of ["allow", "ask", "deny"]) {
        const list = lists[behavior];
        if (Array.isArray(list)) entries += list.length;
      }
      for (const rule of layer.rules)
        expect(rule.source.line, `${layer.file} ${rule.text}`).toBeGreaterThan(0);
    }
    const rules = layers.reduce((n, l) => n + l.rules.length, 0);
    const failed = new Set(
      layers.flatMap((l) =>
        (l.diagnostics ?? [])
          .filter((d) => d.severity === "error")
          .map((d) => `${l.file}#${d.behavior}#${d.entry}`),
      ),
    );
    expect(rules + failed.size).toBe(entries);
    expect(rules).toBeGreaterThan(100);
  });

  it("recognises the legacy ':*' spelling found beside ' *'", () => {
    const notes = layers.flatMap((l) => l.diagnostics ?? []).filter((d) => d.code === "legacy-colon-star");
    expect(notes.length).toBeGreaterThan(0);
  });

  it("analyses each file and evaluates the probes without throwing", () => {
    for (const layer of layers) {
      const findings = analyseRules(layer.rules, { diagnostics: layer.diagnostics ?? [] });
      for (const f of findings) expect(f.rules.length).toBeGreaterThan(0);
      const results = evaluateProbes(layer.rules);
      expect(results.length).toBeGreaterThan(0);
    }
    const merged = mergeLayers(layers);
    expect(evaluateProbes(merged.rules).some((r) => r.decision !== "none")).toBe(true);
  });
});
