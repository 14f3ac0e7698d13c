// The cost report's HTML as a person sees it: rendered by headless Chromium with
// no network at all, at a desktop width and a phone width. The screenshots are
// decoded and checked (size, not blank, every chart bar painted, nothing spilling
// off the page) and kept in test-results/cost-report-html/ for a person to look
// at; the DOM Chromium built must hold the charts and the figures of report.json;
// Chromium's net log must show the page asked for nothing.
//
// Skips when no Chromium is installed (CHROMIUM_PATH, chromium, chromium-browser,
// google-chrome); .ci/run installs Debian's chromium so CI always runs it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateUsageData } from "../../bench/generators/usage-data.mjs";
import {
  buildCostReport,
  type CostReport,
  emptyOrg,
  fmtUsd,
  type OrgModel,
  renderHtml,
  renderJson,
  withRoleMappings,
  withUsersFile,
} from "../../shared/reports/cost/index.js";
import { collectPartial } from "../../shared/reports/cost/pipeline.js";
import { decodePng, hexColour, type Png, rgbAt } from "../harness/png.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLES = join(ROOT, "examples/usage");
const POLICY = join(ROOT, "examples/policy-repo");
const GOLDEN = join(ROOT, "test/fixtures/usage/golden");
const RESULTS = join(ROOT, "test-results/cost-report-html");
const CHROMIUM_TIMEOUT_MS = 30_000;
const DESKTOP = 1280;
const PHONE = 420;
/** Colours from render.ts's CSS: day bars, model share bars, page background. */
const DAY_BAR = hexColour("#0969da");
const SHARE_BAR = hexColour("#8250df");
const WHITE = 0xffffff;

function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn(
    "cost-report-html: no Chromium found (set CHROMIUM_PATH or install chromium); skipping the headless rendering checks",
  );
}

// Chromium with every background service off and every host name unresolvable:
// the only network it could use is one the page asks for, and there is none.
const BASE_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--disable-default-apps",
  "--disable-features=Translate,MediaRouter,OptimizationHints",
  "--force-device-scale-factor=1",
];

let scratch = "";
let runs = 0;

interface ChromiumRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** One Chromium process with its own profile; killed (whole process group) after 30 s. */
function chromium(args: readonly string[]): Promise<ChromiumRun> {
  const bin = CHROMIUM;
  if (!bin) throw new Error("no Chromium");
  const profile = join(scratch, `profile-${++runs}`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [...BASE_FLAGS, `--user-data-dir=${profile}`, ...args], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      stderr += s;
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      reject(new Error(`Chromium did not finish within ${CHROMIUM_TIMEOUT_MS / 1000} s: ${args.join(" ")}`));
    }, CHROMIUM_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`Chromium exited ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ stdout, stderr, ms: Date.now() - started });
    });
  });
}

interface Shot {
  readonly png: Png;
  readonly file: string;
}

/** Screenshot of `htmlFile` at width x height, copied to test-results/ under `name`. */
async function screenshot(htmlFile: string, name: string, width: number, height: number): Promise<Shot> {
  const file = join(RESULTS, `${name}-${width}.png`);
  await chromium([`--screenshot=${file}`, `--window-size=${width},${height}`, pathToFileURL(htmlFile).href]);
  return { png: decodePng(await readFile(file)), file };
}

/** The DOM Chromium built, and the URLs the page itself asked the network stack for. */
async function domAndRequests(htmlFile: string): Promise<{ dom: string; pageRequests: string[] }> {
  const netLog = join(scratch, `net-${++runs}.json`);
  const { stdout } = await chromium([
    "--dump-dom",
    `--log-net-log=${netLog}`,
    `--window-size=${DESKTOP},1000`,
    pathToFileURL(htmlFile).href,
  ]);
  return { dom: stdout, pageRequests: pageRequests(JSON.parse(await readFile(netLog, "utf8"))) };
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; network_isolation_key?: string } }[];
}

/**
 * Requests started on behalf of a file:// page (Chromium's own background
 * requests, if any slip through the flags, belong to no page and are ignored).
 */
function pageRequests(log: NetLog): string[] {
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  expect(start, "the net log format has URL_REQUEST_START_JOB").toBeTypeOf("number");
  return log.events
    .filter((e) => e.type === start && (e.params?.network_isolation_key ?? "").includes("file://"))
    .map((e) => e.params?.url ?? "?");
}

// ---------- what the screenshot shows ----------

function distinctColours(png: Png): number {
  const seen = new Set<number>();
  for (let y = 0; y < png.height; y += 2) for (let x = 0; x < png.width; x++) seen.add(rgbAt(png, x, y));
  return seen.size;
}

function inkShare(png: Png): number {
  let ink = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) if (rgbAt(png, x, y) !== WHITE) ink++;
  return ink / (png.width * png.height);
}

/** Pixels that are not the white background inside a rectangle. */
function inkIn(png: Png, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (rgbAt(png, x, y) !== WHITE) ink++;
  return ink;
}

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Bounding box of every pixel of exactly `colour`, or undefined. */
function boxOf(png: Png, colour: number): Box | undefined {
  let top = -1;
  let bottom = -1;
  let left = png.width;
  let right = -1;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (rgbAt(png, x, y) !== colour) continue;
      if (top < 0) top = y;
      bottom = y;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return top < 0 ? undefined : { top, bottom, left, right };
}

/** Separate runs of `colour` along a row (y fixed) or a column (x fixed). */
function runsAlong(png: Png, colour: number, line: { y: number } | { x: number }): number {
  const length = "y" in line ? png.width : png.height;
  let count = 0;
  let inside = false;
  for (let i = 0; i < length; i++) {
    const hit = ("y" in line ? rgbAt(png, i, line.y) : rgbAt(png, line.x, i)) === colour;
    if (hit && !inside) count++;
    inside = hit;
  }
  return count;
}

// ---------- the reports ----------

async function orgOf(usersJson: string): Promise<OrgModel> {
  const org = withRoleMappings(
    emptyOrg(),
    await readFile(join(POLICY, "role-mappings.json"), "utf8"),
    "role-mappings.json",
  );
  return withUsersFile(org, usersJson, "users.json");
}

/** Like `steward report cost --source <dir>/usage/*\/*.jsonl --roles ... --users <dir>/users.json`. */
async function reportFor(dir: string, since: string, until: string): Promise<CostReport> {
  const org = await orgOf(await readFile(join(dir, "users.json"), "utf8"));
  const partial = await collectPartial({
    sources: ["usage/*/*.jsonl"],
    cwd: dir,
    since,
    until,
    userMap: Object.fromEntries(org.aliases),
  });
  return buildCostReport(partial, { org, generatedAt: "2026-11-01T06:00:00.000Z", since, until });
}

interface Case {
  readonly name: string;
  readonly report: CostReport;
  readonly html: string;
  readonly file: string;
}

async function writeCase(name: string, report: CostReport): Promise<Case> {
  const html = renderHtml(report);
  const file = join(RESULTS, `${name}.html`);
  await writeFile(file, html);
  return { name, report, html, file };
}

/** What renderHtml draws: one bar per day, one share bar per model in the top 20. */
const TOP = 20;
const useCost = (r: CostReport) => Number(r.totals.cost) > 0;
const dayValues = (r: CostReport) => r.byDay.map((d) => (useCost(r) ? d.costUsd : d.tokens));
const modelValues = (r: CostReport) =>
  r.byModel.slice(0, TOP).map((m) => (useCost(r) ? m.costUsd : m.tokens));
/**
 * Bars big enough to cover whole pixels where they are counted: day bars (180 px
 * plot, counted a row above the lowest painted row) need 3 px; share bars (324 px
 * wide, starting on a whole pixel, counted down their first column) need 1 px.
 */
const visible = (values: number[], span: number, minPx: number) => {
  const max = Math.max(...values, 1e-9);
  return values.filter((v) => (v / max) * span >= minPx).length;
};

describe.skipIf(!CHROMIUM)(
  `cost report HTML in headless Chromium (${CHROMIUM ?? "skipped: no Chromium; set CHROMIUM_PATH"})`,
  () => {
    const cases: Case[] = [];

    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), "steward-chromium-"));
      await mkdir(RESULTS, { recursive: true });
      // The example data (what `steward demo` reports on) ...
      cases.push(await writeCase("example", await reportFor(EXAMPLES, "2026-10-01", "2026-10-31")));
      // ... and a generated month: 40 users, 31 days, four teams' worth of models.
      const generated = join(scratch, "generated");
      await generateUsageData({
        out: generated,
        users: 40,
        days: 31,
        recordsPerDay: 3,
        seed: 11,
        month: "2026-10",
      });
      cases.push(await writeCase("generated-month", await reportFor(generated, "2026-10-01", "2026-10-31")));
      // ... and the fixtures' golden report: budget alerts, unpriced models, malformed lines.
      const golden = JSON.parse(await readFile(join(GOLDEN, "report.json"), "utf8")) as CostReport;
      const fixtures = await writeCase("fixtures", golden);
      expect(fixtures.html, "the golden report.json renders as the golden report.html").toBe(
        await readFile(join(GOLDEN, "report.html"), "utf8"),
      );
      cases.push(fixtures);
    }, 60_000);

    afterAll(async () => {
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    it("the HTML references nothing outside itself", () => {
      for (const c of cases) {
        // The only http(s) text allowed is the SVG namespace, which is a name, not a resource.
        const urls = c.html
          .replaceAll('xmlns="http://www.w3.org/2000/svg"', "")
          .match(/https?:\/\/[^\s"'<>)]*/gi);
        expect(urls, c.name).toBeNull();
        expect(c.html, c.name).not.toMatch(/\s(src|href|srcset|action|poster)\s*=/i);
        expect(c.html, c.name).not.toMatch(/url\(|@import|<script|<link|<iframe|<object|<embed/i);
        expect(c.html, c.name).toContain(
          `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
        );
      }
    });

    it("Chromium builds the charts and tables with report.json's figures, and the page fetches nothing", async () => {
      const results = await Promise.all(cases.map((c) => domAndRequests(c.file)));
      for (const [i, c] of cases.entries()) {
        const { dom, pageRequests: asked } = results[i] as { dom: string; pageRequests: string[] };
        const json = JSON.parse(renderJson(c.report)) as CostReport;
        expect(asked, `${c.name}: requests made by the page`).toEqual([]);
        expect(dom, c.name).toContain(`<p class="big">${fmtUsd(json.totals.cost)}</p>`);
        expect(dom.match(/<svg[^>]*role="img"/g), `${c.name}: two charts`).toHaveLength(2);
        expect(dom.match(/<rect[^>]*class="bar"/g), `${c.name}: a bar per day`).toHaveLength(
          json.byDay.length,
        );
        expect(dom.match(/<rect[^>]*class="share"/g), `${c.name}: a bar per model`).toHaveLength(
          Math.min(json.byModel.length, TOP),
        );
        expect(dom.match(/<table>/g)?.length ?? 0, c.name).toBeGreaterThanOrEqual(4);
        for (const d of json.byDay) expect(dom, `${c.name}: ${d.key}`).toContain(`<td>${d.key}</td>`);
        for (const m of json.byModel.slice(0, TOP))
          expect(dom, m.key).toContain(`<td>${m.key || "(no model)"}</td>`);
        for (const u of json.byUser.slice(0, TOP)) {
          const cost = fmtUsd(u.cost).replace("$", "\\$");
          expect(dom, u.key).toMatch(
            new RegExp(`<td>${u.key.replace(/\./g, "\\.")}</td>.*<td class="n">${cost}</td>`),
          );
        }
        for (const b of json.quotaBreaches) expect(dom, `breach ${b.user}`).toContain(`<td>${b.when}</td>`);
      }
    }, 120_000);

    it("the offline check catches a page that fetches, and the report's CSP stops one", async () => {
      const html = cases[0]?.html ?? "";
      const pixel = '<body><img src="http://steward-report-test.invalid/pixel.png" alt="">';
      const unguarded = join(scratch, "unguarded.html");
      const guarded = join(scratch, "guarded.html");
      await writeFile(
        unguarded,
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "").replace("<body>", pixel),
      );
      await writeFile(guarded, html.replace("<body>", pixel));
      const [without, withCsp] = await Promise.all([domAndRequests(unguarded), domAndRequests(guarded)]);
      expect(without.pageRequests).toContain("http://steward-report-test.invalid/pixel.png");
      expect(withCsp.pageRequests).toEqual([]);
    }, 120_000);

    for (const [width, heights] of [
      [DESKTOP, { example: 2600, "generated-month": 4000, fixtures: 2800 }],
      [PHONE, { example: 3200, "generated-month": 6000, fixtures: 3800 }],
    ] as const) {
      it(`the screenshot at ${width} px shows the whole report, charts painted, nothing off the page`, async () => {
        const shots = await Promise.all(
          cases.map((c) => screenshot(c.file, c.name, width, heights[c.name as keyof typeof heights])),
        );
        for (const [i, c] of cases.entries()) {
          const { png, file } = shots[i] as Shot;
          const where = `${c.name} at ${width} px (${file})`;
          expect([png.width, png.height], where).toEqual([width, heights[c.name as keyof typeof heights]]);
          // Not blank: text, rules, bars.
          expect(distinctColours(png), where).toBeGreaterThan(100);
          expect(inkShare(png), where).toBeGreaterThan(0.02);
          // The whole page fits the window (a blank strip at the bottom) and nothing makes
          // the page scroll sideways (no horizontal scrollbar there, nothing at the right edge).
          expect(inkIn(png, 0, png.height - 40, png.width, png.height), `${where}: bottom strip`).toBe(0);
          expect(inkIn(png, png.width - 12, 0, png.width, png.height), `${where}: right edge`).toBe(0);
          // The heading and the total are at the top-left.
          expect(inkIn(png, 0, 0, Math.min(width, 500), 140), `${where}: heading`).toBeGreaterThan(500);

          const days = boxOf(png, DAY_BAR);
          const shares = boxOf(png, SHARE_BAR);
          expect(days, `${where}: day bars painted`).toBeDefined();
          expect(shares, `${where}: model bars painted`).toBeDefined();
          if (!days || !shares) continue;
          // "By day" comes first, both charts in the first part of the page, inside the page margins.
          expect(days.bottom, where).toBeLessThan(shares.top);
          expect(shares.bottom, where).toBeLessThan(png.height / 2);
          expect(days.left, where).toBeGreaterThan(width === DESKTOP ? 140 : 8);
          expect(days.bottom - days.top, `${where}: tallest day bar`).toBeGreaterThan(150);
          // One painted bar per day with a visible height, counted just above the axis
          // (on a phone a month's chart scrolls sideways, so only some are in view).
          const dayBars = runsAlong(png, DAY_BAR, { y: days.bottom - 1 });
          if (width === DESKTOP)
            expect(dayBars, `${where}: day bars`).toBe(visible(dayValues(c.report), 180, 3));
          else
            expect(dayBars, `${where}: day bars`).toBeGreaterThanOrEqual(Math.min(3, c.report.byDay.length));
          // One share bar per model, counted down the bars' left edge.
          expect(runsAlong(png, SHARE_BAR, { x: shares.left }), `${where}: model bars`).toBe(
            visible(modelValues(c.report), 324, 1),
          );
          // The largest share bar spans the chart (324 px at 1:1).
          expect(shares.right - shares.left, `${where}: largest model bar`).toBeGreaterThan(300);
        }
      }, 120_000);
    }
  },
);
