import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIo, Command } from "../../../../shared/cli/command.js";
import keysCommands from "../../../../shared/cli/commands/keys.js";
import { ConfigurationError } from "../../../../shared/errors.js";
import { createStreamLogger } from "../../../../shared/logging.js";
import { findLeaks } from "../../../harness/canary.js";
import { ADMIN_KEY, CANARIES, GH_TOKEN, NEW_KEY, OLD_KEY, SECRET, World } from "../../keys/rotation-world.js";

const command = (name: string): Command => {
  const c = keysCommands.find((k) => k.path.join(" ") === `keys ${name}`);
  if (!c) throw new Error(`no command keys ${name}`);
  return c;
};

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function cli(w: World, dir: string, name: string, args: string[], stdin = "") {
  let out = "";
  let err = "";
  const stdout = { write: (s: string) => (out += s) };
  const stderr = { write: (s: string) => (err += s) };
  process.env.AWS_ACCESS_KEY_ID = "AKIDFAKE";
  process.env.AWS_SECRET_ACCESS_KEY = "fake-secret-access-key";
  const io: CliIo = {
    stdout,
    stderr,
    readStdin: async () => stdin,
    cwd: dir,
    env: {
      ANTHROPIC_ADMIN_KEY: ADMIN_KEY,
      ANTHROPIC_BASE_URL: w.urls.anthropic,
      GITHUB_SECRETS_TOKEN: GH_TOKEN,
      GITHUB_API_URL: w.urls.github,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: w.urls.sm,
      AWS_REGION: "us-east-1",
    },
    now: () => new Date(),
    logger: createStreamLogger(stderr),
  };
  const code = await command(name).run(args, io);
  return { code, out, err };
}

describe("steward keys", () => {
  it("stages from stdin, shows status, rotates, audits; no key value is ever printed", async () => {
    world = await new World().start();
    const dir = await mkdtemp(join(tmpdir(), "steward-keys-"));
    await writeFile(
      join(dir, "api-key-policy.json"),
      JSON.stringify({
        apiKeys: { rotation: { enabled: true, interval: "30d", notifyBefore: "7d", gracePeriod: "0s" } },
      }),
    );
    const printed: string[] = [];
    const run = async (name: string, args: string[], stdin?: string) => {
      const r = await cli(world as World, dir, name, args, stdin);
      printed.push(r.out, r.err);
      return r;
    };
    const id = ["--secret-id", SECRET];
    const staged = await run("stage", id, `${NEW_KEY}\n`);
    expect(staged).toMatchObject({ code: 0 });
    expect(staged.out).toMatch(/Staged the new key as AWSPENDING/);
    expect((await run("status", id)).out).toMatch(/A key is staged/);
    const rotated = await run("rotate", [...id, "--target", "repo:acme/app:ANTHROPIC_API_KEY", "--json"]);
    expect(rotated.code).toBe(0);
    expect(JSON.parse(rotated.out)).toMatchObject({ status: "done" });
    expect(world.sm.valueAt(SECRET, "AWSCURRENT")).toBe(NEW_KEY);
    expect(world.github.valueOf("acme/app", "ANTHROPIC_API_KEY")).toBe(NEW_KEY);
    expect(world.anthropic.bySecret(OLD_KEY)?.status).toBe("inactive");
    expect((await run("status", id)).out).toMatch(/No rotation in progress/);
    const audit = await run("audit", id);
    expect(audit.out).toMatch(/\| Key \| Id \| Status \|/);
    expect(audit.out).toMatch(/never expires/);
    const auditJson = JSON.parse((await run("audit", [...id, "--json", "--fail-on", "never"])).out);
    expect(auditJson.table.rows.find((r: { managed: boolean }) => r.managed)).toMatchObject({
      name: "ci-2026-11",
    });
    expect(findLeaks({ printed: printed.join("\n") }, CANARIES)).toEqual([]);
  });

  it("never takes a key on the command line, and says what is missing", async () => {
    world = await new World().start();
    const dir = await mkdtemp(join(tmpdir(), "steward-keys-"));
    await expect(cli(world, dir, "stage", ["--secret-id", SECRET, "--key", NEW_KEY])).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    const error = await cli(world, dir, "stage", ["--secret-id", SECRET, NEW_KEY]).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(findLeaks({ message: error.userMessage, stack: String(error.stack) }, CANARIES)).toEqual([]);
    await expect(cli(world, dir, "stage", [], NEW_KEY)).rejects.toThrow(/--secret-id/);
    await expect(cli(world, dir, "stage", ["--secret-id", SECRET], "")).rejects.toThrow(/No key/);
    for (const c of keysCommands) {
      const help = await cli(world, dir, c.path[1] ?? "", ["--help"]);
      expect(help.out).toContain(`steward ${c.path.join(" ")}`);
    }
  });
});
