import { defineConfig } from "vitest/config";

// `npm run bench`: the benchmarks in bench/ with their data generators. Never
// part of `npm test`.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});
