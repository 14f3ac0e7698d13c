import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RecordingLogger } from "../../../shared/logging.js";
import { collectPartial, mergeAll } from "../../../shared/reports/cost/pipeline.js";
import { runCostReport } from "../../../shared/reports/cost/request.js";
import { partialToJson } from "../../../shared/usage/aggregate.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/usage/", import.meta.url));
const canon = (p: Parameters<typeof partialToJson>[0]) => JSON.stringify(partialToJson(p));

describe("cost pipeline", () => {
  it("merges any number of partials into one copy, changing none of them", async () => {
    const parts = await Promise.all(
      ["seed", "hook", "homes"].map((source) => collectPartial({ sources: [source], cwd: FIXTURES })),
    );
    const whole = await collectPartial({ sources: ["seed", "hook", "homes"], cwd: FIXTURES });
    const before = parts.map(canon);
    const merged = mergeAll(parts);
    expect(JSON.parse(canon(merged)).cells).toEqual(JSON.parse(canon(whole)).cells);
    expect(parts.map(canon)).toEqual(before);
    expect(mergeAll([parts[0] as (typeof parts)[0]])).toBe(parts[0]);
  });

  it("serialises the run's partial when it is read, to the bytes of partialToJson", async () => {
    const run = await runCostReport(
      { sources: ["seed", "hook"], formats: ["json"] },
      { cwd: FIXTURES, logger: new RecordingLogger(), now: () => new Date("2026-11-01T00:00:00Z") },
    );
    const local = await collectPartial({ sources: ["seed", "hook"], cwd: FIXTURES });
    expect(run.partialJson).toBe(`${canon(local)}\n`);
    expect(run.partialJson).toBe(run.partialJson);
    expect(run.files.has("report.json")).toBe(true);
  });
});
