import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import hookInstall from "../../../shared/cli/commands/hook-install.js";
import {
  fastHookCommand,
  isStewardHandler,
  mergeStewardHooks,
  stewardHooks,
} from "../../../shared/hooks/install.js";
import { MANAGED, tempDir, testIo } from "./io.js";

const OPTS = { command: "steward", policy: "/etc/claude-code/steward" };
/** What `steward hook install` wires by default: PreToolUse through the fast hook. */
const INSTALLED = { ...OPTS, preToolUseCommand: "steward-hook" };

describe("stewardHooks", () => {
  it("has the real hooks shape", () => {
    expect(stewardHooks(OPTS)).toEqual({
      PreToolUse: [
        {
          matcher: "*",
          hooks: [
            {
              type: "command",
              command: "steward hook pre-tool-use --policy /etc/claude-code/steward",
              timeout: 10,
            },
          ],
        },
      ],
      UserPromptSubmit: [
        {
          hooks: [
            {
              type: "command",
              command: "steward hook user-prompt-submit --policy /etc/claude-code/steward",
              timeout: 10,
            },
          ],
        },
      ],
      Stop: [
        {
          hooks: [
            { type: "command", command: "steward hook stop --policy /etc/claude-code/steward", timeout: 30 },
          ],
        },
      ],
      SessionEnd: [
        {
          hooks: [
            {
              type: "command",
              command: "steward hook session-end --policy /etc/claude-code/steward",
              timeout: 30,
            },
          ],
        },
      ],
    });
  });
  it("quotes a policy path with spaces (macOS) and adds --block-on-quota", () => {
    const h = stewardHooks({
      command: "steward",
      policy: "/Library/Application Support/ClaudeCode/steward",
      blockOnQuota: true,
    });
    expect(h.UserPromptSubmit?.[0]?.hooks[0]?.command).toBe(
      'steward hook user-prompt-submit --policy "/Library/Application Support/ClaudeCode/steward" --block-on-quota',
    );
  });
  it("runs PreToolUse through the fast hook when given, the other hooks through the CLI", () => {
    const h = stewardHooks({ ...OPTS, preToolUseCommand: "/usr/local/bin/steward-hook" });
    expect(h.PreToolUse?.[0]?.hooks[0]?.command).toBe(
      "/usr/local/bin/steward-hook hook pre-tool-use --policy /etc/claude-code/steward",
    );
    expect(h.Stop?.[0]?.hooks[0]?.command).toBe("steward hook stop --policy /etc/claude-code/steward");
    expect(isStewardHandler(h.PreToolUse?.[0]?.hooks[0]?.command, "pre-tool-use")).toBe(true);
  });
  it("finds the fast hook next to the Steward command", () => {
    expect(fastHookCommand("steward")).toBe("steward-hook");
    expect(fastHookCommand("/usr/local/bin/steward")).toBe("/usr/local/bin/steward-hook");
    expect(fastHookCommand("node /opt/steward/cli/index.js")).toBe("node /opt/steward/hook/steward-hook.cjs");
    expect(fastHookCommand('node "C:\\Program Files\\Steward\\cli\\index.js"')).toBe(
      'node "C:\\Program Files\\Steward\\hook\\steward-hook.cjs"',
    );
    expect(fastHookCommand("/opt/acme/run-steward.sh")).toBeUndefined();
  });
  it("recognises Steward handlers by any path", () => {
    expect(isStewardHandler("steward hook stop", "stop")).toBe(true);
    expect(isStewardHandler("node /opt/steward/index.js hook stop --policy x", "stop")).toBe(true);
    expect(isStewardHandler("steward hook stop-all", "stop")).toBe(false);
    expect(isStewardHandler("/etc/claude-code/audit.sh stop", "stop")).toBe(false);
  });
});

describe("mergeStewardHooks", () => {
  it("merges into the example managed settings without disturbing anything, idempotently", () => {
    const text = readFileSync(MANAGED, "utf8");
    const first = mergeStewardHooks(text, OPTS);
    expect(first.changes).toEqual([
      "updated PreToolUse",
      "added UserPromptSubmit",
      "updated Stop",
      "added SessionEnd",
    ]);
    const before = JSON.parse(text);
    const after = JSON.parse(first.text);
    expect({ ...after, hooks: undefined }).toEqual({ ...before, hooks: undefined });
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.hooks.PreToolUse).toEqual([
      {
        matcher: "*",
        hooks: [
          {
            type: "command",
            command: "steward hook pre-tool-use --policy /etc/claude-code/steward",
            timeout: 10,
          },
        ],
      },
    ]);
    // only the hooks block's lines changed
    const beforeLines = text.split("\n");
    const hooksStart = beforeLines.findIndex((l) => l.includes('"hooks"'));
    expect(first.text.split("\n").slice(0, hooksStart)).toEqual(beforeLines.slice(0, hooksStart));
    const second = mergeStewardHooks(first.text, OPTS);
    expect(second).toEqual({ text: first.text, changes: [] });
  });

  it("keeps other hooks of the same event and appends Steward after them", () => {
    const text = `{\n    "hooks": {\n        "PreToolUse": [\n            {"matcher": "Bash", "hooks": [{"type": "command", "command": "/opt/acme/bash-guard.sh"}]}\n        ]\n    },\n    "model": "claude-sonnet-5"\n}\n`;
    const merged = mergeStewardHooks(text, OPTS);
    const v = JSON.parse(merged.text);
    expect(v.hooks.PreToolUse).toHaveLength(2);
    expect(v.hooks.PreToolUse[0].hooks[0].command).toBe("/opt/acme/bash-guard.sh");
    expect(v.hooks.PreToolUse[1].matcher).toBe("*");
    expect(v.model).toBe("claude-sonnet-5");
    expect(merged.text).toContain(
      '\n            {"matcher": "Bash", "hooks": [{"type": "command", "command": "/opt/acme/bash-guard.sh"}]},',
    );
    expect(merged.text.split("\n").some((l) => l.startsWith('        "Stop"'))).toBe(true); // 4-space indent kept
    expect(mergeStewardHooks(merged.text, OPTS).changes).toEqual([]);
  });

  it("creates the hooks block in an empty file or one without hooks", () => {
    expect(JSON.parse(mergeStewardHooks("", OPTS).text)).toEqual({ hooks: stewardHooks(OPTS) });
    expect(JSON.parse(mergeStewardHooks('{"model": "x"}', OPTS).text)).toEqual({
      model: "x",
      hooks: stewardHooks(OPTS),
    });
  });

  it("refuses a file that is not a JSON object or whose hooks have the wrong shape", () => {
    expect(() => mergeStewardHooks("{,}", OPTS)).toThrow(/not a JSON object/);
    expect(() => mergeStewardHooks('{"a": 1,}', OPTS)).toThrow(/not a JSON object/);
    expect(() => mergeStewardHooks('{"hooks": []}', OPTS)).toThrow(/"hooks" .* not an object/);
    expect(() => mergeStewardHooks('{"hooks": {"Stop": {}}}', OPTS)).toThrow(/hooks.Stop" is not an array/);
  });
});

describe("steward hook install", () => {
  it("prints the block by default, PreToolUse through steward-hook", async () => {
    const io = testIo("");
    expect(await hookInstall.run(["--policy", "/etc/claude-code/steward"], io)).toBe(0);
    expect(JSON.parse(io.out.join(""))).toEqual({ hooks: stewardHooks(INSTALLED) });
  });
  it("derives the fast hook from --command, takes --hook-command, and warns when it cannot derive one", async () => {
    const print = async (args: string[]) => {
      const io = testIo("");
      await hookInstall.run(["--policy", "/p", ...args], io);
      return { hooks: JSON.parse(io.out.join("")).hooks, io };
    };
    const derived = await print(["--command", "/usr/local/bin/steward"]);
    expect(derived.hooks.PreToolUse[0].hooks[0].command).toBe(
      "/usr/local/bin/steward-hook hook pre-tool-use --policy /p",
    );
    expect(derived.hooks.Stop[0].hooks[0].command).toBe("/usr/local/bin/steward hook stop --policy /p");
    const explicit = await print(["--hook-command", "node /x/steward-hook.cjs"]);
    expect(explicit.hooks.PreToolUse[0].hooks[0].command).toBe(
      "node /x/steward-hook.cjs hook pre-tool-use --policy /p",
    );
    const other = await print(["--command", "/opt/acme/run-steward.sh"]);
    expect(other.hooks.PreToolUse[0].hooks[0].command).toBe(
      "/opt/acme/run-steward.sh hook pre-tool-use --policy /p",
    );
    expect(other.io.logger.hasMessage(/full CLI, slower/, "warning")).toBe(true);
  });
  it("writes a managed settings file once, then reports nothing to do", async () => {
    const dir = tempDir();
    const fast = join(dir, "steward-hook");
    writeFileSync(fast, "#!/bin/sh\n");
    chmodSync(fast, 0o755);
    const file = join(dir, "managed-settings.json");
    writeFileSync(file, readFileSync(MANAGED, "utf8"));
    const args = ["--managed-settings", file, "--policy", "/etc/claude-code/steward", "--hook-command", fast];
    const io = testIo("");
    await hookInstall.run(args, io);
    expect(io.out.join("")).toBe(
      `${file}: updated PreToolUse, added UserPromptSubmit, updated Stop, added SessionEnd.\n`,
    );
    const written = readFileSync(file, "utf8");
    expect(JSON.parse(written).hooks.PreToolUse[0].hooks[0].command).toBe(
      `${fast} hook pre-tool-use --policy /etc/claude-code/steward`,
    );
    const again = testIo("");
    await hookInstall.run(args, again);
    expect(again.out.join("")).toBe(`${file}: Steward hooks already installed; nothing changed.\n`);
    expect(readFileSync(file, "utf8")).toBe(written);
  });
  it("refuses to wire a PreToolUse command that does not start on this machine", async () => {
    const dir = tempDir();
    const file = join(dir, "managed-settings.json");
    writeFileSync(file, "{}\n");
    const io = testIo("", { PATH: dir });
    const args = ["--managed-settings", file, "--policy", "/etc/claude-code/steward"];
    await expect(hookInstall.run(args, io)).rejects.toThrow(
      /PreToolUse hook command "steward-hook" does not start on this machine: steward-hook is not found/,
    );
    await expect(
      hookInstall.run([...args, "--hook-command", `${process.execPath} ${join(dir, "missing.cjs")}`], io),
    ).rejects.toThrow(/missing\.cjs is not found/);
    expect(readFileSync(file, "utf8")).toBe("{}\n");
  });
});
