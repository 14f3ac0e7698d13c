import { describe, expect, it } from "vitest";
import { parseGroupFile, resolveRole } from "../../../shared/hooks/identity.js";
import { buildHookPolicy } from "../../../shared/hooks/policy-build.js";
import { parseJsonSource } from "../../../shared/policy/json-source.js";

const policy = buildHookPolicy(
  {
    roleMappings: parseJsonSource(
      JSON.stringify({
        defaultRole: "contractors",
        roleMappings: {
          admins: { idpGroups: ["okta:admins"], quotas: { daily: 10 } },
          developers: { idpGroups: ["okta:eng"], members: ["ana@acme.example"] },
          contractors: { idpGroups: ["okta:contractors"] },
        },
      }),
      "role-mappings.json",
    ),
  },
  "/p",
);

describe("resolveRole", () => {
  it("takes flag, then env, then config, then groups, then members, then defaultRole", () => {
    const user = "bo@acme.example";
    expect(resolveRole(policy, { user, flagRole: "admins", envRole: "developers" })).toEqual({
      role: "admins",
      via: "flag",
    });
    expect(resolveRole(policy, { user, envRole: "developers", configRole: "admins" })).toEqual({
      role: "developers",
      via: "env",
    });
    expect(resolveRole(policy, { user, configRole: "admins", groups: ["okta:eng"] })).toEqual({
      role: "admins",
      via: "config",
    });
    expect(resolveRole(policy, { user, groups: ["okta:x", "okta:eng", "okta:admins"] })).toEqual({
      role: "admins",
      via: "idp-group",
    });
    expect(resolveRole(policy, { user: "ana@acme.example" })).toEqual({ role: "developers", via: "member" });
    expect(resolveRole(policy, { user, envRole: "" })).toEqual({ role: "contractors", via: "default" });
  });
  it("falls back to defaultRole for a role the mappings do not define, and says so", () => {
    expect(resolveRole(policy, { user: "x", envRole: "interns" })).toEqual({
      role: "contractors",
      via: "default",
      unknownRole: "interns",
    });
  });
  it("has no role without defaultRole, and org-only without role mappings", () => {
    const noDefault = { ...policy, defaultRole: null };
    expect(resolveRole(noDefault, { user: "x" })).toEqual({ role: null, via: "none" });
    expect(resolveRole({ ...policy, roleInfo: [] }, { user: "x" })).toEqual({ role: null, via: "org-only" });
  });
  it("reads quotas from the mappings", () => {
    expect(policy.roleInfo[0]?.quotas).toEqual({ daily: 10 });
  });
});

describe("parseGroupFile", () => {
  it.each([
    ['["a","b"]', ["a", "b"]],
    ['{"groups":["a",1,""]}', ["a"]],
    ["# groups\na\n\n b \r\n", ["a", "b"]],
    ["", []],
    ["{broken", undefined],
    ['{"other":1}', undefined],
  ])("%j", (text, groups) => {
    expect(parseGroupFile(text)).toEqual(groups);
  });
});
