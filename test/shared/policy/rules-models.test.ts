import { describe, expect, it } from "vitest";
import { findingsOf, json, lint, pos } from "./helpers.js";

const roles = (models: string[]) => json({ roleMappings: { dev: { models } } });

describe("models/unknown, models/retired, models/deprecated", () => {
  it("fires for the seed's claude-haiku-3-5-20241022, naming the real (retired) id", () => {
    const text = roles(["claude-haiku-3-5-20241022"]);
    const [f] = findingsOf({ "role-mappings.json": text }, "models/unknown");
    expect(f).toMatchObject({ ...pos(text, '"claude-haiku-3-5'), severity: "error" });
    expect(f?.message).toContain("claude-3-5-haiku-20241022");
    expect(f?.message).toContain("2026-02-19");
  });

  it("reports retired and deprecated models with their dates, from the injected date", () => {
    const text = roles(["claude-3-opus-20240229", "claude-sonnet-4-5-20250929", "claude-sonnet-5"]);
    const r = lint({ "role-mappings.json": text });
    expect(r.findings.filter((f) => f.ruleId === "models/retired").map((f) => f.message)).toEqual([
      expect.stringContaining("retired on 2026-01-05"),
    ]);
    expect(r.findings.filter((f) => f.ruleId === "models/deprecated").map((f) => f.message)).toEqual([
      expect.stringContaining("2026-09-29"),
    ]);
    // A year earlier, Sonnet 4.5 was active.
    expect(findingsOf({ "role-mappings.json": text }, "models/deprecated", { today: "2025-11-25" })).toEqual(
      [],
    );
  });

  it("checks Bedrock and Vertex id formats in routing, and their lifecycle", () => {
    const policy = json({
      routing: {
        regions: {
          us: {
            provider: "bedrock",
            models: { opus: "claude-3-opus@20240229", sonnet: "us.anthropic.claude-sonnet-4-6" },
          },
          eu: {
            provider: "vertex",
            models: { haiku: "anthropic.claude-3-haiku-20240307-v1:0", opus: "claude-opus-5" },
          },
        },
      },
    });
    const found = findingsOf({ "model-policy.json": policy }, "models");
    expect(found.map((f) => [f.ruleId, f.message.slice(0, 40)])).toEqual([
      ["models/unknown", expect.stringContaining("routing.regions.us.models.opus")],
      ["models/unknown", expect.stringContaining("routing.regions.eu.models.haiku")],
    ]);
  });

  it("treats provider ids of retired first-party models as a warning (providers keep their own schedules)", () => {
    const settings = json({
      modelRouting: { provider: "bedrock", models: { opus: "anthropic.claude-3-opus-20240229-v1:0" } },
    });
    const [f] = findingsOf({ ".claude/settings.json": settings }, "models/retired");
    expect(f?.severity).toBe("warning");
  });

  it("does not fire for current ids, aliases or placeholders", () => {
    const text = json({
      model: "sonnet",
      availableModels: ["claude-opus-5", "opus[1m]", "${MODEL}"],
      env: { ANTHROPIC_MODEL: "claude-sonnet-5" },
    });
    expect(findingsOf({ "managed-settings.json": text }, "models")).toEqual([]);
  });
});

describe("models/not-allowed-by-key-policy", () => {
  const keys = json({
    apiKeys: { restrictions: { allowedModels: ["claude-sonnet-5", "claude-haiku-4-5"] } },
  });
  it("fires for a role model the key policy does not allow", () => {
    const text = roles(["claude-sonnet-5", "claude-opus-5"]);
    const [f, ...rest] = findingsOf(
      { "role-mappings.json": text, "api-key-policy.json": keys },
      "models/not-allowed-by-key-policy",
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject(pos(text, '"claude-opus-5"'));
  });
  it("compares canonical ids (an alias of an allowed model is allowed)", () => {
    const text = roles(["claude-haiku-4-5-20251001"]);
    expect(
      findingsOf(
        { "role-mappings.json": text, "api-key-policy.json": keys },
        "models/not-allowed-by-key-policy",
      ),
    ).toEqual([]);
  });
});

describe("models/unknown-role", () => {
  it("fires for restrictions naming roles role-mappings does not define, not for * or defined roles", () => {
    const mp = json({ modelPolicy: { restrictions: { opus: { roles: ["dev", "architect", "*"] } } } });
    const found = findingsOf(
      { "role-mappings.json": roles([]), "model-policy.json": mp },
      "models/unknown-role",
    );
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('"architect"')]);
  });
});

describe("models/not-in-available-models", () => {
  const managed = json({ availableModels: ["claude-sonnet-5", "claude-haiku-4-5"] });
  it("fires for a role model the managed allowlist does not offer", () => {
    const text = roles(["claude-sonnet-5", "claude-opus-5"]);
    const found = findingsOf(
      { "managed-settings.json": managed, "role-mappings.json": text },
      "models/not-in-available-models",
    );
    expect(found.map((f) => ({ line: f.line, column: f.column }))).toEqual([pos(text, '"claude-opus-5"')]);
  });
  it("does not fire when every model is offered (aliases resolved), or without an allowlist", () => {
    const text = roles(["claude-sonnet-5", "claude-haiku-4-5-20251001"]);
    expect(
      findingsOf(
        { "managed-settings.json": managed, "role-mappings.json": text },
        "models/not-in-available-models",
      ),
    ).toEqual([]);
    expect(
      findingsOf({ "role-mappings.json": roles(["claude-opus-5"]) }, "models/not-in-available-models"),
    ).toEqual([]);
  });
});
