import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import permissionsDiff from "../../../../shared/cli/commands/permissions-diff.js";
import { isConfigurationError } from "../../../../shared/errors.js";
import { recordingIo } from "./cli-io.js";

let root: string;
const mappings = (devDeny: string[]) =>
  JSON.stringify(
    {
      roleMappings: {
        developers: { permissions: { allow: ["Bash(npm *)"], deny: devDeny } },
        contractors: { permissions: { deny: ["Bash", "Edit"] } },
      },
    },
    null,
    2,
  );

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "steward-diff-"));
  for (const side of ["base", "head"]) mkdirSync(join(root, side));
  writeFileSync(
    join(root, "base", "enterprise-settings.json"),
    JSON.stringify({ permissions: { deny: ["Read(.env)"] } }),
  );
  writeFileSync(
    join(root, "head", "enterprise-settings.json"),
    JSON.stringify({ permissions: { deny: ["Read(.env)"] } }),
  );
  writeFileSync(join(root, "base", "role-mappings.json"), mappings(["Bash(npm publish)"]));
  writeFileSync(join(root, "head", "role-mappings.json"), mappings([]));
  mkdirSync(join(root, "solo"));
  writeFileSync(
    join(root, "solo", "managed-settings.json"),
    JSON.stringify({ permissions: { allow: ["Bash(npm publish)"] } }),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("steward permissions diff", () => {
  it("reports the probes whose decision changed and the rules removed, per role", async () => {
    const x = recordingIo(root);
    expect(await permissionsDiff.run(["base", "head", "--format", "json"], x.io)).toBe(0);
    const out = JSON.parse(x.out());
    const dev = out.roles.find((r: { role: string }) => r.role === "developers");
    expect(dev.status).toBe("changed");
    expect(dev.changes).toContainEqual(
      expect.objectContaining({ probe: "publishing/npm-publish", before: "deny", after: "allow" }),
    );
    expect(dev.rulesRemoved).toEqual([
      expect.objectContaining({
        text: "Bash(npm publish)",
        behavior: "deny",
        source: expect.objectContaining({ file: "base/role-mappings.json" }),
      }),
    ]);
    expect(out.roles.find((r: { role: string }) => r.role === "contractors").status).toBe("unchanged");
  });

  it("renders text and markdown", async () => {
    const t = recordingIo(root);
    await permissionsDiff.run(["base", "head"], t.io);
    expect(t.out()).toContain("role developers: changed");
    expect(t.out()).toContain("publishing/npm-publish: deny -> allow (looser)");
    const m = recordingIo(root);
    await permissionsDiff.run(["base", "head", "--format", "markdown"], m.io);
    expect(m.out()).toContain("### Role `developers`");
  });

  it("uses one role named default without role mappings", async () => {
    const x = recordingIo(root);
    await permissionsDiff.run(["solo", "solo", "--format", "json"], x.io);
    expect(JSON.parse(x.out()).roles.map((r: { role: string }) => r.role)).toEqual(["default"]);
  });

  it("rejects wrong arguments", async () => {
    await expect(permissionsDiff.run(["base"], recordingIo(root).io)).rejects.toSatisfy(isConfigurationError);
    await expect(permissionsDiff.run(["base", "missing"], recordingIo(root).io)).rejects.toSatisfy(
      isConfigurationError,
    );
    await expect(
      permissionsDiff.run(["base", "head", "--format", "xml"], recordingIo(root).io),
    ).rejects.toSatisfy(isConfigurationError);
  });
});
