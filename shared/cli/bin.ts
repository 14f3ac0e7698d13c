#!/usr/bin/env node
/**
 * The `steward` executable (bundled to dist/cli/index.js). It is also the
 * script of `steward report cost`'s usage-reading worker threads, so it
 * imports nothing but the worker check up front: a worker loads the usage
 * reader alone, not every command.
 */
import { isUsageWorkerThread, registerUsageWorkerEntry } from "../usage/worker-entry.js";

registerUsageWorkerEntry(import.meta.url);

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

if (isUsageWorkerThread()) await (await import("../usage/parallel.js")).serveUsageWorker();
else {
  const [{ createStreamLogger }, { COMMANDS }, { main }] = await Promise.all([
    import("../logging.js"),
    import("./commands/index.js"),
    import("./main.js"),
  ]);
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
}
