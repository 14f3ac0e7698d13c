#!/usr/bin/env node
/** The `steward` executable (bundled to dist/cli/index.js). */
import { createStreamLogger } from "../logging.js";
import { COMMANDS } from "./commands/index.js";
import { main } from "./main.js";

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    logger: createStreamLogger(process.stderr, { debug: process.env.STEWARD_DEBUG === "1" }),
  },
  COMMANDS,
);
