#!/usr/bin/env node
/** The `steward` executable (bundled to dist/cli/index.js). */
import { createStreamLogger } from "../logging.js";
import { isUsageWorkerThread, registerUsageWorkerEntry } from "../usage/worker-entry.js";
import { COMMANDS } from "./commands/index.js";
import { main } from "./main.js";

// `steward report cost` reads large inputs on worker threads that run this same file.
registerUsageWorkerEntry(import.meta.url);

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

if (isUsageWorkerThread()) await (await import("../usage/parallel.js")).serveUsageWorker();
else
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
