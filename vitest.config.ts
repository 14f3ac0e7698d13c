import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Many suites wait on sockets and timeouts (fault injection), not the CPU:
    // more workers than cores keeps both cores busy.
    maxWorkers: 4,
  },
});
