import { describe, expect, it } from "vitest";
import { type CliIo, type Command, eager } from "../../../shared/cli/command.js";
import { COMMANDS } from "../../../shared/cli/commands/index.js";
import { EXIT, findCommand, main } from "../../../shared/cli/main.js";
import { ConfigurationError } from "../../../shared/errors.js";
import { RecordingLogger } from "../../../shared/logging.js";
import { STEWARD_VERSION } from "../../../shared/version.js";

function io(): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => "",
    cwd: process.cwd(),
    env: {},
    now: () => new Date("2026-11-25T00:00:00Z"),
    logger: new RecordingLogger(),
    out: () => out,
    err: () => err,
  };
}

const cmd = (path: string[], run: Command["run"]): Command => ({
  path,
  summary: path.join(" "),
  help: `help for ${path.join(" ")}`,
  run,
});

describe("steward main", () => {
  it("prints the version", async () => {
    const x = io();
    expect(await main(["--version"], x, COMMANDS)).toBe(EXIT.ok);
    expect(x.out()).toBe(`${STEWARD_VERSION}\n`);
  });

  it("lists every command in --help", async () => {
    const x = io();
    expect(await main(["--help"], x, COMMANDS)).toBe(EXIT.ok);
    for (const c of COMMANDS) expect(x.out()).toContain(c.path.join(" "));
  });

  it("every command loads, matches its registry entry, and has a help text naming its usage", async () => {
    for (const entry of COMMANDS) {
      const c = await entry.load();
      expect(c.path).toEqual(entry.path);
      expect(entry.summary.length).toBeGreaterThan(10);
      expect(c.help).toMatch(new RegExp(`Usage: steward ${entry.path.join(" ")}`));
    }
  });

  it("exits 2 with a suggestion on an unknown command", async () => {
    const x = io();
    expect(await main(["lnt"], x, COMMANDS)).toBe(EXIT.usage);
    expect(x.err()).toContain('unknown command "lnt"');
  });

  it("does not block Claude Code on a misspelled hook (exit 1, not 2)", async () => {
    const x = io();
    expect(await main(["hook", "stp"], x, COMMANDS)).toBe(EXIT.findings);
    expect(x.err()).toMatch(/unknown hook "hook stp".*hook stop/);
  });

  it("prefers the longest matching command path", () => {
    const a = cmd(["report"], async () => 0);
    const b = cmd(["report", "cost"], async () => 0);
    expect(findCommand([eager(a), eager(b)], ["report", "cost", "--x"])?.command.path).toEqual(b.path);
    expect(findCommand([eager(a), eager(b)], ["report", "cost", "--x"])?.rest).toEqual(["--x"]);
  });

  it("shows a ConfigurationError as one line with its location and exits 2, without a stack", async () => {
    const x = io();
    const failing = cmd(["boom"], async () => {
      throw new ConfigurationError("bad value", { file: "a.json", line: 3, column: 4, hint: "Fix it." });
    });
    expect(await main(["boom"], x, [eager(failing)])).toBe(EXIT.usage);
    expect(x.err()).toBe("steward boom: a.json:3:4: bad value Fix it.\n");
  });

  it("reports a bug with exit 70 and hides the stack unless STEWARD_DEBUG=1", async () => {
    const x = io();
    const buggy = cmd(["bug"], async () => {
      throw new TypeError("x is undefined");
    });
    expect(await main(["bug"], x, [eager(buggy)])).toBe(EXIT.bug);
    expect(x.err()).toContain("failed unexpectedly: x is undefined");
    expect(x.err()).not.toMatch(/\n\s+at /);
  });

  it("rejects unknown flags of a command with a pointer to its help", async () => {
    const x = io();
    expect(await main(["lint", "--nope"], x, COMMANDS)).toBe(EXIT.usage);
    expect(x.err()).toMatch(/Unknown option '--nope'.*steward lint --help/s);
    // one line, the command named once, without Node's advice about '--'
    expect(x.err()).toBe(
      "steward lint: Unknown option '--nope'. Run 'steward lint --help' for the options it accepts.\n",
    );
  });
});
